"""Approved posts, and only those, on the wall, in the feeds, the API and for the newsletter;
a hidden or rejected post disappears from all of them at once, caches included."""

import datetime

import feedparser
import pytest
from django.utils import timezone

from channels.mastodon.community import approved_posts
from channels.mastodon.models import HashtagPost
from channels.mastodon.moderation import decide
from tests.channels.mastodon.conftest import make_post

FEEDS = ("/feeds/hashtag/beitraege.rss", "/feeds/hashtag/beitraege.atom")


def test_the_wall_shows_approved_posts_only_newest_first(client, wall):
    make_post(1, text="Freigegeben und neu")
    make_post(2, text="Freigegeben und älter")
    make_post(3, state="pending", text="Wartet noch")
    make_post(4, state="hidden", text="Verborgen")
    make_post(5, state="rejected", text="Abgelehnt")

    html = client.get(wall.url).content.decode()

    assert html.index("Freigegeben und neu") < html.index("Freigegeben und älter")
    for text in ("Wartet noch", "Verborgen", "Abgelehnt"):
        assert text not in html
    assert 'lang="de"' in html and "@verein1@mastodon.example" in html
    assert 'href="/feeds/hashtag/beitraege.rss"' in html


def test_the_wall_is_paginated_and_loads_more_posts_as_a_fragment(client, wall):
    for number in range(1, 26):
        make_post(number)

    first = client.get(wall.url).content.decode()
    second = client.get(f"{wall.url}?seite=2").content.decode()
    fragment = client.get(f"{wall.url}?seite=2&teil=beitraege").content.decode()

    assert first.count("<article") == 20 and 'rel="next"' in first
    assert second.count("<article") == 5
    assert fragment.lstrip().startswith("<ol") and fragment.count("<article") == 5
    assert 'data-next-page=""' in fragment and "<html" not in fragment


def test_content_warnings_and_images_are_shown_with_care(client, wall):
    make_post(
        1,
        text="Fotos vom Einsatz",
        spoiler_text="Verletzung",
        media=[
            {
                "type": "image",
                "local_url": "/media/hashtag/a.jpg",
                "description": "Ein Pflaster.",
                "width": 10,
                "height": 10,
            },
            {
                "type": "image",
                "local_url": "/media/hashtag/b.jpg",
                "description": "",
                "width": 10,
                "height": 10,
            },
            {
                "type": "image",
                "remote_url": "https://m.example/c.jpg",
                "description": "Nicht kopiert",
            },
        ],
    )

    html = client.get(wall.url).content.decode()

    assert "<details" in html and "Inhaltswarnung:" in html and "Verletzung" in html
    assert '<img src="/media/hashtag/a.jpg" alt="Ein Pflaster."' in html
    assert "/media/hashtag/b.jpg" not in html  # no description, not shown
    assert "https://m.example/c.jpg" not in html  # never loaded from elsewhere
    assert "2 Anhänge sind nur auf Mastodon zu sehen." in html


def test_feeds_and_api_carry_approved_posts_only(client, wall):
    make_post(1, text="Gute Nachricht")
    make_post(2, state="pending", text="Noch nicht")

    for url in FEEDS:
        feed = feedparser.parse(client.get(url).content)
        assert [entry.title for entry in feed.entries] == ["Verein 1 (@verein1@mastodon.example)"]
        assert "Gute Nachricht" in feed.entries[0].summary
        assert feed.entries[0].link == "https://mastodon.example/@verein1/1"
    json_feed = client.get("/feeds/hashtag/beitraege.json").json()
    assert [item["content_text"] for item in json_feed["items"]] == ["Gute Nachricht"]

    api = client.get("/api/hashtag/").json()
    assert api["count"] == 1
    [result] = api["results"]
    assert result["author"] == {
        "acct": "verein1@mastodon.example",
        "name": "Verein 1",
        "url": "https://mastodon.example/@verein1",
    }
    assert client.get(f"/api/hashtag/{result['id']}/").status_code == 200
    pending = HashtagPost.objects.get(state="pending")
    assert client.get(f"/api/hashtag/{pending.pk}/").status_code == 404


def test_the_api_filters_by_approval_time_and_refuses_a_wrong_date(client, db):
    old = make_post(1, approved_at=timezone.now() - datetime.timedelta(days=10))
    new = make_post(2)
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()

    response = client.get("/api/hashtag/", {"since": since})

    assert [r["id"] for r in response.json()["results"]] == [new.pk]
    assert {r["id"] for r in client.get("/api/hashtag/").json()["results"]} == {old.pk, new.pk}
    assert client.get("/api/hashtag/", {"since": "gestern"}).status_code == 400
    assert client.get("/api/hashtag/", {"since": "2026-13-45T99:00:00"}).status_code == 400


def test_the_newsletter_gets_what_was_approved_since_its_last_issue(db):
    last_issue = timezone.now() - datetime.timedelta(days=7)
    make_post(1, approved_at=last_issue - datetime.timedelta(days=1))
    # Written before the last issue, approved after it: belongs in the next one.
    late = make_post(
        2, posted_at=last_issue - datetime.timedelta(days=3), approved_at=timezone.now()
    )
    make_post(3, state="pending")

    assert list(approved_posts(since=last_issue)) == [late]
    assert approved_posts(limit=1).count() == 1


@pytest.mark.parametrize("action", ["hide", "reject"])
def test_a_hidden_or_rejected_post_disappears_from_every_surface_at_once(
    client, wall, action, digital_helper, django_capture_on_commit_callbacks
):
    post = make_post(1, text="Bald verschwunden")
    make_post(2, text="Bleibt stehen")
    surfaces = [wall.url, *FEEDS, "/feeds/hashtag/beitraege.json", "/api/hashtag/"]
    for url in surfaces:  # everything rendered once, so it sits in the caches
        assert "Bald verschwunden" in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        decide([post.pk], action, digital_helper, "Werbung")

    for url in surfaces:
        body = client.get(url).content.decode()
        assert "Bald verschwunden" not in body, url
        assert "Bleibt stehen" in body, url


def test_a_front_end_cache_is_told_to_forget_the_wall_and_the_feeds(
    wall, digital_helper, settings, monkeypatch, django_capture_on_commit_callbacks
):
    from wagtail.contrib.frontend_cache import utils

    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:8209",
        }
    }
    purged = []
    monkeypatch.setattr(utils, "purge_urls_from_cache", lambda urls, **kw: purged.extend(urls))
    post = make_post(1)

    with django_capture_on_commit_callbacks(execute=True):
        decide([post.pk], "hide", digital_helper)

    paths = {url.removeprefix(settings.SITE_URL) for url in purged}
    assert wall.url in paths or wall.get_full_url() in purged
    assert set(FEEDS) | {"/feeds/hashtag/beitraege.json"} <= paths


@pytest.mark.parametrize(
    "since", ["0536-01-15T14:32:25+21:48", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-12:00"]
)
def test_odd_but_valid_dates_are_answered_not_crashed_on(client, db, since):
    assert client.get("/api/hashtag/", {"since": since}).status_code in (200, 400)
