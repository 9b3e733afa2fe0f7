"""Every layout renders for every page kind: the right pages in the right size, the
shipped fonts embedded, title and language set, tagged, nothing outside the page,
and a QR code that a scanner reads as the page's address."""

from dataclasses import replace

import pytest
import segno

from channels.flyer.layouts import HOME, LAYOUTS, MODES, PRINT, Variant, variants
from channels.flyer.qr import ERROR_CORRECTION, QUIET_ZONE_MODULES
from channels.flyer.render import render_pdf
from tests.channels.flyer.conftest import with_picture
from tests.channels.flyer.pdfcheck import inspect
from tests.channels.flyer.pictures import picture

SHIPPED_FONTS = {"Hub-Sans", "Hub-Sans-Bold", "Hub-Sans-Arabic", "Hub-Sans-Arabic-Bold"}


def richest_mode(layout):
    """Print mode where a layout has it: bleed and crop marks are the harder case."""
    return PRINT if PRINT.identifier in layout.modes else MODES[layout.modes[0]]


def test_every_layout_renders_every_kind_of_page(kinds):
    # One test for all 30 flyers: the five pages take seconds to build.
    items = [page.to_item() for page in kinds.pages()]
    assert {item.kind for item in items} == {"organisation", "offer", "course", "resource", "story"}
    for layout in LAYOUTS.values():
        variant = Variant(layout, richest_mode(layout))
        bleed = variant.mode.bleed_mm
        for item in items:
            facts = inspect(render_pdf(item, variant))

            label = f"{layout.identifier} / {item.kind}"
            assert len(facts.page_sizes_mm) == layout.pages, label
            assert set(facts.page_sizes_mm) == {
                (layout.width_mm + 2 * bleed, layout.height_mm + 2 * bleed)
            }, label
            assert set(facts.trim_sizes_mm) == {(layout.width_mm, layout.height_mm)}, label
            assert facts.fonts and facts.fonts <= SHIPPED_FONTS, (label, facts.fonts)
            assert not facts.unembedded_fonts, label
            assert facts.title == item.title, label
            assert facts.language == "de", label
            assert facts.tagged, label
            assert any(alt.startswith("QR-Code mit dem Link") for alt in facts.alt_texts), label
            if item.image:
                assert item.image.alt in facts.alt_texts, label
            assert not facts.drawn_outside, (label, facts.drawn_outside)
            assert item.url in facts.qr_codes, label
            assert item.title.split()[0] in facts.text, label


def test_every_layout_in_home_mode_has_no_bleed(offer_item):
    home_variants = [variant for variant in variants() if variant.mode is HOME]
    assert {variant.layout.identifier for variant in home_variants} == set(LAYOUTS)
    for variant in home_variants:
        facts = inspect(render_pdf(offer_item, variant), decode_qr=False)

        size = (variant.layout.width_mm, variant.layout.height_mm)
        assert set(facts.page_sizes_mm) == {size} == set(facts.trim_sizes_mm), variant.name
        assert not facts.drawn_outside, (variant.name, facts.drawn_outside)


def test_print_mode_places_the_picture_at_300_dpi_and_home_mode_at_150(db, offer_item):
    # The A6 postcard places its picture 105 × 87 mm; with 3 mm bleed at the top
    # and both sides that is 1311 × 1063 px at 300 dpi; at home 620 × 514 at 150 dpi.
    item = with_picture(offer_item, picture(3000, 2400))
    postcard = LAYOUTS["a6-postcard"]

    print_images = inspect(render_pdf(item, Variant(postcard, PRINT))).image_sizes
    home_images = inspect(render_pdf(item, Variant(postcard, HOME))).image_sizes

    assert (1311, 1063) in print_images
    assert (620, 514) in home_images


def test_the_office_sheets_hold_two_or_four_copies_with_a_qr_code_each(offer_item):
    for identifier, copies in (("a4-sheet-2xa5", 2), ("a4-sheet-4xa6", 4)):
        facts = inspect(render_pdf(offer_item, Variant(LAYOUTS[identifier], HOME)))

        assert facts.qr_codes.count(offer_item.url) == copies, identifier


def test_the_flyer_prints_a_short_address_beside_the_qr_code(offer_item):
    facts = inspect(render_pdf(offer_item, Variant(LAYOUTS["a4-poster"], HOME)), decode_qr=False)

    # The offer's own address is long; the flyer prints the short link instead.
    assert f"localhost/f/{offer_item.page_id}" in facts.text
    assert "QR-Code mit dem Link zu dieser Seite" not in facts.text  # alt text, not print


def test_every_qr_code_is_at_least_20_mm_wide_without_its_quiet_zone():
    # A deep page address as long as the hub makes them.
    url = "https://engagement.hagen.example/vereine/naturschutzgruppe-hohenlimburg/kroetenwanderung-am-hengsteysee-begleiten/"
    code = segno.make(url, error=ERROR_CORRECTION, micro=False)
    modules = code.symbol_size(border=0)[0]
    with_quiet_zone = code.symbol_size(border=QUIET_ZONE_MODULES)[0]

    assert code.error in ("M", "Q", "H")
    assert with_quiet_zone == modules + 8
    for layout in LAYOUTS.values():
        assert layout.qr_mm * modules / with_quiet_zone >= 20, layout.identifier


@pytest.mark.parametrize("layout", ["a4-poster", "a5-flyer"])
def test_a_campaign_flyer_carries_the_campaign_name_hashtag_and_colour(offer_item, layout):
    item = replace(
        offer_item,
        kind="story",
        campaign="HAGEN braucht DICH",
        accent_colour="#7a1f5c",
        hashtags=("EngagementHagen", "HAGENbrauchtDICH"),
    )

    facts = inspect(render_pdf(item, Variant(LAYOUTS[layout], PRINT)), decode_qr=False)

    assert "HAGEN braucht DICH" in facts.text
    assert "#HAGENbrauchtDICH" in facts.text
    assert (0x7A, 0x1F, 0x5C) in facts.colours
