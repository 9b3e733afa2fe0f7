"""Shortening to a character budget: whole words, an ellipsis, never half a letter."""

import unicodedata

from channels.flyer.text import shorten, shorten_paragraphs, text_direction


def test_a_text_that_fits_stays_as_it_is_on_one_line():
    assert shorten("Sommerfest  im\nBürgerpark", 40) == "Sommerfest im Bürgerpark"


def test_a_long_text_ends_at_a_word_with_an_ellipsis():
    text = "Helfer*innen für das große Sommerfest im Hasper Bürgerpark gesucht"

    short = shorten(text, 40)

    assert short == "Helfer*innen für das große Sommerfest…"
    assert len(short) <= 40


def test_a_single_endless_word_is_cut_inside_the_word():
    short = shorten("Donaudampfschifffahrtsgesellschaft" * 10, 30)

    assert len(short) == 30 and short.endswith("…")


def test_a_cut_never_separates_an_arabic_letter_from_its_vowel_mark():
    text = "مَرْحَبًا بِكُمْ فِي نَادِي هَاسْبَه الثَّقَافِيّ"
    for budget in range(5, len(text)):
        body = shorten(text, budget).removesuffix("…")

        assert text.startswith(body)
        assert not unicodedata.combining(text[len(body)]), budget


def test_paragraphs_are_kept_whole_until_the_budget_runs_out():
    text = (
        "Erster Absatz mit Text.\n\nZweiter Absatz, der etwas länger ist als der erste.\n\nDritter."
    )

    assert shorten_paragraphs(text, 200) == [
        "Erster Absatz mit Text.",
        "Zweiter Absatz, der etwas länger ist als der erste.",
        "Dritter.",
    ]
    kept = shorten_paragraphs(text, 70)
    assert kept[0] == "Erster Absatz mit Text."
    assert kept[1].endswith("…") and len(kept) == 2
    assert shorten_paragraphs(text, 30) == ["Erster Absatz mit Text. …"]
    assert shorten_paragraphs(text, 0) == []


def test_the_direction_of_a_text_follows_its_first_letter():
    assert text_direction("مرحبا Kulturverein") == "rtl"
    assert text_direction("2026: Kulturverein مرحبا") == "ltr"
    assert text_direction("12.07.2026", "rtl") == "rtl"
