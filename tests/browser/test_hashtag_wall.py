"""The hashtag wall works with the keyboard alone: content warnings open with Enter, and
"Weitere Beiträge laden" appends the next posts without a reload, moves the focus to
the first new one, says how many arrived, and the grown page still passes axe (the
wall's pages as served are checked in test_accessibility.py)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_accessibility import AXE_OPTIONS, describe
from tests.browser.test_keyboard import FOCUS_STATE

pytestmark = [pytest.mark.integration, pytest.mark.browser]

ARTICLES = "[data-hashtag-wall] article"


def tab_to(page, predicate: str, limit: int = 300) -> dict:
    """Press Tab until ``predicate`` (JS, on document.activeElement) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => Boolean({predicate}))(document.activeElement)"):
            return page.evaluate(FOCUS_STATE)
    raise AssertionError(f"Tab never reached an element where {predicate}")


def test_a_content_warning_opens_with_the_keyboard(page, hub_url):
    page.goto(f"{hub_url}/pinnwand/")

    state = tab_to(page, "el.matches('.hashtag-post__warning > summary')")
    assert state["visible"] and (state["outline"] or state["shadow"])
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.parentElement.open")


def test_more_posts_load_in_place_and_the_focus_moves_to_the_first_new_one(page, hub_url):
    page.goto(f"{hub_url}/pinnwand/")
    first_page = page.locator(ARTICLES).count()
    assert first_page == 20
    assert page.locator(".hashtag-wall .pagination").is_hidden()
    address = page.url

    state = tab_to(page, "el.matches('button.hashtag-wall__more')")
    assert state["text"] == "Weitere Beiträge laden"
    assert state["visible"] and (state["outline"] or state["shadow"])
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('{ARTICLES}').length > {first_page}")

    articles = page.locator(ARTICLES)
    added = articles.count() - first_page
    assert added > 0
    assert page.url == address  # no reload, no navigation
    first_new = articles.nth(first_page).get_attribute("id")
    assert page.evaluate("document.activeElement.id") == first_new
    assert page.locator("[data-hashtag-status]").text_content() == (
        f"{added} weitere Beiträge geladen."
    )
    # The demo wall has two pages: nothing more to load, so the button is gone.
    assert page.locator("button.hashtag-wall__more").count() == 0
    ids = articles.evaluate_all("nodes => nodes.map(n => n.id)")
    assert len(ids) == len(set(ids))
    # The page as it stands now, with the loaded posts, still passes axe.
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, describe(violations)
