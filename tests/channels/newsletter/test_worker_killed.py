"""The sending worker is killed twice while sending to 2,000 subscribers, at the two
moments that matter, and restarted: every recipient gets exactly one mail.

- Kill 1 comes when the SMTP server has the whole 700th message and the worker
  waits for its "250 OK". A send log that records "sent" only after that answer
  would send this one again.
- Kill 2 comes in the middle of a conversation (after RCPT TO, before DATA) of
  the second worker. A send log that counts every claimed recipient as
  possibly sent would never send this one.

The sink counts mails per recipient; the worker is a real `celery worker`
process (SIGKILL, no warm shutdown), restarted with beat so the sweeper finds
what the dead worker left behind.
"""

import threading
from pathlib import Path

import pytest

from channels.newsletter import sending
from channels.newsletter.models import Sending, SendLog, Subscriber
from tests import builders
from tests.channels.conftest import wait_until
from tests.channels.newsletter.conftest import archive_of, issue_in

pytestmark = [pytest.mark.integration]
RECIPIENTS = 2000


def children_of(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid:
            found.append(int(stat.parent.name))
    return found


def kill_with_its_beat(worker) -> list[int]:
    """SIGKILL the worker and, with its process group, the beat ``--beat`` forked;
    return the children that were there, to check that they are gone."""
    children = children_of(worker.process.pid)
    worker.kill()
    return children


@pytest.fixture
def tree(transactional_db, settings):
    # The pages need no deliveries of their own here: their tasks would only
    # queue up in front of the batches.
    settings.HUB_CHANNEL_ROUTES = {"*": []}
    return builders.site_tree()


def test_a_worker_killed_twice_midway_leaves_every_recipient_exactly_one_mail(
    celery_worker, tree, smtp_sink
):
    Subscriber.objects.bulk_create(
        Subscriber(email=f"leser{n:04d}@example.org", status=Subscriber.Status.ACTIVE)
        for n in range(RECIPIENTS)
    )
    issue = issue_in(archive_of(tree.home), "Ausgabe August", picked=[tree.kultur_offer])
    worker_env = {
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_sink.port),
        "NEWSLETTER_MAX_PER_SECOND": "0",
        "NEWSLETTER_BATCH_SIZE": "250",
        # A dead worker's claim is taken over after 3 s; the sweeper runs every second.
        "NEWSLETTER_CLAIM_LEASE_SECONDS": "3",
    }
    killed = {"data": threading.Event(), "rcpt": threading.Event()}
    seen = {}

    def kill_on_data(number, received):
        if number == 700 and not killed["data"].is_set():
            seen["data"] = received.recipients[0]
            kill_with_its_beat(celery_worker)
            killed["data"].set()

    def kill_on_rcpt(number, address):
        if number == 1400 and not killed["rcpt"].is_set():
            seen["rcpt"] = address
            seen["beat"] = kill_with_its_beat(celery_worker)
            killed["rcpt"].set()

    smtp_sink.on_data = kill_on_data
    smtp_sink.on_rcpt = kill_on_rcpt

    celery_worker.start(**worker_env)
    sending.start(issue)
    assert killed["data"].wait(60), celery_worker.log()[-3000:]
    celery_worker.start(beat=True, **worker_env)
    assert killed["rcpt"].wait(60), celery_worker.log()[-3000:]
    # The beat the second worker forked died with it (else it would outlive the test).
    assert seen["beat"]
    wait_until(
        lambda: not any(Path(f"/proc/{pid}").exists() for pid in seen["beat"]),
        timeout=10,
        message="the killed worker's beat is still running",
    )
    celery_worker.start(beat=True, **worker_env)

    wait_until(
        lambda: Sending.objects.get(issue=issue).state == Sending.State.DONE,
        timeout=100,
        message=celery_worker.log()[-3000:],
    )

    per_recipient = smtp_sink.count_per_recipient()
    assert len(per_recipient) == RECIPIENTS
    assert set(per_recipient.values()) == {1}
    states = SendLog.objects.filter(issue=issue).values_list("state", flat=True)
    assert list(states.distinct()) == [SendLog.State.SENT]
    assert states.count() == RECIPIENTS
    # Recorded as sent before the server had it: not sent again after kill 1.
    accepted = SendLog.objects.get(issue=issue, subscriber__email=seen["data"])
    assert accepted.attempts == 1
    # Killed before the end of DATA: sent again, once, after the lease ran out.
    interrupted = SendLog.objects.get(issue=issue, subscriber__email=seen["rcpt"])
    assert interrupted.attempts == 2
