"""What happens to one delivery when its task runs: sent once, retried, failed or skipped."""

import datetime

import pytest
from django.utils import timezone

from channels.delivery import backoff, perform
from channels.models import Delivery
from contract.channel import PermanentError, TemporaryError
from tests import builders
from tests.channels.fakes import RecordingChannel

State = Delivery.State


@pytest.fixture(autouse=True)
def recording_channel(settings):
    settings.HUB_CHANNELS = {"recording": "tests.channels.fakes.RecordingChannel"}
    settings.HUB_DELIVERY_MAX_ATTEMPTS = 3
    RecordingChannel.reset()
    yield RecordingChannel
    RecordingChannel.reset()


@pytest.fixture
def offer(site_tree):
    return site_tree.kultur_offer


def make_delivery(page, action=Delivery.Action.PUBLISH, title="Vorlesepat*in gesucht", **fields):
    item = builders.item(
        page_id=page.pk,
        title=title,
        summary="Lesen Sie Kindern in Haspe vor.",
        url=f"https://hub.example{page.url}",
    )
    return Delivery.objects.create(
        page=page,
        page_title=title,
        channel="recording",
        action=action,
        item=item.to_json(),
        **fields,
    )


def test_it_sends_a_pending_delivery_and_records_where_it_went(offer):
    delivery = make_delivery(offer)

    outcome = perform(delivery.pk)

    delivery.refresh_from_db()
    assert outcome.state == State.SENT and outcome.retry_in is None
    assert (delivery.state, delivery.attempts, delivery.external_id) == (State.SENT, 1, "post-1")
    assert delivery.external_url == "https://example.org/1"
    assert delivery.sent_at is not None
    assert RecordingChannel.sent == [
        ("publish", str(delivery.idempotency_key), "Vorlesepat*in gesucht")
    ]


def test_running_the_task_twice_never_sends_twice(offer):
    delivery = make_delivery(offer)

    perform(delivery.pk)
    perform(delivery.pk)

    assert len(RecordingChannel.sent) == 1
    delivery.refresh_from_db()
    assert delivery.attempts == 1


def test_a_worker_killed_after_posting_resumes_without_posting_again(offer):
    delivery = make_delivery(offer)
    # The first attempt posted, then the worker died before saving: the row is
    # still "running" with a lease that has run out.
    RecordingChannel().publish(delivery.get_item(), idempotency_key=str(delivery.idempotency_key))
    Delivery.objects.filter(pk=delivery.pk).update(
        state=State.RUNNING, attempts=1, locked_until=timezone.now() - datetime.timedelta(seconds=1)
    )

    outcome = perform(delivery.pk)

    delivery.refresh_from_db()
    assert outcome.state == State.SENT
    assert (delivery.attempts, delivery.external_id) == (2, "post-1")
    assert len(RecordingChannel.sent) == 1


def test_a_delivery_running_elsewhere_is_left_alone_until_its_lease_ends(offer):
    delivery = make_delivery(offer)
    Delivery.objects.filter(pk=delivery.pk).update(
        state=State.RUNNING,
        attempts=1,
        locked_until=timezone.now() + datetime.timedelta(seconds=20),
    )

    outcome = perform(delivery.pk)

    assert outcome.state == State.RUNNING
    assert 0 < outcome.retry_in <= 30
    assert RecordingChannel.sent == []


def test_it_retries_a_temporary_error_later_and_keeps_the_reason(offer):
    delivery = make_delivery(offer)
    RecordingChannel.errors = [TemporaryError("Mastodon antwortet nicht (Zeitüberschreitung).")]

    outcome = perform(delivery.pk)

    delivery.refresh_from_db()
    assert outcome.state == State.PENDING and outcome.retry_in > 0
    assert delivery.state == State.PENDING
    assert delivery.last_error == "Mastodon antwortet nicht (Zeitüberschreitung)."
    assert delivery.next_attempt_at > timezone.now()

    # A duplicate of the message arriving early waits for the scheduled retry.
    early = perform(delivery.pk)
    assert early.retry_in > 0 and RecordingChannel.sent == []

    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert perform(delivery.pk).state == State.SENT


