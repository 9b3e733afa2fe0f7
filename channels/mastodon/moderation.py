"""Decisions of the digital helpers: approve, reject, hide (or back to the queue).

Every decision is logged (who, when, what, why). Whatever changes the set of
approved posts refreshes every public surface at once, after the commit: the
wall, the feeds (cache version) and the front-end cache; a hidden or rejected
post's image copies are deleted with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from channels.mastodon import inbound_media
from channels.mastodon.cache import refresh_public_surfaces
from channels.mastodon.models import AccountRule, HashtagPost, ModerationDecision

State = HashtagPost.State
Action = ModerationDecision.Action
TARGET = {
    Action.APPROVE: State.APPROVED,
    Action.REJECT: State.REJECTED,
    Action.HIDE: State.HIDDEN,
    Action.RESET: State.PENDING,
}


def decide(post_ids: Iterable[int], action: str, user, reason: str = "") -> int:
    """Apply one decision to the posts; returns how many changed. Already in that
    state means nothing to do, and nothing is logged."""
    action = Action(action)
    target = TARGET[action]
    reason = " ".join((reason or "").split())[:500]
    now = timezone.now()
    with transaction.atomic():
        posts = list(
            HashtagPost.objects.select_for_update()
            .filter(pk__in=list(post_ids))
            .exclude(state=target)
            .order_by("pk")
        )
        if not posts:
            return 0
        decisions, deleted_files = [], []
        for post in posts:
            decisions.append(
                ModerationDecision(
                    post=post,
                    action=action,
                    previous_state=post.state,
                    user=user,
                    reason=reason,
                    created_at=now,
                )
            )
            if action == Action.RESET:
                post.decided_by, post.decided_at, post.decision_reason = None, None, ""
            else:
                post.decided_by, post.decided_at, post.decision_reason = user, now, reason
            post.approved_at = now if target == State.APPROVED else None
            post.state = target
            if target in (State.HIDDEN, State.REJECTED):
                post.media, names = inbound_media.strip_copies(post.media)
                deleted_files += names
        HashtagPost.objects.bulk_update(
            posts,
            ["state", "decided_by", "decided_at", "decision_reason", "approved_at", "media"],
        )
        ModerationDecision.objects.bulk_create(decisions)
        transaction.on_commit(refresh_public_surfaces)
        if deleted_files:
            transaction.on_commit(lambda: inbound_media.delete_files(deleted_files))
        if target in (State.APPROVED, State.PENDING):
            _copy_missing_media([post.pk for post in posts if post.media])
    return len(posts)


def set_account_rule(acct: str, kind: str | None, user, note: str = "") -> AccountRule | None:
    """Trust or block an account from the queue (``kind=None`` takes the rule away)."""
    if kind is None:
        AccountRule.objects.filter(acct=acct).delete()
        return None
    rule, _ = AccountRule.objects.update_or_create(
        acct=acct, defaults={"kind": kind, "note": note[:255], "created_by": user}
    )
    return rule


def _copy_missing_media(post_ids: list[int]) -> None:
    if not post_ids:
        return
    from channels.mastodon.tasks import copy_post_media

    transaction.on_commit(lambda: [copy_post_media.delay(pk) for pk in post_ids])
