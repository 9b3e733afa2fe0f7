"""The finder forgives missing accents and German umlaut spellings, on SQLite and on
PostgreSQL (run with DATABASE_URL for the latter): readers type on keyboards without
é or ß, and "ue" for "ü"."""

import pytest

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


def test_a_word_that_is_not_there_still_finds_nothing(client, finder):
    assert found(client, finder, "Sprachkurs") == []


def test_folding_spells_out_umlauts_and_drops_accents():
    assert fold("Sprachcafé Straße Müller") == "sprachcafe strasse mueller"
    assert set(variants("Müller Café").split()) == {"mueller", "muller", "cafe"}
    assert variants("Verein") == ""
