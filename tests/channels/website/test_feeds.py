"""Readers' feeds parse in real parsers, carry the right entries, and show news at once."""

import datetime
import json

import feedparser
import icalendar
import pytest
from django.utils import timezone

from cms.taxonomy.models import District, Topic
from tests import builders


@pytest.fixture
def hub(site_tree, django_capture_on_commit_callbacks):
    haspe = District.objects.get(slug="haspe")
    kultur, natur = Topic.objects.get(slug="kultur"), Topic.objects.get(slug="naturschutz")
    with django_capture_on_commit_callbacks(execute=True):
        offer = site_tree.kultur_offer
        offer.district = haspe
        offer.topics = [kultur]
        builders.publish(offer)
        nature = site_tree.natur_offer
        nature.topics = [natur]
        builders.publish(nature)
        index = builders.course_index(site_tree.home)
        start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=10)
        course = builders.course(
            index,
            "Vereinsrecht für Vorstände",
            sessions=[
                (start, start + datetime.timedelta(hours=2)),
                (start + datetime.timedelta(days=7), start + datetime.timedelta(days=7, hours=2)),
            ],
        )
    return {"offer": offer, "nature": nature, "course": course, "tree": site_tree}


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, f"{url}: {feed.bozo_exception}"
    return response, feed


def test_the_rss_feed_of_everything_parses_and_links_to_canonical_urls(client, hub):
    response, feed = parse(client, "/feeds/alle.rss")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    titles = {entry.title for entry in feed.entries}
    assert {"Helfer*innen für das Sommerfest", "Vereinsrecht für Vorstände"} <= titles
    links = {entry.title: entry.link for entry in feed.entries}
    assert links["Vereinsrecht für Vorstände"] == hub["course"].get_full_url()


def test_the_atom_feed_parses(client, hub):
    _, feed = parse(client, "/feeds/alle.atom")

    assert feed.version == "atom10"
    assert len(feed.entries) >= 5


def test_the_json_feed_follows_json_feed_1_1(client, hub):
    response = client.get("/feeds/alle.json")

    data = json.loads(response.content)
    assert response["Content-Type"].startswith("application/feed+json")
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"].endswith("/feeds/alle.json")
    offer = next(
        item for item in data["items"] if item["title"] == "Helfer*innen für das Sommerfest"
    )
    assert offer["url"] == hub["offer"].get_full_url()
    assert "Kultur" in offer["tags"]
    assert offer["authors"] == [{"name": "Kulturverein Haspe"}]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "/feeds/angebote.rss",
            {"Helfer*innen für das Sommerfest", "Krötenwanderung am Hengsteysee begleiten"},
        ),
        ("/feeds/qualifizierungen.atom", {"Vereinsrecht für Vorstände"}),
        ("/feeds/thema/kultur.rss", {"Helfer*innen für das Sommerfest"}),
        ("/feeds/bezirk/haspe.atom", {"Helfer*innen für das Sommerfest"}),
    ],
)
def test_feeds_per_kind_topic_and_district_carry_only_their_entries(client, hub, url, expected):
    _, feed = parse(client, url)

    assert {entry.title for entry in feed.entries} == expected


def test_an_organisations_feed_carries_its_portrait_and_its_offers(client, hub):
    club = hub["tree"].kulturverein

    _, feed = parse(client, f"/feeds/organisation/{club.pk}.rss")

    assert {entry.title for entry in feed.entries} == {
        "Kulturverein Haspe",
        "Helfer*innen für das Sommerfest",
    }


@pytest.mark.parametrize(
    "url",
    ["/feeds/thema/gibt-es-nicht.rss", "/feeds/unbekannt.rss", "/feeds/organisation/99999.rss"],
)
def test_unknown_feeds_answer_404(client, hub, url):
    assert client.get(url).status_code == 404


def test_the_calendar_has_one_event_per_session_and_dated_offer(client, hub):
    response = client.get("/feeds/termine.ics")

    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    course_events = [e for e in events if str(e["SUMMARY"]).startswith("Vereinsrecht")]
    assert len(course_events) == 2
    first = min(course_events, key=lambda e: e.decoded("DTSTART"))
    assert first.decoded("DTSTART") == min(s.start for s in hub["course"].sessions.all())
    assert str(first["LOCATION"]) == "Rathaus an der Volme, Raum A.201"
    assert str(first["URL"]) == hub["course"].get_full_url()
    offer_events = [e for e in events if str(e["SUMMARY"]) == "Helfer*innen für das Sommerfest"]
    assert len(offer_events) == 1
    assert offer_events[0].decoded("DTSTART") == datetime.date(2026, 5, 1)
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_a_new_publication_appears_in_a_cached_feed_at_once(
    client, hub, django_capture_on_commit_callbacks
):
    parse(client, "/feeds/angebote.rss")  # now cached

    with django_capture_on_commit_callbacks(execute=True):
        builders.offer(hub["tree"].naturschutz, "Nistkästen bauen mit Kindern")

    _, feed = parse(client, "/feeds/angebote.rss")
    assert "Nistkästen bauen mit Kindern" in {entry.title for entry in feed.entries}


def test_pages_announce_their_feeds_and_the_footer_links_them(client, hub):
    html = client.get(hub["tree"].kulturverein.url).content.decode()

    assert 'type="application/rss+xml"' in html
    assert f"/feeds/organisation/{hub['tree'].kulturverein.pk}.rss" in html
    assert 'type="text/calendar"' in html
    assert 'href="/feeds/"' in html


def test_the_feed_overview_lists_feeds_by_topic_district_and_organisation(client, hub):
    html = client.get("/feeds/").content.decode()

    assert "/feeds/thema/kultur.rss" in html
    assert "/feeds/bezirk/haspe.atom" in html
    assert f"/feeds/organisation/{hub['tree'].kulturverein.pk}.json" in html


def test_the_feed_overview_lists_the_hashtag_and_newsletter_feeds_that_answer(client, hub):
    html = client.get("/feeds/").content.decode()

    for url in (
        "/feeds/hashtag/beitraege.rss",
        "/feeds/hashtag/beitraege.atom",
        "/feeds/hashtag/beitraege.json",
        "/newsletter/archiv.rss",
        "/newsletter/archiv.atom",
    ):
        assert f'href="{url}"' in html
        assert client.get(url).status_code == 200, url
