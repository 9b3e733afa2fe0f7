"""Keeping the public site fresh: the listing cache version and the search index."""

from channels.cache import VersionedCache, purge_urls

__all__ = ["LISTINGS", "purge_urls", "reindex_page"]


# Every cached listing and feed of the website; a published change retires them all.
LISTINGS = VersionedCache("website:listing")


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
