"""What the fake's parts share: Mastodon's ids and dates, scripted trouble, answers."""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass

HASHTAG_PATH = re.compile(r"^/api/v1/timelines/tag/(?P<tag>[^/?]+)$")
STATUS_PATH = re.compile(r"^/api/v1/statuses/(?P<id>\d+)$")
ACCOUNT_STATUSES_PATH = re.compile(r"^/api/v1/accounts/(?P<id>\d+)/statuses$")


def snowflake(moment: datetime.datetime, sequence: int = 0) -> str:
    """Mastodon's ids: milliseconds since 1970 in the upper bits, a sequence below."""
    return str((int(moment.timestamp() * 1000) << 16) + (sequence & 0xFFFF))


def iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


@dataclass
class Trouble:
    method: str
    path: str  # prefix
    status: int = 500
    delay: float = 0.0
    after: bool = False  # carry the request out, then delay the answer
    reset_in: float = 2.0  # for 429: seconds until X-RateLimit-Reset
    body: dict | None = None


def sort_id(item: dict) -> int:
    return int(item["id"])


class Answer(Exception):
    """Raised by a route to answer at once (an error, usually)."""

    def __init__(self, status: int, payload, headers: dict | None = None):
        super().__init__(status)
        self.status, self.payload, self.headers = status, payload, headers or {}


def linkify(text: str) -> str:
    escaped = html.escape(text).replace("\n", "<br>")
    return re.sub(
        r"(https?://[^\s<]+)",
        r'<a href="\1" rel="nofollow noopener noreferrer" target="_blank">\1</a>',
        escaped,
    )
