"""Readers' feeds: RSS 2.0, Atom and JSON Feed for everything and per kind, topic,
district and organisation, and an iCalendar feed of dated offers and courses.

RSS and Atom come from Django's syndication framework, the calendar from the
``icalendar`` library; JSON Feed 1.1 is small enough to write out here. Every
feed is built from channel-neutral items and cached under the listing version
that the website channel moves on every publication.
"""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import feedgenerator, timezone, translation
from wagtail.models import Page

from channels.item import Item
from channels.website.cache import LISTINGS
from cms.core.content_kinds import BY_SLUG, CONTENT_KINDS
from cms.core.locales import current_locale

FEED_LENGTH = 50
CACHE_SECONDS = 15 * 60


@dataclass(frozen=True)
class Scope:
    """Which content a feed carries: everything, or one kind, topic, district or organisation."""

    kind: str = ""  # ContentKind slug
    topic: str = ""
    district: str = ""
    organisation_id: int | None = None
    title: str = "Alle Inhalte"

    def pages(self, locale) -> list[Page]:
        kinds = [BY_SLUG[self.kind]] if self.kind else list(CONTENT_KINDS)
        pages: list[Page] = []
        for kind in kinds:
            queryset = kind.filtered(locale, district=self.district, topic=self.topic)
            if self.organisation_id is not None:
                organisation = Page.objects.get(pk=self.organisation_id)
                queryset = queryset.descendant_of(organisation, inclusive=True)
            pages += queryset.order_by("-last_published_at")[:FEED_LENGTH]
        pages.sort(key=lambda page: page.last_published_at or timezone.now(), reverse=True)
        return pages[:FEED_LENGTH]

    def items(self, locale) -> list[Item]:
        return [page.to_item() for page in self.pages(locale)]


def scope_from(kind="", topic="", district="", organisation=None) -> Scope:
    from cms.organisations.models import OrganisationPage
    from cms.taxonomy.models import District, Topic

    locale = current_locale()
    if kind:
        if kind not in BY_SLUG:
            raise Http404("Unbekannte Art von Inhalten")
        return Scope(kind=kind, title=BY_SLUG[kind].label)
    if topic:
        name = get_object_or_404(Topic, slug=topic, locale=locale).name
        return Scope(topic=topic, title=f"Thema: {name}")
    if district:
        name = get_object_or_404(District, slug=district, locale=locale).name
        return Scope(district=district, title=f"Stadtbezirk: {name}")
    if organisation is not None:
        page = get_object_or_404(OrganisationPage.objects.live().public(), pk=organisation)
        return Scope(organisation_id=page.pk, title=page.title)
    return Scope()


def feed_title(scope: Scope) -> str:
    return f"Engagement Hub Hagen – {scope.title}"


class CachedFeed(Feed):
    """A feed answered from the cache, whose methods may read ``self.request``.

    The URLconf holds one Feed instance for all requests, so each request works
    on a copy of its own: state set on the shared instance could leak from one
    request (and its path) into another's cached answer.
    """

    cache_seconds = CACHE_SECONDS

    def cache_key(self, request) -> str:
        raise NotImplementedError

    def __call__(self, request, *args, **kwargs):
        feed = copy.copy(self)
        feed.request = request
        render = super(CachedFeed, feed).__call__
        return cache.get_or_set(
            self.cache_key(request), lambda: render(request, *args, **kwargs), self.cache_seconds
        )


class RssFeed(CachedFeed):
    feed_type = feedgenerator.Rss201rev2Feed

    def cache_key(self, request) -> str:
        return LISTINGS.key(f"feed:{request.get_full_path()}:{translation.get_language()}")

    def get_object(self, request, **kwargs):
        scope = scope_from(**kwargs)
        return scope, scope.items(current_locale())

    def title(self, obj):
        return feed_title(obj[0])

    def link(self, obj):
        return self.request.build_absolute_uri("/")

    def description(self, obj):
        return (
            "Mitmach-Angebote, Vereine, Qualifizierungen und Hilfen für Vorstände in Hagen – "
            + obj[0].title
        )

    def feed_url(self, obj):
        return self.request.build_absolute_uri(self.request.path)

    def items(self, obj):
        return obj[1]

    def item_title(self, item: Item):
        return item.title

    def item_description(self, item: Item):
        return item.summary

    def item_link(self, item: Item):
        return item.url

    def item_guid(self, item: Item):
        return item.url

    def item_pubdate(self, item: Item):
        return item.published_at

    def item_updateddate(self, item: Item):
        return item.updated_at

    def item_categories(self, item: Item):
        return [item.kind_label, *item.topics]

    def item_author_name(self, item: Item):
        return item.organisation or None


class AtomFeed(RssFeed):
    feed_type = feedgenerator.Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)


