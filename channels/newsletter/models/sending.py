"""The sending of one issue and its send log: one row per (issue, subscriber)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone


class Sending(models.Model):
    """Started once per issue (a second click finds it and does nothing).

    ``composition`` is what the issue held when sending started, so that a
    resumed send, hours later, sends the same content to the rest.
    """

    class State(models.TextChoices):
        SENDING = "sending", "Wird versendet"
        DONE = "done", "Versendet"

    issue = models.OneToOneField(
        "newsletter.NewsletterIssuePage",
        verbose_name="Ausgabe",
        on_delete=models.CASCADE,
        related_name="sending",
    )
    audience = models.CharField("Für", max_length=10)
    state = models.CharField(
        "Status", max_length=10, choices=State.choices, default=State.SENDING, db_index=True
    )
    composition = models.JSONField("Inhalt beim Versand", default=dict)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Versendet von",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField("Versand begonnen", default=timezone.now, db_index=True)
    finished_at = models.DateTimeField("Versand beendet", null=True, blank=True)
    # Moved on by every batch while it works: the sweeper starts batches again
    # only for a sending nobody has touched for a lease.
    heartbeat_at = models.DateTimeField(null=True, blank=True, editable=False)
    total = models.PositiveIntegerField("Empfänger*innen", default=0)
    last_error = models.TextField("Letzter Fehler", blank=True)

    class Meta:
        verbose_name = "Versand"
        verbose_name_plural = "Versände"
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"Versand von „{self.issue.title}“"

    def progress(self) -> Progress:
        counts = SendLog.objects.filter(issue_id=self.issue_id).aggregate(
            sent=Count("pk", filter=Q(state=SendLog.State.SENT)),
            failed=Count("pk", filter=Q(state=SendLog.State.FAILED)),
            skipped=Count("pk", filter=Q(state=SendLog.State.SKIPPED)),
            remaining=Count(
                "pk", filter=Q(state__in=[SendLog.State.QUEUED, SendLog.State.CLAIMED])
            ),
        )
        return Progress(total=self.total, state=self.state, **counts)


@dataclass(frozen=True)
class Progress:
    """Sent, failed, skipped and remaining mails of one sending, for the live progress."""

    total: int
    state: str
    sent: int
    failed: int
    skipped: int
    remaining: int

    @property
    def done(self) -> bool:
        return self.state == Sending.State.DONE

    @property
    def percent(self) -> int:
        finished = self.sent + self.failed + self.skipped
        return round(100 * finished / self.total) if self.total else 100


class SendLog(models.Model):
    """Written before a mail goes out and moved on as it goes:
    queued → claimed (a worker holds it for a lease) → sent, failed or skipped.

    ``sent`` is committed at the last moment the mail can still be held back
    (see channels.newsletter.sending), so no crash, redelivered task or second
    click sends a recipient a second mail.
    """

    class State(models.TextChoices):
        QUEUED = "queued", "Wartet"
        CLAIMED = "claimed", "Wird gesendet"
        SENT = "sent", "Gesendet"
        FAILED = "failed", "Fehlgeschlagen"
        SKIPPED = "skipped", "Ausgelassen"

    issue = models.ForeignKey(
        "newsletter.NewsletterIssuePage",
        verbose_name="Ausgabe",
        on_delete=models.CASCADE,
        related_name="send_log",
    )
    # Kept (without the person) when a subscriber deletes their data, so the
    # counts of a past issue stay right.
    subscriber = models.ForeignKey(
        "newsletter.Subscriber",
        verbose_name="Abonnent*in",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="send_log",
    )
    state = models.CharField("Status", max_length=10, choices=State.choices, default=State.QUEUED)
    claim_token = models.UUIDField(null=True, blank=True, editable=False)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    attempts = models.PositiveSmallIntegerField("Versuche", default=0)
    not_before = models.DateTimeField("Nächster Versuch", null=True, blank=True)
    message_id = models.CharField("Message-ID", max_length=255, blank=True)
    sent_at = models.DateTimeField("Gesendet am", null=True, blank=True)
    error = models.TextField("Fehler", blank=True)

    class Meta:
        verbose_name = "Versandprotokoll"
        verbose_name_plural = "Versandprotokolle"
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"], name="newsletter_one_mail_per_issue_subscriber"
            )
        ]
        indexes = [models.Index(fields=["issue", "state"], name="newsletter_log_issue_state")]

    def __str__(self) -> str:
        return f"{self.issue_id} → {self.subscriber_id}: {self.state}"
