"""Campaigns: which one runs today drives the home page, and stories carry theirs."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from wagtail.models import Locale

from campaigns.models import Campaign
from campaigns.templatetags.campaign_tags import campaign_page
from tests import builders

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def german(db):
    return Locale.get_default()


@pytest.mark.parametrize(
    ("starts_on", "ends_on", "runs"),
    [
        (datetime.date(2026, 3, 1), None, True),  # open-ended
        (datetime.date(2026, 3, 1), TODAY, True),  # last day
        (TODAY, datetime.date(2026, 7, 1), True),  # first day
        (datetime.date(2026, 3, 1), datetime.date(2026, 6, 14), False),  # ended yesterday
        (datetime.date(2026, 6, 16), None, False),  # starts tomorrow
    ],
)
def test_a_campaign_is_current_from_its_first_to_its_last_day(german, starts_on, ends_on, runs):
    campaign = builders.campaign(starts_on=starts_on, ends_on=ends_on)

    assert (Campaign.current(german, TODAY) == campaign) is runs


def test_of_two_running_campaigns_the_newest_is_current(german):
    builders.campaign("Ältere", slug="aeltere", starts_on=datetime.date(2026, 1, 1))
    newer = builders.campaign("Neuere", slug="neuere", starts_on=datetime.date(2026, 5, 1))

    assert Campaign.current(german, TODAY) == newer


def test_a_campaign_runs_only_in_its_own_language(german):
    english, _ = Locale.objects.get_or_create(language_code="en")
    builders.campaign(locale=english)

    assert Campaign.current(german, TODAY) is None
    assert Campaign.current(english, TODAY).locale == english


def test_a_campaign_cannot_end_before_it_starts(german):
    campaign = Campaign(
        name="Rückwärts",
        slug="rueckwaerts",
        hashtag="Rueckwaerts",
        starts_on=datetime.date(2026, 6, 1),
        ends_on=datetime.date(2026, 5, 1),
        locale=german,
    )

    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert error.value.message_dict["ends_on"] == ["Das Ende liegt vor dem Beginn."]


@pytest.mark.parametrize("hashtag", ["#HAGENbrauchtDICH", "HAGEN braucht DICH", "a-b"])
def test_a_hashtag_is_written_without_hash_and_spaces(german, hashtag):
    campaign = Campaign(
        name="X", slug="x", hashtag=hashtag, starts_on=datetime.date(2026, 1, 1), locale=german
    )

    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "hashtag" in error.value.message_dict


def test_a_story_carries_its_campaign_and_hashtag_to_the_channels(site_tree):
    campaign = builders.campaign(accent_colour="#005a9c")
    index = builders.campaign_index(site_tree.home, campaign)
    story = builders.story(index, "Wie Aylin zur Lesepatin wurde", campaign=campaign)

    item = story.to_item()

    assert item.campaign == "HAGEN braucht DICH"
    assert item.campaign_detail.slug == "hagen-braucht-dich"
    assert item.campaign_detail.hashtag == "HAGENbrauchtDICH"
    assert item.campaign_detail.colour == "#005a9c"
    assert "HAGENbrauchtDICH" in item.hashtags


def test_a_campaigns_own_landing_page_wins_over_the_general_one(site_tree):
    campaign = builders.campaign()
    general = builders.campaign_index(site_tree.home, None, title="Alle Kampagnen", slug="alle")
    assert campaign_page(campaign) == general

    own = builders.campaign_index(site_tree.home, campaign)

    assert campaign_page(campaign) == own


@override_settings(TIME_ZONE="Europe/Berlin")
def test_the_home_page_shows_the_running_campaign_and_not_an_ended_one(client, site_tree):
    today = datetime.date.today()
    running = builders.campaign(starts_on=today - datetime.timedelta(days=10))
    builders.campaign(
        "Vorbei",
        slug="vorbei",
        hashtag="Vorbei",
        starts_on=today - datetime.timedelta(days=60),
        ends_on=today - datetime.timedelta(days=1),
    )
    builders.campaign_index(site_tree.home, running)

    html = client.get("/").content.decode()

    assert 'id="kampagne">HAGEN braucht DICH</h2>' in html
    assert "#HAGENbrauchtDICH" in html
    assert "Vorbei" not in html
    assert 'href="/hagen-braucht-dich/"' in html
