"""The plain text every channel reads (newsletter text part, flyer back, Mastodon teaser)."""

from cms.core.items import html_to_text


def test_a_quote_with_paragraphs_is_said_once():
    html = (
        "<p>Davor.</p><figure><blockquote><p>Erster Satz.</p><p>Zweiter Satz.</p></blockquote>"
        "<figcaption>Amal Haddad</figcaption></figure>"
    )

    assert html_to_text(html) == "Davor.\n\nErster Satz.\n\nZweiter Satz.\n\nAmal Haddad"


def test_a_nested_list_keeps_the_outer_item_and_each_inner_one():
    html = "<ul><li>Kuchen<ul><li>Käse</li><li>Apfel</li></ul></li><li>Kaffee</li></ul>"

    assert html_to_text(html) == "• Kuchen\n\n• Käse\n\n• Apfel\n\n• Kaffee"


def test_text_without_blocks_and_line_breaks_stays_readable():
    assert html_to_text("Nur <b>Text</b>") == "Nur Text"
    assert html_to_text("<p>Zeile eins<br>Zeile zwei</p>") == "Zeile eins Zeile zwei"
    assert html_to_text("") == ""
