"""The Mastodon channel against a fake Mastodon server: one status per page, exactly once,
edited and deleted with the page; rate limits, server errors and refusals handled."""

import datetime
import io

import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone
from django.utils.html import escape
from PIL import Image as PILImage

from channels.delivery import perform
from channels.mastodon.channel import MastodonChannel
from channels.mastodon.compose import status_length
from channels.mastodon.models import MastodonAccount, StatusPosting
from channels.models import Delivery
from cms.core.models import HubImage
from contract.item import ItemImage
from tests import builders
from tests.channels.mastodon.conftest import connect

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


def test_running_the_task_twice_posts_once(site_tree, hub_account, fake):
    delivery = deliver(site_tree.kultur_offer)
    perform(delivery.pk)

    assert fake.created_count == 1


def test_a_retry_after_a_timeout_in_which_the_status_was_created_posts_once(
    site_tree, hub_account, fake
):
    # The server creates the status but answers only after the client gave up.
    fake.delay_next("POST", "/api/v1/statuses", seconds=3, after=True)

    first = deliver(site_tree.kultur_offer)
    assert first.state == State.PENDING
    assert "nicht durch" in first.last_error
    assert fake.created_count == 1

    second = run_again(first)

    assert second.state == State.SENT
    assert second.attempts == 2
    assert fake.created_count == 1
    sent_keys = [key for key in fake.idempotency if key[1] == str(first.idempotency_key)]
    assert len(sent_keys) == 1


def test_a_worker_that_died_after_posting_is_not_asked_again(site_tree, hub_account, fake):
    """Posted and recorded in StatusPosting, but the delivery was never saved as sent."""
    delivery = deliver(site_tree.kultur_offer)
    Delivery.objects.filter(pk=delivery.pk).update(state=State.RUNNING, locked_until=None)
    requests_before = len(fake.requests)

    perform(delivery.pk)

    delivery.refresh_from_db()
    assert delivery.state == State.SENT
    assert fake.created_count == 1
    assert len(fake.requests) == requests_before  # not even a request


def test_a_retry_after_mastodons_idempotency_hour_finds_the_status_instead_of_reposting(
    site_tree, hub_account, fake
):
    fake.delay_next("POST", "/api/v1/statuses", seconds=3, after=True)
    first = deliver(site_tree.kultur_offer)
    # Mastodon forgets idempotency keys after an hour; the retry comes later.
    StatusPosting.objects.update(attempted_at=timezone.now() - datetime.timedelta(hours=2))
    fake.idempotency.clear()

    second = run_again(first)

    assert second.state == State.SENT
    assert fake.created_count == 1
    assert second.external_id.endswith(fake.posted[0]["id"])


def test_429_waits_until_the_rate_limit_resets(site_tree, hub_account, fake):
    fake.fail_next("POST", "/api/v1/statuses", status=429, reset_in=120)

    delivery = deliver(site_tree.kultur_offer)

    assert delivery.state == State.PENDING
    assert "429" in delivery.last_error
    wait = (delivery.next_attempt_at - timezone.now()).total_seconds()
    assert 100 < wait < 130
    assert fake.created_count == 0
    assert run_again(delivery).state == State.SENT


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_retried(site_tree, hub_account, fake, status):
    fake.fail_next("POST", "/api/v1/statuses", status=status)

    delivery = deliver(site_tree.kultur_offer)

    assert delivery.state == State.PENDING
    assert "Fehler" in delivery.last_error and str(status) in delivery.last_error
    assert run_again(delivery).state == State.SENT
    assert fake.created_count == 1


@pytest.mark.parametrize(
    "status, message",
    [
        (
            401,
            "Mastodon hat den Zugang abgelehnt (401): Bitte das Konto in den Einstellungen neu verbinden.",
        ),
        (403, "Mastodon verweigert das (403)"),
        (422, "Mastodon hat den Beitrag nicht angenommen (422)"),
    ],
)
def test_refusals_fail_the_delivery_with_a_german_reason(
    site_tree, hub_account, fake, status, message
):
    fake.fail_next("POST", "/api/v1/statuses", status=status)

    delivery = deliver(site_tree.kultur_offer)

    assert delivery.state == State.FAILED
    assert delivery.last_error.startswith(message)
    assert delivery.attempts == 1


def test_an_edit_updates_the_status_and_unpublishing_deletes_it(site_tree, hub_account, fake):
    offer = site_tree.kultur_offer
    deliver(offer)
    type(offer).objects.filter(pk=offer.pk).update(title="Helfer*innen fürs Herbstfest")

    update = deliver(offer)

    assert update.action == Delivery.Action.UPDATE and update.state == State.SENT
    [status] = fake.posted
    assert status["text"].startswith("Helfer*innen fürs Herbstfest")
    assert status["edited_at"]
    assert fake.created_count == 1

    withdrawal = deliver(offer, action=Delivery.Action.WITHDRAW)

    assert withdrawal.state == State.WITHDRAWN
    assert fake.posted == []


def test_a_status_deleted_by_hand_comes_back_with_the_next_edit(site_tree, hub_account, fake):
    offer = site_tree.kultur_offer
    deliver(offer)
    fake.statuses.clear()

    update = deliver(offer)

    assert update.state == State.SENT
    assert fake.created_count == 2 and len(fake.posted) == 1


def test_without_a_hub_account_deliveries_are_skipped_not_failed(site_tree, fake):
    delivery = deliver(site_tree.kultur_offer)

    assert delivery.state == State.SKIPPED
    assert "nicht eingerichtet" in delivery.last_error
    assert fake.requests == []


def test_an_organisation_with_its_own_account_posts_from_there(
    site_tree, hub_account, fake, other_fake
):
    connect(
        other_fake,
        role=MastodonAccount.Role.ORGANISATION,
        organisation=site_tree.kulturverein,
    )

    deliver(site_tree.kultur_offer)
    deliver(site_tree.kulturverein)
    deliver(site_tree.natur_offer)

    assert [s["text"].split("\n")[0] for s in other_fake.posted] == [
        "Helfer*innen für das Sommerfest",
        "Kulturverein Haspe",
    ]
    assert [s["text"].split("\n")[0] for s in fake.posted] == [
        "Krötenwanderung am Hengsteysee begleiten"
    ]


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


def test_the_access_token_is_stored_encrypted(hub_account, fake):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT access_token_encrypted FROM mastodon_mastodonaccount WHERE id = %s",
            [hub_account.pk],
        )
        [stored] = cursor.fetchone()

    assert fake.token not in stored
    assert MastodonAccount.objects.get(pk=hub_account.pk).access_token == fake.token
