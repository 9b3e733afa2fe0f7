"""Every public page type, in every configured language, as a reader gets it.

The demo is loaded once for the module (in a transaction rolled back at the end).
Each page is asked for under each language's prefix: it answers 200, the document
speaks the reader's language (``<html lang dir>``), German content that is not
translated yet is marked ``lang="de"`` under a notice, and the interface around
it shows no German string of the catalogue.
"""

import io
import re
import xml.etree.ElementTree as ET

import html5lib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.utils.translation import to_locale
from wagtail.models import Locale, Page

from cms.core.reader_language import fallback_path
from tests.catalogues import LOCALE, read_catalogue, translations

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGE_TYPES = [
    "core.homepage",
    "core.contentpage",
    "finder.finderpage",
    "organisations.organisationindexpage",
    "organisations.organisationpage",
    "organisations.offerindexpage",
    "organisations.offerpage",
    "courses.courseindexpage",
    "courses.coursepage",
    "boardsupport.boardresourceindexpage",
    "boardsupport.boardresourcepage",
    "campaigns.campaignindexpage",
    "campaigns.campaignstorypage",
    "newsletter.newsletterarchiveindexpage",
    "newsletter.newsletterissuepage",
    "mastodon.hashtagwallpage",
]
OTHER_PATHS = ["/newsletter/anmelden/", "/feeds/", "/finden/?q=Verein"]
# Attributes people hear or see; values are checked like text.
READ_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
HTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def demo_paths(django_db_setup, django_db_blocker, tmp_path_factory):
    """The German path of one page of every public type, the demo loaded."""
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media)),
        transaction.atomic(),
    ):
        call_command("load_demo_content", "--quiet", stdout=io.StringIO())
        german = Page.objects.live().public().filter(locale=Locale.get_default())
        paths = {}
        for page in german.specific().order_by("path"):
            paths.setdefault(page._meta.label_lower, page.url)
        yield paths
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def interface_strings():
    """German interface strings and their translation per language."""
    source = LOCALE / "de" / "LC_MESSAGES" / "django.po"
    msgids = [e["msgid"] for e in read_catalogue(source)]
    per_language = {}
    for code in LANGUAGES:
        path = LOCALE / to_locale(code) / "LC_MESSAGES" / "django.po"
        per_language[code] = {e["msgid"]: translations(e) for e in read_catalogue(path)}
    return msgids, per_language


def leaked_german(html: str, language: str, interface_strings) -> list[str]:
    """German catalogue strings shown by the interface of a page in ``language``.

    Elements marked as German content (``lang="de"``) are skipped: they are the
    honest fallback. A msgid whose translation is spelt the same (a name, "Online")
    is no leak.
    """
    msgids, per_language = interface_strings
    own = per_language[language]
    suspicious = {
        " ".join(fragment.split())
        for msgid in msgids
        if not any(" ".join(msgid.split()) == " ".join(t.split()) for t in own.get(msgid, []))
        for fragment in re.split(r"%\(\w+\)s|<[^>]+>|\{\w+\}", msgid)
        if len(fragment.split()) >= 2 or (fragment.strip() == msgid and len(msgid) > 3)
    }
    texts = list(_interface_texts(html))
    leaks = set()
    for text in texts:
        for fragment in suspicious:
            if fragment and (text == fragment or (len(fragment.split()) >= 3 and fragment in text)):
                leaks.add(fragment)
    return sorted(leaks)


def _interface_texts(html: str):
    document = html5lib.parse(html)
    body = document.find(f"{HTML}body")

    def walk(element: ET.Element):
        if element.get("lang", "").split("-")[0] == "de" and element.get("lang") != "de-x-ls":
            return
        if element.tag in (f"{HTML}script", f"{HTML}style"):
            return
        for name in READ_ATTRIBUTES:
            if element.get(name):
                yield " ".join(element.get(name).split())
        if element.text and element.text.strip():
            yield " ".join(element.text.split())
        for child in element:
            yield from walk(child)
            if child.tail and child.tail.strip():
                yield " ".join(child.tail.split())

    yield from walk(body)


def html_attributes(html: str) -> tuple[str, str]:
    match = re.search(r"<html\b[^>]*>", html)
    assert match
    tag = match.group(0)
    return re.search(r'lang="([^"]*)"', tag).group(1), re.search(r'dir="([^"]*)"', tag).group(1)


def test_the_demo_has_every_public_page_type(demo_paths):
    assert set(PAGE_TYPES) <= set(demo_paths)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_speaks_the_readers_language(demo_paths, interface_strings, language):
    client = Client()
    failures = []
    for page_type in PAGE_TYPES:
        path = fallback_path(demo_paths[page_type], language)
        failures += _check(client, path, language, interface_strings)
    for path in OTHER_PATHS:
        prefixed = path if language == "de" else f"/{language}{path}"
        failures += _check(client, prefixed, language, interface_strings)
    assert not failures, "\n".join(failures)


