"""Publishing through a real Celery worker process renders every flyer there."""

import pytest
from pypdf import PdfReader

from channels.flyer import storage
from channels.flyer.layouts import variants
from channels.models import Delivery
from tests import builders
from tests.channels.conftest import wait_until

pytestmark = [pytest.mark.integration]


def test_the_worker_renders_every_flyer_of_a_published_offer(celery_worker, settings, tmp_path):
    settings.HUB_CHANNEL_ROUTES = {**settings.HUB_CHANNEL_ROUTES, "offer": ["website", "flyer"]}
    media = tmp_path / "worker-media"
    settings.MEDIA_ROOT = media
    tree = builders.site_tree()
    celery_worker.start(DJANGO_MEDIA_ROOT=str(media), FLYER_RENDER_ON_PUBLISH="1")

    offer = builders.offer(tree.kulturverein, "Vorlesen im Seniorenzentrum Haspe")

    def flyer_done():
        delivery = Delivery.objects.filter(page=offer, channel="flyer").first()
        return delivery if delivery and delivery.is_final else None

    delivery = wait_until(flyer_done, timeout=120, message=celery_worker.log()[-3000:])
    assert delivery.state == Delivery.State.SENT, delivery.last_error
    for variant in variants():
        path = storage.flyer_path(offer.pk, offer.live_revision_id, variant.name)
        assert len(PdfReader(path).pages) == variant.layout.pages, variant.name
