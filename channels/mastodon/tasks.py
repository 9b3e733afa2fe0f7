"""Celery tasks of the Mastodon app: reading the hashtag (beat) and copying post images."""

from __future__ import annotations

import logging

from celery import shared_task
from django.core.cache import cache
from django.db import transaction

from channels.mastodon import inbound_media
from channels.mastodon.cache import refresh_public_surfaces
from channels.mastodon.ingest import ingest_all
from channels.mastodon.models import HashtagPost

logger = logging.getLogger(__name__)
LOCK_KEY = "mastodon:ingest-lock"
LOCK_SECONDS = 15 * 60


@shared_task(name="mastodon.ingest_hashtag")
def ingest_hashtag() -> int:
    """Read every source once; a run still busy (a slow server, a flood) is not doubled."""
    if not cache.add(LOCK_KEY, 1, timeout=LOCK_SECONDS):
        logger.info("hashtag ingestion still running; skipped")
        return 0
    try:
        outcomes = ingest_all()
    finally:
        cache.delete(LOCK_KEY)
    for outcome in outcomes:
        logger.info(
            "hashtag %s: %s fetched, %s new, %s skipped%s",
            outcome.source,
            outcome.fetched,
            outcome.stored,
            outcome.skipped,
            f", stopped: {outcome.error}" if outcome.error else "",
        )
    return sum(outcome.stored for outcome in outcomes)


@shared_task(name="mastodon.copy_post_media")
def copy_post_media(post_id: int) -> int:
    """Fetch and keep a copy of a post's described images (see inbound_media)."""
    post = HashtagPost.objects.filter(pk=post_id).first()
    if post is None or post.state in (HashtagPost.State.HIDDEN, HashtagPost.State.REJECTED):
        return 0
    copied = inbound_media.copy_media(post.media)  # the network, outside any transaction
    if copied == post.media:
        # Ingestion copied them already (an approval queues this again): nothing to
        # write, nothing for the caches.
        return sum(1 for entry in copied if entry.get("local_name"))
    with transaction.atomic():
        post = HashtagPost.objects.select_for_update().get(pk=post_id)
        if post.state in (HashtagPost.State.HIDDEN, HashtagPost.State.REJECTED):
            # Hidden while the images were on their way: keep nothing.
            _, names = inbound_media.strip_copies(copied)
            transaction.on_commit(lambda: inbound_media.delete_files(names))
            return 0
        post.media = copied
        post.save(update_fields=["media"])
        if post.state == HashtagPost.State.APPROVED:
            transaction.on_commit(refresh_public_surfaces)
    return sum(1 for entry in copied if entry.get("local_name"))