def _check(client, path, language, interface_strings) -> list[str]:
    response = client.get(path)
    if response.status_code != 200:
        return [f"{path}: {response.status_code}"]
    html = response.content.decode()
    problems = []
    lang, direction = html_attributes(html)
    expected_dir = "rtl" if language == "ar" else "ltr"
    if (lang, direction) != (language, expected_dir):
        problems.append(f"{path}: <html lang={lang} dir={direction}>")
    if language == "de-x-ls" and not lang.startswith("de"):
        problems.append(f"{path}: Leichte Sprache must keep a German voice")
    leaks = leaked_german(html, language, interface_strings)
    if leaks:
        problems.append(f"{path}: German interface strings {leaks[:8]}")
    return problems


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "de"])
def test_an_untranslated_page_is_german_content_under_a_notice(demo_paths, language):
    path = fallback_path(demo_paths["organisations.offerpage"], language)
    html = Client().get(path).content.decode()
    document = html5lib.parse(html)
    notice = document.find(f".//{HTML}p[@class='notice notice--language']")
    assert notice is not None, path
    assert notice.get("lang") is None  # in the reader's language, like the page
    heading = document.find(f".//{HTML}h1")
    assert heading.get("lang") == "de"
    menu_links = document.findall(f".//{HTML}nav[@class='main-nav']//{HTML}a")
    assert menu_links and all(a.get("href").startswith(f"/{language}/") for a in menu_links)


def test_every_home_answers_in_its_own_language(demo_paths):
    client = Client()
    for language in LANGUAGES:
        prefix = "/" if language == "de" else f"/{language}/"
        response = client.get(prefix)
        assert response.status_code == 200
        assert html_attributes(response.content.decode())[0] == language


def test_the_language_switch_names_each_language_in_itself(demo_paths):
    html = Client().get("/tr/").content.decode()
    document = html5lib.parse(html)
    links = document.findall(f".//{HTML}nav[@class='lang-switch']//{HTML}a")
    assert [a.text for a in links] == [name for _code, name in settings.LANGUAGES]
    assert [a.get("lang") for a in links] == LANGUAGES
    arabic = next(a for a in links if a.get("lang") == "ar")
    assert arabic.get("dir") == "rtl" and arabic.get("href") == "/ar/"


def test_hreflang_alternates_name_only_real_translations(demo_paths):
    html = Client().get("/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))
    assert alternates["de"].endswith("/") and alternates["x-default"] == alternates["de"]
    assert alternates["en"].endswith("/en/")
    # Turkish has no home of its own in the demo: its fallback is no alternate.
    assert "tr" not in alternates


def test_the_leak_check_finds_german_chrome(demo_paths, interface_strings):
    """The German page read as an English one must show leaks, or the check is blind."""
    html = Client().get(demo_paths["organisations.offerpage"]).content.decode()
    leaks = leaked_german(html, "en", interface_strings)
    assert {"Zum Inhalt springen", "Auf einen Blick", "Kontakt"} <= set(leaks)
    assert not leaked_german(html, "de", interface_strings)


def test_a_translated_home_shows_german_cards_marked_as_german(demo_paths):
    html = Client().get("/en/").content.decode()
    document = html5lib.parse(html)
    cards = document.findall(f".//{HTML}article")
    german_cards = [card for card in cards if "card" in card.get("class", "").split()]
    assert german_cards, "the English home lists nothing"
    assert all(card.get("lang") == "de" for card in german_cards)
    assert all(
        a.get("href").startswith("/en/")
        for card in german_cards
        for a in card.findall(f".//{HTML}a")
    )


def test_the_sitemap_lists_every_language_with_its_alternates(demo_paths):
    xml = Client().get("/sitemap.xml").content.decode()
    tree = ET.fromstring(xml)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {url.find("s:loc", ns).text: url for url in tree.findall("s:url", ns)}
    english_home = next(loc for loc in urls if loc.endswith("/en/"))
    alternates = {
        link.get("hreflang"): link.get("href") for link in urls[english_home].findall("x:link", ns)
    }
    assert set(alternates) >= {"de", "en", "x-default"}
    assert alternates["en"] == english_home
    # Fallbacks are not pages of their own.
    assert not any("/tr/" in loc for loc in urls)


@pytest.mark.parametrize("language", ["en", "ar", "tr"])
def test_a_feed_in_another_language_carries_the_german_items_it_lacks(demo_paths, language):
    german = Client().get("/feeds/angebote.json").json()
    feed = Client().get(f"/{language}/feeds/angebote.json").json()
    assert feed["items"], f"/{language}/feeds/angebote.json is empty"
    assert len(feed["items"]) == len(german["items"])
    fallbacks = [item for item in feed["items"] if item["language"] == "de"]
    assert fallbacks and all(
        item["url"].split("/", 3)[3].startswith(f"{language}/") for item in fallbacks
    )


def test_the_german_home_suggests_the_browsers_language_without_redirecting(demo_paths):
    response = Client().get("/", HTTP_ACCEPT_LANGUAGE="tr-TR,tr;q=0.9,de;q=0.5")
    assert response.status_code == 200
    assert "Accept-Language" in response["Vary"]
    assert not response.cookies
    html = response.content.decode()
    assert (
        '<p class="notice notice--language" lang="tr" dir="ltr"><a href="/tr/" hreflang="tr">'
        "Engagement Hub Hagen Türkçe olarak da mevcut.</a></p>"
    ) in html
    assert (
        "notice--language" not in Client().get("/", HTTP_ACCEPT_LANGUAGE="de-DE").content.decode()
    )
