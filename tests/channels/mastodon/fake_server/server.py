"""One fake instance's state: what tests script and inspect, and its thread's start and stop."""

from __future__ import annotations

import datetime
import io
import itertools
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit

from PIL import Image

from tests.channels.mastodon.fake_server.handler import Handler
from tests.channels.mastodon.fake_server.wire import Trouble, iso, snowflake, sort_id


@dataclass
class FakeMastodon:
    """State of one fake instance; ``base_url`` once started."""

    host: str = "127.0.0.1"
    max_characters: int = 500
    characters_reserved_per_url: int = 23
    version: str = "4.3.2"
    token: str = "test-token-hub"
    account_username: str = "engagementhagen"
    account_id: str = "109000000000000001"
    base_url: str = ""
    statuses: dict[str, dict] = field(default_factory=dict)  # posted by the hub account
    media: dict[str, dict] = field(default_factory=dict)
    timeline: list[dict] = field(default_factory=list)  # the hashtag timeline, any order
    notifications: list[dict] = field(default_factory=list)
    idempotency: dict[tuple[str, str], str] = field(default_factory=dict)
    # False: like GoToSocial, Takahē or Friendica, a repeated Idempotency-Key posts again.
    honours_idempotency_key: bool = True
    # Called (in the server's thread) with each new status, after it is stored and
    # before the answer goes out: where a test kills the client mid-post.
    after_post: Callable[[dict], None] | None = None
    requests: list[tuple[str, str]] = field(default_factory=list)
    created_count: int = 0
    troubles: list[Trouble] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)  # OAuth code -> token
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # path -> (body, type)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _tagged_cache: dict = field(default_factory=dict)

    # --- scripting ------------------------------------------------------------------
    def fail_next(self, method: str, path: str, status: int = 500, **options) -> None:
        self.troubles.append(Trouble(method, path, status=status, **options))

    def delay_next(self, method: str, path: str, seconds: float, *, after: bool = False) -> None:
        self.troubles.append(Trouble(method, path, status=200, delay=seconds, after=after))

    def next_id(self, moment: datetime.datetime | None = None) -> str:
        return snowflake(moment or datetime.datetime.now(datetime.UTC), next(self._ids))

    def account(self, username: str, display_name: str = "", host: str | None = None) -> dict:
        remote = host is not None
        host = host or self.netloc
        return {
            "id": str(abs(hash((username, host))) % 10**17),
            "username": username,
            "acct": f"{username}@{host}" if remote else username,
            "display_name": display_name or username,
            "locked": False,
            "bot": False,
            "created_at": "2023-01-01T00:00:00.000Z",
            "note": "",
            "url": f"{'https' if remote else 'http'}://{host}/@{username}",
            "avatar": f"http://{self.netloc}/avatars/{username}.png",
            "avatar_static": f"http://{self.netloc}/avatars/{username}.png",
            "header": "",
            "header_static": "",
            "followers_count": 0,
            "following_count": 0,
            "statuses_count": 1,
            "emojis": [],
            "fields": [],
        }

    def make_status(
        self,
        content: str,
        *,
        username: str = "kulturverein",
        display_name: str = "",
        host: str | None = None,
        uri: str | None = None,
        moment: datetime.datetime | None = None,
        status_id: str | None = None,
        **extra,
    ) -> dict:
        """A status as the API shows it; ``host`` makes it a remote account's."""
        moment = moment or datetime.datetime.now(datetime.UTC)
        status_id = status_id or self.next_id(moment)
        origin = f"https://{host}" if host else f"http://{self.netloc}"
        uri = uri or f"{origin}/users/{username}/statuses/{status_id}"
        status = {
            "id": status_id,
            "uri": uri,
            "url": uri.replace(f"/users/{username}/statuses/", f"/@{username}/"),
            "created_at": iso(moment),
            "edited_at": None,
            "account": self.account(username, display_name, host),
            "content": content,
            "visibility": "public",
            "sensitive": False,
            "spoiler_text": "",
            "media_attachments": [],
            "application": None,
            "mentions": [],
            "tags": [{"name": "engagementhagen", "url": f"{origin}/tags/engagementhagen"}],
            "emojis": [],
            "reblogs_count": 0,
            "favourites_count": 0,
            "replies_count": 0,
            "in_reply_to_id": None,
            "in_reply_to_account_id": None,
            "reblog": None,
            "poll": None,
            "card": None,
            "language": "de",
            "text": None,
        }
        status.update(extra)
        return status

    def add_to_timeline(self, *statuses: dict) -> None:
        with self._lock:
            self.timeline.extend(statuses)

    def tagged(self, tag: str) -> list[dict]:
        """The statuses with this tag, oldest first (kept sorted while the timeline is unchanged)."""
        tag = tag.lower()
        with self._lock:
            key = (tag, len(self.timeline), id(self.timeline[-1]) if self.timeline else None)
            if self._tagged_cache.get("key") != key:
                items = [
                    status
                    for status in self.timeline
                    if any(str(t.get("name", "")).lower() == tag for t in status.get("tags") or [])
                ]
                self._tagged_cache = {"key": key, "items": sorted(items, key=sort_id)}
            return self._tagged_cache["items"]

    def mention(self, status: dict) -> dict:
        notification = {
            "id": str(len(self.notifications) + 1000),
            "type": "mention",
            "created_at": status["created_at"],
            "account": status["account"],
            "status": status,
        }
        self.notifications.append(notification)
        return notification

    def image_attachment(self, path: str, description: str = "", kind: str = "image") -> dict:
        url = f"http://{self.netloc}{path}"
        return {
            "id": self.next_id(),
            "type": kind,
            "url": url,
            "preview_url": url,
            "remote_url": None,
            "preview_remote_url": None,
            "text_url": None,
            "meta": {"original": {"width": 64, "height": 48}},
            "description": description,
            "blurhash": "UFFiwZ~q%M",
        }

    def serve_png(self, path: str, size=(64, 48), colour="#2f6f73") -> None:
        buffer = io.BytesIO()
        Image.new("RGB", size, colour).save(buffer, "PNG")
        self.files[path] = (buffer.getvalue(), "image/png")

    @property
    def netloc(self) -> str:
        return urlsplit(self.base_url).netloc or self.host

    @property
    def posted(self) -> list[dict]:
        return list(self.statuses.values())

    # --- server -----------------------------------------------------------------------
    def start(self, port: int = 0) -> FakeMastodon:
        handler = type("Handler", (Handler,), {"fake": self})
        self._server = ThreadingHTTPServer((self.host, port), handler)
        self._server.daemon_threads = True
        self.base_url = f"http://{self.host}:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def test_port_candidates() -> list[int]:
    """Ports for fake servers: MASTODON_FAKE_PORTS="8201-8209" on a shared machine, else any."""
    spec = os.environ.get("MASTODON_FAKE_PORTS", "")
    if "-" in spec:
        low, high = (int(part) for part in spec.split("-", 1))
        return list(range(low, high + 1))
    return [0]


def start_fake(**options) -> FakeMastodon:
    last_error = None
    for port in test_port_candidates():
        fake = FakeMastodon(**options)
        try:
            return fake.start(port)
        except OSError as error:
            last_error = error
    raise RuntimeError(f"no free port for a fake Mastodon server: {last_error}")
