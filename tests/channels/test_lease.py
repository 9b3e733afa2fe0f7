"""A living worker keeps its delivery; a dead one's is free within one lease, and the
admin says which is which."""

import datetime
import time

from django.utils import timezone

from channels import lease
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


def test_renewing_extends_a_running_delivery_by_one_lease(db, settings):
    settings.HUB_DELIVERY_LEASE_SECONDS = 20
    delivery = running(timezone.now() + datetime.timedelta(seconds=2))

    assert lease.renew(delivery.pk)

    delivery.refresh_from_db()
    assert delivery.locked_until > timezone.now() + datetime.timedelta(seconds=19)


def test_a_finished_delivery_is_not_renewed(db):
    delivery = running(None)
    Delivery.objects.filter(pk=delivery.pk).update(state=State.SENT)

    assert not lease.renew(delivery.pk)

    delivery.refresh_from_db()
    assert delivery.locked_until is None


def test_the_lease_is_renewed_every_third_of_it_while_the_call_runs(settings, monkeypatch):
    settings.HUB_DELIVERY_LEASE_SECONDS = 0.3
    renewed = []
    monkeypatch.setattr(lease, "renew", renewed.append)

    with lease.held(42):
        time.sleep(0.55)
    time.sleep(0.25)  # stopped: no renewal after the call

    assert renewed == [42] * len(renewed) and 4 <= len(renewed) <= 6


def test_the_admin_tells_sending_from_stuck(db):
    now = timezone.now()
    assert running(now + datetime.timedelta(seconds=10)).status_label == "Wird gerade gesendet"
    stuck = running(now - datetime.timedelta(minutes=3))
    assert stuck.status_label.startswith("Hängt seit ")
    assert timezone.localtime(stuck.locked_until).strftime("%H:%M") in stuck.status_label
