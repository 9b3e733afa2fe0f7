"""A living worker keeps its delivery; a dead one's is free within one lease, and the
admin says which is which."""

import datetime
import time

from django.utils import timezone

from channels.lease import held
from channels.models import Delivery

State = Delivery.State


def running(locked_until) -> Delivery:
    return Delivery.objects.create(
        page=None,
        page_title="Lesepat*innen gesucht",
        channel="website",
        action=Delivery.Action.PUBLISH,
        state=State.RUNNING,
        locked_until=locked_until,
    )


def test_a_living_worker_renews_its_lease_while_the_call_runs(transactional_db, settings):
    settings.HUB_DELIVERY_LEASE_SECONDS = 0.6
    started = timezone.now()
    delivery = running(started + datetime.timedelta(seconds=0.6))

    with held(delivery.pk):
        time.sleep(1.5)

    delivery.refresh_from_db()
    assert delivery.locked_until > started + datetime.timedelta(seconds=1.4)


def test_a_finished_delivery_is_not_renewed(transactional_db, settings):
    settings.HUB_DELIVERY_LEASE_SECONDS = 0.3
    delivery = running(None)
    Delivery.objects.filter(pk=delivery.pk).update(state=State.SENT)

    with held(delivery.pk):
        time.sleep(0.5)

    delivery.refresh_from_db()
    assert delivery.locked_until is None


def test_the_admin_tells_sending_from_stuck(db):
    now = timezone.now()
    assert running(now + datetime.timedelta(seconds=10)).status_label == "Wird gerade gesendet"
    stuck = running(now - datetime.timedelta(minutes=3))
    assert stuck.status_label.startswith("Hängt seit ")
    assert timezone.localtime(stuck.locked_until).strftime("%H:%M") in stuck.status_label
