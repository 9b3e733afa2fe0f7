"""Reading the shared hashtag: timelines of the configured instances and the hub's mentions.

Incremental and restart-safe: each source (a hashtag timeline or the mentions,
on one instance) has an ``IngestCursor`` with the id it has read up to. Pages
are read forward from there (``min_id``: the statuses immediately newer than
the cursor, so a flood is read oldest-first, page by page, without a gap), and
each page's posts are stored in the same transaction that moves the cursor on.
A run that dies between two pages starts again after the last stored one;
posts are unique by URI, so reading a status twice stores it once.

Mastodon gives a status that arrives late from another server an id from the
time it was written, which may lie below the cursor. Each run therefore first
looks back ``MASTODON_INGEST_LOOKBACK_SECONDS`` below the cursor
(``since_id``/``max_id``, a bounded number of pages) for such stragglers.

A server that answers 429 is left alone until its rate limit resets
(``X-RateLimit-Reset``): runs before then do not ask it at all.

The package: ``sources`` (what is read), ``reading`` (page by page from the
cursor), ``storing`` (new posts, screened), ``parsing`` (a status into a post)
and ``pauses`` (servers that asked us to wait).
"""

from channels.mastodon.ingest.parsing import parse_media, parse_status
from channels.mastodon.ingest.pauses import clock, pause, seconds_paused
from channels.mastodon.ingest.reading import (
    LOOKBACK_PAGES,
    PAGE_SIZE,
    id_order,
    ingest,
    ingest_all,
    lookback_id,
)
from channels.mastodon.ingest.sources import Outcome, Source, instance_urls, sources
from channels.mastodon.ingest.storing import store_statuses

__all__ = [
    "LOOKBACK_PAGES",
    "PAGE_SIZE",
    "Outcome",
    "Source",
    "clock",
    "id_order",
    "ingest",
    "ingest_all",
    "instance_urls",
    "lookback_id",
    "parse_media",
    "parse_status",
    "pause",
    "seconds_paused",
    "sources",
    "store_statuses",
]
