"""The API in every language: items say their language and list their translations,
and ``?sprache=`` filters the finder and the pages endpoint, refusing an unknown code
with a German 400 rather than quietly answering in German."""

import pytest
from wagtail.models import Locale

from tests import builders


@pytest.fixture
def translated(site_tree):
    turkish = Locale.objects.get(language_code="tr")
    offer = site_tree.kultur_offer
    for ancestor in offer.get_ancestors().filter(depth__gt=1).specific():
        builders.publish(ancestor.copy_for_translation(turkish))
    translation = offer.copy_for_translation(turkish)
    translation.title = "Yaz şenliği için yardımcılar"
    builders.publish(translation)
    return {"offer": offer, "translation": translation}


def test_a_finder_item_says_its_language_and_lists_its_translations(client, translated):
    data = client.get("/api/finder/", {"q": "Sommerfest"}).json()

    (result,) = data["results"]
    assert result["language"] == "de"
    assert result["translations"] == [
        {"language": "tr", "url": translated["translation"].get_full_url()}
    ]


def test_the_finder_filters_by_language(client, translated):
    data = client.get("/api/finder/", {"sprache": "tr", "art": "angebote"}).json()

    assert [(item["title"], item["language"]) for item in data["results"]] == [
        ("Yaz şenliği için yardımcılar", "tr")
    ]
    assert data["results"][0]["translations"] == [
        {"language": "de", "url": translated["offer"].get_full_url()}
    ]


@pytest.mark.parametrize("path", ["/api/finder/", "/api/v2/pages/"])
@pytest.mark.parametrize("code", ["xx", "klingonisch", "zz-ZZ"])
def test_an_unknown_language_is_a_clear_german_400(client, translated, path, code):
    response = client.get(path, {"sprache": code})

    assert response.status_code == 400
    text = response.content.decode()
    assert "Unbekannte Sprache" in text
    assert "de-x-ls" in text


def test_the_pages_endpoint_filters_by_language_and_lists_translations(client, translated):
    data = client.get(
        "/api/v2/pages/", {"sprache": "tr", "type": "organisations.OfferPage", "fields": "*"}
    ).json()

    (item,) = data["items"]
    assert item["meta"]["locale"] == "tr"
    assert item["item"]["language"] == "tr"
    assert item["translations"] == [{"language": "de", "url": translated["offer"].get_full_url()}]


def test_the_pages_endpoint_takes_leichte_sprache_as_its_own_language(client, translated):
    data = client.get("/api/v2/pages/", {"sprache": "de-x-ls"}).json()

    assert data["meta"]["total_count"] == 0
    german = client.get("/api/v2/pages/", {"sprache": "de"}).json()
    assert german["meta"]["total_count"] > 0
    assert all(item["meta"]["locale"] == "de" for item in german["items"])
