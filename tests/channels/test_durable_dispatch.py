"""Going live and getting deliveries are one fact: the rows commit with the publish,
the broker is not on that path, and a beat task mends pages that lack their rows."""

import logging

import pytest
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.actions.unpublish import UnpublishAction

from channels import dispatch
from channels.delivery import perform
from channels.models import Delivery, Heartbeat
from channels.reconcile import live_pages_missing_deliveries, reconcile
from channels.tasks import reconcile as reconcile_task
from cms.organisations.models import OfferPage
from tests import builders
from tests.channels.fakes import RecordingChannel

State = Delivery.State


@pytest.fixture(autouse=True)
def channels(settings):
    settings.HUB_CHANNELS = {
        "website": "channels.website.channel.WebsiteChannel",
        "recording": "tests.channels.fakes.RecordingChannel",
    }
    settings.HUB_CHANNEL_ROUTES = {"offer": ["website", "recording"], "*": ["website"]}
    RecordingChannel.reset()
    yield
    RecordingChannel.reset()


def test_wagtails_publish_and_unpublish_steps_run_in_a_transaction():
    # If a Wagtail upgrade renames the wrapped steps, this fails before a page
    # can go live without its deliveries again.
    assert PublishRevisionAction._publish_revision._hub_atomic
    assert UnpublishAction._unpublish_object._hub_atomic


def test_a_dispatch_that_fails_leaves_the_page_not_live(site_tree, monkeypatch):
    offer = builders.offer(site_tree.kulturverein, "Hausaufgabenhilfe in Vorhalle", live=False)
    revision = offer.save_revision()

    def broken(*args, **kwargs):
        raise RuntimeError("database connection lost")

    monkeypatch.setattr(dispatch, "channels_for", broken)
    with pytest.raises(RuntimeError):
        revision.publish()

    offer = OfferPage.objects.get(pk=offer.pk)
    assert not offer.live
    assert offer.live_revision_id is None
    assert not Delivery.objects.filter(page=offer).exists()


def test_a_broker_that_is_down_costs_a_log_line_not_the_publish(
    site_tree, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    from channels.tasks import deliver

    def unreachable(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(deliver, "delay", unreachable)
    with (
        caplog.at_level(logging.WARNING, logger="channels.dispatch"),
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        offer = builders.offer(site_tree.kulturverein, "Lesepat*innen in Boele")

    assert len(callbacks) == 2
    assert offer.live
    assert sorted(Delivery.objects.filter(page=offer).values_list("channel", "state")) == [
        ("recording", State.PENDING),
        ("website", State.PENDING),
    ]
    assert caplog.text.count("the sweeper queues it later") == 2


def test_reconcile_creates_the_deliveries_a_live_page_is_missing(site_tree):
    offer = site_tree.kultur_offer
    Delivery.objects.filter(page=offer, channel="recording").delete()
    assert [(page.pk, lacking) for page, lacking in live_pages_missing_deliveries()] == [
        (offer.pk, {"recording"})
    ]

    mended = reconcile()

    assert mended["published"] == 1 and mended["deliveries"] == 1
    created = Delivery.objects.get(page=offer, channel="recording")
    assert created.revision_id == offer.live_revision_id
    assert live_pages_missing_deliveries() == []
    assert reconcile() == {"published": 0, "withdrawn": 0, "deliveries": 0}


def test_reconcile_leaves_channels_the_editor_switched_off_alone(site_tree):
    offer = site_tree.kultur_offer
    offer.distribution_off = ["recording"]
    offer = builders.publish(offer)
    assert not Delivery.objects.filter(
        page=offer, revision=offer.live_revision, channel="recording"
    ).exists()

    assert live_pages_missing_deliveries() == []


def test_reconcile_withdraws_a_page_unpublished_while_its_withdrawal_was_lost(site_tree):
    offer = site_tree.kultur_offer
    perform(Delivery.objects.get(page=offer, channel="recording").pk)
    offer.unpublish()
    # The withdrawal row is lost (deleted by hand, say): the status stays out there.
    Delivery.objects.filter(page=offer, action=Delivery.Action.WITHDRAW).delete()

    mended = reconcile()

    assert mended["withdrawn"] == 1
    withdrawal = Delivery.objects.get(page=offer, action=Delivery.Action.WITHDRAW)
    assert withdrawal.channel == "recording"
    perform(withdrawal.pk)
    assert RecordingChannel.sent[-1][0] == "withdraw"
    assert reconcile()["withdrawn"] == 0


def test_the_beat_task_records_that_beat_is_alive(site_tree):
    reconcile_task.apply()
    assert Heartbeat.objects.filter(name="beat").exists()


@pytest.mark.integration
def test_a_publish_whose_database_connection_is_killed_half_way_leaves_the_page_not_live(
    transactional_db, django_db_serialized_rollback, monkeypatch
):
    """PostgreSQL ends the publishing connection between "live" and the deliveries."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL)")
    import psycopg

    from tests.channels.conftest import test_database_url

    tree = builders.site_tree()
    offer = builders.offer(tree.kulturverein, "Erzählcafé in Wehringhausen", live=False)
    revision = offer.save_revision()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    routes = dispatch.channels_for

    def killed_then_routed(kind):
        with psycopg.connect(test_database_url(), autocommit=True) as other:
            other.execute("SELECT pg_terminate_backend(%s)", [pid])
        return routes(kind)

    monkeypatch.setattr(dispatch, "channels_for", killed_then_routed)
    with pytest.raises(Exception):  # noqa: B017 - whatever the driver raises for a lost connection
        revision.publish()
    connection.close()
    monkeypatch.setattr(dispatch, "channels_for", routes)

    offer = OfferPage.objects.get(pk=offer.pk)
    assert not offer.live and offer.live_revision_id is None
    assert not Delivery.objects.filter(page=offer).exists()
    assert live_pages_missing_deliveries() == []
