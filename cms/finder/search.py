"""Runs a finder query: filters per kind of content, then full-text search across them."""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page
from wagtail.search.query import Or, PlainText

from cms.core import spelling
from cms.core.kinds import finder_kinds

# Upper bound of search hits taken into account before filtering; the finder
# is for browsing, not for paging through thousands of matches.
MAX_SEARCH_HITS = 1000


@dataclass(frozen=True)
class Criteria:
    query: str = ""
    kinds: tuple[str, ...] = ()
    district: str = ""
    topic: str = ""
    commitment: str = ""
    target_group: str = ""

    @classmethod
    def from_form(cls, form) -> "Criteria":
        data = form.cleaned_data if form.is_valid() else {}
        return cls(
            query=(data.get("q") or "").strip(),
            kinds=tuple(data.get("art") or ()),
            district=data.get("bezirk") or "",
            topic=data.get("thema") or "",
            commitment=data.get("engagement") or "",
            target_group=data.get("zielgruppe") or "",
        )

    @property
    def is_empty(self) -> bool:
        return not any(
            [self.query, self.kinds, self.district, self.topic, self.commitment, self.target_group]
        )


@dataclass
class Result:
    pages: list = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def forgiving_query(text: str):
    """The words as typed, or folded ("Sprachcafe" finds "Sprachcafé", see cms.core.spelling)."""
    typed = PlainText(text, operator="and")
    folded = spelling.fold(text)
    return typed if folded == text.lower() else Or([typed, PlainText(folded, operator="and")])


def _matching(kind, criteria: Criteria, locale, german_fallback: bool) -> list[int]:
    filters = {
        "district": criteria.district,
        "topic": criteria.topic,
        "target_group": criteria.target_group,
        "commitment": criteria.commitment,
    }
    pks = list(kind.filtered(locale, **filters).values_list("pk", flat=True))
    default = Locale.get_default()
    if german_fallback and locale.pk != default.pk:
        translated = kind.current(locale).values_list("translation_key", flat=True)
        german = kind.filtered(default, **filters).exclude(translation_key__in=translated)
        pks += german.values_list("pk", flat=True)
    return pks


def find(criteria: Criteria, locale, german_fallback: bool = False) -> Result:
    """Live pages of the locale that match the criteria, as specific page objects;
    with ``german_fallback`` also the German pages not translated into the locale
    (a Turkish reader's finder is never empty while the German one is full).

    Without a search term, kinds come in their declared order (offers first, the
    city's top priority), each ordered as its page type says (offers soonest
    first). With a search term, the search backend's relevance decides.
    """
    available = finder_kinds()
    kinds = (
        [available[slug] for slug in criteria.kinds] if criteria.kinds else [*available.values()]
    )
    matching: dict[str, list[int]] = {
        kind.slug: _matching(kind, criteria, locale, german_fallback) for kind in kinds
    }
    ids = {pk for pks in matching.values() for pk in pks}
    if criteria.query:
        locales = {locale.pk, Locale.get_default().pk} if german_fallback else {locale.pk}
        hits = (
            Page.objects.live().filter(locale__in=locales).search(forgiving_query(criteria.query))
        )
        ordered_ids = [page.pk for page in hits[:MAX_SEARCH_HITS] if page.pk in ids]
    else:
        ordered_ids = [pk for kind in kinds for pk in kind.finder_order(matching[kind.slug])]
    kind_by_id = {pk: slug for slug, pks in matching.items() for pk in pks}
    counts = {kind.slug: 0 for kind in kinds}
    for pk in ordered_ids:
        counts[kind_by_id[pk]] += 1
    pages_by_id = {page.pk: page for page in Page.objects.filter(pk__in=ordered_ids).specific()}
    return Result(pages=[pages_by_id[pk] for pk in ordered_ids], counts=counts)
