"""Keeping the public site fresh: listing cache versions, front-end cache, search index."""

import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)
LISTING_VERSION_KEY = "website:listing-version"


def listing_version() -> int:
    version = cache.get(LISTING_VERSION_KEY)
    if version is None:
        cache.add(LISTING_VERSION_KEY, 1, timeout=None)
        version = cache.get(LISTING_VERSION_KEY, 1)
    return version


def bump_listing_version() -> int:
    """Every cached listing and feed is keyed by this version; a new one invalidates them all."""
    try:
        return cache.incr(LISTING_VERSION_KEY)
    except ValueError:
        cache.set(LISTING_VERSION_KEY, 2, timeout=None)
        return 2


def listing_cache_key(name: str) -> str:
    return f"website:listing:{listing_version()}:{name}"


def purge_urls(urls: list[str]) -> None:
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache([url for url in urls if url])


def reindex_page(page_id: int) -> None:
    """The website is the one channel allowed to look at its own page: it indexes it."""
    from wagtail.models import Page
    from wagtail.search.index import insert_or_update_object, remove_object

    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None:
        return
    if page.live:
        insert_or_update_object(page)
    else:
        remove_object(page)
