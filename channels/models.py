"""One row per (page revision × channel × action): what was sent where, and how it went."""

import uuid

from django.db import models
from django.utils import timezone

from contract.channel import ExternalRef
from contract.item import Item


class Delivery(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "Wartet"
        RUNNING = "running", "Wird gesendet"
        SENT = "sent", "Gesendet"
        FAILED = "failed", "Fehlgeschlagen"
        WITHDRAWN = "withdrawn", "Zurückgezogen"
        SKIPPED = "skipped", "Übersprungen"

    class Action(models.TextChoices):
        PUBLISH = "publish", "Veröffentlichen"
        UPDATE = "update", "Aktualisieren"
        WITHDRAW = "withdraw", "Zurückziehen"

    FINAL_STATES = (State.SENT, State.FAILED, State.WITHDRAWN, State.SKIPPED)

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Seite",
        null=True,
        on_delete=models.SET_NULL,
        related_name="deliveries",
    )
    page_title = models.CharField("Seitentitel", max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name="Fassung",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    channel = models.CharField("Kanal", max_length=40, db_index=True)
    action = models.CharField("Aktion", max_length=10, choices=Action.choices)
    state = models.CharField(
        "Status", max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    item = models.JSONField("Inhalt", default=dict)
    idempotency_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    attempts = models.PositiveSmallIntegerField("Versuche", default=0)
    external_id = models.CharField("Kennung im Kanal", max_length=255, blank=True)
    external_url = models.URLField("Adresse im Kanal", max_length=500, blank=True)
    last_error = models.TextField("Letzter Fehler", blank=True)
    locked_until = models.DateTimeField(null=True, blank=True, editable=False)
    next_attempt_at = models.DateTimeField("Nächster Versuch", null=True, blank=True)
    created_at = models.DateTimeField("Angelegt", default=timezone.now, db_index=True)
    updated_at = models.DateTimeField("Geändert", auto_now=True)
    sent_at = models.DateTimeField("Gesendet am", null=True, blank=True)

    class Meta:
        verbose_name = "Verbreitung"
        verbose_name_plural = "Verbreitungen"
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Dispatching the same revision twice (a signal sent twice, a
            # double click) must not create a second delivery.
            models.UniqueConstraint(
                fields=["revision", "channel", "action"],
                condition=models.Q(revision__isnull=False),
                name="one_delivery_per_revision_channel_action",
            )
        ]
        indexes = [models.Index(fields=["page", "channel", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.page_title} → {self.channel} ({self.get_state_display()})"

    @property
    def status_label(self) -> str:
        """The state in words an editor can act on: sending now, or stuck since when."""
        from django.utils.formats import date_format
        from django.utils.translation import gettext as _

        now = timezone.now()
        if self.state == self.State.RUNNING:
            if self.locked_until and self.locked_until > now:
                return _("Wird gerade gesendet")
            since = timezone.localtime(self.locked_until or self.updated_at)
            return _("Hängt seit %(time)s, wird gleich erneut versucht") % {
                "time": date_format(since, "H:i")
            }
        if self.state == self.State.PENDING and self.next_attempt_at:
            return _("Wartet, nächster Versuch um %(time)s") % {
                "time": date_format(timezone.localtime(self.next_attempt_at), "H:i")
            }
        return self.get_state_display()

    @property
    def is_final(self) -> bool:
        return self.state in self.FINAL_STATES

    @property
    def ref(self) -> ExternalRef | None:
        return ExternalRef(self.external_id, self.external_url) if self.external_id else None

    def get_item(self) -> Item:
        return Item.from_json(self.item)


class Heartbeat(models.Model):
    """When a periodic job last ran, for the health endpoint (kept in the database,
    which is there when the cache and the broker are not)."""

    name = models.CharField(max_length=40, unique=True)
    seen_at = models.DateTimeField()

    class Meta:
        verbose_name = "Lebenszeichen"
        verbose_name_plural = "Lebenszeichen"

    def __str__(self) -> str:
        return f"{self.name}: {self.seen_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def beat(cls, name: str) -> None:
        cls.objects.update_or_create(name=name, defaults={"seen_at": timezone.now()})
