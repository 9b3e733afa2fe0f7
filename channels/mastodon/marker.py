"""The hub's mark on its statuses: the page's canonical address, linked in the text.

Not every Mastodon-API server honours ``Idempotency-Key`` (GoToSocial, Takahē
and Friendica ignore it; Pixelfed refuses a repeated one), so whether a post
reached the server is decided by what the server shows: the account's recent
statuses, looked through for the link to the page. The same look finds every
status of a page when it is withdrawn, duplicates made by older versions of
the hub included.
"""

from __future__ import annotations

import datetime
import html
import re

from mastodon import Mastodon

PAGE_SIZE = 40
# How far back a withdrawal looks among the account's statuses, in pages of 40.
WITHDRAW_PAGES = 5


def carries_marker(status: dict, url: str) -> bool:
    """Does the status link to exactly this address (not to a page below it)?"""
    if not url:
        return False
    content = status.get("content") or ""
    for candidate in {url, html.escape(url)}:
        # The address must end where the link ends: /angebote/lesen/ is not
        # /angebote/lesen/vorlesen/.
        if re.search(re.escape(candidate) + r"(?=[\"'<\s]|$)", content):
            return True
    return False


def _pages(client: Mastodon, account_id: str, pages: int):
    max_id = None
    for _ in range(pages):
        batch = client.account_statuses(
            account_id, limit=PAGE_SIZE, max_id=max_id, exclude_reblogs=True
        )
        if not batch:
            return
        yield from batch
        last = str(batch[-1]["id"])
        if last == max_id or len(batch) < PAGE_SIZE:
            return
        max_id = last


def find_own_status(client: Mastodon, account_id: str, url: str, since: datetime.datetime):
    """The newest status of the account linking to ``url`` posted since ``since``, if any."""
    earliest = since - datetime.timedelta(minutes=1)  # the server's clock may differ a little
    for status in _pages(client, account_id, pages=2):
        created = status.get("created_at")
        if created and created < earliest:
            return None
        if carries_marker(status, url):
            return status
    return None


def statuses_with_marker(
    client: Mastodon, account_id: str, url: str, since: datetime.datetime | None
) -> list[dict]:
    """Every status of the account linking to ``url`` (since ``since``, within reach)."""
    earliest = since - datetime.timedelta(minutes=1) if since else None
    found = []
    for status in _pages(client, account_id, pages=WITHDRAW_PAGES):
        created = status.get("created_at")
        if earliest and created and created < earliest:
            break
        if carries_marker(status, url):
            found.append(status)
    return found
