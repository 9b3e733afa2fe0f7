"""Going live and getting deliveries are one fact: Wagtail's publish runs in one transaction.

Wagtail 8 saves the page (live, live revision) in a transaction of its own and
sends ``page_published`` after that commit. A dispatch that then fails (a lost
database connection, a crash) would leave the page live without deliveries,
for good. Wrapping Wagtail's publish and unpublish steps in ``atomic`` makes
the signal handlers run inside the same transaction: the page goes live with
its Delivery rows, or not at all. Tasks are queued only after the commit
(``transaction.on_commit``), so the broker is never on this path.

This wraps two private methods of Wagtail's actions; ``tests/channels/
test_durable_dispatch.py`` fails if a Wagtail upgrade moves them.
"""

from __future__ import annotations

import functools

from django.db import transaction
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.actions.unpublish import UnpublishAction

_WRAPPED = "_hub_atomic"


def _atomic(method):
    if getattr(method, _WRAPPED, False):
        return method

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        with transaction.atomic():
            return method(*args, **kwargs)

    setattr(wrapper, _WRAPPED, True)
    return wrapper


def make_publishing_atomic() -> None:
    PublishRevisionAction._publish_revision = _atomic(PublishRevisionAction._publish_revision)
    UnpublishAction._unpublish_object = _atomic(UnpublishAction._unpublish_object)
