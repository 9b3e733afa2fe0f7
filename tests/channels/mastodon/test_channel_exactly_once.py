"""Exactly once: a second run, a lost answer, a dead worker or a forgotten idempotency key
never post a status twice."""

import datetime

from django.utils import timezone

from channels.delivery import perform
from channels.mastodon.models import StatusPosting
from channels.models import Delivery
from tests.channels.mastodon.posting import (
    State,
    deliver,
    only_mastodon,  # noqa: F401 (autouse fixture)
    run_again,
)


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
