"""Render one flyer variant of an item to PDF bytes with WeasyPrint.

The layout's template is filled in the item's language, laid out, and checked:
every box marked ``data-fit`` must hold its content and the document must have
the layout's number of pages. If not, the texts are shortened further and laid
out again, so a flyer never loses text silently at a box's edge or spills onto
an extra page.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy
from weasyprint import HTML, URLFetcher
from weasyprint.text.fonts import FontConfiguration

from channels.flyer.content import flyer_content
from channels.flyer.images import placed_image
from channels.flyer.layouts import LAYOUTS, Budgets, Variant
from contract.item import Item

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
FONTS = HERE / "fonts"
# First the layout's own budgets, then ever shorter texts: the body text goes
# first, the summary next, the title last; the last step leaves little more
# than the title, which fits every layout.
SHRINK_STEPS = (
    {},
    {"body": 0.6},
    {"body": 0.3},
    {"body": 0},
    {"body": 0, "summary": 0.6},
    {"body": 0, "summary": 0.3, "title": 0.7, "line": 0.7},
    {"body": 0, "summary": 0, "title": 0.4, "line": 0.5},
)
# Tagged PDF with language, title and alternative texts (PDF/UA-1 as far as
# WeasyPrint goes).
PDF_OPTIONS = {"pdf_variant": "pdf/ua-1"}
_TOLERANCE_PX = 0.5


class FlyerDoesNotFit(Exception):
    """Even the shortest texts overflow a box: the layout's template is broken."""


def render_pdf(item: Item, variant: Variant, partner: Item | None = None) -> bytes:
    """The PDF of ``item`` in ``variant``; raises FlyerDoesNotFit or WeasyPrint's errors.

    With ``partner`` (the same page in another language) the layout is a
    bilingual one: ``item`` on the front, ``partner`` on the back.
    """
    layout, mode = variant.layout, variant.mode
    image = placed_image(item.image, layout.image_mm, bleed_mm=mode.bleed_mm, dpi=mode.dpi)
    fetcher = LocalFilesOnly([FONTS, Path(settings.MEDIA_ROOT)])
    problems: list[str] = []
    for step in SHRINK_STEPS:
        budgets = layout.budgets.reduced(**step)
        if partner is None:
            html = render_html(item, variant, budgets=budgets, image=image)
        else:
            html = render_bilingual_html(item, partner, variant, budgets=budgets)
        font_config = FontConfiguration()
        document = HTML(string=html, base_url=HERE.as_uri() + "/", url_fetcher=fetcher).render(
            font_config=font_config, **PDF_OPTIONS
        )
        problems = overflows(document, layout.pages)
        if not problems:
            return document.write_pdf(**PDF_OPTIONS)
        logger.debug("flyer %s of page %s: %s, shortening", variant.name, item.page_id, problems)
    raise FlyerDoesNotFit(", ".join(problems))


def render_html(item: Item, variant: Variant, *, budgets: Budgets | None = None, image=None) -> str:
    layout = variant.layout
    with translation.override(_language(item)):
        flyer = flyer_content(item, budgets or layout.budgets, image)
        return render_to_string(layout.template, _context(flyer, variant))


