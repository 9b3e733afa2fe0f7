"""The parts of sending that make it exactly once, paced and resumable."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.core.mail import EmailMessage, get_connection
from django.utils import timezone

from channels.newsletter import sending
from channels.newsletter.digest import compose_weekly_digest
from channels.newsletter.models import NewsletterIssuePage, Sending, SendLog, Subscriber
from channels.newsletter.pool import remember
from channels.newsletter.ratelimit import Throttle
from channels.newsletter.smtp import Abandoned, dot_stuffed
from channels.newsletter.tasks import resume_sendings
from tests.channels.newsletter.conftest import issue_in, subscriber


@pytest.fixture
def started(archive, site_tree):
    subscriber("eins@example.org")
    subscriber("zwei@example.org")
    issue = issue_in(archive, "Ausgabe Juni", picked=[site_tree.kultur_offer])
    sending.start(issue)  # not committed in this test: nothing sent yet
    return issue


def test_a_row_is_claimed_by_one_worker_and_again_only_after_its_lease(started, settings):
    row = SendLog.objects.filter(issue=started).first()

    first = sending.claim(row.pk)
    second = sending.claim(row.pk)
    assert first is not None and second is None

    SendLog.objects.filter(pk=row.pk).update(
        claimed_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    third = sending.claim(row.pk)
    assert third is not None
    # The first worker comes back late: its claim is gone, so it may not record a mail.
    assert sending.mark_sent(row.pk, first, "<x@example.org>") is False
    assert sending.mark_sent(row.pk, third, "<x@example.org>") is True


def test_a_sent_row_is_never_claimed_again(started):
    row = SendLog.objects.filter(issue=started).first()
    token = sending.claim(row.pk)
    sending.mark_sent(row.pk, token, "<x@example.org>")

    assert sending.claim(row.pk) is None


@pytest.mark.integration
def test_the_smtp_backend_abandons_a_message_whose_claim_was_lost(mail_through):
    backend = get_connection("channels.newsletter.smtp.EmailBackend", timeout=5)
    lost = EmailMessage("Verloren", "Text", "a@example.org", ["verloren@example.org"])
    kept = EmailMessage("Behalten", "Text", "a@example.org", ["behalten@example.org"])

    with pytest.raises(Abandoned):
        backend.send_committed(lost, lambda: False)
    backend.send_committed(kept, lambda: True)
    backend.close()

    assert mail_through.to("verloren@example.org") == []
    assert len(mail_through.to("behalten@example.org")) == 1


@pytest.mark.integration
def test_the_smtp_backend_reports_a_refused_recipient_with_its_code(mail_through):
    mail_through.refuse["niemand@example.org"] = "550 5.1.1 No such user"
    backend = get_connection("channels.newsletter.smtp.EmailBackend", timeout=5)
    message = EmailMessage("Hallo", "Text", "a@example.org", ["niemand@example.org"])

    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        backend.send_committed(message, lambda: True)

    assert refused.value.recipients["niemand@example.org"][0] == 550


def test_lines_starting_with_a_dot_are_doubled_so_the_message_cannot_end_early():
    assert dot_stuffed(b"Hallo\n.\nWelt") == b"Hallo\r\n..\r\nWelt\r\n"


def test_the_sweeper_finishes_a_sending_whose_worker_disappeared(started, settings):
    settings.NEWSLETTER_CLAIM_LEASE_SECONDS = 60
    # A worker claimed one row and died; nobody touched the sending since.
    row = SendLog.objects.filter(issue=started).first()
    sending.claim(row.pk)
    long_ago = timezone.now() - datetime.timedelta(minutes=5)
    SendLog.objects.filter(pk=row.pk).update(claimed_until=long_ago)
    Sending.objects.filter(issue=started).update(heartbeat_at=long_ago)

    assert resume_sendings() == 1

    assert sorted(message.to[0] for message in mail.outbox) == [
        "eins@example.org",
        "zwei@example.org",
    ]
    assert Sending.objects.get(issue=started).state == Sending.State.DONE


def test_the_sweeper_leaves_a_sending_alone_while_a_worker_moves_it_on(started):
    Sending.objects.filter(issue=started).update(heartbeat_at=timezone.now())

    assert resume_sendings() == 0
    assert mail.outbox == []


def test_a_subscriber_who_left_after_the_start_is_skipped(started):
    Subscriber.objects.filter(email="zwei@example.org").update(
        status=Subscriber.Status.UNSUBSCRIBED
    )
    first, last = sending.batches(Sending.objects.get(issue=started))[0]

    result = sending.send_batch(started.pk, first, last)

    assert (result.sent, result.skipped) == (1, 1)
    assert [message.to for message in mail.outbox] == [["eins@example.org"]]


def test_the_rate_limit_holds_every_worker_to_so_many_mails_per_second():
    now = [1000.0]
    slept = []

    def sleep(seconds):
        slept.append(round(seconds, 3))
        now[0] += seconds

    throttle = Throttle(3, clock=lambda: now[0], sleep=sleep)
    for _ in range(7):
        throttle.wait()

    # Three in the first second, three in the next, the seventh in the third.
    assert slept == [1.0, 1.0]


def test_the_weekly_digest_goes_out_once_on_monday_morning_with_the_weeks_news(
    archive, site_tree, django_capture_on_commit_callbacks
):
    subscriber("woche@example.org", frequency=Subscriber.Frequency.WEEKLY)
    subscriber("jede@example.org")
    remember(site_tree.kultur_offer.to_item())
    monday = timezone.make_aware(datetime.datetime(2026, 6, 8, 8, 0))

    assert compose_weekly_digest(monday - datetime.timedelta(hours=2)) is None  # too early
    assert compose_weekly_digest(monday + datetime.timedelta(days=1)) is None  # Tuesday
    with django_capture_on_commit_callbacks(execute=True):
        digest = compose_weekly_digest(monday)
    assert compose_weekly_digest(monday + datetime.timedelta(hours=1)) is None  # done this week

    assert digest.title == "Wochenrückblick vom 01.06. bis 07.06.2026"
    assert digest.live and NewsletterIssuePage.objects.count() == 1
    assert [message.to for message in mail.outbox] == [["woche@example.org"]]
    assert "Helfer*innen für das Sommerfest" in mail.outbox[0].body
