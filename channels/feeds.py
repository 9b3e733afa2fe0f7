"""What every feed of the hub shares: its formats, the cached feed and the JSON Feed answer.

The website's feeds (``channels.website.feeds``) and the hashtag's
(``channels.mastodon.feeds``) are built from these, so readers get the same
formats, caching and headers everywhere.

The feed index at ``/feeds/`` belongs to the website channel; any other channel
with feeds lists them there through the Wagtail hook ``hub_feed_index_sections``:
``fn() -> list[{"title": str, "links": [link, …]}]``, links shaped like
:func:`format_links` makes them, so no channel imports another for it.
"""

from __future__ import annotations

import copy

from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from wagtail import hooks

CACHE_SECONDS = 15 * 60

FORMATS = (
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
    ("json", "application/feed+json", "JSON Feed"),
)


FEED_INDEX_SECTIONS = "hub_feed_index_sections"


def format_links(route_name: str, title: str, formats=FORMATS, **kwargs) -> list[dict]:
    """The links of one feed in each of its formats, for page heads and visible lists.

    ``route_name`` has a ``{format}`` placeholder ("feeds:all-{format}").
    """
    return [
        {
            "type": mime,
            "format": label,
            "title": f"{title} ({label})",
            "url": reverse(route_name.format(format=suffix), kwargs=kwargs or None),
        }
        for suffix, mime, label in formats
    ]


def feed_index_sections() -> list[dict]:
    return [section for hook in hooks.get_hooks(FEED_INDEX_SECTIONS) for section in hook()]


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
