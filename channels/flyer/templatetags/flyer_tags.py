"""``{% flyer_downloads page %}`` (the "Flyer herunterladen" section of a page) and the
``text_dir`` filter of the flyer layouts."""

from django import template
from django.urls import reverse

from channels.flyer.availability import flyers_available
from channels.flyer.layouts import LAYOUTS, MODES
from channels.flyer.text import text_direction

register = template.Library()


@register.filter
def text_dir(text: str, default: str = "ltr") -> str:
    """``dir="{{ text|text_dir:flyer.direction }}"``: the direction of the text itself."""
    return text_direction(str(text), default)


@register.inclusion_tag("channels/flyer/includes/downloads.html")
def flyer_downloads(page):
    if not flyers_available(page):
        return {"layouts": []}
    return {"layouts": flyer_links(page.pk)}


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
