"""The finder: filters by district, topic, kind of commitment and target group,
full-text search (German stemming on PostgreSQL), shareable GET URLs."""

import pytest
from django.db import connection

from cms.finder.models import FinderPage
from cms.taxonomy.models import District, TargetGroup, Topic
from tests import builders


@pytest.fixture
def finder(site_tree):
    page = builders.add_child(
        site_tree.home,
        FinderPage(title="Engagement finden", slug="finden", summary="Suchen und finden."),
    )
    offer = site_tree.kultur_offer
    offer.district = District.objects.get(slug="haspe")
    offer.topics = [Topic.objects.get(slug="kultur")]
    offer.target_groups = [TargetGroup.objects.get(slug="junge-menschen")]
    offer.commitment = "one_off"
    builders.publish(offer)
    nature = site_tree.natur_offer
    nature.district = District.objects.get(slug="hohenlimburg")
    nature.topics = [Topic.objects.get(slug="naturschutz")]
    nature.description = (
        "<p>Wir tragen Kröten sicher über die Straße, gemeinsam mit vielen Vereinen.</p>"
    )
    builders.publish(nature)
    return page


def titles(response) -> list[str]:
    return [page.title for page, _kind in response.context["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"bezirk": "haspe"}, ["Helfer*innen für das Sommerfest"]),
        ({"thema": "naturschutz"}, ["Krötenwanderung am Hengsteysee begleiten"]),
        ({"engagement": "one_off"}, ["Helfer*innen für das Sommerfest"]),
        ({"zielgruppe": "junge-menschen"}, ["Helfer*innen für das Sommerfest"]),
        ({"art": "organisationen"}, ["Kulturverein Haspe", "Naturschutzgruppe Hohenlimburg"]),
        ({"bezirk": "haspe", "thema": "naturschutz"}, []),
    ],
)
def test_filters_narrow_the_results(client, finder, query, expected):
    response = client.get(finder.url, query)

    assert response.status_code == 200
    assert titles(response) == expected


def test_without_filters_offers_come_first(client, finder):
    found = titles(client.get(finder.url))

    assert found[:2] == [
        "Helfer*innen für das Sommerfest",
        "Krötenwanderung am Hengsteysee begleiten",
    ]
    assert set(found[2:]) == {"Kulturverein Haspe", "Naturschutzgruppe Hohenlimburg"}


def test_search_finds_words_in_the_description(client, finder):
    assert titles(client.get(finder.url, {"q": "Kröten"})) == [
        "Krötenwanderung am Hengsteysee begleiten"
    ]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="German stemming needs PostgreSQL full-text search"
)
def test_on_postgresql_search_understands_german_word_forms(client, finder):
    # "Verein" finds "Vereinen" in the description: the german configuration stems both.
    found = titles(client.get(finder.url, {"q": "Verein", "art": "angebote"}))

    assert "Krötenwanderung am Hengsteysee begleiten" in found


def test_an_unknown_filter_value_is_reported_not_crashed(client, finder):
    response = client.get(finder.url, {"bezirk": "atlantis"})

    assert response.status_code == 200
    assert response.context["form"].errors["bezirk"]


def test_the_filter_url_is_shareable_and_survives_paging(client, finder):
    finder.per_page = 1
    builders.publish(finder)

    response = client.get(finder.url, {"art": "organisationen", "seite": 2})

    assert titles(response) == ["Naturschutzgruppe Hohenlimburg"]
    assert response.context["query_without_page"] == "art=organisationen"
