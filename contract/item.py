"""The channel-neutral item: everything a channel may know about a published page.

Pages build it (``HubPage.to_item()``); channels read only this, never a page
model, so a new page type needs no change in any channel. It is stored as JSON
on each delivery, so a channel can still withdraw what it sent after the page
is gone. Every field has a default: items stored by an older version of the
hub keep loading, and fields a newer version added are ignored by an older one.
"""

from __future__ import annotations

import dataclasses
import datetime
import types
import typing
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
class ItemTerm:
    """A district or topic: its slug (the same in every language) and its label."""

    slug: str
    label: str


@dataclass(frozen=True)
class ItemOrganisation:
    """The organisation an item belongs to: the portrait itself, or an offer's parent."""

    page_id: int
    # The same in every translation of the portrait: channels key their own
    # records (e.g. an organisation's Mastodon account) by it.
    translation_key: str
    name: str
    # How a person reaches it, for print and mail.
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    address: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemCampaign:
    slug: str
    name: str
    hashtag: str = ""  # without "#"
    colour: str = ""  # "#RRGGBB" or ""


@dataclass(frozen=True)
class Item:
    page_id: int
    kind: str  # a content kind's key ("offer", "course", …) or "page"
    kind_label: str  # German label: "Mitmach-Angebot"
    title: str
    summary: str
    body_text: str
    body_html: str
    url: str  # canonical, absolute
    language: str
    revision_id: int | None = None
    # The same in every translation of the page (Wagtail's translation_key).
    translation_key: str = ""
    hashtags: tuple[str, ...] = ()
    image: ItemImage | None = None
    events: tuple[ItemEvent, ...] = ()
    place: str = ""
    organisation: str = ""  # its name; see ``belongs_to`` for the rest
    # The organisation portrait the item belongs to (itself, or an offer's parent).
    organisation_id: int | None = None
    belongs_to: ItemOrganisation | None = None
    district: str = ""  # labels, comma-separated, as shown to readers
    topics: tuple[str, ...] = ()  # labels
    district_terms: tuple[ItemTerm, ...] = ()
    topic_terms: tuple[ItemTerm, ...] = ()
    campaign: str = ""  # its name; see ``campaign_detail`` for the rest
    campaign_detail: ItemCampaign | None = None
    accent_colour: str = ""
    # Short-term engagement: a one-off or a few weeks at most.
    short_term: bool = False
    # When the item stops being current (an offer's last day is over, a
    # course's last session ended); None: it stays current while published.
    expires_at: datetime.datetime | None = None
    published_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def starts_at(self):
        return self.events[0].starts_at if self.events else None

    @property
    def organisation_key(self) -> str:
        return self.belongs_to.translation_key if self.belongs_to else ""

    def is_current(self, now: datetime.datetime) -> bool:
        return self.expires_at is None or now < self.expires_at

    def to_json(self) -> dict[str, Any]:
        return _encode(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Item:
        return _decode(cls, data)


def _encode(value):
    if isinstance(value, dict):
        return {key: _encode(inner) for key, inner in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(inner) for inner in value]
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


def _decode(cls, data: dict[str, Any]):
    """Build a dataclass from its JSON form, by the declared field types.

    Unknown keys (written by a newer hub) are left out; missing ones take
    their defaults (items written by an older hub).
    """
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    values = {
        name: _decode_value(hints[name], value) for name, value in data.items() if name in known
    }
    return cls(**values)


_DATACLASSES = (ItemImage, ItemEvent, ItemTerm, ItemOrganisation, ItemCampaign)


def _decode_value(hint, value):
    if value is None:
        return None
    args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _decode_value(args[0], value)
    if origin is tuple:
        inner = args[0] if args else Any
        return tuple(_decode_value(inner, element) for element in value)
    if args and origin is not dict:
        # A union: a dataclass, a moment, or a plain value.
        for arg in args:
            if arg in _DATACLASSES and isinstance(value, dict):
                return _decode(arg, value)
        if any(arg in (datetime.date, datetime.datetime) for arg in args):
            return _decode_moment(value)
        return value
    if hint in _DATACLASSES:
        return _decode(hint, value)
    if hint in (datetime.date, datetime.datetime):
        return _decode_moment(value)
    return value


def _decode_moment(value):
    if not value:
        return None
    if not isinstance(value, str):
        return value
    if "T" in value:
        return datetime.datetime.fromisoformat(value)
    return datetime.date.fromisoformat(value)
