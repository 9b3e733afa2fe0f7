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
"""

from __future__ import annotations

import datetime
import logging
import re
import time
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from mastodon import Mastodon

from channels.mastodon.client import make_client, normalise_instance_url, translated_errors
from channels.mastodon.crypto import UndecryptableSecret
from channels.mastodon.handles import normalise_acct
from channels.mastodon.models import (
    HashtagPost,
    IngestCursor,
    MastodonAccount,
    ModerationDecision,
    StatusPosting,
)
from channels.mastodon.sanitise import clean_html, clean_text, html_to_text, safe_url
from channels.mastodon.screening import Rules
from contract.channel import DeliveryError, PermanentError

logger = logging.getLogger(__name__)
State = HashtagPost.State
PAGE_SIZE = 40  # Mastodon's maximum
LOOKBACK_PAGES = 2
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
MEDIA_TYPES = {"image", "gifv", "video", "audio"}


@dataclass(frozen=True)
class Source:
    instance_url: str
    kind: str  # HashtagPost.Source
    hashtag: str = ""
    account: MastodonAccount | None = None  # reads as this account (required for mentions)

    @property
    def key(self) -> str:
        return f"tag:{self.hashtag}" if self.kind == HashtagPost.Source.HASHTAG else "mentions"

    @property
    def host(self) -> str:
        return urlsplit(self.instance_url).hostname or ""


@dataclass
class Outcome:
    source: str
    fetched: int = 0
    stored: int = 0
    skipped: int = 0
    pages: int = 0
    error: str = ""


def instance_urls() -> list[str]:
    """The hub account's instance first, then MASTODON_HASHTAG_INSTANCES, each once."""
    hub = MastodonAccount.hub()
    urls = [hub.instance_url] if hub else []
    urls += [normalise_instance_url(url) for url in settings.MASTODON_HASHTAG_INSTANCES]
    return list(dict.fromkeys(urls))


def sources() -> list[Source]:
    hub = MastodonAccount.hub()
    result = [
        Source(
            url,
            HashtagPost.Source.HASHTAG,
            settings.HUB_HASHTAG,
            hub if hub and hub.instance_url == url else None,
        )
        for url in instance_urls()
    ]
    if hub is not None:
        result.append(Source(hub.instance_url, HashtagPost.Source.MENTION, account=hub))
    return result


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


def _pause_key(instance_url: str) -> str:
    return f"mastodon:ingest-paused:{instance_url}"


def clock() -> float:
    return time.time()


def pause(instance_url: str, seconds: float) -> None:
    """Ask this server nothing for ``seconds`` (its rate limit is spent; it is per
    server and account, so every source there waits)."""
    cache.set(_pause_key(instance_url), clock() + seconds, timeout=int(seconds) + 60)


def seconds_paused(instance_url: str) -> float:
    until = cache.get(_pause_key(instance_url))
    return max(0.0, until - clock()) if until else 0.0


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
        created = store_statuses([s for s in statuses if s], source, outcome, rules)
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


