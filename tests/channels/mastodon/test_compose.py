"""The status text: title, teaser, link and hashtags, always within the server's limit."""

import pytest

from channels.mastodon.compose import Limits, compose_status, shorten, status_length
from contract.item import Item
from tests import builders

URL = "https://engagement.hagen.example/vereine/kulturverein-haspe/sommerfest-helferinnen/"


def item(**fields) -> Item:
    return builders.item(
        **{"url": URL, "hashtags": ("EngagementHagen", "Kultur", "Haspe"), **fields}
    )


def test_it_writes_title_teaser_link_and_the_shared_hashtag_first():
    text = compose_status(item(hashtags=("Kultur", "EngagementHagen")))

    assert text == (
        "Helfer*innen für das Sommerfest\n\n"
        "Wir suchen Menschen, die beim Aufbau und an der Kuchentheke mit anpacken.\n\n"
        f"{URL}\n\n"
        "#EngagementHagen #Kultur"
    )


def test_every_link_counts_as_23_characters_whatever_its_length():
    assert status_length(f"Siehe {URL}") == len("Siehe ") + 23
    assert status_length("Siehe https://x.de") == len("Siehe ") + 23


@pytest.mark.parametrize("limit", [120, 200, 280, 500])
def test_a_long_teaser_is_shortened_with_an_ellipsis_to_fit_the_limit(limit):
    long = item(summary="Sehr lange Beschreibung mit vielen Wörtern. " * 40)

    text = compose_status(long, Limits(max_characters=limit))

    assert status_length(text) <= limit
    assert URL in text and "#EngagementHagen" in text
    assert text.startswith("Helfer*innen für das Sommerfest")
    if limit >= 200:
        assert "…" in text


def test_the_pages_own_hashtags_go_before_the_shared_one_when_space_is_short():
    tight = item(
        summary="",
        hashtags=("Kinderrechte", "Nachbarschaftshilfe", "Hohenlimburg", "Umweltschutz"),
    )

    text = compose_status(tight, Limits(max_characters=90))

    assert status_length(text) <= 90
    assert "#EngagementHagen" in text
    assert "#Umweltschutz" not in text


def test_even_an_absurd_title_is_cut_to_fit():
    text = compose_status(item(title="Sommerfest " * 80), Limits(max_characters=500))

    assert status_length(text) <= 500
    assert URL in text


def test_hashtags_are_cleaned_and_not_repeated():
    text = compose_status(item(hashtags=("engagementhagen", "Kinder & Jugend", "#Kultur", "2026")))

    assert text.endswith("#EngagementHagen #KinderJugend #Kultur")


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("Ein ganz kurzer Satz", 100) == "Ein ganz kurzer Satz"
    assert shorten("Ein ganz kurzer Satz", 12) == "Ein ganz…"
    assert len(shorten("Wort" * 50, 10)) == 10
