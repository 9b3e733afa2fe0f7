"""Publishing through a real Celery worker process: deliveries reach their final state,
and a worker killed mid-task loses nothing and posts nothing twice."""

import json

import pytest

from channels.models import Delivery
from tests import builders
from tests.channels.conftest import wait_until
from tests.services import redis_url

pytestmark = [pytest.mark.integration]
State = Delivery.State


def final_states(page):
    states = dict(Delivery.objects.filter(page=page).values_list("channel", "state"))
    return states if states and all(s in Delivery.FINAL_STATES for s in states.values()) else None


@pytest.fixture
def tree(transactional_db):
    return builders.site_tree()


def test_a_published_page_reaches_every_channel_through_the_worker(celery_worker, tree, settings):
    settings.HUB_CHANNELS = {
        **settings.HUB_CHANNELS,
        "ledger": "tests.channels.fakes.LedgerChannel",
    }
    settings.HUB_CHANNEL_ROUTES = {**settings.HUB_CHANNEL_ROUTES, "offer": ["website", "ledger"]}
    celery_worker.start()

    offer = builders.offer(tree.kulturverein, "Lesepat*innen für die Stadtbücherei gesucht")

    states = wait_until(lambda: final_states(offer), message=celery_worker.log()[-3000:])
    assert states == {"website": State.SENT, "ledger": State.SENT}
    website = Delivery.objects.get(page=offer, channel="website")
    assert website.external_url == offer.get_full_url()
    assert website.attempts == 1


def test_a_worker_killed_after_posting_loses_nothing_and_posts_nothing_twice(
    celery_worker, tree, settings, tmp_path
):
    settings.HUB_CHANNELS = {
        **settings.HUB_CHANNELS,
        "ledger": "tests.channels.fakes.LedgerChannel",
    }
    settings.HUB_CHANNEL_ROUTES = {**settings.HUB_CHANNEL_ROUTES, "offer": ["ledger"]}
    ledger = tmp_path / "ledger.jsonl"
    # The first worker posts, then dawdles for a minute before it would save: the
    # window in which it is killed.
    first = celery_worker.start(HUB_TEST_LEDGER_PAUSE="60")

    offer = builders.offer(tree.kulturverein, "Aufbauhelfer*innen fürs Stadtteilfest Haspe")
    delivery = Delivery.objects.get(page=offer, channel="ledger")
    wait_until(lambda: ledger.exists() and ledger.read_text().strip(), message=first.log()[-3000:])
    first.kill()

    delivery.refresh_from_db()
    assert delivery.state == State.RUNNING  # posted, but never recorded as sent

    # A new worker (with beat, whose sweeper finds the abandoned delivery once
    # its lease has run out) finishes the job.
    celery_worker.start(beat=True, HUB_TEST_LEDGER_PAUSE="0")
    wait_until(lambda: final_states(offer), message=celery_worker.log()[-3000:])

    delivery.refresh_from_db()
    # The tree's own offers reach the ledger too (beat's reconcile routes them there).
    entries = [json.loads(line) for line in ledger.read_text().splitlines()]
    entries = [entry for entry in entries if entry["id"].startswith(f"ledger-{offer.pk}-")]
    assert delivery.state == State.SENT
    assert delivery.attempts == 2
    assert [entry["key"] for entry in entries] == [str(delivery.idempotency_key)]
    assert delivery.external_id == entries[0]["id"]


def test_deliveries_queued_before_a_redis_restart_are_sent_after_it(celery_worker, tree, settings):
    url = redis_url()
    settings.HUB_CHANNEL_ROUTES = {**settings.HUB_CHANNEL_ROUTES, "offer": ["website"]}
    offer = builders.offer(tree.kulturverein, "Kuchen backen für das Nachbarschaftscafé")
    assert Delivery.objects.get(page=offer).state == State.PENDING

    # Our Redis keeps nothing on disk: a restart loses every queued message.
    import redis

    redis.Redis.from_url(url).flushdb()
    celery_worker.start(beat=True)

    states = wait_until(lambda: final_states(offer), message=celery_worker.log()[-3000:])
    assert states == {"website": State.SENT}
