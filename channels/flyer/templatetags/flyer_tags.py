"""``{% flyer_downloads page %}`` (the "Flyer herunterladen" section of a page) and the
``text_dir`` filter of the flyer layouts."""

from django import template
from django.urls import reverse

from channels.flyer.availability import flyers_available
from channels.flyer.bilingual import partner_languages
from channels.flyer.layouts import LAYOUTS, MODES, bilingual_variants
from channels.flyer.text import text_direction

register = template.Library()


@register.filter
def text_dir(text: str, default: str = "ltr") -> str:
    """``dir="{{ text|text_dir:flyer.direction }}"``: the direction of the text itself."""
    return text_direction(str(text), default)


@register.inclusion_tag("channels/flyer/includes/downloads.html")
def flyer_downloads(page):
    if not flyers_available(page):
        return {"layouts": [], "bilingual": []}
    return {"layouts": flyer_links(page.pk), "bilingual": bilingual_links(page)}


def flyer_links(page_id: int) -> list[dict]:
    """Each layout with a link per mode, in the registry's order."""
    return [
        {
            "layout": layout,
            "links": [
                {
                    "mode": MODES[mode],
                    "url": reverse("flyer_download", args=[page_id, f"{layout.identifier}-{mode}"]),
                }
                for mode in layout.modes
            ],
        }
        for layout in LAYOUTS.values()
    ]


def bilingual_links(page) -> list[dict]:
    """Per language that pairs with German: a link per mode of the bilingual layout."""
    return [
        {
            "language": code,
            "name": name,
            "links": [
                {
                    "mode": variant.mode,
                    "layout": variant.layout,
                    "url": reverse("flyer_bilingual_download", args=[page.pk, code, variant.name]),
                }
                for variant in bilingual_variants()
            ],
        }
        for code, name in partner_languages(page)
    ]
