"""A print run: the flyers of many pages in one PDF, for example all offers of a district.

Pages are chosen by kind, language and district through their items (the
channel-neutral view every channel has), so a new page type joins print runs
without a change here. Each flyer comes from the per-revision cache, rendered
first if it is missing, and pypdf appends them in title order.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.conf import settings
from pypdf import PdfWriter
from pypdf.generic import NameObject, TextStringObject

from channels.flyer.availability import flyers_available
from channels.flyer.files import ensure_flyer
from channels.flyer.layouts import Variant
from cms.core.kinds import by_key
from contract.item import Item


class TooManyFlyers(Exception):
    def __init__(self, count: int, limit: int):
        super().__init__(
            f"{count} Flyer sind zu viele für einen Sammeldruck (höchstens {limit}). "
            "Bitte enger auswählen, zum Beispiel nach Stadtbezirk."
        )
        self.count = count
        self.limit = limit


@dataclass(frozen=True)
class Selection:
    kind: str
    language: str
    district: str = ""  # a district's name; empty: all


def items_for(selection: Selection) -> list[Item]:
    """The items of every page in the selection that offers flyers, by title."""
    items = []
    kind = by_key().get(selection.kind)
    models = [kind.model] if kind else []
    for model in models:
        pages = model.objects.live().public().filter(locale__language_code=selection.language)
        for page in pages:
            if not flyers_available(page):
                continue
            item = page.to_item()
            if selection.district and selection.district not in _districts(item):
                continue
            items.append(item)
    return sorted(items, key=lambda item: item.title.casefold())


def merged_pdf(items: list[Item], variant: Variant, *, title: str, language: str) -> bytes:
    limit = settings.FLYER_BATCH_MAX_PAGES
    if len(items) > limit:
        raise TooManyFlyers(len(items), limit)
    writer = PdfWriter()
    for item in items:
        writer.append(str(ensure_flyer(item, variant)))
    writer.add_metadata({"/Title": title, "/Author": "Engagement Hub Hagen"})
    writer._root_object[NameObject("/Lang")] = TextStringObject(language)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _districts(item: Item) -> set[str]:
    return {part.strip() for part in item.district.split(",") if part.strip()}
