"""The fonts ship with the hub, under an open licence, and cover the site's languages:
no letter of a German, English, Turkish, Ukrainian, Russian, Arabic, Romanian, Polish
or Bulgarian flyer falls back to whatever fonts the server happens to have."""

from dataclasses import replace

from fontTools.ttLib import TTFont

from channels.flyer.layouts import HOME, LAYOUTS, Variant
from channels.flyer.render import FONTS, render_pdf
from tests.channels.flyer.pdfcheck import inspect

SAMPLES = {
    "de": "Größere Übungsräume für Jugendliche – „Mitmachen“ in Hagen-Eilpe, 12 €",
    "en": "Volunteers wanted for the summer fair: no experience needed!",
    "tr": "Gönüllüler aranıyor: Çocuk programı, şenlik ve İŞ birliği – ğüşıöç",
    "uk": "Шукаємо волонтерів: їжа, ґанок, є Євген і Їжак",
    "ru": "Ищем добровольцев: ёлка, щи, подъезд, Объявление",
    "ar": "نبحث عن متطوعين لمهرجان الصيف في هاغن – ١٢ يوليو",
    "ro": "Căutăm voluntari: științe, țară, Întâlnire, ĂÂÎȘȚ – ș and ț with comma below",
    "pl": "Zażółć gęślą jaźń – Łódź, Śląsk, Żółw, ĄĘŃŹ",
    "bg": "Търсим доброволци: щъркел, ѝ, Юли, Ъгъл",
}


def covered_characters() -> set[str]:
    characters: set[str] = set()
    for path in FONTS.glob("*.ttf"):
        characters |= {chr(code) for code in TTFont(path).getBestCmap()}
    return characters


def test_the_shipped_fonts_cover_every_language_of_the_site():
    covered = covered_characters()
    for language, sample in SAMPLES.items():
        missing = {char for char in sample if not char.isspace()} - covered
        assert not missing, (language, missing)


def test_the_fonts_come_with_their_licence():
    names = {path.name for path in FONTS.iterdir()}

    assert {
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        "OFL.txt",
    } <= names
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS / "OFL.txt").read_text()


def test_a_flyer_in_any_language_embeds_only_the_shipped_fonts(offer_item):
    item = replace(
        offer_item,
        title=SAMPLES["tr"],
        summary=f"{SAMPLES['uk']} {SAMPLES['ru']}",
        body_text=f"{SAMPLES['de']}\n\n{SAMPLES['en']}\n\n{SAMPLES['ar']}",
    )

    facts = inspect(render_pdf(item, Variant(LAYOUTS["a5-flyer"], HOME)), decode_qr=False)

    assert facts.fonts == {"Hub-Sans", "Hub-Sans-Bold", "Hub-Sans-Arabic"}
    assert "ğüşıöç" in facts.text and "Ґанок".lower() in facts.text.lower()
