"""One batch over one connection: claim, build, send and record each recipient in turn."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Min
from django.utils import timezone

from channels.newsletter import backends
from channels.newsletter.compose import Composition
from channels.newsletter.mails import IssueMailer
from channels.newsletter.models import Sending, SendLog
from channels.newsletter.ratelimit import Throttle
from channels.newsletter.sending.claims import (
    claim,
    claimable,
    is_sent,
    mark_sent,
    refused,
    retry,
    settle,
    text,
)
from channels.newsletter.sending.commit_point import RefusedAfterCommit, deliver
from channels.newsletter.sending.sweeper import finish_if_done, heartbeat
from channels.newsletter.smtp import Abandoned, EndOfDataNotSent

State = SendLog.State
HEARTBEAT_EVERY = 25
# Connection failures in a row after which a batch stops and tries again later.
CONNECTION_FAILURES_TO_PAUSE = 3


@dataclass
class BatchResult:
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    retry_in: float | None = None  # seconds until rows of this batch may be tried again


def send_batch(issue_id: int, first_pk: int, last_pk: int, *, connection=None) -> BatchResult:
    result = BatchResult()
    sending = Sending.objects.filter(issue_id=issue_id, state=Sending.State.SENDING).first()
    if sending is None:
        return result
    mailer = IssueMailer(issue_id, Composition.from_json(sending.composition))
    throttle = Throttle(settings.NEWSLETTER_MAX_PER_SECOND)
    connection = connection or backends.connection()
    rows = list(
        SendLog.objects.filter(issue_id=issue_id, pk__gte=first_pk, pk__lte=last_pk)
        .filter(claimable(timezone.now()))
        .select_related("subscriber")
        .order_by("pk")
    )
    failures_in_a_row = 0
    try:
        for number, row in enumerate(rows, start=1):
            outcome = send_one(row, mailer, connection, throttle)
            if outcome == State.SENT:
                result.sent += 1
            elif outcome == State.FAILED:
                result.failed += 1
            elif outcome == State.SKIPPED:
                result.skipped += 1
            failures_in_a_row = failures_in_a_row + 1 if outcome == "connection" else 0
            if failures_in_a_row >= CONNECTION_FAILURES_TO_PAUSE:
                break
            if number % HEARTBEAT_EVERY == 0:
                heartbeat(sending.pk)
    finally:
        connection.close()
    heartbeat(sending.pk)
    finish_if_done(sending.pk)
    result.retry_in = _retry_in(issue_id, first_pk, last_pk)
    return result


def send_one(row: SendLog, mailer: IssueMailer, connection, throttle: Throttle) -> str:
    """Claim, send and record one recipient; returns the row's new state (or why not)."""
    token = claim(row.pk)
    if token is None:
        return "taken"
    attempt = row.attempts + 1
    subscriber = row.subscriber
    if subscriber is None or not subscriber.is_active or subscriber.is_example:
        settle(row.pk, token, State.SKIPPED, "Nicht mehr angemeldet.")
        return State.SKIPPED
    message = mailer.message_for(subscriber, connection)
    if message is None:
        settle(row.pk, token, State.SKIPPED, "Nach geänderten Einstellungen nichts Passendes.")
        return State.SKIPPED
    message_id = message.extra_headers["Message-ID"]
    throttle.wait()
    try:
        deliver(connection, message, lambda: mark_sent(row.pk, token, message_id))
    except Abandoned:
        return "taken"
    except smtplib.SMTPRecipientsRefused as error:
        code, response = next(iter(error.recipients.values()))
        return refused(row.pk, token, State.CLAIMED, subscriber.pk, code, response, attempt)
    except RefusedAfterCommit as error:
        return refused(
            row.pk, token, State.SENT, subscriber.pk, error.code, error.response, attempt
        )
    except smtplib.SMTPSenderRefused as error:
        # Our sender, not this recipient: temporary for the row, visible to editors.
        message = (
            f"Der Mailserver lehnt den Absender ab: {error.smtp_code} {text(error.smtp_error)}"
        )
        Sending.objects.filter(issue_id=row.issue_id).update(last_error=message)
        retry(row.pk, token, State.CLAIMED, message, attempt)
        return "connection"
    except smtplib.SMTPDataError as error:
        # After the final dot the row is already "sent"; before it, still claimed.
        expected = State.SENT if is_sent(row.pk, token) else State.CLAIMED
        return refused(
            row.pk, token, expected, subscriber.pk, error.smtp_code, error.smtp_error, attempt
        )
    except EndOfDataNotSent as error:
        retry(row.pk, token, State.SENT, f"Verbindung abgebrochen: {error}", attempt)
        _drop(connection)
        return "connection"
    except (smtplib.SMTPException, OSError) as error:
        retry(row.pk, token, State.CLAIMED, f"Verbindung: {type(error).__name__}: {error}", attempt)
        _drop(connection)
        return "connection"
    return State.SENT


def _drop(connection) -> None:
    drop = getattr(connection, "drop", None)
    if drop is not None:
        drop()
    else:
        connection.close()


def _retry_in(issue_id: int, first_pk: int, last_pk: int) -> float | None:
    waiting = SendLog.objects.filter(
        issue_id=issue_id, pk__gte=first_pk, pk__lte=last_pk, state=State.QUEUED
    ).aggregate(earliest=Min("not_before"))
    if not SendLog.objects.filter(
        issue_id=issue_id, pk__gte=first_pk, pk__lte=last_pk, state=State.QUEUED
    ).exists():
        return None
    earliest = waiting["earliest"]
    if earliest is None:
        return 1.0
    return max((earliest - timezone.now()).total_seconds(), 1.0)
