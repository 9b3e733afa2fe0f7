import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page

from cms.core.context_processors import RTL_LANGUAGES

register = template.Library()

_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """The page's schema.org data as a JSON-LD script element, safe inside HTML."""
    data = page.get_structured_data(context.get("request"))
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.filter
def text_direction(language_code: str) -> str:
    return "rtl" if (language_code or "").split("-")[0] in RTL_LANGUAGES else "ltr"


@register.simple_tag
def language_versions(page):
    """(locale, url, is_current) for each language this page (or the home page) exists in."""
    if page is None or not isinstance(page, Page):
        return []
    versions = []
    translations = {p.locale_id: p for p in page.get_translations(inclusive=True).live()}
    for locale in Locale.objects.all().order_by("pk"):
        translated = translations.get(locale.pk)
        if translated is None:
            continue
        versions.append(
            {
                "code": locale.language_code,
                "name": locale.get_display_name(),
                "url": translated.url,
                "current": locale.pk == page.locale_id,
            }
        )
    return versions if len(versions) > 1 else []


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    request = context.get("request")
    if not path or path.startswith(("http://", "https://")) or request is None:
        return path
    return request.build_absolute_uri(path)
