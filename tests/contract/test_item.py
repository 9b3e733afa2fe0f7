"""The item carries what channels need, and keeps loading across versions of the hub."""

import datetime

from django.utils import timezone

from cms.taxonomy.models import District, Topic
from contract.item import Item, ItemCampaign, ItemOrganisation, ItemTerm
from tests import builders


def test_an_offer_carries_its_organisation_terms_and_end(site_tree):
    offer = site_tree.kultur_offer
    offer.district = District.objects.get(slug="haspe")
    offer.topics = [Topic.objects.get(slug="kultur")]
    offer.date_from = offer.date_to = datetime.date(2026, 5, 1)
    portrait = site_tree.kulturverein
    portrait.contact_email = "info@kulturverein-haspe.example"
    portrait.contact_phone = "02331 123456"
    builders.publish(portrait)

    item = offer.to_item()

    assert item.translation_key == str(offer.translation_key)
    assert item.belongs_to == ItemOrganisation(
        page_id=portrait.pk,
        translation_key=str(portrait.translation_key),
        name="Kulturverein Haspe",
        email="info@kulturverein-haspe.example",
        phone="02331 123456",
        address=tuple(portrait.address_lines),
    )
    assert item.organisation_key == str(portrait.translation_key)
    assert item.district_terms == (ItemTerm("haspe", "Haspe"),)
    assert item.topic_terms == (ItemTerm("kultur", "Kultur"),)
    assert item.short_term is True  # a one-day offer
    last_moment = timezone.localtime(item.expires_at)
    assert (last_moment.date(), last_moment.hour) == (datetime.date(2026, 5, 1), 23)
    assert not item.is_current(last_moment + datetime.timedelta(seconds=1))


def test_a_story_carries_its_campaign(site_tree):
    campaign = builders.campaign()
    index = builders.campaign_index(site_tree.home, campaign)
    story = builders.story(index, "Lena hilft bei der Tafel", campaign=campaign)

    item = story.to_item()

    assert item.campaign_detail == ItemCampaign(
        slug=campaign.slug,
        name="HAGEN braucht DICH",
        hashtag=campaign.hashtag,
        colour=campaign.accent_colour,
    )
    assert item.campaign == "HAGEN braucht DICH"
    assert item.accent_colour == campaign.accent_colour


def test_items_round_trip_through_json():
    item = builders.item(
        belongs_to=ItemOrganisation(
            page_id=3, translation_key="k", name="Verein", address=("A", "B")
        ),
        district_terms=(ItemTerm("haspe", "Haspe"),),
        campaign_detail=ItemCampaign("hbd", "HAGEN braucht DICH", "HAGENbrauchtDICH"),
        expires_at=datetime.datetime(2026, 5, 1, 21, 59, tzinfo=datetime.UTC),
    )
    assert Item.from_json(item.to_json()) == item


def test_an_item_stored_by_an_older_hub_still_loads():
    stored = {
        "page_id": 7,
        "kind": "offer",
        "kind_label": "Mitmach-Angebot",
        "title": "Sommerfest",
        "summary": "",
        "body_text": "",
        "body_html": "",
        "url": "https://example.org/",
        "language": "de",
        "organisation": "Kulturverein Haspe",
        "organisation_id": 3,
        "district": "Haspe",
        "topics": ["Kultur"],
        "events": [{"starts_at": "2026-05-01", "ends_at": None, "title": "", "place": ""}],
    }
    item = Item.from_json(stored)
    assert item.belongs_to is None and item.organisation_key == ""
    assert item.topics == ("Kultur",)
    assert item.events[0].starts_at == datetime.date(2026, 5, 1)
    assert item.expires_at is None and item.is_current(timezone.now())


def test_fields_written_by_a_newer_hub_are_ignored():
    data = {**builders.item().to_json(), "a_field_from_the_future": {"x": 1}}
    assert Item.from_json(data) == builders.item()
