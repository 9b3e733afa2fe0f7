"""Readers download flyers from the page, short links lead to the page, editors find
the flyers in the admin with a live preview, and a print run merges many flyers."""

import io

import pytest
from django.test import RequestFactory
from pypdf import PdfReader

from channels.flyer.layouts import LAYOUTS
from cms.taxonomy.models import District
from tests import builders


def test_the_page_offers_every_layout_for_download(client, kinds):
    for page in kinds.pages():
        html = client.get(page.url).content.decode()

        assert 'id="flyer"' in html and "Flyer herunterladen" in html, page.title
        for layout in LAYOUTS.values():
            assert f"/flyer/{page.pk}/{layout.identifier}-home.pdf" in html
        assert f"/flyer/{page.pk}/a4-poster-print.pdf" in html


def test_a_download_is_the_pdf_of_the_live_page(client, site_tree):
    page = site_tree.kulturverein

    response = client.get(f"/flyer/{page.pk}/din-long-print.pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="kulturverein-haspe-din-long-print.pdf"' in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    assert reader.metadata.title == page.title
    assert len(reader.pages) == 1


def test_a_page_switched_off_for_flyers_offers_none(client, site_tree):
    page = site_tree.kultur_offer
    page.distribution_off = ["flyer"]
    page = builders.publish(page)

    html = client.get(page.url).content.decode()

    assert "Flyer herunterladen" not in html
    assert client.get(f"/flyer/{page.pk}/a5-flyer-home.pdf").status_code == 404


def test_unpublished_pages_pages_without_flyers_and_unknown_layouts_give_404(client, site_tree):
    draft = builders.offer(site_tree.kulturverein, "Noch nicht veröffentlicht", live=False)
    index = site_tree.organisations
    offer = site_tree.kultur_offer

    assert client.get(f"/flyer/{draft.pk}/a5-flyer-home.pdf").status_code == 404
    assert client.get(f"/flyer/{index.pk}/a5-flyer-home.pdf").status_code == 404
    assert client.get(f"/flyer/{offer.pk}/a3-banner-print.pdf").status_code == 404
    assert client.get(f"/flyer/{offer.pk}/a4-sheet-2xa5-print.pdf").status_code == 404
    assert client.get(f"/f/{draft.pk}").status_code == 404


def test_the_short_link_on_the_flyer_leads_to_the_page(client, site_tree):
    response = client.get(f"/f/{site_tree.kultur_offer.pk}")

    assert response.status_code == 302
    assert response["Location"] == site_tree.kultur_offer.url


def test_the_channel_preview_shows_the_flyer_front_and_back(site_tree):
    page = site_tree.kultur_offer
    assert ("flyer", "So sieht es aus: Flyer") in page.preview_modes

    response = page.serve_preview(RequestFactory().get("/"), "flyer")
    html = response.render().content.decode()

    assert html.count('src="data:image/png;base64,') == 2
    assert 'alt="Vorderseite des Flyers „Helfer*innen für das Sommerfest“"' in html
    assert "Plakat A4" in html


def test_an_editor_finds_the_flyers_of_a_page_in_the_admin(client, club_editor, site_tree):
    offer = site_tree.kultur_offer
    client.force_login(club_editor)

    edit = client.get(f"/admin/pages/{offer.pk}/edit/").content.decode()
    flyers = client.get(f"/admin/flyer/seite/{offer.pk}/")

    assert f"/admin/flyer/seite/{offer.pk}/" in edit
    assert flyers.status_code == 200
    assert f"/flyer/{offer.pk}/a4-poster-print.pdf" in flyers.content.decode()


def test_a_club_editor_does_not_see_another_clubs_flyer_page(client, other_club_editor, site_tree):
    client.force_login(other_club_editor)

    response = client.get(f"/admin/flyer/seite/{site_tree.kultur_offer.pk}/")

    # Wagtail's admin turns "permission denied" into a redirect with a message.
    assert response.status_code in (302, 403)
    assert "/flyer/" not in response.content.decode()


@pytest.fixture
def haspe_offers(site_tree):
    haspe = District.objects.get(name="Haspe")
    offers = [
        site_tree.kultur_offer,
        builders.offer(site_tree.kulturverein, "Kuchen backen für den Basar"),
    ]
    for offer in offers:
        offer.district = haspe
        builders.publish(offer)
    return offers


def test_a_print_run_puts_every_offer_of_a_district_into_one_pdf(client, city_editor, haspe_offers):
    client.force_login(city_editor)

    form = client.get("/admin/flyer/sammeldruck/").content.decode()
    response = client.get(
        "/admin/flyer/sammeldruck/",
        {"kind": "offer", "district": "Haspe", "language": "de", "variant": "a6-postcard-home"},
    )

    assert "Flyer-Sammeldruck" in client.get("/admin/").content.decode()
    assert "Postkarte A6 (Vorder- und Rückseite) – Zum Selbstdrucken" in form
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    # Two offers of Haspe (not the Naturschutzgruppe's), front and back each, by title.
    assert len(reader.pages) == 4
    text = [page.extract_text() for page in reader.pages]
    assert "Helfer*innen für das Sommerfest" in text[0]
    assert "Kuchen backen für den Basar" not in text[0] and "Kuchen backen" in text[2]
    assert reader.metadata.title.startswith("Flyer-Sammeldruck: Mitmach-Angebote, Haspe")


def test_a_print_run_refuses_more_flyers_than_allowed(client, city_editor, haspe_offers, settings):
    settings.FLYER_BATCH_MAX_PAGES = 1
    client.force_login(city_editor)

    response = client.get(
        "/admin/flyer/sammeldruck/",
        {"kind": "offer", "district": "", "language": "de", "variant": "a5-flyer-print"},
    )

    assert response.status_code == 200
    assert "zu viele für einen Sammeldruck" in response.content.decode()


def test_digital_helpers_cannot_start_print_runs(client, digital_helper):
    client.force_login(digital_helper)

    response = client.get("/admin/flyer/sammeldruck/")
    menu = client.get("/admin/").content.decode()

    assert response.status_code in (302, 403)
    assert "Flyer-Sammeldruck" not in menu
