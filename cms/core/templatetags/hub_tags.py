import json
import re

from django import template
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from cms.core import vocabularies
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


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    request = context.get("request")
    if not path or path.startswith(("http://", "https://")) or request is None:
        return path
    return request.build_absolute_uri(path)


# --- Helpers for the public templates ---------------------------------------------------

_OG_LOCALES = {"de": "de_DE", "en": "en_GB", "tr": "tr_TR", "ar": "ar_AR", "uk": "uk_UA"}
_DEFAULT_ACCENT = "#b3001b"
_IFRAME_TAG = re.compile(r"<iframe\b[^>]*>", re.IGNORECASE)
_TITLE_ATTR = re.compile(r"""\s+title\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


@register.filter
def og_locale(language_code: str) -> str:
    """Open Graph wants language_TERRITORY, e.g. de_DE."""
    code = (language_code or settings.LANGUAGE_CODE).split("-")[0]
    return _OG_LOCALES.get(code, code)


@register.filter
def tel_href(number: str) -> str:
    """A phone number as written ("02331 207-0") turned into a dialable tel: target."""
    number = (number or "").strip()
    digits = re.sub(r"\D", "", number)
    return f"+{digits}" if number.startswith("+") else digits


@register.filter
def model_name(page) -> str:
    """The lower-case model name of a specific page ("offerpage"), for per-type markup."""
    meta = getattr(page, "_meta", None)
    return meta.model_name if meta else ""


@register.filter
def type_label(page) -> str:
    """What kind of page this is, in the singular, for cards ("Mitmach-Angebot", "Verein")."""
    if page is None:
        return ""
    if hasattr(page, "get_kind_display"):
        return page.get_kind_display()
    return str(page._meta.verbose_name)


@register.filter
def accent_colour(value: str) -> str:
    """The campaign colour if white text stays readable on it (4.5:1), else the default."""
    if not value or not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        return _DEFAULT_ACCENT
    return value if _contrast_with_white(value) >= 4.5 else _DEFAULT_ACCENT


def _contrast_with_white(hex_colour: str) -> float:
    def channel(part: str) -> float:
        c = int(part, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(hex_colour[i : i + 2]) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 1.05 / (luminance + 0.05)


@register.simple_tag(takes_context=True)
def locale_page(context, model_path: str, page=None):
    """The first live page of a model ("finder.FinderPage") in the language of ``page``.

    Uses the language of the request when there is no page (the 404 page), and
    falls back to the default language when the section is not translated yet:
    a German finder helps an Arabic reader more than no finder at all.
    """
    model = apps.get_model(model_path)
    locale = getattr(page, "locale", None) or _request_locale()
    pages = model.objects.live().public().order_by("path")
    found = pages.filter(locale=locale).first()
    if found is None and locale != Locale.get_default():
        found = pages.filter(locale=Locale.get_default()).first()
    return found


@register.simple_tag
def vocabulary(key: str, page=None):
    """The terms of a vocabulary ("district", "topic") in the language of ``page``."""
    locale = getattr(page, "locale", None) or _request_locale()
    return vocabularies.terms(key, locale)


@register.simple_tag
def video_embed(embed_value, title: str):
    """The provider's embed HTML with our own title on the iframe, for screen readers."""
    html = getattr(embed_value, "html", "") or ""
    if not html:
        return ""

    def retitle(match):
        tag = _TITLE_ATTR.sub("", match.group(0))
        extra = format_html(' title="{}"', title)
        if "loading=" not in tag.lower():
            extra += mark_safe(' loading="lazy"')
        return f"<iframe{extra}{tag[len('<iframe') :]}"

    return mark_safe(_IFRAME_TAG.sub(retitle, str(html)))


@register.simple_tag(takes_context=True)
def query_without(context, key: str, value: str | None = None) -> str:
    """The current query string without one filter (and without the page number)."""
    request = context.get("request")
    if request is None:
        return ""
    query = request.GET.copy()
    query.pop("seite", None)
    if value is None:
        query.pop(key, None)
    else:
        query.setlist(key, [v for v in query.getlist(key) if v != value])
    return query.urlencode()


@register.simple_tag(takes_context=True)
def active_filters(context, form) -> list[dict]:
    """The finder filters in use, each with a readable label and the query that removes it."""
    if not form.is_bound or not form.is_valid():
        return []
    filters = []
    for name, field in form.fields.items():
        value = form.cleaned_data.get(name)
        if not value:
            continue
        if name == "q":
            filters.append(
                {"field": field.label, "value": value, "query": query_without(context, name)}
            )
            continue
        choices = dict(field.choices)
        for item in value if isinstance(value, list) else [value]:
            filters.append(
                {
                    "field": field.label,
                    "value": choices.get(item, item),
                    "query": query_without(
                        context, name, item if isinstance(value, list) else None
                    ),
                }
            )
    return filters


@register.simple_tag
def ui_language() -> str:
    """The language the interface strings are shown in: the reader's, as every
    configured language has a complete catalogue (tests/cms/i18n); German for a
    language the hub does not offer."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    configured = {code for code, _name in settings.LANGUAGES}
    return language if language in configured else settings.LANGUAGE_CODE


def _request_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


@register.simple_tag(takes_context=True)
def lead_image_url(context, page) -> str:
    """The absolute URL of the page's share image (the one JSON-LD names too)."""
    if not getattr(page, "lead_image", None):
        return ""
    return page.lead_image_url(context.get("request"))


@register.filter
def contains_page(section, page) -> bool:
    """True if ``page`` is ``section`` or lies below it in the page tree."""
    section_path = getattr(section, "path", None)
    page_path = getattr(page, "path", None)
    return bool(section_path and page_path and page_path.startswith(section_path))


@register.filter
def elided_pages(page_obj):
    """Page numbers around the current one, with "…" for the gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)


@register.filter
def page_type(page) -> str:
    """The "app_label.modelname" of a specific page, e.g. "organisations.offerpage"."""
    meta = getattr(page, "_meta", None)
    return meta.label_lower if meta else ""
