"""The website channel: a published item is visible on the site at once.

The page itself is served by Wagtail as soon as it is live; this channel makes
sure nothing stale hides it: it purges the page and its listings from the
front-end cache (where one is configured), moves the listing cache to a new
version (finder-independent listings and the readers' feeds) and refreshes
the search index entry.
"""

from django.template.loader import render_to_string

from channels.website import cache
from contract.channel import Channel, ExternalRef, Preview
from contract.item import Item


class WebsiteChannel(Channel):
    slug = "website"
    verbose_name = "Website"

    def preview(self, item: Item) -> Preview:
        html = render_to_string("channels/website/preview.html", {"item": item})
        return Preview(html=html, text=f"{item.title}\n{item.summary}\n{item.url}")

    def publish(self, item: Item, *, idempotency_key: str) -> ExternalRef:
        self._refresh(item)
        return ExternalRef(id=str(item.page_id), url=item.url)

    def update(self, item: Item, ref: ExternalRef, *, idempotency_key: str) -> ExternalRef:
        self._refresh(item)
        return ExternalRef(id=ref.id, url=item.url)

    def withdraw(self, ref: ExternalRef) -> None:
        cache.purge_urls([ref.url])
        cache.LISTINGS.bump()

    def _refresh(self, item: Item) -> None:
        cache.reindex_page(item.page_id)
        cache.purge_urls([item.url])
        cache.LISTINGS.bump()
