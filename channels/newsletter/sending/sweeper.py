"""A sending's pulse: the heartbeat, finishing it, and finding the ones no worker moves on."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from channels.newsletter.models import Sending, SendLog

State = SendLog.State


def heartbeat(sending_pk: int) -> None:
    Sending.objects.filter(pk=sending_pk).update(heartbeat_at=timezone.now())


def finish_if_done(sending_pk: int) -> bool:
    sending = Sending.objects.filter(pk=sending_pk).first()
    if sending is None:
        return False
    busy = SendLog.objects.filter(
        issue_id=sending.issue_id, state__in=[State.QUEUED, State.CLAIMED]
    ).exists()
    if busy:
        return False
    return bool(
        Sending.objects.filter(pk=sending_pk, state=Sending.State.SENDING).update(
            state=Sending.State.DONE, finished_at=timezone.now()
        )
    )


def stalled(now: datetime.datetime | None = None) -> list[Sending]:
    """Sendings no worker has moved on for a lease: their batches are lost or done."""
    now = now or timezone.now()
    quiet_since = now - datetime.timedelta(seconds=settings.NEWSLETTER_CLAIM_LEASE_SECONDS)
    return list(
        Sending.objects.filter(state=Sending.State.SENDING).filter(
            Q(heartbeat_at__isnull=True) | Q(heartbeat_at__lt=quiet_since)
        )
    )
