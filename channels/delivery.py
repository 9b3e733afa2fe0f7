"""Carry out one delivery: claim it, call its channel, record the outcome.

The row is written before the outside call and updated after it, so every
attempt leaves a trace. A delivery that is already final is left alone, so a
task that runs twice (a redelivered message, a retry after a crash) never
sends twice; the channel's idempotency key covers the gap between "sent" and
"saved".
"""

from __future__ import annotations

import datetime
import logging
import random
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from channels.lease import held, lease_until
from channels.models import Delivery
from channels.registry import get_channel
from contract.channel import DeliveryError, ExternalRef, PermanentError

logger = logging.getLogger(__name__)
State = Delivery.State
Action = Delivery.Action


@dataclass(frozen=True)
class Outcome:
    state: str
    retry_in: float | None = None  # seconds; None: nothing more to do


def backoff(attempt: int, retry_after: float | None = None) -> float:
    """Exponential backoff with jitter; a server's own "retry after" wins if longer."""
    base = settings.HUB_DELIVERY_RETRY_BASE_SECONDS
    delay = min(settings.HUB_DELIVERY_RETRY_MAX_SECONDS, base * 2 ** (attempt - 1))
    delay = delay / 2 + random.uniform(0, delay / 2)
    if retry_after is not None:
        delay = max(delay, retry_after + random.uniform(0, 1))
    return delay


def perform(delivery_id: int) -> Outcome:
    claimed = _claim(delivery_id)
    if isinstance(claimed, Outcome):
        return claimed
    delivery = claimed
    channel = get_channel(delivery.channel)
    if not channel.is_configured():
        return _finish(delivery, State.SKIPPED, error=channel.not_configured_reason())
    try:
        with held(delivery.pk):
            if delivery.action == Action.WITHDRAW:
                return _withdraw(delivery, channel)
            return _send(delivery, channel)
    except PermanentError as error:
        return _finish(delivery, State.FAILED, error=error.message)
    except DeliveryError as error:
        return _retry_or_fail(delivery, error.message, error.retry_after)
    except Exception as error:
        logger.exception("delivery %s on %s crashed", delivery.pk, delivery.channel)
        return _retry_or_fail(delivery, f"Unerwarteter Fehler: {type(error).__name__}: {error}")


def _claim(delivery_id: int) -> Delivery | Outcome:
    """Mark the delivery as running for one lease, unless it is done or must wait.

    All deliveries of the same page on the same channel are locked together, so
    that two of them (an old revision still retrying, a new one just published)
    never talk to the channel at the same time and post twice.
    """
    now = timezone.now()
    with transaction.atomic():
        head = Delivery.objects.filter(pk=delivery_id).values("page_id", "channel").first()
        if head is None:
            return Outcome("missing")
        group = Delivery.objects.select_for_update().filter(channel=head["channel"])
        group = (
            group.filter(page_id=head["page_id"])
            if head["page_id"]
            else group.filter(pk=delivery_id)
        )
        rows = {row.pk: row for row in group.order_by("pk")}
        delivery = rows[delivery_id]
        if delivery.is_final:
            return Outcome(delivery.state)
        if delivery.next_attempt_at and delivery.next_attempt_at > now:
            # An early duplicate of a message scheduled for later: wait for the retry.
            return Outcome(
                delivery.state, retry_in=(delivery.next_attempt_at - now).total_seconds()
            )
        busy = [
            row
            for row in rows.values()
            if row.state == State.RUNNING and row.locked_until and row.locked_until > now
        ]
        if busy:
            wait = min(row.locked_until for row in busy) - now
            return Outcome(delivery.state, retry_in=min(wait.total_seconds() + 1, 30))
        if delivery.action != Action.WITHDRAW and any(
            pk > delivery.pk and row.action != Action.WITHDRAW for pk, row in rows.items()
        ):
            delivery.state = State.SKIPPED
            delivery.last_error = "Durch eine neuere Fassung der Seite ersetzt."
            delivery.save(update_fields=["state", "last_error", "updated_at"])
            return Outcome(delivery.state)
        delivery.state = State.RUNNING
        delivery.attempts += 1
        delivery.locked_until = lease_until()
        delivery.next_attempt_at = None
        delivery.save(
            update_fields=["state", "attempts", "locked_until", "next_attempt_at", "updated_at"]
        )
        return delivery


def live_ref(page_id: int | None, channel: str, before_pk: int | None = None) -> ExternalRef | None:
    """What this page currently has on the channel: the last sending, unless withdrawn since."""
    history = Delivery.objects.filter(
        page_id=page_id, channel=channel, state__in=[State.SENT, State.WITHDRAWN]
    )
    if before_pk is not None:
        history = history.filter(pk__lt=before_pk)
    last = history.order_by("-pk").first()
    if last is None or last.action == Action.WITHDRAW or not last.external_id:
        return None
    return last.ref


def _send(delivery: Delivery, channel) -> Outcome:
    item = delivery.get_item()
    key = str(delivery.idempotency_key)
    ref = live_ref(delivery.page_id, delivery.channel, before_pk=delivery.pk)
    if ref is None:
        delivery.action = Action.PUBLISH
        new_ref = channel.publish(item, idempotency_key=key)
    else:
        delivery.action = Action.UPDATE
        new_ref = channel.update(item, ref, idempotency_key=key)
    return _finish(delivery, State.SENT, ref=new_ref)


def _withdraw(delivery: Delivery, channel) -> Outcome:
    ref = live_ref(delivery.page_id, delivery.channel, before_pk=delivery.pk)
    if ref is None:
        return _finish(delivery, State.SKIPPED, error="Hier war nichts veröffentlicht.")
    channel.withdraw(ref)
    return _finish(delivery, State.WITHDRAWN, ref=ref)


def _finish(
    delivery: Delivery, state: str, *, ref: ExternalRef | None = None, error: str = ""
) -> Outcome:
    delivery.state = state
    delivery.last_error = error
    delivery.locked_until = None
    if ref is not None:
        delivery.external_id = ref.id
        delivery.external_url = ref.url or ""
    if state in (State.SENT, State.WITHDRAWN):
        delivery.sent_at = timezone.now()
    delivery.save()
    return Outcome(state)


def _retry_or_fail(delivery: Delivery, message: str, retry_after: float | None = None) -> Outcome:
    if delivery.attempts >= settings.HUB_DELIVERY_MAX_ATTEMPTS:
        return _finish(
            delivery,
            State.FAILED,
            error=f"Nach {delivery.attempts} Versuchen aufgegeben. Letzter Fehler: {message}",
        )
    delay = backoff(delivery.attempts, retry_after)
    delivery.state = State.PENDING
    delivery.last_error = message
    delivery.locked_until = None
    delivery.next_attempt_at = timezone.now() + datetime.timedelta(seconds=delay)
    delivery.save(
        update_fields=["state", "last_error", "locked_until", "next_attempt_at", "updated_at"]
    )
    return Outcome(State.PENDING, retry_in=delay)
