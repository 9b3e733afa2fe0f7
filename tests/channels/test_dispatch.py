"""Publishing, editing, unpublishing and deleting pages turns into deliveries."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from channels.delivery import perform
from channels.dispatch import dispatch_published, retry
from channels.models import Delivery
from tests import builders
from tests.channels.fakes import RecordingChannel

State = Delivery.State


@pytest.fixture(autouse=True)
def channels(settings):
    settings.HUB_CHANNELS = {
        "website": "channels.website.channel.WebsiteChannel",
        "recording": "tests.channels.fakes.RecordingChannel",
    }
    settings.HUB_CHANNEL_ROUTES = {
        "offer": ["website", "recording"],
        "organisation": ["website"],
        "*": ["website"],
    }
    RecordingChannel.reset()
    yield
    RecordingChannel.reset()


def deliveries_of(page):
    return list(
        Delivery.objects.filter(page=page).order_by("pk").values_list("channel", "action", "state")
    )


def run_all():
    for pk in Delivery.objects.exclude(state__in=Delivery.FINAL_STATES).values_list(
        "pk", flat=True
    ):
        perform(pk)


def test_publishing_creates_one_delivery_per_routed_channel_queued_after_commit(
    site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        offer = builders.offer(site_tree.kulturverein, "Mitfahrer*innen für den Bürgerbus")

    assert deliveries_of(offer) == [
        ("website", "publish", State.PENDING),
        ("recording", "publish", State.PENDING),
    ]
    assert len(callbacks) == 2
    delivery = Delivery.objects.get(page=offer, channel="recording")
    assert delivery.revision_id == offer.live_revision_id
    assert delivery.item["title"] == "Mitfahrer*innen für den Bürgerbus"
    assert delivery.item["kind"] == "offer"


def test_the_same_revision_is_never_dispatched_twice(site_tree):
    offer = site_tree.kultur_offer
    before = Delivery.objects.count()

    dispatch_published(offer, offer.live_revision)

    assert Delivery.objects.count() == before


def test_with_tasks_running_the_deliveries_are_sent(site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        offer = builders.offer(site_tree.kulturverein, "Plätzchen backen für den Adventsbasar")

    assert deliveries_of(offer) == [
        ("website", "publish", State.SENT),
        ("recording", "publish", State.SENT),
    ]
    website = Delivery.objects.get(page=offer, channel="website")
    assert website.external_url == offer.get_full_url()


def test_republishing_an_edited_page_updates_what_was_sent(site_tree):
    offer = site_tree.kultur_offer
    run_all()

    offer.title = "Helfer*innen für das Sommerfest – jetzt auch Sonntag"
    builders.publish(offer)
    run_all()

    first, latest = Delivery.objects.filter(page=offer, channel="recording").order_by("pk")
    assert (latest.action, latest.state) == ("update", State.SENT)
    assert latest.external_id == first.external_id
    assert RecordingChannel.sent[-1] == (
        "update",
        first.external_id,
        "Helfer*innen für das Sommerfest – jetzt auch Sonntag",
    )


def test_unpublishing_withdraws_everywhere_the_page_was_sent(site_tree):
    offer = site_tree.kultur_offer
    run_all()

    offer.unpublish()
    run_all()

    withdrawals = Delivery.objects.filter(page=offer, action="withdraw")
    assert sorted(withdrawals.values_list("channel", "state")) == [
        ("recording", State.WITHDRAWN),
        ("website", State.WITHDRAWN),
    ]
    sent = Delivery.objects.get(page=offer, channel="recording", action="publish")
    assert RecordingChannel.sent[-1] == ("withdraw", sent.external_id, "")


def test_deleting_a_page_withdraws_it_and_keeps_the_record(site_tree):
    offer = site_tree.kultur_offer
    run_all()
    title = offer.title

    offer.delete()
    run_all()

    withdrawals = Delivery.objects.filter(page_title=title, action="withdraw")
    assert withdrawals.count() == 2
    assert all(d.page_id is None and d.state == State.WITHDRAWN for d in withdrawals)


def test_an_editor_can_switch_a_channel_off_for_one_page(site_tree):
    offer = site_tree.kultur_offer
    run_all()

    offer.distribution_off = ["recording"]
    offer = builders.publish(offer)
    run_all()

    latest = Delivery.objects.filter(page=offer, revision__isnull=True).latest("pk")
    assert (latest.channel, latest.action, latest.state) == (
        "recording",
        "withdraw",
        State.WITHDRAWN,
    )
    assert not Delivery.objects.filter(
        page=offer, channel="recording", revision=offer.live_revision
    ).exists()


def test_scheduled_publishing_goes_through_the_same_path(site_tree):
    offer = builders.offer(site_tree.kulturverein, "Weihnachtsmarkt: Stand betreuen", live=False)
    revision = offer.save_revision(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert not Delivery.objects.filter(page=offer).exists()

    call_command("publish_scheduled")

    assert sorted(Delivery.objects.filter(page=offer).values_list("channel", "revision_id")) == [
        ("recording", revision.pk),
        ("website", revision.pk),
    ]


def test_an_editor_can_retry_a_failed_delivery(site_tree):
    from contract.channel import PermanentError

    failed = Delivery.objects.get(page=site_tree.kultur_offer, channel="recording")
    RecordingChannel.errors = [PermanentError("Abgelehnt")]
    perform(failed.pk)
    failed.refresh_from_db()
    assert failed.state == State.FAILED

    retry(failed)
    run_all()

    failed.refresh_from_db()
    assert (failed.state, failed.attempts, failed.last_error) == (State.SENT, 1, "")


def test_the_item_carries_what_channels_need(site_tree):
    offer = site_tree.kultur_offer
    offer.district = None

    item = offer.to_item()

    assert item.kind == "offer" and item.kind_label == "Mitmach-Angebot"
    assert item.url == offer.get_full_url() and item.url.startswith("http")
    assert item.organisation == "Kulturverein Haspe"
    assert item.hashtags[0] == "EngagementHagen"
    assert item.language == "de"
    assert item.events[0].starts_at == datetime.date(2026, 5, 1)
    assert "So machen Sie mit" in item.body_html
    assert "Einfach vorbeikommen." in item.body_text
    assert item.place == "Hagen"
    assert type(item).from_json(item.to_json()) == item


def test_example_pages_are_not_sent_to_real_followers(site_tree):
    offer = builders.offer(
        site_tree.kulturverein, "Beispiel: Vorlesen im Seniorenheim", is_example=True
    )

    assert deliveries_of(offer) == [
        ("website", "publish", State.PENDING),
        ("recording", "publish", State.SKIPPED),
    ]
    skipped = Delivery.objects.get(page=offer, channel="recording")
    assert skipped.last_error == "Beispielinhalte werden auf diesem Kanal nicht verbreitet."
