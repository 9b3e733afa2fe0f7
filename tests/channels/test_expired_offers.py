"""A short-term offer whose last day is over leaves every surface that offers it as
current; its page stays reachable, says so and points to the club's current offers."""

import datetime

import pytest
from django.utils import timezone

from channels.flyer.availability import flyers_available
from channels.newsletter import pool
from channels.newsletter.compose import compose
from tests import builders
from tests.channels.newsletter.conftest import archive_of, issue_in


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def last_day_today(site_tree, today):
    return builders.offer(
        site_tree.kulturverein,
        "Kürbisschnitzen am Samstag",
        commitment="one_off",
        date_from=today,
        date_to=today,
    )


@pytest.fixture
def tomorrow(monkeypatch, today):
    """The clock moves past midnight: nothing is published in between."""
    later = timezone.now() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(timezone, "localdate", lambda *args: today + datetime.timedelta(days=1))


def test_a_cached_feed_drops_the_offer_when_its_last_day_is_over(client, last_day_today, request):
    assert "Kürbisschnitzen" in client.get("/feeds/angebote.rss").content.decode()
    assert "Kürbisschnitzen" in client.get("/feeds/angebote.rss").content.decode()  # cached

    request.getfixturevalue("tomorrow")

    assert "Kürbisschnitzen" not in client.get("/feeds/angebote.rss").content.decode()


def test_the_page_stays_reachable_says_it_is_over_and_is_not_indexed(
    client, last_day_today, site_tree, request
):
    assert "Dieses Angebot ist vorbei" not in client.get(last_day_today.url).content.decode()
    assert last_day_today.full_url in client.get("/sitemap.xml").content.decode()
    request.getfixturevalue("tomorrow")

    response = client.get(last_day_today.url)
    text = response.content.decode()
    assert response.status_code == 200
    assert "Dieses Angebot ist vorbei." in text
    assert '<meta name="robots" content="noindex">' in text
    assert f'href="{site_tree.kulturverein.url}#angebote"' in text
    portrait = client.get(site_tree.kulturverein.url).content.decode()
    assert "Kürbisschnitzen" not in portrait
    assert last_day_today.full_url not in client.get("/sitemap.xml").content.decode()


def test_no_flyers_and_no_newsletter_for_an_offer_that_is_over(
    last_day_today, site_tree, settings, request
):
    settings.FLYER_RENDER_ON_PUBLISH = False
    archive = archive_of(site_tree.home)
    pool.remember(last_day_today.to_item())
    assert flyers_available(type(last_day_today).objects.get(pk=last_day_today.pk))
    assert any(
        entry.in_language("de").page_id == last_day_today.pk
        for entry in compose(issue_in(archive, "Ausgabe heute", fill_automatically=True)).entries
    )
    request.getfixturevalue("tomorrow")

    issue = issue_in(archive, "Ausgabe morgen", fill_automatically=True)
    assert last_day_today.pk not in [e.in_language("de").page_id for e in compose(issue).entries]
    assert not flyers_available(type(last_day_today).objects.get(pk=last_day_today.pk))


def test_the_api_lists_the_offer_until_its_last_day_is_over_and_still_answers_for_it(
    client, last_day_today, request
):
    def listed(url):
        return {item["title"] for item in client.get(url).json()["items"]}

    listing = "/api/v2/pages/?type=organisations.OfferPage"
    assert "Kürbisschnitzen am Samstag" in listed(listing)
    request.getfixturevalue("tomorrow")

    assert "Kürbisschnitzen am Samstag" not in listed(listing)
    assert "Kürbisschnitzen am Samstag" not in listed("/api/v2/pages/?search=Kürbis")
    assert client.get(f"/api/v2/pages/{last_day_today.pk}/").status_code == 200
