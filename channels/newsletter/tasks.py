"""Celery tasks of the newsletter: thin, idempotent, keyed by primary keys."""

from __future__ import annotations

import logging

from celery import shared_task
from django.utils import timezone

from channels.newsletter import digest, sending, subscriptions
from channels.newsletter.models import Sending, Subscriber

logger = logging.getLogger(__name__)


@shared_task(name="newsletter.send_issue", acks_late=True, reject_on_worker_lost=True)
def send_issue(sending_id: int) -> int:
    """Fan out: one batch task per NEWSLETTER_BATCH_SIZE recipients still to send."""
    found = Sending.objects.filter(pk=sending_id, state=Sending.State.SENDING).first()
    if found is None:
        return 0
    ranges = sending.batches(found)
    for first, last in ranges:
        send_batch.delay(found.issue_id, first, last)
    if not ranges:
        sending.finish_if_done(found.pk)
    return len(ranges)


@shared_task(
    bind=True,
    name="newsletter.send_batch",
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=None,
)
def send_batch(self, issue_id: int, first_pk: int, last_pk: int) -> dict:
    """Send one batch over one connection; rows whose retry is due later come back later."""
    result = sending.send_batch(issue_id, first_pk, last_pk)
    if result.retry_in is not None and not self.request.is_eager:
        raise self.retry(countdown=result.retry_in)
    return {"sent": result.sent, "failed": result.failed, "skipped": result.skipped}


@shared_task(name="newsletter.resume_sendings")
def resume_sendings() -> int:
    """Beat: start batches again for sendings a killed worker or a lost message left behind."""
    resumed = 0
    for stalled in sending.stalled():
        if sending.finish_if_done(stalled.pk):
            continue
        # Touched now, so the next sweep waits for these batches before trying again.
        Sending.objects.filter(pk=stalled.pk).update(heartbeat_at=timezone.now())
        send_issue.delay(stalled.pk)
        resumed += 1
    return resumed


@shared_task(name="newsletter.send_subscription_mail", acks_late=True)
def send_subscription_mail(subscriber_id: int, mail: str) -> str:
    """The confirmation link, or the note that the address is already subscribed."""
    from channels.newsletter.mails import subscription_message

    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    wanted = {
        subscriptions.CONFIRM_MAIL: Subscriber.Status.PENDING,
        subscriptions.KNOWN_MAIL: Subscriber.Status.ACTIVE,
    }
    if subscriber is None or subscriber.is_example or subscriber.status != wanted.get(mail):
        return "skipped"
    try:
        subscription_message(subscriber, mail).send()
    except Exception:
        # A typo'd domain or a mail server down: the reader simply asks again.
        logger.exception("sign-up mail to subscriber %s failed", subscriber_id)
        return "failed"
    return "sent"


@shared_task(name="newsletter.expire_unconfirmed")
def expire_unconfirmed() -> int:
    return subscriptions.expire_unconfirmed()


@shared_task(name="newsletter.send_weekly_digest")
def send_weekly_digest() -> str:
    """Beat, hourly: on Monday mornings compose and send the week's digest once."""
    issue = digest.compose_weekly_digest(timezone.localtime())
    return f"{issue.pk}" if issue is not None else "nothing"
