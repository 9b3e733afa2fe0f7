"""Flyer tests: a media folder of their own, one page per kind, and an item without pages.

The channel reads only items, so most rendering tests need no page tree at
all: ``offer_item`` is the item an offer page would make. Building the tree
costs seconds per test; only tests about pages use ``kinds`` or ``site_tree``.
"""

import datetime
from dataclasses import dataclass, replace

import pytest

from contract.item import Item, ItemEvent, ItemImage
from tests import builders
from tests.channels.flyer.pictures import picture

OFFER_ITEM = Item(
    page_id=7,
    revision_id=11,
    kind="offer",
    kind_label="Mitmach-Angebot",
    title="Helfer*innen für das Sommerfest gesucht",
    summary="Wir suchen Menschen, die beim Aufbau, an der Kuchentheke und beim "
    "Kinderprogramm helfen. Keine Vorkenntnisse nötig.",
    body_text="Das Sommerfest ist der Höhepunkt unseres Vereinsjahres.\n\n"
    "So machen Sie mit\n\nSchreiben Sie uns eine kurze E-Mail.",
    body_html="",
    url="http://localhost/vereine/kulturverein-haspe/helferinnen-fur-das-sommerfest/",
    language="de",
    hashtags=("EngagementHagen", "Kultur"),
    events=(ItemEvent(starts_at=datetime.date(2026, 7, 12), ends_at=datetime.date(2026, 7, 12)),),
    place="Haspe",
    organisation="Kulturverein Haspe",
    district="Haspe",
)


@pytest.fixture(autouse=True)
def flyer_media(settings, tmp_path):
    """Renditions and flyers of a test go to its own folder, never to the checkout's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@dataclass
class Kinds:
    """One published page of every kind that goes to the flyer channel."""

    organisation: object
    offer: object
    course: object
    resource: object
    story: object

    def pages(self):
        return [self.organisation, self.offer, self.course, self.resource, self.story]


@pytest.fixture
def kinds(site_tree) -> Kinds:
    photo = picture(1600, 900, title="Sommerfest im Hasper Bürgerpark")
    offer = site_tree.kultur_offer
    offer.lead_image = photo
    offer = builders.publish(offer)
    campaign = builders.campaign()
    return Kinds(
        organisation=site_tree.kulturverein,
        offer=offer,
        course=builders.course(builders.course_index(site_tree.home), "Vereinsrecht kompakt"),
        resource=builders.resource(
            builders.resource_index(site_tree.home), "Die Mitgliederversammlung vorbereiten"
        ),
        story=builders.story(
            builders.campaign_index(site_tree.home, campaign),
            "Vom Sprachcafé in den Vorstand",
            campaign=campaign,
            lead_image=photo,
        ),
    )


@pytest.fixture
def offer_item() -> Item:
    """An offer's item as a page would make it, without a page (and without a picture)."""
    return OFFER_ITEM


def with_picture(item: Item, image) -> Item:
    return replace(item, image=ItemImage("", image.alt_text, image.width, image.height, image.pk))
