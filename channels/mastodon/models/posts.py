"""What the hashtag brought in: posts, the reading position per source, the decisions."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class HashtagPost(models.Model):
    """A status with the shared hashtag (or mentioning the hub), sanitised on arrival.

    Unique by its ActivityPub URI, so the same status read on two instances is
    one post. Only approved posts leave the admin.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Wartet auf Prüfung"
        APPROVED = "approved", "Freigegeben"
        REJECTED = "rejected", "Abgelehnt"
        HIDDEN = "hidden", "Verborgen"

    class Source(models.TextChoices):
        HASHTAG = "hashtag", "Hashtag"
        MENTION = "mention", "Erwähnung des Hub-Kontos"

    uri = models.CharField("URI", max_length=500, unique=True)
    url = models.URLField("Adresse", max_length=500, blank=True)
    remote_id = models.CharField("ID auf dem Server", max_length=64)
    instance_url = models.URLField("Gelesen auf", max_length=255)
    source = models.CharField("Quelle", max_length=10, choices=Source.choices)
    author_acct = models.CharField("Konto", max_length=255, db_index=True)
    author_name = models.CharField("Anzeigename", max_length=200, blank=True)
    author_url = models.URLField("Profil", max_length=500, blank=True)
    content_html = models.TextField("Inhalt (bereinigt)", blank=True)
    content_text = models.TextField("Inhalt als Text", blank=True)
    spoiler_text = models.CharField("Inhaltswarnung", max_length=500, blank=True)
    sensitive = models.BooleanField("Heikel markiert", default=False)
    language = models.CharField("Sprache", max_length=12, blank=True)
    media = models.JSONField("Medien", default=list, blank=True)
    hashtags = models.JSONField("Hashtags", default=list, blank=True)
    mentions = models.JSONField("Erwähnt", default=list, blank=True)
    is_reply = models.BooleanField("Antwort", default=False)
    posted_at = models.DateTimeField("Geschrieben am")
    fetched_at = models.DateTimeField("Eingelesen am", default=timezone.now)

    # Indexed together with posted_at (Meta.indexes): the queue and the wall read by both.
    state = models.CharField("Status", max_length=10, choices=State.choices, default=State.PENDING)
    screening_note = models.CharField("Hinweis der Regeln", max_length=255, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Entschieden von",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField("Entschieden am", null=True, blank=True)
    decision_reason = models.CharField("Begründung", max_length=500, blank=True)
    approved_at = models.DateTimeField("Freigegeben am", null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = "Hashtag-Beitrag"
        verbose_name_plural = "Hashtag-Beiträge"
        ordering = ["-posted_at", "-pk"]
        indexes = [models.Index(fields=["state", "-posted_at"], name="mastodon_post_state_time")]
        permissions = [("moderate_hashtagpost", "Kann Beiträge zum Hashtag moderieren")]

    def __str__(self) -> str:
        return f"@{self.author_acct}: {self.content_text[:60]}"

    @property
    def is_held_for_warning(self) -> bool:
        return bool(self.spoiler_text or self.sensitive)

    def shown_media(self) -> list[dict]:
        """Images the hub keeps a copy of and that have a description; nothing else is shown."""
        return [m for m in self.media if m.get("local_url") and m.get("description")]

    def undescribed_or_missing_media(self) -> list[dict]:
        return [m for m in self.media if not (m.get("local_url") and m.get("description"))]


class IngestCursor(models.Model):
    """How far one source (a hashtag timeline, the mentions) on one instance has been read.

    Advanced in the same transaction that stores a page's posts, so a crash
    between two pages neither skips nor repeats anything.
    """

    instance_url = models.URLField("Server", max_length=255)
    source = models.CharField("Quelle", max_length=120)  # "tag:EngagementHagen", "mentions"
    since_id = models.CharField("Gelesen bis ID", max_length=64, blank=True)
    statuses_read = models.PositiveBigIntegerField("Gelesene Beiträge", default=0)
    last_run_at = models.DateTimeField("Zuletzt gelesen", null=True, blank=True)
    last_error = models.TextField("Letzter Fehler", blank=True)

    class Meta:
        verbose_name = "Lesestand"
        verbose_name_plural = "Lesestände"
        constraints = [
            models.UniqueConstraint(
                fields=["instance_url", "source"], name="mastodon_one_cursor_per_source"
            )
        ]

    def __str__(self) -> str:
        return f"{self.instance_url} {self.source} → {self.since_id or '–'}"


class ModerationDecision(models.Model):
    """Every decision about a post: who (or which rule), when, what and why."""

    class Action(models.TextChoices):
        APPROVE = "approve", "Freigegeben"
        REJECT = "reject", "Abgelehnt"
        HIDE = "hide", "Verborgen"
        RESET = "reset", "Zurück in die Warteschlange"

    post = models.ForeignKey(
        HashtagPost, verbose_name="Beitrag", on_delete=models.CASCADE, related_name="decisions"
    )
    action = models.CharField("Entscheidung", max_length=10, choices=Action.choices)
    previous_state = models.CharField(
        "Vorher", max_length=10, choices=HashtagPost.State.choices, blank=True
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Wer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    automatic = models.BooleanField("Automatisch (Regel)", default=False)
    reason = models.CharField("Begründung", max_length=500, blank=True)
    created_at = models.DateTimeField("Wann", default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "Moderationsentscheidung"
        verbose_name_plural = "Moderationsentscheidungen"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.post_id}"

    @property
    def who(self) -> str:
        if self.automatic:
            return "Regel"
        if self.user is None:
            return "–"
        return self.user.get_full_name() or self.user.get_username()
