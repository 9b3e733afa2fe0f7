"""Storing new statuses: parsed, screened by the helpers' rules, each once by URI."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from channels.mastodon.ingest.parsing import parse_status
from channels.mastodon.ingest.sources import Outcome, Source
from channels.mastodon.models import HashtagPost, ModerationDecision, StatusPosting
from channels.mastodon.screening import Rules

State = HashtagPost.State


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
