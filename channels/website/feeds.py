"""Readers' feeds: RSS 2.0, Atom and JSON Feed for everything and per kind, topic,
district and organisation, and an iCalendar feed of dated offers and courses.

RSS and Atom come from Django's syndication framework, the calendar from the
``icalendar`` library; JSON Feed 1.1 is small enough to write out here. Every
feed is built from channel-neutral items and cached under the listing version
that the website channel moves on every publication.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import feedgenerator, timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from channels.feeds import CACHE_SECONDS, CachedFeed, format_links, json_feed_response
from channels.website.cache import LISTINGS
from cms.core import vocabularies
from cms.core.kinds import by_slug, content_kinds, organisation_kinds
from cms.core.locales import current_locale
from contract.item import Item

FEED_LENGTH = 50


@dataclass(frozen=True)
class Scope:
    """Which content a feed carries: everything, or one kind, topic, district or organisation."""

    kind: str = ""  # ContentKind slug
    topic: str = ""
    district: str = ""
    organisation_id: int | None = None
    title: str = field(default_factory=lambda: gettext("Alle Inhalte"))

    def pages(self, locale) -> list[Page]:
        """The locale's pages, and where the locale is not German, the German pages
        not translated into it: a feed in English is never empty while the German
        one is full (each item says its language, see ``Item.language``)."""
        kinds = [by_slug()[self.kind]] if self.kind else list(content_kinds())
        default = Locale.get_default()
        pages: list[Page] = []
        for kind in kinds:
            translated = list(self._of_kind(kind, locale)[:FEED_LENGTH])
            pages += translated
            if locale.pk != default.pk:
                keys = [page.translation_key for page in translated]
                german = self._of_kind(kind, default).exclude(translation_key__in=keys)
                pages += german[:FEED_LENGTH]
        pages.sort(key=lambda page: page.last_published_at or timezone.now(), reverse=True)
        return pages[:FEED_LENGTH]

    def _of_kind(self, kind, locale):
        queryset = kind.filtered(locale, district=self.district, topic=self.topic)
        if self.organisation_id is not None:
            organisation = Page.objects.get(pk=self.organisation_id)
            queryset = queryset.descendant_of(organisation, inclusive=True)
        return queryset.order_by("-last_published_at")

    def items(self, locale) -> list[Item]:
        return [page.to_item() for page in self.pages(locale)]


def scope_from(kind="", topic="", district="", organisation=None) -> Scope:
    locale = current_locale()
    if kind:
        if kind not in by_slug():
            raise Http404("Unbekannte Art von Inhalten")
        return Scope(kind=kind, title=by_slug()[kind].label)
    if topic:
        name = _term_label(vocabularies.TOPIC, topic, locale)
        return Scope(topic=topic, title=gettext("Thema: %(name)s") % {"name": name})
    if district:
        name = _term_label(vocabularies.DISTRICT, district, locale)
        return Scope(district=district, title=gettext("Stadtbezirk: %(name)s") % {"name": name})
    if organisation is not None:
        page = get_object_or_404(organisation_pages(), pk=organisation)
        return Scope(organisation_id=page.pk, title=page.title)
    return Scope()


def _term_label(vocabulary: str, slug: str, locale) -> str:
    name = vocabularies.label(vocabulary, slug, locale)
    if name is None:
        raise Http404("Unbekannter Filter")
    return name


def organisation_pages():
    """Live, public pages of the organisation kinds (portraits), in every language."""
    models = [kind.model for kind in organisation_kinds()]
    return Page.objects.live().public().type(*models) if models else Page.objects.none()


def feed_title(scope: Scope) -> str:
    return f"Engagement Hub Hagen – {scope.title}"


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
        return gettext(
            "Mitmach-Angebote, Vereine, Qualifizierungen und Hilfen für Vorstände in Hagen – %(scope)s"
        ) % {"scope": obj[0].title}

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
    items = []
    for kind in (kind for kind in content_kinds() if kind.dated):
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


def feed_links(title: str | None = None, **scope) -> list[dict]:
    """The feeds of one scope, for <link rel="alternate"> in page heads and visible lists."""
    route = next(
        (key for key in ("kind", "topic", "district", "organisation") if key in scope), "all"
    )
    title = title or gettext("Alle Inhalte")
    return format_links(f"feeds:{route}-{{format}}", f"Engagement Hub Hagen – {title}", **scope)
