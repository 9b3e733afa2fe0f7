"""Two at once, for real: two clicks on "Versenden" and a batch task delivered twice
run in parallel threads with their own PostgreSQL connections."""

import threading

import pytest
from django.db import connection, connections

from channels.newsletter import sending
from channels.newsletter.models import Sending, SendLog
from tests.channels.newsletter.conftest import archive_of, issue_in, subscriber

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs PostgreSQL's row locks and concurrency"
    ),
]


def at_once(work, times: int = 2) -> list:
    """Run ``work`` in ``times`` threads released together; return what each returned."""
    barrier = threading.Barrier(times)
    results, errors = [None] * times, []

    def run(index):
        try:
            barrier.wait(timeout=10)
            results[index] = work()
        except Exception as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


@pytest.fixture
def issue(transactional_db, django_db_serialized_rollback, settings, monkeypatch):
    settings.HUB_CHANNEL_ROUTES = {"*": []}
    from tests import builders

    tree = builders.site_tree()
    for n in range(40):
        subscriber(f"leser{n:02d}@example.org")
    fan_outs = []
    monkeypatch.setattr(sending.starting, "_queue_fan_out", fan_outs.append)
    page = issue_in(archive_of(tree.home), "Ausgabe Juli", picked=[tree.kultur_offer])
    page.fan_outs = fan_outs
    return page


def test_two_clicks_at_the_same_moment_start_one_sending_with_one_row_per_recipient(issue):
    started = at_once(lambda: sending.start(issue).pk)

    assert started[0] == started[1]
    assert Sending.objects.filter(issue=issue).count() == 1
    assert SendLog.objects.filter(issue=issue).count() == 40
    assert len(issue.fan_outs) == 1


def test_a_batch_delivered_to_two_workers_at_once_sends_each_mail_once(issue, mail_through):
    sending.start(issue)
    [(first, last)] = sending.batches(Sending.objects.get(issue=issue))

    results = at_once(lambda: sending.send_batch(issue.pk, first, last))

    assert sum(result.sent for result in results) == 40
    per_recipient = mail_through.count_per_recipient()
    assert len(per_recipient) == 40
    assert set(per_recipient.values()) == {1}
    assert Sending.objects.get(issue=issue).state == Sending.State.DONE
