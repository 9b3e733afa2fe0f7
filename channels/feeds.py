"""What every feed of the hub shares: its formats, the cached feed and the JSON Feed answer.

The website's feeds (``channels.website.feeds``) and the hashtag's
(``channels.mastodon.feeds``) are built from these, so readers get the same
formats, caching and headers everywhere.
"""

from __future__ import annotations

import copy

from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse

CACHE_SECONDS = 15 * 60

FORMATS = (
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
    ("json", "application/feed+json", "JSON Feed"),
)


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
