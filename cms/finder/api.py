"""The finder as a JSON endpoint: the website's filters, paginated, for other front ends
(the city mentioned an app for short-term offers)."""

from django.core.paginator import Paginator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from cms.core.locales import (
    configured_locale,
    content_language_codes,
    locale_from,
    translations_of,
    unknown_language_message,
)
from cms.finder.forms import FinderForm
from cms.finder.search import Criteria, find

PER_PAGE = 20


class EventSerializer(serializers.Serializer):
    starts_at = serializers.CharField()
    ends_at = serializers.CharField(allow_null=True)
    title = serializers.CharField(allow_blank=True)
    place = serializers.CharField(allow_blank=True)


class ImageSerializer(serializers.Serializer):
    url = serializers.URLField()
    alt = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class TranslationSerializer(serializers.Serializer):
    language = serializers.CharField()
    url = serializers.CharField()


class FinderResultSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="page_id")
    kind = serializers.CharField()
    kind_label = serializers.CharField()
    title = serializers.CharField()
    summary = serializers.CharField()
    url = serializers.CharField()
    language = serializers.CharField()
    translations = TranslationSerializer(many=True)
    organisation = serializers.CharField(allow_blank=True)
    district = serializers.CharField(allow_blank=True)
    place = serializers.CharField(allow_blank=True)
    topics = serializers.ListField(child=serializers.CharField())
    image = ImageSerializer(allow_null=True)
    events = EventSerializer(many=True)


class FinderPageSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    page = serializers.IntegerField()
    pages = serializers.IntegerField()
    results = FinderResultSerializer(many=True)


class _Result:
    """A page's item and its translations, read by the serializer as one object."""

    def __init__(self, page):
        self.item = page.to_item()
        self.translations = translations_of(page)

    def __getattr__(self, name):
        return getattr(self.item, name)


def _param(name, description, enum=None, many=False):
    return OpenApiParameter(
        name, OpenApiTypes.STR, description=description, enum=enum, many=many, explode=True
    )


class FinderView(APIView):
    """Live offers, organisations, courses and board resources, filtered like on the website."""

    permission_classes = []

    @extend_schema(
        operation_id="finder",
        tags=["finder"],
        parameters=[
            _param("q", "Suchbegriff"),
            _param(
                "art", "Art: angebote, organisationen, qualifizierungen, vorstandsarbeit", many=True
            ),
            _param("bezirk", "Stadtbezirk (Kürzel), z. B. haspe"),
            _param("thema", "Thema (Kürzel), z. B. kultur"),
            _param("engagement", "Art des Engagements", enum=["one_off", "project", "regular"]),
            _param("zielgruppe", "Zielgruppe (Kürzel), z. B. junge-menschen"),
            _param(
                "sprache",
                "Sprache der Inhalte, z. B. de (Standard) oder en",
                enum=content_language_codes(),
            ),
            OpenApiParameter("seite", OpenApiTypes.INT32, description="Seite (ab 1)"),
        ],
        responses={
            200: FinderPageSerializer,
            400: OpenApiResponse(description="Unbekannter Filterwert oder unbekannte Sprache"),
        },
    )
    def get(self, request):
        language = request.GET.get("sprache")
        locale = configured_locale(language) if language else locale_from(None)
        if locale is None:
            raise ValidationError({"sprache": [unknown_language_message(language)]})
        form = FinderForm(request.GET, locale=locale)
        if not form.is_valid():
            raise ValidationError(form.errors)
        result = find(Criteria.from_form(form), locale)
        paginator = Paginator(result.pages, PER_PAGE)
        page = paginator.get_page(request.GET.get("seite"))
        data = {
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "results": [_Result(page) for page in page.object_list],
        }
        return Response(FinderPageSerializer(data).data)
