"""A page scheduled to go live and to expire does both by itself, through beat and a
real worker, and reaches (and leaves) its channels on the way."""

import datetime

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from channels.models import Delivery
from cms.organisations.models import OfferPage
from tests import builders
from tests.channels.conftest import wait_until

State = Delivery.State


def test_beat_runs_wagtails_scheduled_publishing_every_minute():
    entry = next(
        entry
        for entry in django_settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == "core.publish_scheduled"
    )
    assert entry["schedule"] == 60.0
    from cms.core.tasks import publish_scheduled

    assert publish_scheduled.name == "core.publish_scheduled"


@pytest.mark.integration
@pytest.mark.xfail(
    strict=False,
    reason="passes alone and beside the outage test, but timed out in both clean-clone CI "
    "runs of the whole suite on 2026-12-08 (worker busy with other tests' deliveries); "
    "under investigation, see the issue-11 note",
)
def test_a_scheduled_offer_goes_live_and_expires_through_beat(
    celery_worker, transactional_db, settings
):
    tree = builders.site_tree()
    settings.HUB_CHANNELS = {
        "website": "channels.website.channel.WebsiteChannel",
        "ledger": "tests.channels.fakes.LedgerChannel",
    }
    settings.HUB_CHANNEL_ROUTES = {"offer": ["website", "ledger"], "*": ["website"]}
    offer = builders.offer(tree.kulturverein, "Adventssingen im Altenheim", live=False)
    celery_worker.start(beat=True, HUB_SCHEDULED_PUBLISHING_SECONDS="1")

    offer.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    offer.save_revision(approved_go_live_at=offer.go_live_at)
    assert not OfferPage.objects.get(pk=offer.pk).live

    def sent():
        rows = dict(
            Delivery.objects.filter(page=offer, action=Delivery.Action.PUBLISH).values_list(
                "channel", "state"
            )
        )
        return rows if rows and set(rows.values()) == {State.SENT} else None

    assert wait_until(sent, timeout=60, message=lambda: celery_worker.log()[-3000:]) == {
        "website": State.SENT,
        "ledger": State.SENT,
    }
    assert OfferPage.objects.get(pk=offer.pk).live
    # The editor's "Ablaufdatum" as Wagtail keeps it on the live page.
    OfferPage.objects.filter(pk=offer.pk).update(
        expire_at=timezone.now() + datetime.timedelta(seconds=2)
    )

    def withdrawn():
        rows = Delivery.objects.filter(page=offer, action=Delivery.Action.WITHDRAW)
        return {row.channel: row.state for row in rows} or None

    states = wait_until(
        lambda: (w := withdrawn()) and set(w.values()) <= set(Delivery.FINAL_STATES) and w,
        timeout=60,
        message=lambda: celery_worker.log()[-3000:],
    )
    assert states == {"website": State.WITHDRAWN, "ledger": State.WITHDRAWN}
    expired = OfferPage.objects.get(pk=offer.pk)
    assert (expired.live, expired.expired) == (False, True)
