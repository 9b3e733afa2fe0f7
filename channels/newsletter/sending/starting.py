"""Starting a sending: the frozen composition, one send-log row per recipient, the fan-out."""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from channels.newsletter.compose import compose
from channels.newsletter.models import Candidate, Sending, SendLog, Subscriber

State = SendLog.State


def recipients(audience: str):
    return Subscriber.objects.filter(
        status=Subscriber.Status.ACTIVE, frequency=audience, is_example=False
    ).only("pk", "email", "language", "topics", "districts", "kinds", "status")


def start(issue, user=None) -> Sending:
    """Begin sending ``issue`` (idempotent: a second call returns the first sending)."""
    from wagtail.models import Page

    with transaction.atomic():
        # Serialises two clicks on "Versenden": the second waits here, then finds the sending.
        Page.objects.select_for_update().filter(pk=issue.pk).first()
        existing = Sending.objects.filter(issue_id=issue.pk).first()
        if existing is not None:
            return existing
        composition = compose(issue)
        now = timezone.now()
        try:
            with transaction.atomic():
                sending = Sending.objects.create(
                    issue_id=issue.pk,
                    audience=issue.audience,
                    composition=composition.to_json(),
                    started_by=user if user is not None and user.is_authenticated else None,
                    started_at=now,
                    heartbeat_at=now,
                )
        except IntegrityError:
            return Sending.objects.get(issue_id=issue.pk)
        rows = [
            SendLog(issue_id=issue.pk, subscriber_id=subscriber.pk)
            for subscriber in recipients(issue.audience).iterator(chunk_size=2000)
            if composition.items_for(subscriber)
        ]
        SendLog.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
        sending.total = SendLog.objects.filter(issue_id=issue.pk).count()
        sending.save(update_fields=["total"])
        Candidate.objects.filter(page_id__in=composition.page_ids(), sent_at__isnull=True).update(
            sent_at=now
        )
        sending_id = sending.pk
        transaction.on_commit(lambda: _queue_fan_out(sending_id))
    return sending


def _queue_fan_out(sending_id: int) -> None:
    from channels.newsletter.tasks import send_issue

    send_issue.delay(sending_id)


def batches(sending: Sending) -> list[tuple[int, int]]:
    """(first pk, last pk) of each batch of rows still to send."""
    ids = list(
        SendLog.objects.filter(issue_id=sending.issue_id, state__in=[State.QUEUED, State.CLAIMED])
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    size = max(settings.NEWSLETTER_BATCH_SIZE, 1)
    return [
        (chunk[0], chunk[-1]) for chunk in (ids[i : i + size] for i in range(0, len(ids), size))
    ]
