"""What an issue holds, and what each subscriber gets of it.

An issue is composed of the pages the Redaktion picked and (if it fills itself)
every candidate queued since the last issue for the same audience, plus
approved community posts. Each entry keeps all its translations; a subscriber
gets the entries their preferences match, each in their language where a
translation exists (else German, else whatever there is).

When sending starts, the composition is frozen as JSON on the sending, so a
send resumed later sends the same content.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from channels.newsletter import community
from channels.newsletter.segments import Preferences, Segment, segment_of
from cms.core import items
from cms.core.kinds import content_kinds
from contract.item import Item, ItemImage

# More would make a mail nobody reads to the end; the rest waits for the next issue.
MAX_ENTRIES = 40


def kind_order() -> dict[str, int]:
    return {kind.key: position for position, kind in enumerate(content_kinds())}


def kind_headings() -> dict[str, str]:
    return {kind.key: kind.label for kind in content_kinds()}


@dataclass
class Entry:
    """One piece of content in all the languages it exists in."""

    segment: Segment
    items: dict[str, Item] = field(default_factory=dict)

    def in_language(self, language: str) -> Item:
        return (
            self.items.get(language)
            or self.items.get(settings.LANGUAGE_CODE)
            or next(iter(self.items.values()))
        )

    def to_json(self) -> dict:
        return {
            "segment": self.segment.to_json(),
            "items": {language: item.to_json() for language, item in self.items.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> Entry:
        return cls(
            segment=Segment.from_json(data["segment"]),
            items={language: Item.from_json(item) for language, item in data["items"].items()},
        )


@dataclass(frozen=True)
class Section:
    heading: str
    items: list[Item]


@dataclass
class Composition:
    audience: str
    # Per language of the issue page's translations: title, summary, intro, URL.
    texts: dict[str, dict[str, str]]
    entries: list[Entry]
    community: list[community.CommunityPost] = field(default_factory=list)
    image: ItemImage | None = None

    # --- the issue's own texts ------------------------------------------------------------
    def text(self, language: str, name: str) -> str:
        texts = self.texts.get(language) or self.texts.get(settings.LANGUAGE_CODE) or {}
        if not texts and self.texts:
            texts = next(iter(self.texts.values()))
        return texts.get(name, "")

    # --- what readers get -----------------------------------------------------------------
    def entries_in(self, language: str) -> list[Item]:
        """Everything, as the web version in this language shows it."""
        return [entry.in_language(language) for entry in self.entries]

    def items_for(self, subscriber) -> list[Item]:
        """What this subscriber gets; an empty list means: no mail for them."""
        preferences = Preferences.of(subscriber)
        return [
            entry.in_language(subscriber.language)
            for entry in self.entries
            if preferences.wants(entry.segment)
        ]

    @staticmethod
    def sections(items: list[Item]) -> list[Section]:
        """Items grouped by kind, in the hub's order of kinds, for headings in the mail."""
        by_kind: dict[str, list[Item]] = {}
        for item in items:
            by_kind.setdefault(item.kind, []).append(item)
        order, headings = kind_order(), kind_headings()
        return [
            Section(headings.get(kind, "Weitere Neuigkeiten"), grouped)
            for kind, grouped in sorted(
                by_kind.items(), key=lambda pair: order.get(pair[0], len(order))
            )
        ]

    def page_ids(self) -> list[int]:
        return [item.page_id for entry in self.entries for item in entry.items.values()]

    # --- frozen form ----------------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "audience": self.audience,
            "texts": self.texts,
            "entries": [entry.to_json() for entry in self.entries],
            "community": [post.to_json() for post in self.community],
            "image": _image_json(self.image),
        }

    @classmethod
    def from_json(cls, data: dict) -> Composition:
        image = data.get("image")
        return cls(
            audience=data.get("audience", ""),
            texts=data.get("texts", {}),
            entries=[Entry.from_json(entry) for entry in data.get("entries", [])],
            community=[
                community.CommunityPost.from_json(post) for post in data.get("community", [])
            ],
            image=ItemImage(**{**image, "focal_point": None}) if image else None,
        )


def _image_json(image: ItemImage | None) -> dict | None:
    if image is None:
        return None
    return {
        "url": image.url,
        "alt": image.alt,
        "width": image.width,
        "height": image.height,
        "image_id": image.image_id,
    }


def compose(issue) -> Composition:
    """The issue as it would be sent now (also for an unsaved draft in the preview)."""
    from channels.newsletter.models import Candidate

    since = last_sent_at(issue)
    entries: dict[str, Entry] = {}
    now = timezone.now()

    for picked in issue.picked_items.all():
        page = picked.page if picked.page_id else None
        if page is None:
            continue
        for version in page.get_translations(inclusive=True).live().public().specific():
            if hasattr(version, "to_item"):
                item = version.to_item()
                if item.is_current(now):  # an offer whose last day is over is not news
                    _add(entries, str(version.translation_key), item)

    if issue.fill_automatically:
        candidates = Candidate.objects.filter(withdrawn_at__isnull=True)
        if since is not None:
            candidates = candidates.filter(queued_at__gt=since)
        for candidate in candidates.order_by("-queued_at")[: MAX_ENTRIES * 3]:
            key = str(candidate.translation_key or f"page-{candidate.page_id}")
            if key not in entries and len(entries) >= MAX_ENTRIES:
                continue
            item = candidate.get_item()
            if not item.is_current(now):
                continue
            _add(
                entries,
                key,
                item,
                Segment(candidate.kind, tuple(candidate.topics), tuple(candidate.districts)),
            )

    return Composition(
        audience=issue.audience,
        texts=_texts(issue),
        entries=list(entries.values())[:MAX_ENTRIES],
        community=community.posts_since(since) if issue.include_community else [],
        image=_lead_image(issue),
    )


def _add(entries: dict[str, Entry], key: str, item: Item, segment: Segment | None = None):
    entry = entries.get(key)
    if entry is None:
        entries[key] = Entry(segment=segment or segment_of(item), items={item.language: item})
    elif item.language not in entry.items:
        entry.items[item.language] = item


def _texts(issue) -> dict[str, dict[str, str]]:
    versions = [issue]
    if issue.pk:
        versions += list(issue.get_translations().live().specific())
    texts = {}
    for version in versions:
        language = version.locale.language_code if version.locale_id else settings.LANGUAGE_CODE
        texts[language] = {
            "title": version.title,
            "summary": version.summary,
            "intro": getattr(version, "intro", ""),
            "url": (version.get_full_url() or "") if version.pk else "",
        }
    return texts


def _lead_image(issue) -> ItemImage | None:
    if not issue.lead_image_id:
        return None
    return items.item_image(issue.lead_image, issue)


def last_sent_at(issue) -> datetime.datetime | None:
    """When the previous issue for the same audience started sending: "since the last issue"."""
    from channels.newsletter.models import Sending

    earlier = Sending.objects.filter(audience=issue.audience)
    if issue.pk:
        earlier = earlier.exclude(issue_id=issue.pk)
        own = Sending.objects.filter(issue_id=issue.pk).first()
        if own is not None:
            earlier = earlier.filter(started_at__lt=own.started_at)
    return earlier.order_by("-started_at").values_list("started_at", flat=True).first()
