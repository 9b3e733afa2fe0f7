"""Every public page type reflows at 320 CSS pixels (WCAG 1.4.10): nothing sideways.

axe-core does not test reflow, so this measures it: at 320 px (a 1280 px
window zoomed to 400 %) and at 390 px (a common phone), the document must not be
wider than the viewport and no visible element may stick out of it. Content
inside a box that scrolls or clips on its own (a wide table in a scrolling
wrapper, say) is allowed, as WCAG allows it for two-dimensional content.
"""

import re
import urllib.request

import pytest

from tests.browser.test_accessibility import sitemap_paths

pytestmark = [pytest.mark.integration, pytest.mark.browser]

EXTRA_PATHS = [
    "/finden/?q=Verein",
    "/feeds/",
    "/newsletter/anmelden/",
    "/diese-seite-gibt-es-nicht/",
    "/ar/",
]

# Elements wider than the viewport, or beyond its far edge, that are neither
# hidden nor inside a box that scrolls or clips by itself.
OVERFLOWING = """
() => {
  const width = document.documentElement.clientWidth;
  const rtl = getComputedStyle(document.documentElement).direction === "rtl";
  const describe = (el, r) => {
    const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
      + (el.classList.length ? "." + [...el.classList].join(".") : "");
    return `${name} [${Math.round(r.left)}..${Math.round(r.right)}]`;
  };
  const contained = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") return true;
    }
    return false;
  };
  const offenders = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const sticksOut = rtl ? r.left < -1 : r.right > width + 1;
    if (!sticksOut && r.width <= width + 1) continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.clipPath !== "none" || style.clip !== "auto") continue;
    // A skip link waits beyond the near edge until it is focused.
    if (rtl ? r.left >= width : r.right <= 0) continue;
    if (contained(el)) continue;
    offenders.push(describe(el, r));
  }
  return {
    width,
    documentWidth: document.documentElement.scrollWidth,
    offenders: offenders.slice(0, 5),
  };
}
"""


@pytest.fixture(scope="module")
def paths(hub_url):
    """One page of each type from the sitemap (read without a browser: it is faster), and extras."""
    by_type = {}
    for path in sitemap_paths(hub_url):
        with urllib.request.urlopen(f"{hub_url}{path}", timeout=10) as response:
            found = re.search(rb'data-page-type="([^"]+)"', response.read())
        by_type.setdefault(found.group(1) if found else path, path)
    return [*by_type.values(), *EXTRA_PATHS]


@pytest.mark.parametrize("width", [320, 390])
def test_every_page_type_reflows_without_sideways_scrolling(chromium, hub_url, paths, width):
    context = chromium.new_context(
        locale="de-DE", viewport={"width": width, "height": 800}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    try:
        failures = {}
        for path in paths:
            page.goto(f"{hub_url}{path}")
            page.wait_for_load_state("load")
            found = page.evaluate(OVERFLOWING)
            if found["documentWidth"] > found["width"] or found["offenders"]:
                failures[path] = found
    finally:
        context.close()

    assert not failures, f"pages wider than {width} px:\n" + "\n".join(
        f"  {path}: document {found['documentWidth']} px, {found['offenders']}"
        for path, found in failures.items()
    )
    assert len(paths) >= 16 + len(EXTRA_PATHS) - 1
