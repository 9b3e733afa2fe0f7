"""The finder forgives missing accents and German umlaut spellings, on SQLite and on
PostgreSQL (run with DATABASE_URL for the latter): readers type on keyboards without
é or ß, and "ue" for "ü"."""

import pytest
from wagtail.models import Locale

from cms.core.spelling import fold, variants
from cms.finder.models import FinderPage
from tests import builders

TITLE = "Sprachcafé in der Bahnhofstraße"


@pytest.fixture
def finder(site_tree):
    page = builders.add_child(
        site_tree.home,
        FinderPage(title="Engagement finden", slug="finden", summary="Suchen und finden."),
    )
    offer = site_tree.kultur_offer
    offer.title = TITLE
    offer.summary = "Deutsch üben bei Tee, jeden Donnerstag in Hohenlimburg-Elsey."
    builders.publish(offer)
    return page


def found(client, finder, query: str) -> list[str]:
    response = client.get(finder.url, {"q": query})
    assert response.status_code == 200
    return [page.title for page, _kind in response.context["results"]]


@pytest.mark.parametrize(
    "query",
    ["Sprachcafé", "Sprachcafe", "sprachcafe", "Bahnhofstrasse", "Bahnhofstraße", "ueben", "uben"],
)
def test_spellings_without_accents_or_umlauts_find_the_offer(client, finder, query):
    assert found(client, finder, query) == [TITLE]


def found_by_api(client, query: str) -> list[str]:
    response = client.get("/api/finder/", {"q": query})
    assert response.status_code == 200
    return [item["title"] for item in response.json()["results"]]


@pytest.fixture
def gruen(site_tree):
    offer = site_tree.natur_offer
    offer.title = "Grünflächen pflegen in Mülheim"
    offer.summary = "Gemeinsam für ein grünes Hagen an der Strasse am Wald."
    builders.publish(offer)
    return offer.title


@pytest.mark.parametrize(
    "query", ["Gruenflaechen", "Grünflächen", "Muelheim", "Mulheim", "Straße", "Strasse"]
)
def test_the_website_and_the_api_forgive_the_same_spellings(client, finder, gruen, query):
    assert found(client, finder, query) == [gruen]
    assert found_by_api(client, query) == [gruen]


def test_the_folded_spelling_finds_in_any_case(client, finder, gruen):
    assert (
        found(client, finder, "gruenflaechen") == found_by_api(client, "GRUENFLAECHEN") == [gruen]
    )


def test_a_reader_in_turkish_finds_turkish_pages_and_untranslated_german_ones(
    client, finder, site_tree
):
    turkish = Locale.objects.get(language_code="tr")
    offer = site_tree.kultur_offer
    for ancestor in offer.get_ancestors().filter(depth__gt=1).specific():
        builders.publish(ancestor.copy_for_translation(turkish))
    translation = offer.copy_for_translation(turkish)
    translation.title = "Dil kafesi: Türkçe çay saati"
    translation.summary = "Her perşembe."
    builders.publish(translation)

    response = client.get("/tr/finden/", {"q": "Dil kafesi"})
    assert [page.title for page, _kind in response.context["results"]] == [translation.title]
    # The German original is not listed twice; untranslated German pages are.
    response = client.get("/tr/finden/", {"q": "Sprachcafe"})
    assert [page.title for page, _kind in response.context["results"]] == []
    response = client.get("/tr/finden/", {"art": "angebote"})
    titles = {page.title for page, _kind in response.context["results"]}
    assert titles == {translation.title, site_tree.natur_offer.title}


def test_a_word_that_is_not_there_still_finds_nothing(client, finder):
    assert found(client, finder, "Sprachkurs") == []


def test_folding_spells_out_umlauts_and_drops_accents():
    assert fold("Sprachcafé Straße Müller") == "sprachcafe strasse mueller"
    assert set(variants("Müller Café").split()) == {"mueller", "muller", "cafe"}
    assert variants("Verein") == ""
