"""A page type declared in its own module alone reaches every surface of the hub.

``tests.throwaway`` (installed by the test settings only) declares a notice
page and its kind of content; nothing else in the hub names it.
"""

import json

import feedparser
import pytest
from django.urls import reverse

from channels.models import Delivery
from cms.core.kinds import by_slug, kind_of
from cms.finder.models import FinderPage
from tests import builders
from tests.throwaway.models import NoticePage


@pytest.fixture
def notice(site_tree, django_capture_on_commit_callbacks):
    builders.add_child(
        site_tree.home,
        FinderPage(title="Engagement-Finder", slug="finden", summary="Alles finden."),
    )
    with django_capture_on_commit_callbacks(execute=True):
        page = builders.add_child(
            site_tree.home,
            NoticePage(
                title="Tauschbörse im Stadtteilzentrum",
                slug="tauschboerse",
                summary="Bücher, Spiele und Werkzeug tauschen.",
                body="Jeden ersten Samstag im Monat.",
            ),
        )
    return page


def test_the_kind_is_read_from_the_page_class(notice):
    kind = kind_of(notice)
    assert kind is by_slug()["aushaenge"]
    assert kind.model is NoticePage
    assert notice.to_item().kind == "notice"


def test_it_is_listed_on_the_home_page(client, notice, site_tree):
    html = client.get(site_tree.home.url).content.decode()
    assert 'id="aushaenge"' in html
    assert "Neue Aushänge" in html
    assert "Tauschbörse im Stadtteilzentrum" in html


def test_it_is_found_in_the_finder_and_its_filter(client, notice):
    finder = FinderPage.objects.get()
    html = client.get(finder.url, {"art": "aushaenge"}).content.decode()
    assert "Tauschbörse im Stadtteilzentrum" in html
    assert 'value="aushaenge"' in html  # offered as a kind to filter by


def test_it_is_found_through_the_finder_api(client, notice):
    response = client.get("/api/finder/", {"art": "aushaenge", "q": "Tauschbörse"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [(r["kind"], r["title"]) for r in results] == [
        ("notice", "Tauschbörse im Stadtteilzentrum")
    ]


def test_it_is_delivered_to_the_website_channel_only(notice):
    deliveries = Delivery.objects.filter(page=notice)
    assert list(deliveries.values_list("channel", "state")) == [("website", Delivery.State.SENT)]


def test_it_has_feeds_of_its_own_and_is_in_the_feed_of_everything(client, notice):
    own = feedparser.parse(
        client.get(reverse("feeds:kind-rss", kwargs={"kind": "aushaenge"})).content
    )
    assert [entry.title for entry in own.entries] == ["Tauschbörse im Stadtteilzentrum"]
    everything = client.get(reverse("feeds:all-json")).content
    titles = [entry["title"] for entry in json.loads(everything)["items"]]
    assert "Tauschbörse im Stadtteilzentrum" in titles
    index = client.get(reverse("feeds:index")).content.decode()
    assert "Aushänge" in index
