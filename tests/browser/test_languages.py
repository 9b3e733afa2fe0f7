"""The pages readers meet first pass axe-core in German, Turkish, Arabic and
Leichte Sprache, on a desktop screen and on a phone.

Each language is read under its prefix, so the Turkish, Arabic and Leichte-Sprache
pages show the honest fallback (German content under a notice, lang="de") where
the demo has no translation: exactly what a reader of those languages gets today.
"""

from urllib.parse import urlsplit

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
LANGUAGES = ["de", "tr", "ar", "de-x-ls"]


@pytest.fixture(scope="module")
def german_paths(chromium, hub_url) -> list[str]:
    """Home, finder, the first portrait and the first offer, as German paths."""
    context = chromium.new_context()
    page = context.new_page()
    paths = ["/", "/finden/"]
    page.goto(f"{hub_url}/organisationen/")
    cards = page.locator(".card__title a")
    portrait = urlsplit(cards.first.get_attribute("href")).path
    page.goto(f"{hub_url}/mitmachen/")
    offer = urlsplit(page.locator(".card__title a").first.get_attribute("href")).path
    context.close()
    return [*paths, portrait, offer]


def in_language(path: str, language: str) -> str:
    return path if language == "de" else f"/{language}{path}"


def check(browser_page, hub_url: str, paths: list[str]) -> dict[str, str]:
    axe = Axe()
    failures = {}
    for language in LANGUAGES:
        for path in paths:
            url = in_language(path, language)
            browser_page.goto(f"{hub_url}{url}")
            lang, direction = browser_page.evaluate(
                "[document.documentElement.lang, document.documentElement.dir]"
            )
            if (lang, direction) != (language, "rtl" if language == "ar" else "ltr"):
                failures[url] = f"<html lang={lang} dir={direction}>"
                continue
            violations = axe.run(browser_page, options=AXE_OPTIONS).response["violations"]
            if violations:
                failures[url] = "; ".join(
                    f"{v['id']}: {[' '.join(map(str, n['target'])) for n in v['nodes'][:3]]}"
                    for v in violations
                )
    return failures


def test_home_finder_portrait_and_offer_pass_axe_in_four_languages(page, hub_url, german_paths):
    failures = check(page, hub_url, german_paths)
    assert not failures, "\n".join(f"{url}: {text}" for url, text in failures.items())


def test_they_pass_axe_on_a_phone_too(phone_page, hub_url, german_paths):
    failures = check(phone_page, hub_url, german_paths)
    assert not failures, "\n".join(f"{url}: {text}" for url, text in failures.items())


def test_arabic_pages_are_mirrored(page, hub_url, german_paths):
    page.goto(f"{hub_url}/ar{german_paths[2]}")
    # The header's name sits at the right edge, the language switch follows it leftwards.
    name = page.locator(".site-name").bounding_box()
    viewport = page.viewport_size
    assert name["x"] + name["width"] > viewport["width"] / 2
    notice = page.locator(".notice--language")
    assert notice.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator("main h1").evaluate("el => getComputedStyle(el).direction") == "ltr"
