"""Delivering a page to Mastodon in a test as its task would, for the channel's tests."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage

from channels.delivery import perform
from channels.models import Delivery
from cms.core.models import HubImage

State = Delivery.State
ALT = "Zwei Menschen tragen einen Pavillon über die Wiese am Bahnhof Haspe."


@pytest.fixture(autouse=True)
def only_mastodon(settings):
    settings.HUB_CHANNELS = {"mastodon": "channels.mastodon.channel.MastodonChannel"}
    settings.HUB_DELIVERY_MAX_ATTEMPTS = 4


def lead_image(description: str = ALT) -> HubImage:
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 200), "#2f6f73").save(buffer, "JPEG")
    image = HubImage(
        title="Sommerfest in Haspe",
        description=description,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name="sommerfest.jpg"),
    )
    image._set_image_file_metadata()
    image.save()
    return image


def deliver(page, action=Delivery.Action.PUBLISH) -> Delivery:
    """One delivery of the page's current item to Mastodon, run as its task would."""
    page = type(page.specific).objects.get(pk=page.pk)
    item = page.to_item()
    delivery = Delivery.objects.create(
        page=page, page_title=page.title, channel="mastodon", action=action, item=item.to_json()
    )
    perform(delivery.pk)
    delivery.refresh_from_db()
    return delivery


def run_again(delivery: Delivery) -> Delivery:
    """The retry, without waiting for its backoff."""
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=None)
    perform(delivery.pk)
    delivery.refresh_from_db()
    return delivery
