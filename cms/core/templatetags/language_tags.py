"""The language switch, hreflang alternates and ``lang`` on content in another language."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Locale, Page

from cms.core import reader_language
from cms.core.context_processors import RTL_LANGUAGES

register = template.Library()


def _direction(code: str) -> str:
    return "rtl" if code.split("-")[0] in RTL_LANGUAGES else "ltr"


@register.simple_tag(takes_context=True)
def language_versions(context, page=None) -> list[dict]:
    """Every configured language, each named in itself, with where this page is in it.

    ``translated`` says whether the page exists in that language; where it does
    not, the link leads to the German page in the reader's interface (the honest
    fallback), so every language can be chosen on every page.
    """
    request = context.get("request")
    current = translation.get_language() or settings.LANGUAGE_CODE
    urls: dict[str, str] = {}
    source_url = None
    with reader_language.reading_in(None):
        if isinstance(page, Page) and page.pk:
            locales = dict(Locale.objects.values_list("pk", "language_code"))
            versions = page.get_translations(inclusive=True).live().public().specific()
            for version in versions:
                code = locales.get(version.locale_id)
                urls[code] = version.get_url(request)
            source_url = urls.get(settings.LANGUAGE_CODE)
    if source_url is None and request is not None:
        source_url = reader_language.path_in(request.path, settings.LANGUAGE_CODE)
    result = []
    for code, name in reader_language.configured_languages():
        url = urls.get(code)
        if url is None and source_url:
            url = (
                reader_language.fallback_path(source_url, code)
                if isinstance(page, Page)
                else reader_language.path_in(source_url, code)
            )
        result.append(
            {
                "code": code,
                "name": name,
                "url": url or "/",
                "dir": _direction(code),
                "current": code == current,
                "translated": code in urls,
            }
        )
    return result


@register.filter
def lang_attr(obj) -> str:
    """`` lang="de" dir="ltr"`` on content whose language is not the reader's, else nothing."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return ""
    code = reader_language.language_of_locale(locale_id)
    if code == (translation.get_language() or settings.LANGUAGE_CODE):
        return ""
    return format_html(' lang="{}" dir="{}"', code, _direction(code))


@register.filter
def is_fallback(page) -> bool:
    return isinstance(page, Page) and reader_language.is_fallback(page)


@register.simple_tag
def current_language_name() -> str:
    """The reader's language named in itself ("Türkçe"), for the fallback notice."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    return dict(reader_language.configured_languages()).get(current, current)


@register.simple_tag(takes_context=True)
def suggested_language(context) -> dict | None:
    """The reader's browser language, if the hub offers it and the page is German.

    Only a suggestion: no redirect, no cookie. The response already varies by
    Accept-Language (Django's LocaleMiddleware says so for unprefixed pages).
    """
    request = context.get("request")
    current = translation.get_language() or settings.LANGUAGE_CODE
    if request is None or current != settings.LANGUAGE_CODE:
        return None
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for accepted, _quality in parse_accept_lang_header(header)[:5]:
        if accepted == "*":
            break
        try:
            code = get_supported_language_variant(accepted)
        except LookupError:
            continue
        if code == settings.LANGUAGE_CODE:
            return None
        name = dict(reader_language.configured_languages()).get(code, code)
        with translation.override(code):
            text = translation.gettext("Engagement Hub Hagen gibt es auch auf %(language)s.") % {
                "language": name
            }
        return {"code": code, "dir": _direction(code), "url": f"/{code}/", "text": text}
    return None
