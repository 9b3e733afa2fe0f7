"""Sending an issue: exactly one mail per recipient, in batches, resumable.

1. ``start(issue)`` freezes the composition and writes one send-log row per
   recipient who gets anything (unique per issue and subscriber), in one
   transaction, then queues ``newsletter.send_issue``. A second click, or a
   second request racing the first, finds the sending and does nothing.
2. ``send_issue`` fans out one ``send_batch`` task per NEWSLETTER_BATCH_SIZE rows.
3. A batch opens one connection and, per recipient: claims the row (queued →
   claimed, with a token and a lease; one UPDATE, so two workers never both
   win), builds the mail, talks SMTP up to the last line, commits "sent"
   (only if the claim is still its own), and then sends the final dot.

Where a crash leaves things:

- before the commit: the row is claimed, the server discarded the unfinished
  message; once the lease runs out the row is claimed and sent again.
- after the commit: the row is sent; the server has the message.
- between the commit and the final dot (microseconds): the row says sent but
  the server discarded the message. That recipient misses this issue. We chose
  that over the alternative (mark after the server's "250 OK"), whose window
  is a network round trip plus a database write, and which would send twice.

With a provider backend that has no such moment (an HTTP API through
django-anymail), the commit comes right before the call: at most once, as
above (see ``deliver``).

Temporary errors (4xx, lost connection) put the row back with a delay, up to
NEWSLETTER_MAX_ATTEMPTS; permanent ones (5xx for the recipient) fail it and
mark the subscriber as bounced. The sweeper (``newsletter.resume_sendings``)
starts batches again for a sending no worker has touched for a lease: a
killed worker's batch is finished by another.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from anymail.exceptions import AnymailRecipientsRefused, AnymailRequestsAPIError
from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Min, Q
from django.utils import timezone

from channels.delivery import backoff
from channels.newsletter import backends, subscriptions
from channels.newsletter.compose import Composition, compose
from channels.newsletter.mails import IssueMailer
from channels.newsletter.models import Candidate, Sending, SendLog, Subscriber
from channels.newsletter.ratelimit import Throttle
from channels.newsletter.smtp import Abandoned, EndOfDataNotSent

logger = logging.getLogger(__name__)
State = SendLog.State
HEARTBEAT_EVERY = 25
# Connection failures in a row after which a batch stops and tries again later.
CONNECTION_FAILURES_TO_PAUSE = 3


# --- 1. start ----------------------------------------------------------------------------------
def recipients(audience: str):
    return Subscriber.objects.filter(
        status=Subscriber.Status.ACTIVE, frequency=audience, is_example=False
    ).only("pk", "email", "language", "topics", "districts", "kinds", "status")


def start(issue, user=None) -> Sending:
    """Begin sending ``issue`` (idempotent: a second call returns the first sending)."""
    from wagtail.models import Page

    with transaction.atomic():
        # Serialises two clicks on "Versenden": the second waits here, then finds the sending.
        Page.objects.select_for_update().filter(pk=issue.pk).first()
        existing = Sending.objects.filter(issue_id=issue.pk).first()
        if existing is not None:
            return existing
        composition = compose(issue)
        now = timezone.now()
        try:
            with transaction.atomic():
                sending = Sending.objects.create(
                    issue_id=issue.pk,
                    audience=issue.audience,
                    composition=composition.to_json(),
                    started_by=user if user is not None and user.is_authenticated else None,
                    started_at=now,
                    heartbeat_at=now,
                )
        except IntegrityError:
            return Sending.objects.get(issue_id=issue.pk)
        rows = [
            SendLog(issue_id=issue.pk, subscriber_id=subscriber.pk)
            for subscriber in recipients(issue.audience).iterator(chunk_size=2000)
            if composition.items_for(subscriber)
        ]
        SendLog.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
        sending.total = SendLog.objects.filter(issue_id=issue.pk).count()
        sending.save(update_fields=["total"])
        Candidate.objects.filter(page_id__in=composition.page_ids(), sent_at__isnull=True).update(
            sent_at=now
        )
        sending_id = sending.pk
        transaction.on_commit(lambda: _queue_fan_out(sending_id))
    return sending


def _queue_fan_out(sending_id: int) -> None:
    from channels.newsletter.tasks import send_issue

    send_issue.delay(sending_id)


# --- 2. fan out --------------------------------------------------------------------------------
def batches(sending: Sending) -> list[tuple[int, int]]:
    """(first pk, last pk) of each batch of rows still to send."""
    ids = list(
        SendLog.objects.filter(issue_id=sending.issue_id, state__in=[State.QUEUED, State.CLAIMED])
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    size = max(settings.NEWSLETTER_BATCH_SIZE, 1)
    return [
        (chunk[0], chunk[-1]) for chunk in (ids[i : i + size] for i in range(0, len(ids), size))
    ]


# --- 3. one batch ------------------------------------------------------------------------------
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
        .filter(_claimable(timezone.now()))
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
                _heartbeat(sending.pk)
    finally:
        connection.close()
    _heartbeat(sending.pk)
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
        _settle(row.pk, token, State.SKIPPED, "Nicht mehr angemeldet.")
        return State.SKIPPED
    message = mailer.message_for(subscriber, connection)
    if message is None:
        _settle(row.pk, token, State.SKIPPED, "Nach geänderten Einstellungen nichts Passendes.")
        return State.SKIPPED
    message_id = message.extra_headers["Message-ID"]
    throttle.wait()
    try:
        deliver(connection, message, lambda: mark_sent(row.pk, token, message_id))
    except Abandoned:
        return "taken"
    except smtplib.SMTPRecipientsRefused as error:
        code, response = next(iter(error.recipients.values()))
        return _refused(row.pk, token, State.CLAIMED, subscriber.pk, code, response, attempt)
    except RefusedAfterCommit as error:
        return _refused(
            row.pk, token, State.SENT, subscriber.pk, error.code, error.response, attempt
        )
    except smtplib.SMTPSenderRefused as error:
        # Our sender, not this recipient: temporary for the row, visible to editors.
        message = (
            f"Der Mailserver lehnt den Absender ab: {error.smtp_code} {_text(error.smtp_error)}"
        )
        Sending.objects.filter(issue_id=row.issue_id).update(last_error=message)
        _retry(row.pk, token, State.CLAIMED, message, attempt)
        return "connection"
    except smtplib.SMTPDataError as error:
        # After the final dot the row is already "sent"; before it, still claimed.
        expected = State.SENT if _is_sent(row.pk, token) else State.CLAIMED
        return _refused(
            row.pk, token, expected, subscriber.pk, error.smtp_code, error.smtp_error, attempt
        )
    except EndOfDataNotSent as error:
        _retry(row.pk, token, State.SENT, f"Verbindung abgebrochen: {error}", attempt)
        _drop(connection)
        return "connection"
    except (smtplib.SMTPException, OSError) as error:
        _retry(
            row.pk, token, State.CLAIMED, f"Verbindung: {type(error).__name__}: {error}", attempt
        )
        _drop(connection)
        return "connection"
    return State.SENT


class RefusedAfterCommit(Exception):
    """A provider refused the recipient; the row was already committed as sent."""

    def __init__(self, code: int, response: str):
        super().__init__(f"{code} {response}")
        self.code, self.response = code, response


def deliver(connection, message, commit: Callable[[], bool]) -> None:
    """Send through the hub's SMTP backend with its commit point, or commit first.

    Any other backend (a provider's, through django-anymail) has no moment to
    take a message back, so the row is committed right before the call: an
    answer that says "not sent" puts it back, a refused recipient fails it, and
    no answer at all counts as sent (at most once, never twice).
    """
    if hasattr(connection, "send_committed"):
        connection.send_committed(message, commit)
        return
    if not commit():
        raise Abandoned
    try:
        connection.send_messages([message])
    except AnymailRecipientsRefused as error:
        raise RefusedAfterCommit(550, str(error)) from error
    except AnymailRequestsAPIError as error:
        if error.response is None:
            # The request went out and no answer came back: the provider may have it.
            logger.warning("no answer from the mail provider; counted as sent: %s", error)
            return
        raise EndOfDataNotSent(str(error)) from error
    except Exception as error:
        raise EndOfDataNotSent(str(error)) from error


# --- the row's state, always guarded by the claim token ------------------------------------------
def _claimable(now: datetime.datetime) -> Q:
    waiting = Q(state=State.QUEUED) & (Q(not_before__isnull=True) | Q(not_before__lte=now))
    abandoned = Q(state=State.CLAIMED, claimed_until__lt=now)
    return waiting | abandoned


def claim(row_pk: int) -> uuid.UUID | None:
    """Take the row for one lease; None if another worker has it or it is done."""
    from django.db.models import F

    now = timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        _without_waiting_for_disk()
        taken = (
            SendLog.objects.filter(pk=row_pk)
            .filter(_claimable(now))
            .update(
                state=State.CLAIMED,
                claim_token=token,
                claimed_until=now
                + datetime.timedelta(seconds=settings.NEWSLETTER_CLAIM_LEASE_SECONDS),
                attempts=F("attempts") + 1,
                not_before=None,
            )
        )
    return token if taken else None


def _without_waiting_for_disk() -> None:
    """PostgreSQL: this transaction's commit need not wait for its WAL to reach the disk.

    Safe for a claim: a claim lost in a database crash leaves the row queued, and
    nothing was sent for it, because recording "sent" (a normal, durable commit)
    flushes the WAL up to and including the claim before the mail can go out.
    It saves one disk flush per mail, half of the database's cost of sending.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


def mark_sent(row_pk: int, token: uuid.UUID, message_id: str) -> bool:
    """The commit point: only the worker holding the claim may record the mail as sent."""
    return bool(
        SendLog.objects.filter(pk=row_pk, claim_token=token, state=State.CLAIMED).update(
            state=State.SENT, sent_at=timezone.now(), message_id=message_id[:255], error=""
        )
    )


def _is_sent(row_pk: int, token: uuid.UUID) -> bool:
    return SendLog.objects.filter(pk=row_pk, claim_token=token, state=State.SENT).exists()


def _settle(row_pk, token, state, error: str, expected: str = State.CLAIMED) -> None:
    SendLog.objects.filter(pk=row_pk, claim_token=token, state=expected).update(
        state=state, error=error[:2000], claimed_until=None, sent_at=None
    )


def _retry(row_pk, token, expected: str, error: str, attempt: int) -> None:
    if attempt >= settings.NEWSLETTER_MAX_ATTEMPTS:
        _settle(
            row_pk, token, State.FAILED, f"Nach {attempt} Versuchen aufgegeben: {error}", expected
        )
        return
    delay = backoff(attempt)
    SendLog.objects.filter(pk=row_pk, claim_token=token, state=expected).update(
        state=State.QUEUED,
        error=error[:2000],
        claimed_until=None,
        sent_at=None,
        message_id="",
        not_before=timezone.now() + datetime.timedelta(seconds=delay),
    )


def _refused(row_pk, token, expected, subscriber_pk, code, response, attempt) -> str:
    reason = f"{code} {_text(response)}"
    if 500 <= (code or 0) < 600:
        _settle(row_pk, token, State.FAILED, f"Dauerhaft abgelehnt: {reason}", expected)
        subscriptions.mark_bounced(subscriber_pk, reason)
        return State.FAILED
    _retry(row_pk, token, expected, f"Vorübergehend abgelehnt: {reason}", attempt)
    return "temporary"


def _text(response) -> str:
    return response.decode("utf-8", "replace") if isinstance(response, bytes) else str(response)


def _drop(connection) -> None:
    drop = getattr(connection, "drop", None)
    if drop is not None:
        drop()
    else:
        connection.close()


def _heartbeat(sending_pk: int) -> None:
    Sending.objects.filter(pk=sending_pk).update(heartbeat_at=timezone.now())


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


def finish_if_done(sending_pk: int) -> bool:
    sending = Sending.objects.filter(pk=sending_pk).first()
    if sending is None:
        return False
    busy = SendLog.objects.filter(
        issue_id=sending.issue_id, state__in=[State.QUEUED, State.CLAIMED]
    ).exists()
    if busy:
        return False
    return bool(
        Sending.objects.filter(pk=sending_pk, state=Sending.State.SENDING).update(
            state=Sending.State.DONE, finished_at=timezone.now()
        )
    )


# --- the sweeper -------------------------------------------------------------------------------
def stalled(now: datetime.datetime | None = None) -> list[Sending]:
    """Sendings no worker has moved on for a lease: their batches are lost or done."""
    now = now or timezone.now()
    quiet_since = now - datetime.timedelta(seconds=settings.NEWSLETTER_CLAIM_LEASE_SECONDS)
    return list(
        Sending.objects.filter(state=Sending.State.SENDING).filter(
            Q(heartbeat_at__isnull=True) | Q(heartbeat_at__lt=quiet_since)
        )
    )
