"""Keep a claimed delivery's lease alive while its worker is alive.

A delivery is claimed for a short lease (``HUB_DELIVERY_LEASE_SECONDS``); while
the channel call runs, a thread renews it every third of the lease. A worker
that dies stops renewing, so its delivery is free for another worker within
one lease and one sweep (seconds), while a slow but living call (a big image
upload) is never taken over.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import threading

from django.conf import settings
from django.db import connections
from django.utils import timezone

logger = logging.getLogger(__name__)


def lease_seconds() -> float:
    return float(settings.HUB_DELIVERY_LEASE_SECONDS)


def lease_until() -> datetime.datetime:
    return timezone.now() + datetime.timedelta(seconds=lease_seconds())


def renew(delivery_id: int) -> bool:
    """Extend the lease of a delivery that is still running; False if it is not."""
    from channels.models import Delivery

    running = Delivery.objects.filter(pk=delivery_id, state=Delivery.State.RUNNING)
    return bool(running.update(locked_until=lease_until()))


def _renew(delivery_id: int, stop: threading.Event) -> None:
    try:
        while not stop.wait(lease_seconds() / 3):
            renew(delivery_id)
    except Exception:
        # A renewal that fails only shortens the lease: another worker may take
        # over, and the channel's own checks keep that from posting twice.
        logger.warning("lease of delivery %s not renewed", delivery_id, exc_info=True)
    finally:
        connections.close_all()  # this thread's own connections


@contextlib.contextmanager
def held(delivery_id: int):
    """Renew the delivery's lease for as long as the block runs."""
    stop = threading.Event()
    renewer = threading.Thread(
        target=_renew, args=(delivery_id, stop), name=f"lease-{delivery_id}", daemon=True
    )
    renewer.start()
    try:
        yield
    finally:
        stop.set()
        renewer.join(timeout=5)
