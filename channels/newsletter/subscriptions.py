"""Signing up, confirming, changing, unsubscribing, exporting and deleting.

From the outside every sign-up looks the same: whether the address is new,
waiting for confirmation, subscribed or was unsubscribed, the answer is "please
check your inbox", and the mail is sent by a worker after the request, so not
even the time the answer takes tells. What the inbox gets differs: a
confirmation link, or (for an address that is already subscribed) a note with
the link to its preferences, which does not change them.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from channels.newsletter import ratelimit
from channels.newsletter.models import SendLog, Subscriber

Status = Subscriber.Status
PREFERENCE_FIELDS = ("language", "topics", "districts", "kinds", "frequency")

CONFIRM_MAIL = "confirm"
KNOWN_MAIL = "known"


def request_subscription(data: dict) -> None:
    """Someone asked to subscribe ``data["email"]`` with the preferences in ``data``."""
    email = Subscriber.normalise(data["email"])
    # One address gets only a few mails a day, however often it is entered: the
    # form must not become a way to flood someone's inbox. Silently, so the
    # answer stays the same.
    if not ratelimit.hit(
        "address", email, settings.NEWSLETTER_SUBSCRIBE_PER_ADDRESS_PER_DAY, 86400
    ):
        return
    preferences = {name: data[name] for name in PREFERENCE_FIELDS if name in data}
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(email=email, **preferences)
            except IntegrityError:
                return  # the same address, a moment ago in another request: its mail is on the way
            mail = CONFIRM_MAIL
        elif subscriber.status == Status.ACTIVE:
            # Not changed by whoever typed the address: only the link in the mail may.
            mail = KNOWN_MAIL
        else:
            # Waiting, unsubscribed or bounced: start again with what was asked for now.
            for name, value in preferences.items():
                setattr(subscriber, name, value)
            subscriber.status = Status.PENDING
            subscriber.created_at = timezone.now()
            subscriber.save()
            mail = CONFIRM_MAIL
        queue_mail(subscriber, mail)


def queue_mail(subscriber: Subscriber, mail: str) -> None:
    from channels.newsletter.tasks import send_subscription_mail

    pk = subscriber.pk
    transaction.on_commit(lambda: send_subscription_mail.delay(pk, mail))


def confirm(subscriber: Subscriber) -> None:
    if subscriber.status == Status.ACTIVE:
        return
    subscriber.status = Status.ACTIVE
    subscriber.confirmed_at = timezone.now()
    subscriber.unsubscribed_at = None
    subscriber.bounced_at = None
    subscriber.bounce_reason = ""
    subscriber.save()


def unsubscribe(subscriber: Subscriber) -> None:
    if subscriber.status == Status.UNSUBSCRIBED:
        return
    subscriber.status = Status.UNSUBSCRIBED
    subscriber.unsubscribed_at = timezone.now()
    subscriber.save(update_fields=["status", "unsubscribed_at"])


def update_preferences(subscriber: Subscriber, data: dict) -> None:
    for name in PREFERENCE_FIELDS:
        if name in data:
            setattr(subscriber, name, data[name])
    subscriber.save(update_fields=list(PREFERENCE_FIELDS))


def mark_bounced(subscriber_id: int, reason: str) -> None:
    """The mail server refused the address for good: send nothing more to it."""
    Subscriber.objects.filter(pk=subscriber_id).exclude(status=Status.UNSUBSCRIBED).update(
        status=Status.BOUNCED, bounced_at=timezone.now(), bounce_reason=reason[:500]
    )


def export(subscriber: Subscriber) -> dict:
    """Everything the hub keeps about a subscriber (GDPR Art. 15 and 20)."""
    received = (
        SendLog.objects.filter(subscriber=subscriber, state=SendLog.State.SENT)
        .select_related("issue")
        .order_by("sent_at")
    )
    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "topics": subscriber.topics,
        "districts": subscriber.districts,
        "kinds": subscriber.kinds,
        "frequency": subscriber.frequency,
        "status": subscriber.status,
        "created_at": _iso(subscriber.created_at),
        "confirmed_at": _iso(subscriber.confirmed_at),
        "unsubscribed_at": _iso(subscriber.unsubscribed_at),
        "bounced_at": _iso(subscriber.bounced_at),
        "bounce_reason": subscriber.bounce_reason,
        "received_issues": [
            {"title": entry.issue.title, "sent_at": _iso(entry.sent_at)} for entry in received
        ],
    }


def delete(subscriber: Subscriber) -> None:
    """Remove the address and preferences; the send log keeps anonymous counts."""
    subscriber.delete()


def expire_unconfirmed(now: datetime.datetime | None = None) -> int:
    """Sign-ups not confirmed while their link was valid are deleted."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS)
    deleted, _ = Subscriber.objects.filter(status=Status.PENDING, created_at__lt=cutoff).delete()
    return deleted


def _iso(value: datetime.datetime | None) -> str | None:
    return value.isoformat() if value else None
