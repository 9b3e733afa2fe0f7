"""Rules the digital helpers set: trusted and blocked accounts, blocked words, held warnings."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from channels.mastodon.handles import is_valid_acct, normalise_acct


class RuleRecord(models.Model):
    """Who set a rule up, and when: the helpers' rules are part of the moderation record."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Angelegt von",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("Angelegt am", default=timezone.now, editable=False)

    class Meta:
        abstract = True


class AccountRule(RuleRecord):
    """The per-account trust list: the clubs' own accounts are approved at once,
    blocked accounts are hidden at once."""

    class Kind(models.TextChoices):
        TRUSTED = "trusted", "Vertrauenswürdig – automatisch freigeben"
        BLOCKED = "blocked", "Gesperrt – automatisch verbergen"

    acct = models.CharField(
        "Konto",
        max_length=255,
        unique=True,
        help_text="Name und Server, z. B. kulturverein@mastodon.example",
    )
    kind = models.CharField("Regel", max_length=10, choices=Kind.choices)
    note = models.CharField(
        "Notiz",
        max_length=255,
        blank=True,
        help_text="Wer ist das, warum diese Regel? Z. B. „Konto des Kulturvereins Haspe“.",
    )

    panels = [FieldPanel("acct"), FieldPanel("kind"), FieldPanel("note")]

    class Meta:
        verbose_name = "Kontoregel"
        verbose_name_plural = "Vertrauensliste"
        ordering = ["kind", "acct"]

    def __str__(self) -> str:
        return f"@{self.acct} ({self.get_kind_display()})"

    def clean(self):
        self.acct = normalise_acct(self.acct)
        if not is_valid_acct(self.acct):
            raise ValidationError(
                {"acct": "Bitte Name und Server angeben, z. B. kulturverein@mastodon.example."}
            )


class WordRule(RuleRecord):
    """A word or phrase that hides a post at once (whole words, any case)."""

    word = models.CharField(
        "Wort oder Wortgruppe",
        max_length=100,
        unique=True,
        help_text="Beiträge, die es enthalten (als ganzes Wort, egal ob groß oder klein), "
        "werden sofort verborgen und erscheinen im Protokoll.",
    )
    note = models.CharField("Notiz", max_length=255, blank=True)

    panels = [FieldPanel("word"), FieldPanel("note")]

    class Meta:
        verbose_name = "Gesperrtes Wort"
        verbose_name_plural = "Gesperrte Wörter"
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word

    def clean(self):
        self.word = " ".join(self.word.split())
        if not self.word:
            raise ValidationError({"word": "Bitte ein Wort angeben."})


@register_setting(icon="tag")
class ModerationSettings(BaseGenericSetting):
    hold_content_warnings = models.BooleanField(
        "Beiträge mit Inhaltswarnung zurückhalten",
        default=True,
        help_text="An: Beiträge mit Inhaltswarnung oder als heikel markierten Medien warten "
        "immer auf eine Entscheidung, auch von vertrauenswürdigen Konten.",
    )

    panels = [FieldPanel("hold_content_warnings")]

    class Meta:
        verbose_name = "Hashtag-Moderation"
