"""Reading one source page by page from its cursor on, each page stored with the cursor's move."""

from __future__ import annotations

import logging
from urllib.parse import quote

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from mastodon import Mastodon

from channels.mastodon.client import make_client, translated_errors
from channels.mastodon.crypto import UndecryptableSecret
from channels.mastodon.ingest import storing
from channels.mastodon.ingest.pauses import pause, seconds_paused
from channels.mastodon.ingest.sources import Outcome, Source, sources
from channels.mastodon.models import HashtagPost, IngestCursor
from channels.mastodon.screening import Rules
from contract.channel import DeliveryError, PermanentError

logger = logging.getLogger(__name__)
PAGE_SIZE = 40  # Mastodon's maximum
LOOKBACK_PAGES = 2


def ingest_all(max_pages: int | None = None) -> list[Outcome]:
    return [ingest(source, max_pages=max_pages) for source in sources()]


def ingest(source: Source, *, max_pages: int | None = None) -> Outcome:
    """Read one source from its cursor on, page by page; never raises for the server's sake."""
    max_pages = max_pages or settings.MASTODON_INGEST_MAX_PAGES
    outcome = Outcome(source=f"{source.instance_url} {source.key}")
    wait = seconds_paused(source.instance_url)
    if wait:
        outcome.error = (
            f"Mastodon bremst gerade (429). Neuer Versuch, wenn das Limit zurückgesetzt ist "
            f"(in etwa {round(wait)} Sekunden)."
        )
        return outcome
    cursor, _ = IngestCursor.objects.get_or_create(
        instance_url=source.instance_url, source=source.key
    )
    # The helpers' rules as they stand when the run starts (a run takes seconds).
    rules = Rules()
    try:
        client = make_client(source.instance_url, _token(source))
        with translated_errors(client, "Das Lesen"):
            if cursor.since_id:
                _look_back(client, source, cursor, outcome, rules)
            min_id = cursor.since_id or None
            for _ in range(max_pages):
                page = _fetch(client, source, min_id=min_id)
                outcome.pages += 1
                if not page:
                    break
                newest = max((str(entry["id"]) for entry in page), key=id_order)
                _store_page(source, page, outcome, rules, advance_to=newest)
                min_id = newest
                if len(page) < PAGE_SIZE:
                    break
    except DeliveryError as error:
        outcome.error = error.message
        if error.retry_after:
            pause(source.instance_url, error.retry_after)
        logger.warning("reading %s stopped: %s", outcome.source, error.message)
    IngestCursor.objects.filter(pk=cursor.pk).update(
        last_run_at=timezone.now(), last_error=outcome.error
    )
    return outcome


def _token(source: Source) -> str | None:
    if source.account is None:
        return None
    try:
        return source.account.access_token
    except UndecryptableSecret as error:
        raise PermanentError(str(error)) from error


def _look_back(
    client: Mastodon, source: Source, cursor: IngestCursor, outcome: Outcome, rules: Rules
) -> None:
    since = lookback_id(cursor.since_id, settings.MASTODON_INGEST_LOOKBACK_SECONDS)
    if since is None:
        return
    max_id = cursor.since_id
    for _ in range(LOOKBACK_PAGES):
        page = _fetch(client, source, since_id=since, max_id=max_id)
        outcome.pages += 1
        if not page:
            return
        _store_page(source, page, outcome, rules, advance_to=None)
        max_id = min((str(entry["id"]) for entry in page), key=id_order)
        if len(page) < PAGE_SIZE:
            return


def _fetch(client: Mastodon, source: Source, **ids) -> list:
    """One page, newest first, as plain dicts.

    Asked through mastodon-py's ``fetch_next`` with a pagination dict of its own
    kind, whose result type ``list`` leaves the statuses as the JSON gave them:
    mastodon-py's typed ``Status`` objects cost about 5 ms each, many times the
    rest of the work per status, and every field is checked here anyway.
    """
    params = {key: value for key, value in ids.items() if value}
    if source.kind == HashtagPost.Source.MENTION:
        endpoint = "/api/v1/notifications"
        params["types[]"] = ["mention"]
    else:
        endpoint = f"/api/v1/timelines/tag/{quote(source.hashtag)}"
    page = client.fetch_next(
        {
            "_pagination_method": "GET",
            "_pagination_endpoint": endpoint,
            "_mastopy_type": list,
            "limit": PAGE_SIZE,
            **params,
        }
    )
    return [entry for entry in page or [] if isinstance(entry, dict)]


def _store_page(
    source: Source, page: list, outcome: Outcome, rules: Rules, *, advance_to: str | None
) -> None:
    statuses = (
        [entry.get("status") for entry in page if entry.get("type") == "mention"]
        if source.kind == HashtagPost.Source.MENTION
        else page
    )
    with transaction.atomic():
        created = storing.store_statuses([s for s in statuses if s], source, outcome, rules)
        if advance_to is not None:
            cursor = IngestCursor.objects.select_for_update().get(
                instance_url=source.instance_url, source=source.key
            )
            if id_order(advance_to) > id_order(cursor.since_id):
                cursor.since_id = advance_to
            cursor.statuses_read = F("statuses_read") + len(page)
            cursor.save(update_fields=["since_id", "statuses_read"])
    outcome.fetched += len(page)
    outcome.stored += created


def id_order(value: str | None) -> tuple[int, str]:
    """Ids sort by length, then as text: right for Mastodon's numbers and for the
    fixed-length ids of other servers."""
    value = value or ""
    return (len(value), value)


def lookback_id(since_id: str, seconds: int) -> str | None:
    """The id ``seconds`` before ``since_id`` if it is a Mastodon snowflake id
    (milliseconds since 1970 in the upper bits), else None."""
    if seconds <= 0 or not since_id.isdigit():
        return None
    milliseconds = int(since_id) >> 16
    if milliseconds < 10**12:  # not a timestamp (other servers, notification ids)
        return None
    return str((milliseconds - seconds * 1000) << 16)
