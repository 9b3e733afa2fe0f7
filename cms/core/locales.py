from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
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


def configured_locale(language: str) -> Locale | None:
    """The locale of a configured content language, or None: unlike ``locale_from``
    an unknown code is not German, so an API filter can refuse it."""
    try:
        code = get_supported_content_language_variant(language)
    except LookupError:
        return None
    return Locale.objects.filter(language_code=code).first()


def content_language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def translations_of(page) -> list[dict[str, str]]:
    """The page's live, public translations in other languages (code and address),
    in the configured order of languages."""
    order = {code: index for index, code in enumerate(content_language_codes())}
    found = [
        {"language": other.locale.language_code, "url": other.get_full_url() or ""}
        for other in page.get_translations().live().public().select_related("locale")
    ]
    return sorted(found, key=lambda entry: order.get(entry["language"], len(order)))


def unknown_language_message(language: str) -> str:
    return gettext("Unbekannte Sprache „%(code)s“. Möglich sind: %(codes)s.") % {
        "code": language,
        "codes": ", ".join(content_language_codes()),
    }
