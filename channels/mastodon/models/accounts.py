"""The Mastodon accounts the hub posts from, and the statuses it posted."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.utils import timezone

from channels.mastodon import crypto


class MastodonAccount(models.Model):
    """One connected account: the shared hub account, or an organisation's own.

    Set up through the admin flow (instance URL → app registration → authorisation
    code or access token), never by hand; the token and the app secret are stored
    encrypted (see ``channels.mastodon.crypto``).
    """

    class Role(models.TextChoices):
        HUB = "hub", "Gemeinsames Hub-Konto"
        ORGANISATION = "organisation", "Konto einer Organisation"

    role = models.CharField("Art", max_length=20, choices=Role.choices, default=Role.HUB)
    # The organisation's portrait (a page of an organisation kind, see
    # cms.core.kinds); any of its translations posts from this account.
    organisation = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="mastodon_accounts",
        help_text="Beiträge dieser Organisation und ihrer Angebote gehen von diesem Konto aus.",
    )
    instance_url = models.URLField("Mastodon-Server", max_length=255)
    acct = models.CharField("Konto", max_length=255, help_text="name@server")
    account_id = models.CharField("Konto-ID", max_length=64)
    display_name = models.CharField("Anzeigename", max_length=255, blank=True)
    profile_url = models.URLField("Profil", max_length=500, blank=True)
    client_id = models.CharField("App-Kennung", max_length=255, blank=True, editable=False)
    client_secret_encrypted = models.TextField(blank=True, editable=False)
    access_token_encrypted = models.TextField(editable=False)
    max_characters = models.PositiveIntegerField("Zeichen pro Beitrag", default=500)
    characters_reserved_per_url = models.PositiveSmallIntegerField("Zeichen pro Link", default=23)
    server_version = models.CharField("Server-Version", max_length=100, blank=True)
    connected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Verbunden von",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    connected_at = models.DateTimeField("Verbunden am", default=timezone.now)
    verified_at = models.DateTimeField("Zuletzt geprüft", null=True, blank=True)

    class Meta:
        verbose_name = "Mastodon-Konto"
        verbose_name_plural = "Mastodon-Konten"
        ordering = ["role", "acct"]
        constraints = [
            models.UniqueConstraint(
                fields=["role"], condition=models.Q(role="hub"), name="mastodon_one_hub_account"
            ),
            models.UniqueConstraint(
                fields=["organisation"],
                condition=models.Q(organisation__isnull=False),
                name="mastodon_one_account_per_organisation",
            ),
            models.CheckConstraint(
                condition=models.Q(role="hub", organisation__isnull=True)
                | models.Q(role="organisation", organisation__isnull=False),
                name="mastodon_organisation_only_for_organisation_accounts",
            ),
        ]

    def __str__(self) -> str:
        return f"@{self.acct}"

    @property
    def host(self) -> str:
        return urlsplit(self.instance_url).hostname or ""

    @property
    def access_token(self) -> str:
        return crypto.decrypt(self.access_token_encrypted)

    @access_token.setter
    def access_token(self, value: str) -> None:
        self.access_token_encrypted = crypto.encrypt(value)

    @property
    def client_secret(self) -> str:
        return crypto.decrypt(self.client_secret_encrypted)

    @client_secret.setter
    def client_secret(self, value: str) -> None:
        self.client_secret_encrypted = crypto.encrypt(value)

    @classmethod
    def hub(cls) -> MastodonAccount | None:
        return cls.objects.filter(role=cls.Role.HUB).first()


class StatusPosting(models.Model):
    """One status the hub posted, written *before* the call to Mastodon and completed after.

    A retried delivery finds its row by the idempotency key: a status already
    recorded is returned without asking Mastodon again; an attempt whose outcome
    is unknown is retried with the same ``Idempotency-Key`` header, which
    Mastodon honours for an hour (after that, the hub looks for the status among
    the account's own before posting again).
    """

    idempotency_key = models.CharField(max_length=64, unique=True)
    account = models.ForeignKey(
        MastodonAccount, null=True, on_delete=models.SET_NULL, related_name="postings"
    )
    item_url = models.URLField(max_length=500)
    status_id = models.CharField(max_length=64, blank=True, db_index=True)
    status_uri = models.CharField(max_length=500, blank=True, db_index=True)
    status_url = models.URLField(max_length=500, blank=True)
    # The attached image: its id on the server and what it showed (URL and alt
    # text), so an edit re-uploads only a changed image.
    media_id = models.CharField(max_length=64, blank=True)
    media_signature = models.CharField(max_length=64, blank=True)
    attempted_at = models.DateTimeField(default=timezone.now)
    posted_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "Mastodon-Beitrag des Hubs"
        verbose_name_plural = "Mastodon-Beiträge des Hubs"

    def __str__(self) -> str:
        return self.status_url or self.idempotency_key
