"""A real worker killed again and again between the status POST and its record, against
a server that ignores Idempotency-Key: exactly one status per page over 50 publishes."""

import threading

import pytest
from django.db.models import Q

from channels.mastodon.marker import carries_marker
from channels.models import Delivery
from tests import builders
from tests.channels.conftest import wait_until
from tests.channels.mastodon.conftest import connect
from tests.channels.mastodon.fake_server import start_fake

pytestmark = [pytest.mark.integration]
State = Delivery.State
PUBLISHES = 50
# The n-th status posted is where the worker dies, at a point that varies: before
# the answer leaves the server, or a few milliseconds after it arrived.
KILLS = {4: 0.0, 11: 0.01, 19: 0.0, 27: 0.03, 35: 0.0, 43: 0.005}


@pytest.fixture
def ignoring_fake():
    server = start_fake(honours_idempotency_key=False)
    yield server
    server.stop()


def test_worker_kills_between_post_and_record_leave_one_status_per_page(
    celery_worker, transactional_db, settings, ignoring_fake
):
    fake = ignoring_fake
    settings.HUB_CHANNELS = {"mastodon": "channels.mastodon.channel.MastodonChannel"}
    settings.HUB_CHANNEL_ROUTES = {"offer": ["mastodon"], "*": []}
    tree = builders.site_tree()
    connect(fake)
    posted, kills = [0], []

    def kill_mid_post(status):
        posted[0] += 1
        delay = KILLS.get(posted[0])
        if delay is None:
            return
        kills.append(posted[0])
        if delay:
            threading.Timer(delay, celery_worker.kill).start()
        else:
            celery_worker.kill()

    fake.after_post = kill_mid_post
    celery_worker.start(beat=True)

    offers = [tree.kultur_offer, tree.natur_offer]
    for number in range(PUBLISHES - len(offers)):
        offers.append(builders.offer(tree.kulturverein, f"Mithelfen, Runde {number}"))

    def delivered():
        if celery_worker.process.poll() is not None:
            celery_worker.start(beat=True)
        rows = Delivery.objects.filter(page__in=offers, channel="mastodon")
        return rows.count() >= PUBLISHES and not rows.filter(~Q(state=State.SENT)).exists()

    wait_until(delivered, timeout=240, interval=0.5, message=celery_worker.log()[-4000:])

    statuses = list(fake.statuses.values())
    per_page = [
        sum(carries_marker(status, offer.full_url) for status in statuses) for offer in offers
    ]
    duplicates = sum(count - 1 for count in per_page if count > 1)
    lost = per_page.count(0)
    assert len(kills) >= 5, kills
    assert (duplicates, lost) == (0, 0), per_page
    assert len(statuses) == PUBLISHES
