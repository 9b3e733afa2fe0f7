from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale


def locale_from(language: str | None) -> Locale:
    """The Wagtail locale for a language code; the default (German) for anything unknown.

    "de-x-ls" (Leichte Sprache) is a locale of its own, not German: the lookup
    tries the full code before the generic one.
    """
    if language:
        try:
            code = get_supported_content_language_variant(language)
        except LookupError:
            code = None
        locale = Locale.objects.filter(language_code=code).first() if code else None
        if locale:
            return locale
    return Locale.get_default()


def current_locale() -> Locale:
    """The locale of the language active for this request (set by the URL prefix)."""
    return locale_from(translation.get_language())


def is_default_language(language: str | None) -> bool:
    return (language or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE
