"""The HTTP plumbing: reading requests, scripted trouble, answers with rate-limit headers."""

from __future__ import annotations

import datetime
import json
import time
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from tests.channels.mastodon.fake_server.routes import Routes
from tests.channels.mastodon.fake_server.wire import Answer, Trouble, iso

if TYPE_CHECKING:
    from tests.channels.mastodon.fake_server.server import FakeMastodon


class Handler(Routes, BaseHTTPRequestHandler):
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
        except Answer as answer:
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
            raise Answer(401, {"error": "The access token is invalid"})
