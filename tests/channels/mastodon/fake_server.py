"""A small Mastodon server for the test suite: the parts of the API the hub uses.

It runs in a thread of the test process (``http.server``) and answers like a
real Mastodon 4.3 does, after https://docs.joinmastodon.org/methods/ and
/entities/: instance information (v1 and v2, with
``configuration.statuses.max_characters``), app registration and OAuth tokens,
statuses (post with ``Idempotency-Key`` remembered per account, as Mastodon
does for an hour; edit; delete), media attachments, an account's statuses,
hashtag timelines and notifications with ``since_id``/``min_id``/``max_id``
paging and ``Link`` headers, and ``X-RateLimit-*`` headers on every answer.

Tests script trouble with ``fail_next`` (a 429 with its reset time, a 500, a
401…) and ``delay_next`` (no answer in time; with ``after=True`` the request
is carried out first, as when a status was created but the answer was lost).
"""

from __future__ import annotations

import bisect
import datetime
import io
import itertools
import json
import os
import re
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from PIL import Image

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
                self._tagged_cache = {"key": key, "items": sorted(items, key=_id)}
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
        handler = type("Handler", (_Handler,), {"fake": self})
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


class _Handler(BaseHTTPRequestHandler):
    fake: FakeMastodon
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: without this, Nagle's algorithm and
    # delayed ACKs add 40 ms to every answer.
    disable_nagle_algorithm = True

    def log_message(self, format, *args):  # quiet in tests
        pass

    # --- plumbing ---------------------------------------------------------------------
    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def do_PUT(self):
        self._dispatch("PUT")

    def do_DELETE(self):
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        fake = self.fake
        parts = urlsplit(self.path)
        self.query = parse_qs(parts.query)
        self.form, self.files = self._read_body()
        fake.requests.append((method, parts.path))
        trouble = self._trouble(method, parts.path)
        if trouble and trouble.delay and not trouble.after:
            time.sleep(trouble.delay)
        if trouble and trouble.status != 200:
            self._error(trouble)
            return
        try:
            status, payload, headers = self._route(method, parts.path)
        except _Answer as answer:
            status, payload, headers = answer.status, answer.payload, answer.headers
        if trouble and trouble.after:
            time.sleep(trouble.delay)  # done, but the answer comes too late
        self._send(status, payload, headers)

    def _trouble(self, method: str, path: str) -> Trouble | None:
        with self.fake._lock:
            for index, trouble in enumerate(self.fake.troubles):
                if trouble.method == method and path.startswith(trouble.path):
                    return self.fake.troubles.pop(index)
        return None

    def _read_body(self) -> tuple[dict[str, list[str]], dict[str, bytes]]:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        kind = self.headers.get("Content-Type", "")
        if kind.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {kind}\r\n\r\n".encode() + body
            )
            form: dict[str, list[str]] = {}
            files: dict[str, bytes] = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                data = part.get_payload(decode=True) or b""
                if part.get_filename() is not None:
                    files[name] = data
                else:
                    form.setdefault(name, []).append(data.decode())
            return form, files
        if kind.startswith("application/json"):
            data = json.loads(body or b"{}")
            return {k: v if isinstance(v, list) else [v] for k, v in data.items()}, {}
        return parse_qs(body.decode(), keep_blank_values=True), {}

    def _rate_headers(self, remaining: int = 299, reset_in: float = 300) -> dict[str, str]:
        reset = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=reset_in)
        return {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": iso(reset),
        }

    def _error(self, trouble: Trouble) -> None:
        messages = {
            401: "The access token is invalid",
            403: "This action is not allowed",
            404: "Record not found",
            422: "Validation failed: Text character limit of 500 exceeded",
            429: "Too many requests",
        }
        payload = trouble.body or {"error": messages.get(trouble.status, "Internal Server Error")}
        headers = (
            self._rate_headers(remaining=0, reset_in=trouble.reset_in)
            if trouble.status == 429
            else {}
        )
        self._send(trouble.status, payload, headers)

    def _send(self, status: int, payload, headers: dict[str, str] | None = None) -> None:
        if isinstance(payload, tuple):  # a file: (bytes, content type)
            body, kind = payload
        else:
            body, kind = json.dumps(payload).encode(), "application/json; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in {**self._rate_headers(), **(headers or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _param(self, name: str, default: str = "") -> str:
        values = self.form.get(name) or self.query.get(name)
        return values[0] if values else default

    def _params(self, name: str) -> list[str]:
        return self.form.get(name) or self.query.get(name) or []

    def _authorised(self) -> None:
        token = self.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        if token != self.fake.token and token not in self.fake.codes.values():
            raise _Answer(401, {"error": "The access token is invalid"})

    # --- routes ---------------------------------------------------------------------------
    def _route(self, method: str, path: str):
        fake = self.fake
        path = path.rstrip("/") or "/"
        if method == "GET" and path in fake.files:
            return 200, fake.files[path], {}
        if method == "GET" and path == "/api/v1/instance":
            return 200, self._instance_v1(), {}
        if method == "GET" and path == "/api/v2/instance":
            return 200, self._instance_v2(), {}
        if method == "POST" and path == "/api/v1/apps":
            return 200, self._app(), {}
        if method == "POST" and path == "/oauth/token":
            code = self._param("code")
            if code not in fake.codes:
                return 400, {"error": "invalid_grant"}, {}
            return (
                200,
                {
                    "access_token": fake.codes[code],
                    "token_type": "Bearer",
                    "scope": self._param("scope"),
                    "created_at": int(time.time()),
                },
                {},
            )
        if method == "POST" and path == "/oauth/revoke":
            return 200, {}, {}
        if method == "GET" and path == "/api/v1/accounts/verify_credentials":
            self._authorised()
            return (
                200,
                {
                    **fake.account(fake.account_username, "Engagement Hub Hagen"),
                    "id": fake.account_id,
                },
                {},
            )
        if method == "POST" and path in ("/api/v2/media", "/api/v1/media"):
            self._authorised()
            return 200, self._media(), {}
        if method == "POST" and path == "/api/v1/statuses":
            self._authorised()
            return 200, self._post_status(), {}
        if match := STATUS_PATH.match(path):
            self._authorised()
            return self._status(method, match["id"])
        if method == "GET" and (match := ACCOUNT_STATUSES_PATH.match(path)):
            statuses = sorted(fake.statuses.values(), key=lambda s: int(s["id"]), reverse=True)
            return 200, statuses[: int(self._param("limit", "20"))], {}
        if method == "GET" and (match := HASHTAG_PATH.match(path)):
            return self._page(fake.tagged(match["tag"]), path)
        if method == "GET" and path == "/api/v1/notifications":
            self._authorised()
            types = self._params("types[]")
            items = [n for n in fake.notifications if not types or n["type"] in types]
            return self._page(items, path)
        return 404, {"error": "Record not found"}, {}

    def _instance_v1(self) -> dict:
        fake = self.fake
        return {
            "uri": fake.netloc,
            "title": "Fake Mastodon",
            "short_description": "",
            "description": "",
            "email": "admin@mastodon.example",
            "version": fake.version,
            "urls": {"streaming_api": f"ws://{fake.netloc}"},
            "stats": {"user_count": 1, "status_count": len(fake.statuses), "domain_count": 1},
            "languages": ["de"],
            "registrations": False,
            "approval_required": False,
            "invites_enabled": False,
            "configuration": self._configuration(),
            "contact_account": None,
            "rules": [],
        }

    def _instance_v2(self) -> dict:
        fake = self.fake
        return {
            "domain": fake.netloc,
            "title": "Fake Mastodon",
            "version": fake.version,
            "source_url": "https://github.com/mastodon/mastodon",
            "description": "",
            "usage": {"users": {"active_month": 1}},
            "thumbnail": {"url": f"http://{fake.netloc}/thumb.png"},
            "languages": ["de"],
            "configuration": self._configuration(),
            "registrations": {"enabled": False, "approval_required": False, "message": None},
            "api_versions": {"mastodon": 2},
            "contact": {"email": "admin@mastodon.example", "account": None},
            "rules": [],
        }

    def _configuration(self) -> dict:
        fake = self.fake
        return {
            "urls": {"streaming": f"ws://{fake.netloc}"},
            "accounts": {"max_featured_tags": 10},
            "statuses": {
                "max_characters": fake.max_characters,
                "max_media_attachments": 4,
                "characters_reserved_per_url": fake.characters_reserved_per_url,
            },
            "media_attachments": {
                "supported_mime_types": ["image/jpeg", "image/png", "image/webp"],
                "image_size_limit": 16777216,
                "image_matrix_limit": 33177600,
            },
            "polls": {"max_options": 4},
            "translation": {"enabled": False},
            "timelines_access": {
                "live_feeds": {"local": "public", "remote": "public"},
                "hashtag_feeds": {"local": "public", "remote": "public"},
                "trending_link_feeds": {"local": "public", "remote": "public"},
            },
        }

    def _app(self) -> dict:
        return {
            "id": "123",
            "name": self._param("client_name"),
            "website": self._param("website") or None,
            "scopes": self._param("scopes").split(),
            "redirect_uris": self._param("redirect_uris").split(),
            "client_id": "fake-client-id",
            "client_secret": "fake-client-secret",
        }

    def _media(self) -> dict:
        fake = self.fake
        data = self.files.get("file", b"")
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
        except Exception:
            raise _Answer(
                422,
                {
                    "error": "Validation failed: File has contents that are not what they are reported to be"
                },
            ) from None
        media_id = fake.next_id()
        attachment = {
            "id": media_id,
            "type": "image",
            "url": f"http://{fake.netloc}/system/media/{media_id}.png",
            "preview_url": f"http://{fake.netloc}/system/media/{media_id}-small.png",
            "remote_url": None,
            "text_url": None,
            "meta": {
                "original": {"width": width, "height": height},
                "focus": dict(
                    zip(
                        ("x", "y"), map(float, self._param("focus", "0,0").split(",")), strict=False
                    )
                ),
            },
            "description": self._param("description") or None,
            "blurhash": "UFFiwZ~q%M",
        }
        fake.media[media_id] = attachment
        return attachment

    def _post_status(self) -> dict:
        fake = self.fake
        key = self.headers.get("Idempotency-Key")
        with fake._lock:
            if key and (fake.token, key) in fake.idempotency:
                return fake.statuses[fake.idempotency[(fake.token, key)]]
            text = self._param("status")
            if (
                len(re.sub(r"https?://\S+", "x" * fake.characters_reserved_per_url, text))
                > fake.max_characters
            ):
                raise _Answer(
                    422,
                    {
                        "error": f"Validation failed: Text character limit of {fake.max_characters} exceeded"
                    },
                )
            media_ids = self._params("media_ids[]")
            if any(media_id not in fake.media for media_id in media_ids):
                raise _Answer(422, {"error": "Validation failed: Media ids are invalid"})
            status = fake.make_status(
                "".join(f"<p>{_linkify(paragraph)}</p>" for paragraph in text.split("\n\n")),
                username=fake.account_username,
                display_name="Engagement Hub Hagen",
                language=self._param("language") or None,
                visibility=self._param("visibility", "public"),
                media_attachments=[fake.media[media_id] for media_id in media_ids],
                text=text,
            )
            status["account"]["id"] = fake.account_id
            fake.statuses[status["id"]] = status
            fake.created_count += 1
            if key:
                fake.idempotency[(fake.token, key)] = status["id"]
            return status

    def _status(self, method: str, status_id: str):
        fake = self.fake
        status = fake.statuses.get(status_id)
        if status is None:
            return 404, {"error": "Record not found"}, {}
        if method == "GET":
            return 200, status, {}
        if method == "DELETE":
            del fake.statuses[status_id]
            return 200, {**status, "text": status["text"]}, {}
        if method == "PUT":
            text = self._param("status")
            status["text"] = text
            status["content"] = "".join(f"<p>{_linkify(p)}</p>" for p in text.split("\n\n"))
            status["edited_at"] = iso(datetime.datetime.now(datetime.UTC))
            if "media_ids[]" in self.form:
                status["media_attachments"] = [
                    fake.media[media_id] for media_id in self._params("media_ids[]")
                ]
            return 200, status, {}
        return 405, {"error": "Method not allowed"}, {}

    def _page(self, items: list[dict], path: str):
        """Mastodon's paging: newest first; ``min_id`` gives the page right above it."""
        limit = min(int(self._param("limit", "20") or 20), 40)
        since_id, min_id, max_id = (self._param(name) for name in ("since_id", "min_id", "max_id"))

        selected = (
            items if items is self.fake._tagged_cache.get("items") else sorted(items, key=_id)
        )
        ids = [_id(item) for item in selected]
        low = bisect.bisect_right(ids, max(int(since_id or 0), int(min_id or 0)))
        high = bisect.bisect_left(ids, int(max_id)) if max_id else len(ids)
        selected = selected[low:high]
        selected = selected[:limit] if min_id else selected[-limit:]
        page = list(reversed(selected))
        headers = {}
        if page:
            base = f"{self.fake.base_url}{path}"
            headers["Link"] = (
                f'<{base}?{urlencode({"limit": limit, "max_id": page[-1]["id"]})}>; rel="next", '
                f'<{base}?{urlencode({"limit": limit, "min_id": page[0]["id"]})}>; rel="prev"'
            )
        return 200, page, headers


def _id(item: dict) -> int:
    return int(item["id"])


class _Answer(Exception):
    def __init__(self, status: int, payload, headers: dict | None = None):
        super().__init__(status)
        self.status, self.payload, self.headers = status, payload, headers or {}


def _linkify(text: str) -> str:
    import html

    escaped = html.escape(text).replace("\n", "<br>")
    return re.sub(
        r"(https?://[^\s<]+)",
        r'<a href="\1" rel="nofollow noopener noreferrer" target="_blank">\1</a>',
        escaped,
    )
