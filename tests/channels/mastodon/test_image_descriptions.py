"""What a missing image description means, on the paths real content takes.

Every admin form asks for a description, so an undescribed image reaches a
page only from outside the forms (an import, an old row). Such an image goes
to Mastodon as no image at all, and the editor's preview says why.
"""

import io

import pytest
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import UploadedFile

from channels.delivery import perform
from channels.mastodon.channel import MastodonChannel
from channels.models import Delivery
from cms.core.models import HubImage


@pytest.fixture(autouse=True)
def only_mastodon(settings):
    settings.HUB_CHANNELS = {"mastodon": "channels.mastodon.channel.MastodonChannel"}


def jpeg() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 200), "#2f6f73").save(buffer, "JPEG")
    return buffer.getvalue()


def imported_image_without_description() -> HubImage:
    image = HubImage(
        title="IMG_2034", description="", file=ImageFile(io.BytesIO(jpeg()), name="img_2034.jpg")
    )
    image._set_image_file_metadata()
    image.save()
    return image


def test_an_undescribed_lead_image_stays_off_mastodon_and_the_preview_says_why(
    site_tree, hub_account, fake
):
    offer = site_tree.kultur_offer
    type(offer).objects.filter(pk=offer.pk).update(lead_image=imported_image_without_description())
    offer = type(offer).objects.get(pk=offer.pk)
    item = offer.to_item()

    assert item.image is not None and item.image.alt == ""
    assert offer.lead_image.alt_text == "IMG_2034"  # the website's fallback stays
    assert "Ohne Bild:" in MastodonChannel().preview(item).html

    delivery = Delivery.objects.create(
        page=offer,
        page_title=offer.title,
        channel="mastodon",
        action="publish",
        item=item.to_json(),
    )
    perform(delivery.pk)
    delivery.refresh_from_db()

    assert delivery.state == Delivery.State.SENT, delivery.last_error
    [status] = fake.posted
    assert status["media_attachments"] == []
    assert not any(path.endswith("/media") for _, path in fake.requests)


def test_the_admins_multiple_upload_keeps_a_file_undescribed_until_described(client, admin_user):
    client.force_login(admin_user)

    client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("fest.jpg", jpeg(), content_type="image/jpeg")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert not HubImage.objects.exists()
    [upload] = UploadedFile.objects.all()
    prefix = f"uploaded-image-{upload.pk}"
    refused = client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload.pk]),
        {f"{prefix}-title": "Fest", f"{prefix}-description": "   "},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert refused.json()["success"] is False
    assert not HubImage.objects.exists()

    client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload.pk]),
        {f"{prefix}-title": "Fest", f"{prefix}-description": "Kinder tanzen im Kreis."},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert HubImage.objects.get().description == "Kinder tanzen im Kreis."
