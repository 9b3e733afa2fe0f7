"""The headless API: Wagtail's API v2 for pages, images and documents, the finder
and delivery states (Django REST framework), and its OpenAPI 3 schema.

Only live, public content leaves through the public endpoints; delivery states
are for editors and only for pages they may edit.
"""

from django.urls import path
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
)
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework import serializers
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from channels.api import DeliveryViewSet
from channels.mastodon.api import HashtagPostViewSet
from channels.newsletter.api import SubscriptionView
from cms.core.kinds import content_kinds
from cms.core.locales import configured_locale, content_language_codes, unknown_language_message
from cms.finder.api import FinderView


class WagtailListingSerializer(serializers.Serializer):
    meta = serializers.DictField(help_text="total_count: Anzahl aller Treffer")
    items = serializers.ListField(child=serializers.DictField())


class WagtailObjectSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    meta = serializers.DictField()


def _int(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.INT32, description=description)


COMMON = [
    OpenApiParameter(
        "limit", OpenApiTypes.INT32, description="Treffer pro Seite (1–20)", enum=None
    ),
    OpenApiParameter("offset", OpenApiTypes.INT32, description="Erster Treffer (ab 0)"),
    OpenApiParameter("search", OpenApiTypes.STR, description="Volltextsuche"),
]
ERRORS = {
    400: OpenApiResponse(description="Unbekannter oder ungültiger Parameter"),
    404: OpenApiResponse(description="Nicht gefunden oder nicht öffentlich"),
}


def _documented(base, name: str, extra=()):
    """A Wagtail v2 endpoint described in the OpenAPI schema (Wagtail itself does not)."""

    class Documented(base):
        @extend_schema(
            operation_id=f"{name}_list",
            tags=[name],
            parameters=[*COMMON, *extra],
            responses={200: WagtailListingSerializer, **ERRORS},
        )
        def listing_view(self, request):
            return super().listing_view(request)

        @extend_schema(
            operation_id=f"{name}_detail",
            tags=[name],
            parameters=[OpenApiParameter("id", OpenApiTypes.INT32, OpenApiParameter.PATH)],
            responses={200: WagtailObjectSerializer, **ERRORS},
        )
        def detail_view(self, request, pk):
            return super().detail_view(request, pk)

        @extend_schema(exclude=True)
        def find_view(self, request):
            return super().find_view(request)

    Documented.__name__ = Documented.__qualname__ = f"Public{name.title()}ViewSet"
    return Documented


class LanguageFilter:
    """``?sprache=`` as on the finder: a configured language, or a clear 400."""

    def filter_queryset(self, request, queryset, view):
        language = request.GET.get("sprache")
        if not language:
            return queryset
        locale = configured_locale(language)
        if locale is None:
            raise BadRequestError(unknown_language_message(language))
        # Wagtail's later filters read this mark of ?child_of; keep it as its own filters do.
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        queryset = queryset.filter(locale=locale)
        if child_of:
            queryset._filtered_by_child_of = child_of
        return queryset


class CurrentFilter:
    """Listings hold what is current: an offer whose last day is over leaves them, as
    it leaves the finder and the feeds. Its detail stays reachable, as its page does."""

    def filter_queryset(self, request, queryset, view):
        if view.action != "listing_view":
            return queryset
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        for kind in content_kinds():
            over = kind.model.over_pages()
            if not over.query.is_empty():
                queryset = queryset.exclude(pk__in=over.values("pk"))
        if child_of:
            queryset._filtered_by_child_of = child_of
        return queryset


class LanguagePagesAPIViewSet(PagesAPIViewSet):
    # Before the search, whose results cannot be filtered further.
    filter_backends = [
        *(backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter),
        LanguageFilter,
        CurrentFilter,
        SearchFilter,
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters | {"sprache"}


PublicPagesViewSet = _documented(
    LanguagePagesAPIViewSet,
    "pages",
    extra=[
        OpenApiParameter(
            "type", OpenApiTypes.STR, description="Seitentyp, z. B. organisations.OfferPage"
        ),
        OpenApiParameter("locale", OpenApiTypes.STR, description="Sprache, z. B. de"),
        OpenApiParameter(
            "sprache",
            OpenApiTypes.STR,
            description="Nur Seiten dieser Sprache, z. B. tr",
            enum=content_language_codes(),
        ),
        _int("child_of", "Nur Unterseiten dieser Seite"),
        _int("descendant_of", "Nur Seiten unterhalb dieser Seite"),
    ],
)
PublicImagesViewSet = _documented(ImagesAPIViewSet, "images")
PublicDocumentsViewSet = _documented(DocumentsAPIViewSet, "documents")


def only_public_api(endpoints):
    """drf-spectacular hook: document /api/ only, not the admin's JSON endpoints."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]


wagtail_api = WagtailAPIRouter("wagtailapi")
wagtail_api.register_endpoint("pages", PublicPagesViewSet)
wagtail_api.register_endpoint("images", PublicImagesViewSet)
wagtail_api.register_endpoint("documents", PublicDocumentsViewSet)

urlpatterns = [
    path("v2/", wagtail_api.urls),
    path("finder/", FinderView.as_view(), name="api-finder"),
    path("deliveries/", DeliveryViewSet.as_view({"get": "list"}), name="api-deliveries"),
    path("deliveries/<int:pk>/", DeliveryViewSet.as_view({"get": "retrieve"}), name="api-delivery"),
    path("hashtag/", HashtagPostViewSet.as_view({"get": "list"}), name="api-hashtag-posts"),
    path(
        "hashtag/<int:pk>/",
        HashtagPostViewSet.as_view({"get": "retrieve"}),
        name="api-hashtag-post",
    ),
    path("newsletter/subscriptions/", SubscriptionView.as_view(), name="api-newsletter-subscribe"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]
