"""Forms of the admin: connecting an account, filtering and deciding in the queue."""

from __future__ import annotations

from urllib.parse import urlsplit

from django import forms
from django.conf import settings

from channels.mastodon.client import normalise_instance_url
from channels.mastodon.models import HashtagPost, ModerationDecision

HUB = "hub"
LOOPBACK = {"localhost", "127.0.0.1", "::1"}


class ConnectForm(forms.Form):
    instance_url = forms.CharField(
        label="Adresse des Mastodon-Servers",
        max_length=200,
        help_text="Der Server, auf dem das Konto liegt, z. B. „hagen.social“ oder "
        "„https://mastodon.social“.",
    )
    target = forms.ChoiceField(
        label="Wofür ist das Konto?",
        help_text="Das Hub-Konto verbreitet alle Inhalte. Ein Konto einer Organisation "
        "verbreitet deren Porträt und Angebote; alles andere geht weiter vom Hub-Konto aus.",
    )

    def __init__(self, *args, organisations, may_hub: bool, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(HUB, "Gemeinsames Hub-Konto")] if may_hub else []
        choices += [(str(page.pk), f"Organisation: {page.title}") for page in organisations]
        self.fields["target"].choices = choices

    def clean_instance_url(self) -> str:
        url = normalise_instance_url(self.cleaned_data["instance_url"])
        parts = urlsplit(url)
        if not parts.hostname or ("." not in parts.hostname and parts.hostname not in LOOPBACK):
            raise forms.ValidationError("Bitte die Adresse eines Mastodon-Servers angeben.")
        if parts.scheme != "https" and not (parts.hostname in LOOPBACK or settings.DEBUG):
            raise forms.ValidationError("Bitte eine Adresse mit https:// angeben.")
        return url


class AuthoriseForm(forms.Form):
    code = forms.CharField(
        label="Autorisierungscode",
        required=False,
        max_length=200,
        help_text="Den Code, den Mastodon nach „Autorisieren“ anzeigt, hier einfügen.",
    )
    access_token = forms.CharField(
        label="… oder Zugangstoken",
        required=False,
        max_length=500,
        widget=forms.PasswordInput(render_value=False),
        help_text="Wer in Mastodon unter Einstellungen → Entwicklung selbst eine Anwendung "
        "angelegt hat (Rechte: read:accounts, read:notifications, read:statuses, write:media, "
        "write:statuses), fügt hier deren Zugangstoken ein.",
    )

    def clean(self):
        data = super().clean()
        code, token = data.get("code", "").strip(), data.get("access_token", "").strip()
        if bool(code) == bool(token):
            raise forms.ValidationError(
                "Bitte entweder den Autorisierungscode oder ein Zugangstoken angeben."
            )
        data["code"], data["access_token"] = code, token
        return data


class QueueFilterForm(forms.Form):
    state = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[*HashtagPost.State.choices, ("all", "Alle")],
    )
    source = forms.ChoiceField(
        label="Quelle", required=False, choices=[("", "Alle"), *HashtagPost.Source.choices]
    )
    language = forms.CharField(label="Sprache", required=False, max_length=12)
    account = forms.CharField(label="Konto", required=False, max_length=255)
    q = forms.CharField(label="Suche im Text", required=False, max_length=100)
    media = forms.BooleanField(label="Nur mit Medien", required=False)
    warning = forms.BooleanField(label="Nur mit Inhaltswarnung", required=False)

    def filter(self, posts):
        # Unbound (no filters chosen) or invalid: the queue as it comes.
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        state = data.get("state") or HashtagPost.State.PENDING
        if state != "all":
            posts = posts.filter(state=state)
        if data.get("source"):
            posts = posts.filter(source=data["source"])
        if data.get("language"):
            posts = posts.filter(language=data["language"].strip().lower())
        if data.get("account"):
            posts = posts.filter(author_acct__icontains=data["account"].strip().lstrip("@"))
        if data.get("q"):
            posts = posts.filter(content_text__icontains=data["q"].strip())
        if data.get("media"):
            posts = posts.exclude(media=[])
        if data.get("warning"):
            posts = posts.exclude(spoiler_text="", sensitive=False)
        # The queue is worked oldest first; everything else is looked up newest first.
        if state == HashtagPost.State.PENDING:
            return posts.order_by("posted_at", "pk")
        return posts.order_by("-posted_at", "-pk")

    @property
    def current_state(self) -> str:
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        return data.get("state") or HashtagPost.State.PENDING


class DecisionForm(forms.Form):
    action = forms.ChoiceField(choices=ModerationDecision.Action.choices)
    posts = forms.TypedMultipleChoiceField(coerce=int, choices=())
    reason = forms.CharField(required=False, max_length=500)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any id is acceptable here; decide() looks the posts up.
        raw = self.data.getlist("posts") if hasattr(self.data, "getlist") else []
        self.fields["posts"].choices = [(value, value) for value in raw if value.isdigit()]
