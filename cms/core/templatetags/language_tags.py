"""The language switch, hreflang alternates and ``lang`` on content in another language."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
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