def render_bilingual_html(
    item: Item, partner: Item, variant: Variant, *, budgets: Budgets | None = None
) -> str:
    """Front in ``item``'s language, back in ``partner``'s.

    Each side is rendered inside its own ``translation.override``, so its fixed
    texts, dates and direction are its language's; the side carries ``lang``
    and ``dir`` so the PDF's structure and screen readers know which is which.
    """
    layout = variant.layout
    budgets = budgets or layout.budgets
    sides = []
    names = dict(settings.LANGUAGES)
    side_names = (gettext_lazy("Vorderseite"), gettext_lazy("Rückseite"))
    for side_item, side_name in zip((item, partner), side_names, strict=True):
        with translation.override(_language(side_item)):
            content = flyer_content(side_item, budgets, None)
            html = render_to_string(
                "channels/flyer/parts/bilingual-side.html",
                {
                    "flyer": content,
                    "layout": layout,
                    "mode": variant.mode,
                    # Each language named in itself, as in the language switch.
                    "language_name": names.get(content.language, content.language),
                    "side_name": side_name,
                },
            )
        sides.append({"flyer": content, "html": mark_safe(html)})  # rendered by our template above
    with translation.override(_language(item)):
        front = sides[0]["flyer"]
        flyer = replace(
            front,
            document_title=f"{front.document_title} · {sides[1]['flyer'].document_title}",
        )
        return render_to_string(layout.template, {**_context(flyer, variant), "sides": sides})


def _language(item: Item) -> str:
    return item.language or settings.LANGUAGE_CODE


def _context(flyer, variant: Variant) -> dict:
    layout, mode = variant.layout, variant.mode
    tile = LAYOUTS[layout.tile] if layout.tile else None
    return {
        "flyer": flyer,
        "layout": layout,
        "mode": mode,
        "tile": tile,
        "copies": range(layout.copies),
        # Numbers for CSS, never localised ("148,5mm" is no length).
        "css": {
            "page_width": _mm(layout.width_mm),
            "page_height": _mm(layout.height_mm),
            "tile_width": _mm(layout.width_mm / (2 if tile else 1)),
            "tile_height": _mm(layout.height_mm / (layout.copies // 2 if tile else 1)),
            "bleed": _mm(mode.bleed_mm),
            "mark": _mm(mode.bleed_mm / 2),
            "qr": _mm(layout.qr_mm),
            "image_height": _mm(layout.image_mm[1]) if layout.image_mm else "0mm",
        },
    }


def _mm(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") + "mm"


def overflows(document, expected_pages: int) -> list[str]:
    """What does not fit: boxes marked ``data-fit`` whose content runs out, extra pages."""
    problems = []
    if len(document.pages) != expected_pages:
        problems.append(f"{len(document.pages)} statt {expected_pages} Seiten")
    for page in document.pages:
        # Page._page_box is WeasyPrint's laid-out tree; it has no public name.
        for box in _walk(page._page_box):
            element = getattr(box, "element", None)
            if element is None or not element.get("data-fit") or box.element_tag == "::marker":
                continue
            if _overflowing(box):
                problems.append(element.get("data-fit"))
    return problems


def _overflowing(box) -> bool:
    top = box.content_box_y()
    left = box.content_box_x()
    bottom = top + box.height
    right = left + box.width
    for inner in _walk(box):
        if inner is box or not hasattr(inner, "position_y"):
            continue
        height = inner.margin_height() if hasattr(inner, "margin_height") else 0
        if inner.position_y + height > bottom + _TOLERANCE_PX:
            return True
        width = getattr(inner, "width", 0) or 0
        if inner.position_x < left - _TOLERANCE_PX or (
            inner.position_x + width > right + _TOLERANCE_PX
            and type(inner).__name__ in ("LineBox", "TextBox")
        ):
            return True
    return False


def _walk(box) -> Iterator:
    yield box
    for child in getattr(box, "children", None) or ():
        yield from _walk(child)


class LocalFilesOnly(URLFetcher):
    """A URL fetcher that reads the shipped fonts, renditions and data: URIs, nothing else.

    Nothing on a flyer comes from the network: no tracking pixel, no request to
    an internal address, no waiting for a slow server.
    """

    def __init__(self, roots: list[Path]):
        super().__init__(allowed_protocols=("file", "data"), timeout=5)
        self.roots = [root.resolve() for root in roots]

    def fetch(self, url: str, headers=None):
        if url.startswith("file:"):
            path = Path(unquote(urlsplit(url).path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                raise ValueError(f"not a shipped font or a rendition: {url}")
        return super().fetch(url, headers)
