"""The channel-neutral item: everything a channel may know about a published page.

Pages build it (``HubPage.to_item()``); channels read only this, never a page
model, so a new page type needs no change in any channel. It is stored as JSON
on each delivery, so a channel can still withdraw what it sent after the page
is gone.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ItemImage:
    url: str  # absolute URL of a web rendition
    alt: str
    width: int
    height: int
    image_id: int
    # (x, y, width, height) in original pixels, or None: crops keep it in view.
    focal_point: tuple[int, int, int, int] | None = None


@dataclass(frozen=True)
class ItemEvent:
    starts_at: datetime.datetime | datetime.date
    ends_at: datetime.datetime | datetime.date | None = None
    title: str = ""
    place: str = ""


@dataclass(frozen=True)
class Item:
    page_id: int
    kind: str  # "offer", "organisation", "course", "resource", "story", "page"
    kind_label: str  # German label: "Mitmach-Angebot"
    title: str
    summary: str
    body_text: str
    body_html: str
    url: str  # canonical, absolute
    language: str
    revision_id: int | None = None
    hashtags: tuple[str, ...] = ()
    image: ItemImage | None = None
    events: tuple[ItemEvent, ...] = ()
    place: str = ""
    organisation: str = ""
    # The organisation portrait the item belongs to (itself, or an offer's parent).
    organisation_id: int | None = None
    district: str = ""
    topics: tuple[str, ...] = ()
    campaign: str = ""
    accent_colour: str = ""
    published_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def starts_at(self):
        return self.events[0].starts_at if self.events else None

    def to_json(self) -> dict[str, Any]:
        return _encode(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Item:
        data = dict(data)
        image = data.pop("image", None)
        events = data.pop("events", ())
        for key in ("published_at", "updated_at"):
            if data.get(key):
                data[key] = datetime.datetime.fromisoformat(data[key])
        return cls(
            **{
                **data,
                "hashtags": tuple(data.get("hashtags", ())),
                "topics": tuple(data.get("topics", ())),
            },
            image=ItemImage(**{**image, "focal_point": _tuple(image.get("focal_point"))})
            if image
            else None,
            events=tuple(
                ItemEvent(
                    starts_at=_decode_moment(event["starts_at"]),
                    ends_at=_decode_moment(event.get("ends_at")),
                    title=event.get("title", ""),
                    place=event.get("place", ""),
                )
                for event in events
            ),
        )


def _tuple(value):
    return tuple(value) if value else None


def _encode(value):
    if isinstance(value, dict):
        return {key: _encode(inner) for key, inner in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(inner) for inner in value]
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


def _decode_moment(value):
    if not value:
        return None
    if "T" in value:
        return datetime.datetime.fromisoformat(value)
    return datetime.date.fromisoformat(value)
