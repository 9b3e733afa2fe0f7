"""Readers of a translated page and editors of its German original find the bilingual
flyer (German front, translation back); its download is the PDF of both live pages."""

import io

import pytest
from django.utils import translation
from pypdf import PdfReader
from wagtail.models import Locale

from channels.flyer.views import german_item
from tests import builders


@pytest.fixture
def arabic_offer(site_tree):
    """The Kulturverein's offer translated into Arabic and published, ancestors included."""
    arabic, _ = Locale.objects.get_or_create(language_code="ar")
    offer = site_tree.kultur_offer
    for ancestor in offer.get_ancestors().filter(depth__gt=1).specific():
        if ancestor.get_translation_or_none(arabic) is None:
            builders.publish(ancestor.copy_for_translation(arabic))
    translated = offer.copy_for_translation(arabic)
    translated.title = "نبحث عن متطوعين لمهرجان الصيف"
    translated.summary = "نبحث عن أشخاص يساعدون في التحضير وبرنامج الأطفال."
    return builders.publish(translated)


def test_the_german_page_and_its_translation_offer_the_bilingual_flyer(
    client, site_tree, arabic_offer
):
    offer = site_tree.kultur_offer

    german = client.get(offer.url).content.decode()
    arabic = client.get(arabic_offer.url).content.decode()

    assert f"/flyer/{offer.pk}/ar/a5-bilingual-home.pdf" in german
    assert "Zweisprachig, Deutsch und العربية" in german
    assert f"/flyer/{arabic_offer.pk}/ar/a5-bilingual-print.pdf" in arabic
    # The Arabic page names its downloads in Arabic.
    assert "بلغتين: الألمانية و العربية" in arabic and "Zum Selbstdrucken" not in arabic


def test_the_bilingual_download_has_both_pages_in_their_languages(client, site_tree, arabic_offer):
    response = client.get(f"/flyer/{arabic_offer.pk}/ar/a5-bilingual-home.pdf")

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "-a5-bilingual-home-ar.pdf" in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    front, back = (page.extract_text() for page in reader.pages)
    assert "Helfer*innen" in front and "Alle Infos und mitmachen:" in front
    assert "نبحث عن متطوعين" in back and "كل المعلومات وطريقة المشاركة" in back


def test_no_bilingual_flyer_without_a_live_translation(client, site_tree):
    offer = site_tree.kultur_offer

    assert client.get(f"/flyer/{offer.pk}/ar/a5-bilingual-home.pdf").status_code == 404
    assert client.get(f"/flyer/{offer.pk}/de/a5-bilingual-home.pdf").status_code == 404
    assert client.get(f"/flyer/{offer.pk}/xx/a5-bilingual-home.pdf").status_code == 404
    assert "a5-bilingual" not in client.get(offer.url).content.decode()


def test_an_editor_finds_the_bilingual_flyer_in_the_admin(
    client, club_editor, site_tree, arabic_offer
):
    client.force_login(club_editor)

    html = client.get(f"/admin/flyer/seite/{site_tree.kultur_offer.pk}/").content.decode()

    assert f"/flyer/{site_tree.kultur_offer.pk}/ar/a5-bilingual-print.pdf" in html


def test_a_reader_in_another_language_gets_the_german_labels_on_a_german_flyer(site_tree):
    # Stored files are shared by all readers: the item is made in German whatever
    # language the request runs in, and the renderer translates into the page's.
    with translation.override("ar"):
        item = german_item(site_tree.kultur_offer)

    assert item.kind_label == "Mitmach-Angebot"
