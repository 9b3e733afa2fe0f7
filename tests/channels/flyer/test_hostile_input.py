"""Hostile and extreme content still gives a flyer within its pages, or a clear German
error on the delivery: endless titles, tiny, huge, missing and broken pictures,
Arabic and mixed-direction text."""

from dataclasses import replace

import pytest

from channels.delivery import perform
from channels.flyer import render
from channels.flyer.layouts import LAYOUTS, MODES, PRINT, Variant
from channels.flyer.render import FlyerDoesNotFit, render_pdf
from channels.models import Delivery
from tests.channels.flyer.conftest import with_picture
from tests.channels.flyer.pdfcheck import inspect
from tests.channels.flyer.pictures import picture

POSTER = Variant(LAYOUTS["a4-poster"], PRINT)
POSTCARD = Variant(LAYOUTS["a6-postcard"], PRINT)


def assert_within_pages(facts, layout, label=""):
    assert len(facts.page_sizes_mm) == layout.pages, label
    assert not facts.drawn_outside, (label, facts.drawn_outside)


def test_a_5000_character_title_is_shortened_with_an_ellipsis_in_every_layout(offer_item):
    title = ("Großes Sommerfest mit Musik, Theater und Kuchen im Hasper Bürgerpark " * 80)[:5000]
    item = replace(offer_item, title=title, summary=title, body_text=title)
    for layout in LAYOUTS.values():
        variant = Variant(layout, PRINT if PRINT.identifier in layout.modes else MODES["home"])

        facts = inspect(render_pdf(item, variant), decode_qr=layout.identifier == "a6-postcard")

        assert_within_pages(facts, layout, layout.identifier)
        assert "…" in facts.text, layout.identifier
        assert len(facts.title) <= 200 and facts.title.endswith("…")
        if layout.identifier == "a6-postcard":
            assert item.url in facts.qr_codes


def test_a_5000_letter_word_breaks_and_ends_in_an_ellipsis(offer_item):
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze" * 105
    item = replace(offer_item, title=word[:5000], summary=word[:3000])

    facts = inspect(render_pdf(item, POSTCARD))

    assert_within_pages(facts, POSTCARD.layout)
    assert "…" in facts.text
    assert item.url in facts.qr_codes


def test_a_picture_of_one_pixel_fills_its_place_without_spilling(db, offer_item):
    item = with_picture(offer_item, picture(1, 1))

    facts = inspect(render_pdf(item, POSTER))

    assert_within_pages(facts, POSTER.layout)
    assert facts.image_sizes == [(1, 1)]
    assert item.url in facts.qr_codes


# Pillow warns about the 96 megapixels themselves; Wagtail accepts up to 128.
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_picture_of_12000_by_8000_pixels_is_placed_at_print_resolution(db, offer_item):
    item = with_picture(offer_item, picture(12000, 8000))

    facts = inspect(render_pdf(item, POSTER), decode_qr=False)

    assert_within_pages(facts, POSTER.layout)
    # 216 × 118 mm (the poster's picture with bleed) at 300 dpi, not 96 megapixels.
    assert facts.image_sizes == [(2551, 1394)]


def test_a_deleted_picture_leaves_a_flyer_without_picture(db, offer_item):
    image = picture(800, 600)
    item = with_picture(offer_item, image)
    image.delete()

    facts = inspect(render_pdf(item, POSTER))

    assert_within_pages(facts, POSTER.layout)
    assert facts.image_sizes == []
    assert item.url in facts.qr_codes


@pytest.mark.parametrize("damage", ["missing file", "broken file"])
def test_a_picture_whose_file_is_gone_or_broken_leaves_a_flyer_without_picture(
    db, offer_item, damage
):
    image = picture(800, 600)
    item = with_picture(offer_item, image)
    path = image.file.path
    if damage == "missing file":
        image.file.storage.delete(image.file.name)
    else:
        with open(path, "wb") as file:
            file.write(b"\xff\xd8\xff\xe0 kein JPEG, nur Rauschen" * 40)

    facts = inspect(render_pdf(item, POSTCARD), decode_qr=False)

    assert_within_pages(facts, POSTCARD.layout)
    assert facts.image_sizes == []


ARABIC_TITLE = "مرحبا بكم في نادي هاسبه الثقافي: نبحث عن متطوعين لمهرجان الصيف"
ARABIC_SUMMARY = (
    "نبحث عن أشخاص يساعدون في التحضير وفي ركن الكعك وفي برنامج الأطفال. لا حاجة إلى خبرة سابقة."
)


def test_an_arabic_page_reads_right_to_left_in_the_shipped_arabic_font(offer_item):
    item = replace(
        offer_item,
        language="ar",
        title=ARABIC_TITLE,
        summary=ARABIC_SUMMARY,
        body_text=f"{ARABIC_SUMMARY}\n\n{ARABIC_SUMMARY}",
        place="هاسبه",
    )
    variant = Variant(LAYOUTS["a5-flyer"], PRINT)

    facts = inspect(render_pdf(item, variant))

    assert_within_pages(facts, variant.layout)
    assert facts.language == "ar"
    assert {"Hub-Sans-Arabic", "Hub-Sans-Arabic-Bold"} <= facts.fonts
    assert facts.title == ARABIC_TITLE
    assert item.url in facts.qr_codes


def test_mixed_direction_text_stays_within_the_page(offer_item):
    mixed = f"Kulturverein Haspe 2026: {ARABIC_TITLE} – Sommerfest am 12. Juli, 14–18 Uhr"
    item = replace(
        offer_item,
        title=mixed,
        summary=f"{ARABIC_SUMMARY} Anmeldung: info@kulturverein-haspe.example, Tel. 02331 12345.",
        organisation="نادي هاسبه الثقافي e. V.",
    )
    for layout in (LAYOUTS["din-long"], LAYOUTS["a6-postcard"]):
        facts = inspect(render_pdf(item, Variant(layout, PRINT)), decode_qr=False)

        assert_within_pages(facts, layout, layout.identifier)
        assert {"Hub-Sans-Bold", "Hub-Sans-Arabic-Bold"} <= facts.fonts


def test_a_layout_that_cannot_fit_records_a_german_error_on_the_delivery(site_tree, monkeypatch):
    def broken_layout(item, variant):
        raise FlyerDoesNotFit("Plakat")

    monkeypatch.setattr(render, "render_pdf", broken_layout)
    page = site_tree.kultur_offer
    delivery = Delivery.objects.create(
        page=page,
        page_title=page.title,
        channel="flyer",
        action=Delivery.Action.PUBLISH,
        item=page.to_item().to_json(),
    )

    perform(delivery.pk)

    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.FAILED
    assert delivery.last_error.startswith("Flyer „Plakat A4“: Der Text passt auch stark gekürzt")