def store_statuses(
    statuses: list, source: Source, outcome: Outcome | None = None, rules: Rules | None = None
) -> int:
    """Parse, sanitise, screen and store new statuses; returns how many were new.

    Runs inside the caller's transaction; whatever must happen after the commit
    (media copies, fresh public pages) is queued with ``on_commit``.
    """
    outcome = outcome or Outcome(source=source.key)
    posts: dict[str, HashtagPost] = {}
    for status in statuses:
        post = parse_status(status, source)
        if post is None:
            outcome.skipped += 1
        else:
            posts.setdefault(post.uri, post)
    if not posts:
        return 0
    uris = list(posts)
    # Stored already, or one of the hub's own statuses (on the website already).
    known = set(
        HashtagPost.objects.filter(uri__in=uris)
        .order_by()
        .values_list("uri", flat=True)
        .union(
            StatusPosting.objects.filter(status_uri__in=uris).order_by().values_list("status_uri")
        )
    )
    new = [post for uri, post in posts.items() if uri not in known]
    if not new:
        return 0
    rules = rules or Rules()
    now = timezone.now()
    decided = {}
    for post in new:
        verdict = rules.screen(post)
        post.state, post.screening_note = verdict.state, verdict.note
        if verdict.is_decision:
            post.decided_at, post.decision_reason = now, verdict.note
            if verdict.state == State.APPROVED:
                post.approved_at = now
            decided[post.uri] = verdict
    HashtagPost.objects.bulk_create(new, ignore_conflicts=True)

    wanted = {post.uri for post in new if post.media} | set(decided)
    pks = (
        dict(HashtagPost.objects.filter(uri__in=wanted).values_list("uri", "pk")) if wanted else {}
    )
    ModerationDecision.objects.bulk_create(
        [
            ModerationDecision(
                post_id=pks[uri],
                action=ModerationDecision.Action.APPROVE
                if verdict.state == State.APPROVED
                else ModerationDecision.Action.HIDE,
                previous_state=State.PENDING,
                automatic=True,
                reason=verdict.note,
                created_at=now,
            )
            for uri, verdict in decided.items()
            if uri in pks
        ]
    )
    with_media = [pks[post.uri] for post in new if post.media and post.uri in pks]
    if with_media:
        from channels.mastodon.tasks import copy_post_media

        transaction.on_commit(lambda: [copy_post_media.delay(pk) for pk in with_media])
    if any(verdict.state == State.APPROVED for verdict in decided.values()):
        from channels.mastodon.cache import refresh_public_surfaces

        transaction.on_commit(refresh_public_surfaces)
    return len(new)


def parse_status(status, source: Source) -> HashtagPost | None:
    """A ``HashtagPost`` (unsaved, sanitised) from a status as the API gives it, or None
    for what must not be shown: boosts, non-public statuses, broken data."""
    try:
        if status.get("reblog") or status.get("visibility") != "public":
            return None
        uri = str(status.get("uri") or "")[:500]
        account = status["account"]
        acct = normalise_acct(str(account["acct"]), source.host)
        if not uri or not acct:
            return None
        content = clean_html(str(status.get("content") or ""))
        posted_at = status.get("created_at")
        if isinstance(posted_at, str):
            posted_at = parse_datetime(posted_at)
        if not isinstance(posted_at, datetime.datetime) or timezone.is_naive(posted_at):
            posted_at = timezone.now()
        language = str(status.get("language") or "").lower()
        return HashtagPost(
            uri=uri,
            url=safe_url(status.get("url")) or safe_url(uri),
            remote_id=str(status["id"])[:64],
            instance_url=source.instance_url,
            source=source.kind,
            author_acct=acct[:255],
            author_name=clean_text(account.get("display_name") or account.get("username"), 200),
            author_url=safe_url(account.get("url")),
            content_html=content,
            content_text=html_to_text(content),
            spoiler_text=clean_text(status.get("spoiler_text"), 500),
            sensitive=bool(status.get("sensitive")),
            language=language if LANGUAGE.match(language) else "",
            media=[
                parse_media(media)
                for media in [
                    m for m in status.get("media_attachments") or [] if isinstance(m, dict)
                ][:4]
            ],
            hashtags=[clean_text(tag.get("name"), 100) for tag in (status.get("tags") or [])[:20]],
            mentions=[
                normalise_acct(str(mention.get("acct") or ""), source.host)[:255]
                for mention in (status.get("mentions") or [])[:20]
            ],
            is_reply=bool(status.get("in_reply_to_id")),
            posted_at=min(posted_at, timezone.now()),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        logger.info("skipping an unreadable status from %s: %r", source.instance_url, error)
        return None


def parse_media(media) -> dict:
    kind = str(media.get("type") or "unknown")
    return {
        "type": kind if kind in MEDIA_TYPES else "unknown",
        "remote_url": safe_url(media.get("preview_url")) or safe_url(media.get("url")),
        "original_url": safe_url(media.get("remote_url")) or safe_url(media.get("url")),
        "description": clean_text(media.get("description"), 1500),
    }


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
