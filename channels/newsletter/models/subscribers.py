"""Who gets the newsletter, in which language, and what they want to read."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Subscriber(models.Model):
    """One e-mail address. Only ``active`` addresses (confirmed by the link in the
    confirmation mail) receive issues; the ``key`` behind every signed link dies
    with the row, so deleting it makes every link in old mails useless."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Unbestätigt")
        ACTIVE = "active", _("Angemeldet")
        UNSUBSCRIBED = "unsubscribed", _("Abgemeldet")
        BOUNCED = "bounced", _("Unzustellbar")

    class Frequency(models.TextChoices):
        ISSUE = "issue", _("Jede Ausgabe")
        WEEKLY = "weekly", _("Wöchentliche Zusammenfassung")

    email = models.EmailField("E-Mail-Adresse", unique=True)
    language = models.CharField(
        "Sprache", max_length=8, choices=settings.WAGTAIL_CONTENT_LANGUAGES, default="de"
    )
    # Slugs of topics and districts (the same in every language) and keys of
    # content kinds (cms.core.content_kinds); empty means "all".
    topics = models.JSONField("Themen", default=list, blank=True)
    districts = models.JSONField("Stadtbezirke", default=list, blank=True)
    kinds = models.JSONField("Arten von Inhalten", default=list, blank=True)
    frequency = models.CharField(
        "Wie oft", max_length=10, choices=Frequency.choices, default=Frequency.ISSUE
    )
    status = models.CharField(
        "Status", max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    is_example = models.BooleanField(
        "Beispiel", default=False, help_text="Demo-Abonnent*in; bekommt nie eine E-Mail."
    )
    created_at = models.DateTimeField("Angemeldet am", default=timezone.now)
    confirmed_at = models.DateTimeField("Bestätigt am", null=True, blank=True)
    unsubscribed_at = models.DateTimeField("Abgemeldet am", null=True, blank=True)
    bounced_at = models.DateTimeField("Unzustellbar seit", null=True, blank=True)
    bounce_reason = models.CharField("Antwort des Mailservers", max_length=500, blank=True)

    class Meta:
        verbose_name = _("Newsletter-Abonnent*in")
        verbose_name_plural = _("Newsletter-Abonnent*innen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "frequency"], name="newsletter_sub_audience")]

    def __str__(self) -> str:
        return self.email

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @staticmethod
    def normalise(email: str) -> str:
        """One row per mailbox: the domain is case-insensitive, and in practice so is the rest."""
        return email.strip().lower()