def json_feed_response(request, key: str, describe, seconds: int = CACHE_SECONDS) -> HttpResponse:
    """A JSON Feed 1.1 answer, cached under ``key``; ``describe()`` adds title, items and the like."""

    def build() -> dict:
        return {
            "version": "https://jsonfeed.org/version/1.1",
            "home_page_url": request.build_absolute_uri("/"),
            "feed_url": request.build_absolute_uri(request.path),
            **describe(),
        }

    payload = cache.get_or_set(key, build, seconds)
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/feed+json; charset=utf-8"
    return response


def json_feed(request, **kwargs) -> HttpResponse:
    def describe() -> dict:
        scope = scope_from(**kwargs)
        return {
            "title": feed_title(scope),
            "language": translation.get_language(),
            "items": [_json_item(item) for item in scope.items(current_locale())],
        }

    key = LISTINGS.key(f"jsonfeed:{request.get_full_path()}:{translation.get_language()}")
    return json_feed_response(request, key, describe)


def _json_item(item: Item) -> dict:
    entry = {
        "id": item.url,
        "url": item.url,
        "title": item.title,
        "summary": item.summary,
        "content_html": item.body_html,
        "content_text": item.body_text,
        "tags": [item.kind_label, *item.topics],
        "language": item.language,
    }
    if item.image:
        entry["image"] = item.image.url
    if item.published_at:
        entry["date_published"] = item.published_at.isoformat()
    if item.updated_at:
        entry["date_modified"] = item.updated_at.isoformat()
    if item.organisation:
        entry["authors"] = [{"name": item.organisation}]
    return entry


def calendar(request, organisation=None) -> HttpResponse:
    """Dated offers and every course session as events that calendar apps import."""
    import icalendar

    key = LISTINGS.key(f"ical:{request.get_full_path()}:{translation.get_language()}")
    body = cache.get(key)
    if body is None:
        scope = scope_from(organisation=organisation)
        cal = icalendar.Calendar()
        cal.add("prodid", "-//Engagement Hub Hagen//Termine//DE")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("x-wr-calname", f"Engagement in Hagen – {scope.title}")
        cal.add("x-wr-timezone", "Europe/Berlin")
        host = request.get_host().split(":")[0]
        stamp = timezone.now()
        for item in _dated_items(scope):
            for number, event in enumerate(item.events):
                cal.add_component(_vevent(item, event, number, host, stamp))
        body = cal.to_ical()
        cache.set(key, body, CACHE_SECONDS)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="engagement-hagen.ics"'
    return response


def _dated_items(scope: Scope) -> list[Item]:
    locale = current_locale()
    kinds = [BY_SLUG["angebote"], BY_SLUG["qualifizierungen"]]
    items = []
    for kind in kinds:
        queryset = kind.current(locale)
        if scope.organisation_id is not None:
            queryset = queryset.descendant_of(Page.objects.get(pk=scope.organisation_id))
        items += [page.to_item() for page in queryset.specific()]
    return [item for item in items if item.events]


def _vevent(item: Item, event, number: int, host: str, stamp: datetime.datetime):
    import icalendar

    vevent = icalendar.Event()
    vevent.add("uid", f"page-{item.page_id}-{number}@{host}")
    vevent.add("dtstamp", stamp)
    title = f"{item.title} – {event.title}" if event.title else item.title
    vevent.add("summary", title)
    if isinstance(event.starts_at, datetime.datetime):
        vevent.add("dtstart", event.starts_at.astimezone(datetime.UTC))
        if event.ends_at:
            vevent.add("dtend", event.ends_at.astimezone(datetime.UTC))
    else:
        vevent.add("dtstart", event.starts_at)
        vevent.add("dtend", (event.ends_at or event.starts_at) + datetime.timedelta(days=1))
    if event.place or item.place:
        vevent.add("location", event.place or item.place)
    vevent.add("url", item.url)
    vevent.add("description", f"{item.summary}\n\n{item.url}")
    if item.organisation:
        vevent.add("organizer", f"mailto:noreply@{host}", parameters={"cn": item.organisation})
    vevent.add("categories", [item.kind_label])
    return vevent


FORMATS = (
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
    ("json", "application/feed+json", "JSON Feed"),
)


def feed_links(title: str = "Alle Inhalte", **scope) -> list[dict]:
    """The feeds of one scope, for <link rel="alternate"> in page heads and visible lists."""
    route = next(
        (key for key in ("kind", "topic", "district", "organisation") if key in scope), "all"
    )
    return [
        {
            "type": mime,
            "format": label,
            "title": f"Engagement Hub Hagen – {title} ({label})",
            "url": reverse(f"feeds:{route}-{suffix}", kwargs=scope),
        }
        for suffix, mime, label in FORMATS
    ]
