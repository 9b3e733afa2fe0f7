"""Turn "a page was published / unpublished" into deliveries and queue their tasks.

One delivery per (revision × channel), written in the transaction that
publishes the revision (``channels.publishing``); this path touches nothing but
the database. The tasks are queued only after the commit, so a worker never
looks for a row that is not there yet; a broker that is down then costs a log
line, not a delivery: the sweeper (``channels.requeue_stalled``) queues the row
later, and ``channels.reconcile`` creates rows that are missing all the same.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from channels.delivery import live_ref
from channels.models import Delivery
from channels.registry import channels_for

logger = logging.getLogger(__name__)


def dispatch_published(page, revision=None) -> list[Delivery]:
    """Create and queue the deliveries for a page that was just published."""
    page = page.specific
    if not hasattr(page, "to_item"):
        return []
    revision = revision or page.live_revision
    item = page.to_item(revision)
    switched_off = set(getattr(page, "distribution_off", None) or [])
    deliveries = []
    for channel in channels_for(item.kind):
        if page.is_example and channel not in settings.HUB_CHANNELS_FOR_EXAMPLES:
            # Demo content must not reach real followers and subscribers.
            deliveries.append(_skip(page, revision, channel, item.to_json(), EXAMPLE_REASON))
            continue
        if channel in switched_off:
            # The editor took this page off the channel: take back what is there.
            if live_ref(page.pk, channel) is not None:
                deliveries.append(
                    _create(page, None, channel, Delivery.Action.WITHDRAW, item.to_json())
                )
            continue
        deliveries.append(_create(page, revision, channel, Delivery.Action.PUBLISH, item.to_json()))
    return [delivery for delivery in deliveries if delivery is not None]


def dispatch_withdrawn(page) -> list[Delivery]:
    """Queue a withdrawal on every channel where the page is still out there."""
    channels = Delivery.objects.filter(page_id=page.pk).values_list("channel", flat=True).distinct()
    deliveries = []
    for channel in channels:
        ref = live_ref(page.pk, channel)
        if ref is None:
            continue
        last = Delivery.objects.filter(page_id=page.pk, channel=channel).order_by("-pk").first()
        deliveries.append(_create(page, None, channel, Delivery.Action.WITHDRAW, last.item))
    return [delivery for delivery in deliveries if delivery is not None]


EXAMPLE_REASON = "Beispielinhalte werden auf diesem Kanal nicht verbreitet."


def _skip(page, revision, channel: str, item: dict, reason: str) -> Delivery | None:
    delivery, created = Delivery.objects.get_or_create(
        revision=revision,
        channel=channel,
        action=Delivery.Action.PUBLISH,
        defaults={
            "page": page,
            "page_title": page.title[:255],
            "item": item,
            "state": Delivery.State.SKIPPED,
            "last_error": reason,
        },
    )
    return delivery if created else None


def _create(page, revision, channel: str, action: str, item: dict) -> Delivery | None:
    if revision is not None:
        delivery, created = Delivery.objects.get_or_create(
            revision=revision,
            channel=channel,
            action=action,
            defaults={"page": page, "page_title": page.title[:255], "item": item},
        )
        if not created:
            return None
    else:
        delivery = Delivery.objects.create(
            page=page, page_title=page.title[:255], channel=channel, action=action, item=item
        )
    queue(delivery)
    return delivery


def queue(delivery: Delivery) -> None:
    pk = delivery.pk
    transaction.on_commit(lambda: send_task(pk))


def send_task(delivery_id: int) -> bool:
    """Queue the task; a broker error is logged and left to the sweeper, never raised."""
    from channels.tasks import deliver

    try:
        deliver.delay(delivery_id)
    except Exception:
        logger.warning(
            "delivery %s not queued (broker unreachable?); the sweeper queues it later",
            delivery_id,
            exc_info=True,
        )
        return False
    return True


def retry(delivery: Delivery) -> None:
    """An editor asked to try a failed delivery again: a fresh set of attempts."""
    updated = Delivery.objects.filter(pk=delivery.pk, state=Delivery.State.FAILED).update(
        state=Delivery.State.PENDING,
        attempts=0,
        last_error="",
        next_attempt_at=None,
        updated_at=timezone.now(),
    )
    if updated:
        queue(delivery)
