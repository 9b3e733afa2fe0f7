"""Whether a page offers flyers to readers: the website's side of the flyer channel.

The channel itself reads only items; the download view, the short link and
the "Flyer herunterladen" section look at the page: it must be live and
public, of a kind that goes to the flyer channel, not over, and not switched off there.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Page

from channels.registry import channels_for, get_channel
from cms.core import kinds

SLUG = "flyer"


def is_public(page: Page) -> bool:
    return page.live and not page.expired and not page.get_view_restrictions().exists()


def flyers_available(page: Page) -> bool:
    if SLUG not in settings.HUB_CHANNELS or not hasattr(page, "to_item"):
        return False
    if not is_public(page) or SLUG not in channels_for(kinds.key_of(page)):
        return False
    if getattr(page, "is_over", False):
        return False  # no flyers for an offer whose last day is over, nor in print runs
    if SLUG in (getattr(page, "distribution_off", None) or []):
        return False
    if getattr(page, "is_example", False) and SLUG not in settings.HUB_CHANNELS_FOR_EXAMPLES:
        return False
    return get_channel(SLUG).is_configured()
