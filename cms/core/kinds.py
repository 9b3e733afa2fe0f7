"""Kinds of content: each page type that is syndicated describes itself on its class.

A page class declares ``content_kind = ContentKind(...)``: its label, its place
in listings, how the finder filters it, the home page section it fills and the
channels it goes to by default. What "current" means is the class's own
``current_pages()``. Core, the finder, the feeds, the API and the dispatch read
the kinds from here, so a new page type needs no edit anywhere else.

``key`` is the item's ``kind``; ``slug`` the German word in URLs
(``/finden/?art=angebote``, ``/feeds/angebote.rss``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from django.db.models import QuerySet
from wagtail.models import get_page_models

# Where items go unless a page type says otherwise: the website, where every page lives.
DEFAULT_CHANNELS = ("website",)
# The kind of pages that declare none: content pages, index pages.
PLAIN_PAGE = "page"


@dataclass(frozen=True)
class HomeSection:
    """The section a kind fills on the home page: its newest or next current pages."""

    heading: str
    anchor: str  # the section's id, for links and aria-labelledby
    limit: int = 3
    # The overview page that lists them all ("app_label.ModelName"), and its link text.
    index_page: str = ""
    more_label: str = ""


@dataclass(frozen=True)
class ContentKind:
    key: str
    slug: str
    label: str  # plural, for headings and filters
    order: int = 100  # listings, the finder and feeds show kinds in this order
    channels: tuple[str, ...] = DEFAULT_CHANNELS
    in_finder: bool = True
    # Finder and feed filters this kind understands: filter name -> ORM lookup
    # ("district": "district__slug"). A filter a kind lacks matches none of it.
    filters: dict[str, str] = field(default_factory=dict)
    home: HomeSection | None = None
    # Pages of this kind have dates (events, sessions): they are in the calendar.
    dated: bool = False
    # Pages of this kind are organisations: other pages belong to them, their
    # editors may connect their own accounts.
    is_organisation: bool = False
    model: type | None = field(default=None, compare=False, repr=False)

    def __set_name__(self, owner, name):
        # Declared on a page class: that class is the kind's model.
        object.__setattr__(self, "model", owner)

    @property
    def model_label(self) -> str:
        return self.model._meta.label

    def current(self, locale) -> QuerySet:
        """Live, public pages of this kind in the locale that are not over yet."""
        return self.model.current_pages(locale)

    def filtered(self, locale, **filters: str) -> QuerySet:
        """Current pages matching the filters; none if a filter does not apply to this kind."""
        queryset = self.current(locale)
        for name, value in filters.items():
            if not value:
                continue
            lookup = self.filters.get(name)
            if lookup is None:
                return queryset.none()
            queryset = queryset.filter(**{lookup: value})
        return queryset.distinct()

    def finder_order(self, pks: list[int]) -> list[int]:
        """The given pages in the order the finder lists them without a search term."""
        ordered = self.model.finder_order(self.model.objects.filter(pk__in=pks))
        return list(dict.fromkeys(ordered.values_list("pk", flat=True)))


@cache
def content_kinds() -> tuple[ContentKind, ...]:
    """Every kind of content of the installed page types, in listing order."""
    kinds = [
        model.__dict__["content_kind"]
        for model in get_page_models()
        if not model._meta.abstract and model.__dict__.get("content_kind") is not None
    ]
    keys = [kind.key for kind in kinds]
    duplicates = {key for key in keys if keys.count(key) > 1}
    if duplicates:
        raise ValueError(f"content kinds declared twice: {sorted(duplicates)}")
    return tuple(sorted(kinds, key=lambda kind: (kind.order, kind.key)))


def by_slug() -> dict[str, ContentKind]:
    return {kind.slug: kind for kind in content_kinds()}


def by_key() -> dict[str, ContentKind]:
    return {kind.key: kind for kind in content_kinds()}


def finder_kinds() -> dict[str, ContentKind]:
    return {kind.slug: kind for kind in content_kinds() if kind.in_finder}


def organisation_kinds() -> tuple[ContentKind, ...]:
    return tuple(kind for kind in content_kinds() if kind.is_organisation)


def kind_of(page_or_class) -> ContentKind | None:
    """The kind a page (or page class) belongs to, or None for plain pages."""
    model = page_or_class if isinstance(page_or_class, type) else type(page_or_class)
    return next((kind for kind in content_kinds() if issubclass(model, kind.model)), None)


def key_of(page_or_class) -> str:
    kind = kind_of(page_or_class)
    return kind.key if kind else PLAIN_PAGE


def default_channels(key: str) -> tuple[str, ...]:
    kind = by_key().get(key)
    return kind.channels if kind else DEFAULT_CHANNELS
