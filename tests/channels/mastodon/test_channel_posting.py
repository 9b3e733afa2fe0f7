"""Publishing posts one status: its text, link, hashtags, language and described image,
within the limit the instance reports; the editor's preview shows that exact status."""

from django.test import RequestFactory
from django.utils.html import escape

from channels.mastodon.channel import MastodonChannel
from channels.mastodon.compose import status_length
from contract.item import ItemImage
from tests import builders
from tests.channels.mastodon.posting import (
    ALT,
    State,
    deliver,
    lead_image,
    only_mastodon,  # noqa: F401 (autouse fixture)
)


def test_publishing_posts_one_status_with_text_link_hashtags_language_and_described_image(
    site_tree, hub_account, fake
):
    offer = site_tree.kultur_offer
    type(offer).objects.filter(pk=offer.pk).update(lead_image=lead_image())

    delivery = deliver(offer)

    assert delivery.state == State.SENT, delivery.last_error
    [status] = fake.posted
    assert status["text"].startswith("Helfer*innen für das Sommerfest\n\n")
    assert offer.get_full_url() in status["text"]
    assert "#EngagementHagen" in status["text"]
    assert status["language"] == "de"
    assert status["visibility"] == "public"
    [media] = status["media_attachments"]
    assert media["description"] == ALT
    assert delivery.external_url == status["url"]
    assert delivery.external_id == f"{hub_account.pk}:{status['id']}"
    assert fake.created_count == 1


def test_the_text_fits_the_limit_the_instance_reports(site_tree, hub_account, fake):
    fake.max_characters = 120
    type(site_tree.kultur_offer).objects.filter(pk=site_tree.kultur_offer.pk).update(
        summary="Wir suchen Menschen, die beim Aufbau, an der Kuchentheke und beim Abbau "
        "mit anpacken – und wer mag, bleibt zum Feiern."
    )

    delivery = deliver(site_tree.kultur_offer)

    assert delivery.state == State.SENT, delivery.last_error
    [status] = fake.posted
    assert status_length(status["text"]) <= 120
    hub_account.refresh_from_db()
    assert hub_account.max_characters == 120


def test_an_image_without_alt_text_is_never_uploaded(hub_account, fake):
    item = builders.item(
        title="Ohne Bildbeschreibung",
        summary="Das Bild hat keinen Alternativtext.",
        url="https://engagement.hagen.example/x/",
        image=ItemImage(url="https://x/y.jpg", alt="  ", width=10, height=10, image_id=1),
    )

    MastodonChannel().publish(item, idempotency_key="5f1e2d3c-0000-4000-8000-000000000001")

    [status] = fake.posted
    assert status["media_attachments"] == []
    assert not any(path.endswith("/media") for _, path in fake.requests)


def test_the_channel_preview_shows_the_exact_status(site_tree, hub_account, settings):
    settings.HUB_CHANNEL_ROUTES = {**settings.HUB_CHANNEL_ROUTES, "offer": ["website", "mastodon"]}
    offer = type(site_tree.kultur_offer).objects.get(pk=site_tree.kultur_offer.pk)

    assert ("mastodon", "So sieht es aus: Mastodon") in offer.preview_modes
    response = offer.serve_preview(RequestFactory().get("/"), "mastodon")
    html = response.render().content.decode()

    text = MastodonChannel().preview(offer.to_item()).text
    # The whole status as it will be posted, not only the title (which the page has anyway).
    assert escape(text) in html
    assert f"@{hub_account.acct}" in html
    assert f"von {hub_account.max_characters} Zeichen" in html
