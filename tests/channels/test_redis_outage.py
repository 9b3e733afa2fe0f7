"""Redis stopped and started again during 50 publishes: the site answers all along,
and every page ends with exactly its deliveries, all sent (real worker, beat, PostgreSQL)."""

import contextlib
import json
import time

import pytest
from django.db.models import Count

from channels.models import Delivery
from cms.celery import app
from tests import builders
from tests.channels.conftest import wait_until
from tests.services import OwnRedis

pytestmark = [pytest.mark.integration]
State = Delivery.State


@pytest.fixture
def own_redis(tmp_path):
    server = OwnRedis(tmp_path).start()
    yield server
    server.stop()


@contextlib.contextmanager
def broker(url: str):
    """This process queues its tasks on ``url`` (the worker reads the same)."""
    saved = (app.conf.broker_url, app.conf.broker_transport_options)

    def reset_pools():
        app._pool = None
        with contextlib.suppress(AttributeError, KeyError):
            app.__dict__["amqp"]._producer_pool = None

    app.conf.broker_url = url
    app.conf.broker_transport_options = {"visibility_timeout": 5}
    reset_pools()
    try:
        yield
    finally:
        app.conf.broker_url, app.conf.broker_transport_options = saved
        reset_pools()


@pytest.fixture
def tree(transactional_db):
    return builders.site_tree()


def test_a_redis_outage_during_50_publishes_loses_nothing_and_breaks_no_page(
    celery_worker, tree, settings, own_redis, client, tmp_path
):
    settings.HUB_CHANNELS = {
        "website": "channels.website.channel.WebsiteChannel",
        "ledger": "tests.channels.fakes.LedgerChannel",
    }
    settings.HUB_CHANNEL_ROUTES = {"offer": ["website", "ledger"], "*": ["website"]}
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": own_redis.url,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    settings.DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    Delivery.objects.update(state=State.SENT)  # the tree's own: not this test's business
    celery_worker.start(beat=True, REDIS_URL=own_redis.url)

    offers, answers, outage = [], [], 0.0
    started = time.monotonic()
    with broker(own_redis.url):
        for number in range(50):
            if number == 15:
                own_redis.stop()
                down_since = time.monotonic()
            if number == 35:
                own_redis.start()
                outage = time.monotonic() - down_since
            offer = builders.offer(tree.kulturverein, f"Mitmachen Nummer {number}")
            offers.append(offer)
            if 15 < number < 35 and number % 6 == 0:
                for url in (offer.url, "/feeds/angebote.rss", "/api/v2/pages/", "/health/"):
                    answers.append((url, client.get(url).status_code))
        restored = time.monotonic()

        def all_sent():
            rows = Delivery.objects.filter(page__in=offers)
            return rows.exclude(state=State.SENT).count() == 0 and rows.count() == 100

        wait_until(all_sent, timeout=90, message=celery_worker.log()[-4000:])
        converged = time.monotonic() - restored

    health = [status for url, status in answers if url == "/health/"]
    assert health and set(health) == {503}  # the cache and the broker are down: it says so
    assert all(status == 200 for url, status in answers if url != "/health/"), answers
    per_page = Delivery.objects.filter(page__in=offers).values("page", "channel")
    assert all(row["n"] == 1 for row in per_page.annotate(n=Count("pk")))
    ledger = [json.loads(line) for line in (tmp_path / "ledger.jsonl").read_text().splitlines()]
    ours = {str(offer.pk) for offer in offers}
    posted = [entry["id"].split("-")[1] for entry in ledger if entry["id"].split("-")[1] in ours]
    assert sorted(posted) == sorted(ours)  # once each
    print(
        f"50 publishes in {restored - started:.1f} s, outage {outage:.1f} s, "
        f"all delivered {converged:.1f} s after Redis came back"
    )
