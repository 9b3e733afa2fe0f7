"""Every public surface of the hashtag (wall, feeds) is cached under one version.

A decision moves the version on, so a hidden or rejected post disappears from
all of them at once; where a front-end cache is configured, the wall pages and
feeds are purged there too.
"""

from __future__ import annotations

from contextlib import suppress

from channels.cache import VersionedCache, purge_urls

# The wall, its pages and its feeds.
WALL = VersionedCache("mastodon:wall")
CACHE_SECONDS = 15 * 60


def refresh_public_surfaces() -> None:
    """The set of approved posts changed: nothing cached may show the old one."""
    WALL.bump()
    purge_urls(public_urls())


def public_urls() -> list[str]:
    from django.conf import settings
    from django.urls import NoReverseMatch, reverse

    from channels.mastodon.models import HashtagWallPage

    urls = [page.get_full_url() for page in HashtagWallPage.objects.live()]
    for name in ("rss", "atom", "json"):
        # A URLconf without the feeds (a test's own) has nothing to purge there.
        with suppress(NoReverseMatch):
            urls.append(settings.SITE_URL + reverse(f"hashtag_feeds:{name}"))
    return [url for url in urls if url]
