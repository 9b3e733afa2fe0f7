"""A flyer in each script: the labels in the flyer's language, the letters shaped by the
shipped fonts, the text extractable in logical order, the QR code readable; and the
bilingual German/Arabic flyer carries both languages and fits its two pages.

Each flyer is rendered once per module (WeasyPrint is slow) and inspected with real
PDF tools: pypdf for text and fonts, pdfium and zxing-cpp for the QR code, and
poppler's pdffonts/pdftotext where installed, as a second opinion.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace

import pytest
from django.utils import translation
from pypdf import PdfReader
from weasyprint import HTML

from channels.flyer.content import flyer_content, kind_label
from channels.flyer.layouts import A5_BILINGUAL, A5_FLYER, HOME, Variant
from channels.flyer.render import HERE, overflows, render_bilingual_html, render_pdf
from tests.channels.flyer.conftest import OFFER_ITEM
from tests.channels.flyer.pdfcheck import inspect

FONTS = {"Hub-Sans", "Hub-Sans-Bold", "Hub-Sans-Arabic", "Hub-Sans-Arabic-Bold"}

# The same offer as written by its translators, with each script's hard letters.
TEXTS = {
    "de": (OFFER_ITEM.title, OFFER_ITEM.summary, OFFER_ITEM.body_text),
    "tr": (
        "Yaz şenliği için gönüllüler aranıyor",
        "Kurulumda, kek tezgâhında ve çocuk programında yardım edecek kişiler arıyoruz. "
        "Ön bilgi gerekmez; İŞ birliği ğüşıöç.",
        "Yaz şenliği derneğimizin yılının doruk noktasıdır.",
    ),
    "ar": (
        "نبحث عن متطوعين لمهرجان الصيف",
        "نبحث عن أشخاص يساعدون في التحضير وركن الكعك وبرنامج الأطفال. لا حاجة لخبرة سابقة.",
        "مهرجان الصيف هو أهم حدث في سنة جمعيتنا.",
    ),
    "uk": (
        "Шукаємо волонтерів для літнього свята",
        "Шукаємо людей, які допоможуть із підготовкою, за столом із пирогами та з "
        "дитячою програмою. Ґанок, їжа, Євген — досвід не потрібен.",
        "Літнє свято — головна подія року нашого товариства.",
    ),
    "ro": (
        "Căutăm voluntari pentru sărbătoarea de vară",
        "Căutăm oameni care să ajute la montaj, la standul cu prăjituri și la programul "
        "pentru copii. Științe, țară, își — nu e nevoie de experiență.",
        "Sărbătoarea de vară este punctul culminant al anului asociației noastre.",
    ),
    "pl": (
        "Szukamy wolontariuszy na letni festyn",
        "Szukamy osób, które pomogą przy rozstawianiu, przy stoisku z ciastami i przy "
        "programie dla dzieci. Zażółć gęślą jaźń — doświadczenie niepotrzebne.",
        "Letni festyn to najważniejsze wydarzenie roku naszego stowarzyszenia.",
    ),
    "bg": (
        "Търсим доброволци за летния празник",
        "Търсим хора, които да помогнат с подготовката, на щанда с кексове и с детската "
        "програма. Щъркел, юли, ѝ — не е нужен опит.",
        "Летният празник е връхната точка в годината на нашето сдружение.",
    ),
}
VARIANT = Variant(A5_FLYER, HOME)


def translated(language: str):
    title, summary, body = TEXTS[language]
    prefix = "" if language == "de" else f"/{language}"
    return replace(
        OFFER_ITEM,
        language=language,
        title=title,
        summary=summary,
        body_text=body,
        url=OFFER_ITEM.url.replace("localhost/", f"localhost{prefix}/", 1),
    )


def labels(language: str) -> list[str]:
    """The fixed texts the flyer must show, from the catalogue of ``language``."""
    with translation.override(language):
        return [
            translation.gettext("Alle Infos und mitmachen:"),
            translation.gettext("Wann"),
            translation.gettext("Wo"),
            translation.gettext(OFFER_ITEM.kind_label),
        ]


def shown(label: str, text: str) -> bool:
    """``label`` in ``text``, also as set in capitals (the kind label above the title)."""
    return logical(label) in text or logical(label).upper() in text


def logical(text: str) -> str:
    """Text without layout line breaks, hyphenation, bidi controls and spacing differences."""
    # WeasyPrint hyphenates with U+2010 at a line's end; the word is whole in the source.
    text = text.replace("\u2010\n", "")
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    return " ".join(text.split())


@pytest.fixture(scope="module")
def flyers():
    return {
        language: (translated(language), render_pdf(translated(language), VARIANT))
        for language in TEXTS
    }


# Texts as long as the bilingual layout's budgets allow, so "fits" means the
# layout holds a full flyer in each language, not only a short one.
LONG = {
    "de": (
        "Helfer*innen für das Sommerfest im Hasper Bürgerpark gesucht",
        "Wir suchen Menschen, die beim Aufbau, an der Kuchentheke und beim Kinderprogramm "
        "helfen. Keine Vorkenntnisse nötig: Wir zeigen Ihnen alles vor Ort, und Sie "
        "bestimmen selbst, wie viele Stunden Sie mitmachen möchten. Getränke gibt es gratis.",
        "Das Sommerfest ist der Höhepunkt unseres Vereinsjahres: Musik, Theater und ein "
        "Flohmarkt für die ganze Nachbarschaft.\n\nSo machen Sie mit: Schreiben Sie uns "
        "eine kurze E-Mail oder kommen Sie dienstags zwischen 17 und 19 Uhr ins Vereinsheim "
        "an der Voerder Straße. Wir freuen uns auf Sie!",
    ),
    "ar": (
        "نبحث عن متطوعين لمهرجان الصيف في حديقة هاسبه العامة",
        "نبحث عن أشخاص يساعدون في التحضير وركن الكعك وبرنامج الأطفال. لا حاجة لخبرة سابقة: "
        "سنشرح لكم كل شيء في المكان، وأنتم تحددون بأنفسكم عدد الساعات التي تريدون المشاركة "
        "فيها. المشروبات مجانية.",
        "مهرجان الصيف هو أهم حدث في سنة جمعيتنا: موسيقى ومسرح وسوق للأغراض المستعملة "
        "لكل الجيران.\n\nكيف تشاركون: اكتبوا لنا رسالة قصيرة أو تعالوا يوم الثلاثاء بين "
        "الساعة 17 والساعة 19 إلى مقر الجمعية في شارع فوردر. نحن بانتظاركم!",
    ),
}


@pytest.fixture(scope="module")
def bilingual():
    front, back = (
        replace(translated(language), title=title, summary=summary, body_text=body)
        for language, (title, summary, body) in LONG.items()
    )
    return front, back, render_pdf(front, Variant(A5_BILINGUAL, HOME), back)


@pytest.mark.parametrize("language", list(TEXTS))
def test_a_flyer_speaks_its_language_in_its_script(flyers, language):
    item, pdf = flyers[language]

    facts = inspect(pdf)
    text = logical(facts.text)

    assert facts.language == language
    assert facts.qr_codes == [item.url]
    assert facts.unembedded_fonts == set()
    assert facts.fonts <= FONTS and "Hub-Sans-Bold" in facts.fonts | {"Hub-Sans-Arabic-Bold"}
    for label in labels(language):
        assert shown(label, text), (language, label)
    title, summary, _body = TEXTS[language]
    # Whole sentences in reading order: an Arabic line extracted backwards, or
    # letters dropped for want of a glyph, would not match.
    assert logical(title) in text
    assert logical(summary.split(".")[0]) in text
    if language != "de":
        assert "Alle Infos und mitmachen" not in text and "Wann:" not in text


def test_arabic_is_set_right_to_left_with_the_arabic_font(flyers):
    _item, pdf = flyers["ar"]

    facts = inspect(pdf, decode_qr=False)

    assert {"Hub-Sans-Arabic", "Hub-Sans-Arabic-Bold"} <= facts.fonts
    assert facts.drawn_outside == []


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language", ["ar", "uk", "pl"])
def test_poppler_sees_only_embedded_subset_fonts(flyers, language):
    _item, pdf = flyers[language]

    listing = subprocess.run(
        ["pdffonts", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]

    assert rows
    for row in rows:
        name, emb, sub = row[0], row[-5], row[-4]
        assert name.split("+", 1)[1] in FONTS and (emb, sub) == ("yes", "yes"), row


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_extracts_the_arabic_labels(flyers):
    _item, pdf = flyers["ar"]

    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()

    # Logical order down to the punctuation: the full stop ends the sentence.
    assert logical(TEXTS["ar"][0]) in logical(text)
    assert logical(TEXTS["ar"][2]) in logical(text)
    assert logical(labels("ar")[0].rstrip(":")) in logical(text)


def test_the_bilingual_flyer_has_german_on_the_front_and_arabic_on_the_back(bilingual):
    front, back, pdf = bilingual

    facts = inspect(pdf)
    pages = [logical(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]

    assert facts.page_sizes_mm == [(148.0, 210.0), (148.0, 210.0)]
    assert facts.language == "de"
    assert facts.qr_codes == [front.url, back.url]
    assert {"Hub-Sans", "Hub-Sans-Arabic"} <= facts.fonts and not facts.unembedded_fonts
    for label in labels("de"):
        assert shown(label, pages[0]) and not shown(label, pages[1]), label
    for label in labels("ar"):
        assert shown(label, pages[1]), label
    assert "Deutsch" in pages[0] and "العربية" in pages[1]
    assert logical(front.title) in pages[0] and logical(back.title) in pages[1]


def test_the_bilingual_flyer_fits_without_cutting_a_word(bilingual):
    front, back, pdf = bilingual
    variant = Variant(A5_BILINGUAL, HOME)

    facts = inspect(pdf, decode_qr=False)
    # The layout engine's own verdict at the layout's full budgets: no box
    # overflows and the sheet has its two pages, so nothing had to be shortened.
    html = render_bilingual_html(front, back, variant)
    document = HTML(string=html, base_url=HERE.as_uri() + "/").render()

    assert overflows(document, A5_BILINGUAL.pages) == []
    assert facts.drawn_outside == [] and "…" not in facts.text
    for item in (front, back):
        with translation.override(item.language):
            content = flyer_content(item, A5_BILINGUAL.budgets, None)
        assert (content.title, content.summary) == (item.title, item.summary)
        assert content.paragraphs == item.body_text.split("\n\n")
    words = set(re.findall(r"\w+", logical(facts.text)))
    # pypdf reorders Arabic lines that hold numbers; the German side is read word by word.
    assert set(re.findall(r"\w+", " ".join(LONG["de"]))) <= words


def test_the_kind_label_follows_the_flyer_not_the_language_the_item_was_made_in():
    # An editor's preview makes the item in the admin's language (here English).
    english_label = replace(translated("tr"), kind_label="Volunteering opportunity")

    with translation.override("tr"):
        label = kind_label(english_label)
        expected = translation.gettext("Mitmach-Angebot")

    assert label == expected != "Mitmach-Angebot"
