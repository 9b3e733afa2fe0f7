"""The pool of published items waiting for the next issue (what the channel keeps)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from contract.item import Item


class Candidate(models.Model):
    """An item the newsletter channel received: publishing adds or updates it,
    withdrawing removes it (or, once it went out in an issue, keeps it as history
    but never offers it again)."""

    page_id = models.BigIntegerField("Seite", unique=True)
    # Translations of one page share this key: a subscriber gets the version in
    # their language where there is one.
    translation_key = models.UUIDField(null=True, blank=True, db_index=True)
    language = models.CharField("Sprache", max_length=8)
    kind = models.CharField("Art", max_length=20)
    topics = models.JSONField("Themen", default=list, blank=True)  # slugs
    districts = models.JSONField("Stadtbezirke", default=list, blank=True)  # slugs
    item = models.JSONField("Inhalt", default=dict)
    queued_at = models.DateTimeField("Vorgemerkt am", default=timezone.now, db_index=True)
    updated_at = models.DateTimeField("Geändert", auto_now=True)
    sent_at = models.DateTimeField("Zuerst versendet am", null=True, blank=True)
    withdrawn_at = models.DateTimeField("Zurückgezogen am", null=True, blank=True)

    class Meta:
        verbose_name = "Vorgemerkter Inhalt"
        verbose_name_plural = "Vorgemerkte Inhalte"
        ordering = ["-queued_at"]

    def __str__(self) -> str:
        return self.item.get("title", f"Seite {self.page_id}")

    def get_item(self) -> Item:
        return Item.from_json(self.item)
