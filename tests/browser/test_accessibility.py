"""Every page the public sees passes axe-core (WCAG 2.2 AA) with no violations.

The pages come from the hub's own sitemap, so a new page type is checked as
soon as the demo content has one; the finder with filters, a search, an empty
result, a missing page and the translated home pages are added by hand.
"""

import urllib.request
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.integration, pytest.mark.browser]

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
EXTRA_PATHS = [
    "/finden/?bezirk=haspe",
    "/finden/?thema=kultur&art=angebote",
    "/finden/?engagement=one_off&zielgruppe=junge-menschen",
    "/finden/?q=Verein",
    "/finden/?q=xyzkeinTreffer",
    "/finden/?seite=2",
    "/en/",
    "/ar/",
    "/diese-seite-gibt-es-nicht/",
    "/feeds/",
    "/newsletter/anmelden/",
    "/newsletter/anmelden/danke/",
    "/pinnwand/?seite=2",
]
PAGE_TYPES = {
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
}


def sitemap_paths(hub_url: str) -> list[str]:
    with urllib.request.urlopen(f"{hub_url}/sitemap.xml", timeout=10) as response:
        tree = ElementTree.fromstring(response.read())
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return [urlsplit(loc.text).path for loc in tree.findall("s:url/s:loc", namespace)]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return "\n    ".join(lines)


def check_pages(page, hub_url: str, paths: list[str]) -> tuple[dict[str, str], set[str]]:
    axe = Axe()
    failures: dict[str, str] = {}
    page_types: set[str] = set()
    for path in paths:
        page.goto(f"{hub_url}{path}")
        page_types.add(page.evaluate("document.body.dataset.pageType || ''"))
        results = axe.run(page, options=AXE_OPTIONS)
        violations = results.response["violations"]
        if violations:
            failures[path] = describe(violations)
    return failures, page_types


def test_every_public_page_passes_axe_on_a_desktop_screen(page, hub_url):
    paths = sitemap_paths(hub_url) + EXTRA_PATHS
    failures, page_types = check_pages(page, hub_url, paths)

    assert not failures, "axe-core violations:\n" + "\n".join(
        f"  {path}:\n    {text}" for path, text in failures.items()
    )
    assert page_types >= PAGE_TYPES, f"page types never checked: {PAGE_TYPES - page_types}"
    assert len(paths) >= 50


def test_one_page_of_each_type_passes_axe_on_a_phone(phone_page, hub_url):
    by_type: dict[str, str] = {}
    for path in sitemap_paths(hub_url):
        phone_page.goto(f"{hub_url}{path}")
        by_type.setdefault(phone_page.evaluate("document.body.dataset.pageType"), path)
    failures, _ = check_pages(phone_page, hub_url, [*by_type.values(), "/finden/?q=Verein"])

    assert not failures, "axe-core violations at 375 px:\n" + "\n".join(
        f"  {path}:\n    {text}" for path, text in failures.items()
    )
    assert set(by_type) >= PAGE_TYPES


def test_pages_speak_german_first_and_arabic_right_to_left(page, hub_url):
    page.goto(f"{hub_url}/")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        "de",
        "ltr",
    ]
    page.goto(f"{hub_url}/ar/")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        "ar",
        "rtl",
    ]
    page.goto(f"{hub_url}/en/")
    assert page.evaluate("document.documentElement.lang") == "en"
