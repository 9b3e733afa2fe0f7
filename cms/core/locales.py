from django.utils import translation
from wagtail.models import Locale


def locale_from(language: str | None) -> Locale:
    """The Wagtail locale for a language code; the default (German) for anything unknown."""
    if language:
        locale = Locale.objects.filter(language_code=language.split("-")[0]).first()
        if locale:
            return locale
    return Locale.get_default()


def current_locale() -> Locale:
    """The locale of the language active for this request (set by the URL prefix)."""
    return locale_from(translation.get_language())
