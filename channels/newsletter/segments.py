"""Which subscriber wants which item: topics, districts and kinds of content.

Preferences are slugs (topics, districts; the same in every language) and
content-kind keys. An empty preference means "all". An item without topics
or without a district (a board resource, a story for all of Hagen) counts as
being for everyone in that respect.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cms.core import vocabularies
from contract.item import Item


@dataclass(frozen=True)
class Segment:
    """What one item is about, in the terms subscribers choose from."""

    kind: str
    topics: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"kind": self.kind, "topics": list(self.topics), "districts": list(self.districts)}

    @classmethod
    def from_json(cls, data: dict) -> Segment:
        return cls(
            kind=data.get("kind", ""),
            topics=tuple(data.get("topics", ())),
            districts=tuple(data.get("districts", ())),
        )


@dataclass(frozen=True)
class Preferences:
    kinds: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    districts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, subscriber) -> Preferences:
        return cls(
            kinds=frozenset(subscriber.kinds or ()),
            topics=frozenset(subscriber.topics or ()),
            districts=frozenset(subscriber.districts or ()),
        )

    def wants(self, segment: Segment) -> bool:
        return (
            _overlaps(self.kinds, (segment.kind,))
            and _overlaps(self.topics, segment.topics)
            and _overlaps(self.districts, segment.districts)
        )


def _overlaps(wanted: frozenset[str], present: Iterable[str]) -> bool:
    present = set(present)
    return not wanted or not present or bool(wanted & present)


def segment_of(item: Item) -> Segment:
    """The item's segment: its kind and the slugs of its topics and districts."""
    topics, districts = item.topic_terms, item.district_terms
    if not topics and not districts and (item.topics or item.district):
        return _segment_of_older(item)
    return Segment(
        kind=item.kind,
        topics=tuple(sorted({term.slug for term in topics})),
        districts=tuple(sorted({term.slug for term in districts})),
    )


def _segment_of_older(item: Item) -> Segment:
    """Items stored before they carried slugs name topics and districts by their
    (translated) names: the vocabularies turn those into slugs."""
    district_names = [name.strip() for name in item.district.split(",") if name.strip()]
    return Segment(
        kind=item.kind,
        topics=_slugs(vocabularies.TOPIC, item.topics),
        districts=_slugs(vocabularies.DISTRICT, district_names),
    )


def _slugs(vocabulary: str, names: Iterable[str]) -> tuple[str, ...]:
    names = list(names)
    if not names:
        return ()
    terms = vocabularies.terms(vocabulary).filter(name__in=names)
    return tuple(sorted(set(terms.values_list("slug", flat=True))))
