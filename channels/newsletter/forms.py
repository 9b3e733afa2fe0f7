"""The sign-up form (with its honeypot) and the preferences form."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from channels.newsletter.models import Subscriber
from cms.core import vocabularies
from cms.core.kinds import content_kinds
from cms.core.locales import current_locale


def language_choices() -> list[tuple[str, str]]:
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


def kind_choices() -> list[tuple[str, str]]:
    return [(kind.key, kind.label) for kind in content_kinds()]


def topic_choices() -> list[tuple[str, str]]:
    return _vocabulary(vocabularies.TOPIC)


def district_choices() -> list[tuple[str, str]]:
    return _vocabulary(vocabularies.DISTRICT)


def _vocabulary(key: str) -> list[tuple[str, str]]:
    """Slugs with names in the reader's language, German where there is no translation."""
    rows = vocabularies.terms(key, current_locale())
    if not rows.exists():
        rows = vocabularies.terms(key, Locale.get_default())
    return list(rows.values_list("slug", "name"))


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Sprache"),
        help_text=_(
            "Inhalte kommen in dieser Sprache, wo es eine Übersetzung gibt, sonst auf Deutsch."
        ),
    )
    kinds = forms.MultipleChoiceField(
        label=_("Was möchten Sie bekommen?"),
        help_text=_("Nichts angekreuzt: alles."),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    topics = forms.MultipleChoiceField(
        label=_("Themen"),
        help_text=_("Nichts angekreuzt: alle Themen."),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    districts = forms.MultipleChoiceField(
        label=_("Stadtbezirke"),
        help_text=_("Nichts angekreuzt: ganz Hagen."),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    frequency = forms.ChoiceField(
        label=_("Wie oft?"),
        choices=Subscriber.Frequency.choices,
        initial=Subscriber.Frequency.ISSUE,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
        self.fields["kinds"].choices = kind_choices()
        self.fields["topics"].choices = topic_choices()
        self.fields["districts"].choices = district_choices()


class SubscribeForm(PreferencesForm):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # The honeypot: hidden from people (and from screen readers), filled in by
    # bots that fill in everything. No third-party captcha.
    website = forms.CharField(
        label=_("Bitte lassen Sie dieses Feld leer"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    field_order = ["email", "language", "kinds", "topics", "districts", "frequency"]

    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))
