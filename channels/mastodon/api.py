"""The approved hashtag posts in the public API (Django REST framework, OpenAPI-documented)."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import permissions, serializers, viewsets
from rest_framework.exceptions import ValidationError

from channels.mastodon.community import approved_posts
from channels.mastodon.inbound_media import absolute
from channels.mastodon.models import HashtagPost


class AuthorSerializer(serializers.Serializer):
    acct = serializers.CharField(help_text="Konto, z. B. kulturverein@mastodon.example")
    name = serializers.CharField(help_text="Anzeigename")
    url = serializers.CharField(help_text="Profil auf Mastodon")


class MediaSerializer(serializers.Serializer):
    url = serializers.CharField(help_text="Kopie des Bildes auf dem Hub")
    description = serializers.CharField(help_text="Bildbeschreibung (Alternativtext)")
    width = serializers.IntegerField(allow_null=True)
    height = serializers.IntegerField(allow_null=True)


class HashtagPostSerializer(serializers.ModelSerializer):
    author = serializers.SerializerMethodField()
    media = serializers.SerializerMethodField()
    hashtags = serializers.ListField(child=serializers.CharField())

    class Meta:
        model = HashtagPost
        fields = [
            "id",
            "uri",
            "url",
            "author",
            "content_html",
            "content_text",
            "spoiler_text",
            "language",
            "hashtags",
            "media",
            "posted_at",
            "approved_at",
        ]

    @extend_schema_field(AuthorSerializer)
    def get_author(self, post: HashtagPost) -> dict:
        return {"acct": post.author_acct, "name": post.author_name, "url": post.author_url}

    @extend_schema_field(MediaSerializer(many=True))
    def get_media(self, post: HashtagPost) -> list[dict]:
        return [
            {
                "url": absolute(media["local_url"]),
                "description": media["description"],
                "width": media.get("width"),
                "height": media.get("height"),
            }
            for media in post.shown_media()
        ]


BAD_REQUEST = OpenApiResponse(description="Ungültiger Parameter (z. B. ein Datum, das keins ist)")
NOT_FOUND = OpenApiResponse(description="Kein freigegebener Beitrag, oder keine solche Seite")


@extend_schema_view(
    list=extend_schema(
        operation_id="hashtag_posts_list",
        tags=["hashtag"],
        description="Freigegebene Beiträge mit dem gemeinsamen Hashtag, neueste zuerst.",
        parameters=[
            OpenApiParameter(
                "since",
                OpenApiTypes.DATETIME,
                description="Nur Beiträge, die seit diesem Zeitpunkt freigegeben wurden "
                "(ISO 8601, z. B. 2026-05-01T00:00:00+02:00; ohne Zeitzone: Ortszeit Hagen)",
            ),
            OpenApiParameter("language", OpenApiTypes.STR, description="Sprache, z. B. de"),
        ],
        responses={200: HashtagPostSerializer(many=True), 400: BAD_REQUEST, 404: NOT_FOUND},
    ),
    retrieve=extend_schema(
        operation_id="hashtag_posts_detail",
        tags=["hashtag"],
        responses={200: HashtagPostSerializer, 404: NOT_FOUND},
    ),
)
class HashtagPostViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = HashtagPostSerializer
    permission_classes = [permissions.AllowAny]

    def get_queryset(self):
        params = self.request.query_params
        since = None
        if raw := params.get("since"):
            try:
                since = parse_datetime(raw)
                if since is not None:
                    if timezone.is_naive(since):
                        since = timezone.make_aware(since)
                    # In UTC: databases refuse offsets Python accepts (up to ±24 hours).
                    since = since.astimezone(datetime.UTC)
            except (ValueError, OverflowError):
                since = None
            if since is None:
                raise ValidationError({"since": "Bitte Datum und Uhrzeit angeben (ISO 8601)."})
        return approved_posts(since, language=params.get("language") or None)
