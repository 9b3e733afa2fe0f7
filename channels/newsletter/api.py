"""Sign up for the newsletter through the API: the same double opt-in as the form."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.exceptions import Throttled
from rest_framework.response import Response
from rest_framework.views import APIView

from channels.newsletter import subscriptions
from channels.newsletter.forms import (
    district_choices,
    kind_choices,
    language_choices,
    topic_choices,
)
from channels.newsletter.models import Subscriber
from channels.newsletter.views import client_allowed

ANSWER = (
    "Danke! Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie Ihre Anmeldung "
    "mit dem Link darin."
)


class SlugList(serializers.ListField):
    """A list of known slugs; which ones are known is read from the database when a
    request is validated (topics and districts are editable snippets)."""

    def __init__(self, choices_from, **kwargs):
        self.choices_from = choices_from
        kwargs.setdefault("max_length", 50)
        super().__init__(child=serializers.CharField(max_length=80), **kwargs)

    def to_internal_value(self, data):
        values = super().to_internal_value(data)
        known = {value for value, _label in self.choices_from()}
        unknown = sorted(set(values) - known)
        if unknown:
            raise serializers.ValidationError(f"Unbekannt: {', '.join(unknown)}")
        return sorted(set(values))


class SubscriptionSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254, help_text="E-Mail-Adresse")
    language = serializers.ChoiceField(
        choices=language_choices(), default="de", help_text="Sprache der Inhalte"
    )
    kinds = SlugList(
        kind_choices,
        required=False,
        default=list,
        help_text="Arten von Inhalten: offer, organisation, course, resource, story; leer: alle",
    )
    topics = SlugList(
        topic_choices, required=False, default=list, help_text="Kürzel von Themen; leer: alle"
    )
    districts = SlugList(
        district_choices,
        required=False,
        default=list,
        help_text="Kürzel von Stadtbezirken; leer: ganz Hagen",
    )
    frequency = serializers.ChoiceField(
        choices=Subscriber.Frequency.choices, default=Subscriber.Frequency.ISSUE
    )


Answer = inline_serializer("NewsletterAnswer", {"detail": serializers.CharField()})


class SubscriptionView(APIView):
    """Anonymous, without a session: nothing to protect with CSRF, and nothing to reveal."""

    authentication_classes: list = []
    permission_classes: list = []

    @extend_schema(
        operation_id="newsletter_subscribe",
        tags=["newsletter"],
        summary="Newsletter abonnieren (Double-Opt-in)",
        description=(
            "Schickt eine Bestätigungsmail an die Adresse. Die Antwort ist für neue und "
            "bekannte Adressen dieselbe."
        ),
        request=SubscriptionSerializer,
        responses={
            202: Answer,
            400: OpenApiResponse(description="Ungültige Angaben"),
            429: Answer,
        },
    )
    def post(self, request):
        if not client_allowed(request):
            raise Throttled(detail="Zu viele Anmeldungen von dieser Adresse. Bitte später erneut.")
        serializer = SubscriptionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        subscriptions.request_subscription(serializer.validated_data)
        return Response({"detail": ANSWER}, status=status.HTTP_202_ACCEPTED)
