"""The public site works with the keyboard alone: skip link, visible focus, no traps,
the folded phone menu, and the finder's filters set and submitted without a mouse."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_accessibility import AXE_OPTIONS, describe

pytestmark = [pytest.mark.integration, pytest.mark.browser]

FOCUS_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    name: el.getAttribute('name') || '',
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== 'none',
    visible: box.width > 0 && box.height > 0,
    key: el.outerHTML.slice(0, 120),
  };
}"""


def tab(page):
    page.keyboard.press("Tab")
    return page.evaluate(FOCUS_STATE)


def walk_focus(page, limit: int = 400) -> list[dict]:
    """Tab through the whole page once; stops when focus leaves the document or repeats."""
    seen: list[dict] = []
    keys: set[str] = set()
    for _ in range(limit):
        state = tab(page)
        if state is None or state["key"] in keys:
            break
        keys.add(state["key"])
        seen.append(state)
    return seen


def test_the_first_tab_reaches_the_skip_link_which_jumps_to_the_content(page, hub_url):
    page.goto(f"{hub_url}/")

    first = tab(page)
    assert first["text"] == "Zum Inhalt springen"
    assert first["visible"] and (first["outline"] or first["shadow"])

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhalt"


@pytest.mark.parametrize("path", ["/", "/finden/", "/mitmachen/", "/organisationen/"])
def test_every_focusable_element_shows_where_the_focus_is(page, hub_url, path):
    page.goto(f"{hub_url}{path}")

    visited = walk_focus(page)

    assert len(visited) > 5
    invisible = [s["key"] for s in visited if not (s["outline"] or s["shadow"]) or not s["visible"]]
    assert not invisible, f"focus not visible on: {invisible}"
    footer_links = page.eval_on_selector_all(
        "footer a", "els => els.map(e => e.outerHTML.slice(0, 120))"
    )
    assert footer_links and footer_links[-1] in {s["key"] for s in visited}, (
        "focus never reached the footer: a keyboard trap?"
    )


def test_the_finder_filters_can_be_set_and_sent_with_the_keyboard(page, hub_url):
    page.goto(f"{hub_url}/finden/")

    for _ in range(200):
        state = tab(page)
        if state and state["name"] == "art":
            break
    else:
        pytest.fail("the content type checkboxes are not reachable by keyboard")
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked") is True

    for _ in range(50):
        state = tab(page)
        if state and state["name"] == "bezirk":
            break
    else:
        pytest.fail("the district filter is not reachable by keyboard")
    page.keyboard.press("ArrowDown")
    chosen = page.evaluate("document.activeElement.value")
    assert chosen

    for _ in range(50):
        state = tab(page)
        if state and state["tag"] == "button":
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert f"bezirk={chosen}" in page.url
    assert "art=" in page.url
    assert page.locator("[role=status]").first.inner_text().strip()


def test_on_a_phone_the_menu_folds_behind_a_button_that_the_keyboard_opens(phone_page, hub_url):
    page = phone_page
    page.goto(f"{hub_url}/mitmachen/")
    menu = page.locator("#hauptmenue")
    assert not menu.is_visible()

    # Skip link, site name and the nine languages of the switch come first.
    for _ in range(15):
        if tab(page)["text"] == "Menü":
            break
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    page.keyboard.press("Enter")

    assert menu.is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    assert tab(page)["text"] == "Engagement finden"
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, describe(violations)

    page.keyboard.press("Escape")
    assert not menu.is_visible()
    assert page.evaluate("document.activeElement.textContent.trim()") == "Menü"


def test_on_a_wide_screen_the_menu_shows_without_a_button(page, hub_url):
    page.goto(f"{hub_url}/mitmachen/")

    assert page.locator("#hauptmenue").is_visible()
    assert not page.locator(".main-nav__toggle").is_visible()
