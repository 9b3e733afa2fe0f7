"""Signed links in mails: confirm a sign-up, manage preferences, unsubscribe.

A token is the subscriber's random ``key`` signed with the project's secret
(django.core.signing), with a salt per purpose so one kind of link cannot be
used as another. Confirmation links expire (TimestampSigner); the links in
newsletters do not, because an old mail must still unsubscribe. Deleting a
subscriber deletes the key, and with it every link.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core import signing

from channels.newsletter.models import Subscriber

CONFIRM = "newsletter.confirm"
MANAGE = "newsletter.manage"


def confirm_token(subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM).sign(subscriber.key.hex)


def manage_token(subscriber: Subscriber) -> str:
    return signing.Signer(salt=MANAGE).sign(subscriber.key.hex)


class Expired(Exception):
    """A confirmation link older than NEWSLETTER_CONFIRM_DAYS."""


def subscriber_from_confirm_token(token: str) -> Subscriber | None:
    """The subscriber, None for a link that is not ours; raises Expired for an old one."""
    signer = signing.TimestampSigner(salt=CONFIRM)
    try:
        value = signer.unsign(token, max_age=settings.NEWSLETTER_CONFIRM_DAYS * 86400)
    except signing.SignatureExpired:
        raise Expired from None
    except signing.BadSignature:
        return None
    return _by_key(value)


def subscriber_from_manage_token(token: str) -> Subscriber | None:
    try:
        value = signing.Signer(salt=MANAGE).unsign(token)
    except signing.BadSignature:
        return None
    return _by_key(value)


def _by_key(value: str) -> Subscriber | None:
    try:
        key = uuid.UUID(hex=value)
    except ValueError:
        return None
    return Subscriber.objects.filter(key=key).first()
