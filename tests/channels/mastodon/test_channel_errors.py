"""What the server says: rate limits wait, server errors are retried, refusals fail with a
German reason, and without an account nothing fails at all."""

import pytest
from django.utils import timezone

from tests.channels.mastodon.posting import (
    State,
    deliver,
    only_mastodon,  # noqa: F401 (autouse fixture)
    run_again,
)


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


def test_without_a_hub_account_deliveries_are_skipped_not_failed(site_tree, fake):
    delivery = deliver(site_tree.kultur_offer)

    assert delivery.state == State.SKIPPED
    assert "nicht eingerichtet" in delivery.last_error
    assert fake.requests == []
