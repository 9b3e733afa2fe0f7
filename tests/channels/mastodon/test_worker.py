"""Through a real Celery worker process: the first answer from Mastodon is lost after the
status was created, the task is retried, and there is still exactly one status."""

import pytest

from channels.models import Delivery
from tests import builders
from tests.channels.conftest import wait_until
from tests.channels.mastodon.conftest import connect

pytestmark = [pytest.mark.integration]


def test_a_retried_task_in_a_real_worker_posts_exactly_once(celery_worker, fake, settings):
    settings.HUB_CHANNELS = {
        "website": "channels.website.channel.WebsiteChannel",
        "mastodon": "channels.mastodon.channel.MastodonChannel",
    }
    tree = builders.site_tree()
    # The tree's own deliveries are queued already; they are not this test's business.
    Delivery.objects.update(state=Delivery.State.SKIPPED)
    connect(fake)
    # Created on the server, but the answer comes after the worker stopped waiting.
    fake.delay_next("POST", "/api/v1/statuses", seconds=3, after=True)
    celery_worker.start(
        HUB_CHANNELS="website,mastodon",
        MASTODON_REQUEST_TIMEOUT="1",
        HUB_DELIVERY_RETRY_BASE_SECONDS="1",
    )

    offer = builders.offer(tree.kulturverein, "Lesepat*innen für die Stadtbücherei gesucht")

    def sent():
        delivery = Delivery.objects.filter(page=offer, channel="mastodon").first()
        return delivery if delivery and delivery.state == Delivery.State.SENT else None

    delivery = wait_until(sent, timeout=90, message=celery_worker.log()[-3000:])
    assert delivery.attempts == 2
    assert fake.created_count == 1
    [status] = fake.posted
    assert delivery.external_url == status["url"]
    assert status["text"].startswith("Lesepat*innen für die Stadtbücherei gesucht")
