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
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from channels.api import DeliveryViewSet
from channels.mastodon.api import HashtagPostViewSet
from channels.newsletter.api import SubscriptionView
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


PublicPagesViewSet = _documented(
    PagesAPIViewSet,
    "pages",
    extra=[
        OpenApiParameter(
            "type", OpenApiTypes.STR, description="Seitentyp, z. B. organisations.OfferPage"
        ),
        OpenApiParameter("locale", OpenApiTypes.STR, description="Sprache, z. B. de"),
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