def test_a_server_asking_to_come_back_later_is_not_asked_sooner(offer):
    delivery = make_delivery(offer)
    RecordingChannel.errors = [TemporaryError("Zu viele Anfragen.", retry_after=120)]

    outcome = perform(delivery.pk)

    assert outcome.retry_in >= 120


def test_a_permanent_error_fails_the_delivery_at_once_with_its_german_reason(offer):
    delivery = make_delivery(offer)
    RecordingChannel.errors = [PermanentError("Der Zugang zu Mastodon wurde abgelehnt (401).")]

    outcome = perform(delivery.pk)

    delivery.refresh_from_db()
    assert outcome == type(outcome)(State.FAILED)
    assert delivery.state == State.FAILED
    assert delivery.last_error == "Der Zugang zu Mastodon wurde abgelehnt (401)."


def test_it_gives_up_after_the_last_attempt(offer):
    delivery = make_delivery(offer)
    RecordingChannel.errors = [TemporaryError("Fehler 500")] * 3

    for _ in range(3):
        Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=None)
        outcome = perform(delivery.pk)

    delivery.refresh_from_db()
    assert outcome.state == State.FAILED
    assert delivery.attempts == 3
    assert delivery.last_error == "Nach 3 Versuchen aufgegeben. Letzter Fehler: Fehler 500"


def test_an_unexpected_crash_is_retried_and_explained(offer):
    delivery = make_delivery(offer)
    RecordingChannel.errors = [KeyError("status")]

    outcome = perform(delivery.pk)

    delivery.refresh_from_db()
    assert outcome.state == State.PENDING
    assert delivery.last_error.startswith("Unerwarteter Fehler: KeyError")


def test_a_channel_without_credentials_skips_instead_of_failing(offer):
    delivery = make_delivery(offer)
    RecordingChannel.configured = False

    perform(delivery.pk)

    delivery.refresh_from_db()
    assert delivery.state == State.SKIPPED
    assert delivery.last_error == "Testkanal ist nicht eingerichtet."
    assert RecordingChannel.sent == []


def test_a_second_publication_updates_what_was_sent(offer):
    first = make_delivery(offer)
    perform(first.pk)
    second = make_delivery(offer, title="Vorlesepat*in gesucht – jetzt auch samstags")

    perform(second.pk)

    second.refresh_from_db()
    assert (second.state, second.action, second.external_id) == (State.SENT, "update", "post-1")
    assert RecordingChannel.sent[-1] == (
        "update",
        "post-1",
        "Vorlesepat*in gesucht – jetzt auch samstags",
    )


def test_an_older_delivery_still_waiting_is_replaced_by_a_newer_revision(offer):
    older = make_delivery(offer)
    newer = make_delivery(offer, title="Neu")

    perform(older.pk)
    perform(newer.pk)

    older.refresh_from_db()
    assert older.state == State.SKIPPED
    assert older.last_error == "Durch eine neuere Fassung der Seite ersetzt."
    assert [entry[0] for entry in RecordingChannel.sent] == ["publish"]


def test_withdrawing_takes_back_what_is_live_and_nothing_else(offer):
    nothing_yet = make_delivery(offer, action=Delivery.Action.WITHDRAW)
    perform(nothing_yet.pk)
    nothing_yet.refresh_from_db()
    assert nothing_yet.state == State.SKIPPED

    sent = make_delivery(offer)
    perform(sent.pk)
    withdrawal = make_delivery(offer, action=Delivery.Action.WITHDRAW)
    perform(withdrawal.pk)

    withdrawal.refresh_from_db()
    assert (withdrawal.state, withdrawal.external_id) == (State.WITHDRAWN, "post-1")
    assert RecordingChannel.sent[-1] == ("withdraw", "post-1", "")


def test_backoff_grows_exponentially_with_jitter_up_to_a_cap(settings):
    settings.HUB_DELIVERY_RETRY_BASE_SECONDS = 10
    settings.HUB_DELIVERY_RETRY_MAX_SECONDS = 600

    for attempt, full in [(1, 10), (2, 20), (3, 40), (7, 600), (12, 600)]:
        delays = [backoff(attempt) for _ in range(50)]
        assert all(full / 2 <= delay <= full for delay in delays)
        assert len(set(delays)) > 1
