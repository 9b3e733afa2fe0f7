import datetime

from celery import shared_task
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from channels.delivery import perform
from channels.models import Delivery, Heartbeat


@shared_task(
    bind=True,
    name="channels.deliver",
    acks_late=True,
    reject_on_worker_lost=True,
    # The delivery counts its own attempts and gives up by itself.
    max_retries=None,
)
def deliver(self, delivery_id: int) -> str:
    outcome = perform(delivery_id)
    if outcome.retry_in is not None and not self.request.is_eager:
        # Eager runs (tests, the browser-test server) would retry at once in a
        # loop; there the sweeper or the next test step picks it up instead.
        raise self.retry(countdown=outcome.retry_in)
    return outcome.state


@shared_task(name="channels.requeue_stalled")
def requeue_stalled() -> int:
    """Queue again what a lost message, a killed worker or a Redis restart left behind."""
    now = timezone.now()
    quiet_since = now - datetime.timedelta(seconds=settings.HUB_DELIVERY_STALL_SECONDS)
    pending = Q(state=Delivery.State.PENDING) & (
        Q(next_attempt_at__isnull=True, updated_at__lt=quiet_since)
        | Q(next_attempt_at__lt=quiet_since)
    )
    expired = Q(state=Delivery.State.RUNNING, locked_until__lt=now)
    ids = list(Delivery.objects.filter(pending | expired).values_list("pk", flat=True)[:500])
    for pk in ids:
        deliver.delay(pk)
    return len(ids)


@shared_task(name="channels.reconcile")
def reconcile() -> dict[str, int]:
    """Create the deliveries a live or unpublished page is missing (channels.reconcile)."""
    from channels.reconcile import reconcile as mend

    Heartbeat.beat("beat")
    return mend()
