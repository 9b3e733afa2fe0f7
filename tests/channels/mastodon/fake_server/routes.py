"""The API endpoints the hub uses: OAuth, statuses, media, timelines and their paging."""

from __future__ import annotations

import bisect
import datetime
import io
import re
import time
from urllib.parse import urlencode

from PIL import Image

from tests.channels.mastodon.fake_server.instance import InstanceInfo
from tests.channels.mastodon.fake_server.wire import (
    ACCOUNT_STATUSES_PATH,
    HASHTAG_PATH,
    STATUS_PATH,
    Answer,
    iso,
    linkify,
    sort_id,
)


class Routes(InstanceInfo):
    """Mixed into the request handler: ``self.fake`` is the instance's state."""

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
            if max_id := self._param("max_id"):
                statuses = [status for status in statuses if int(status["id"]) < int(max_id)]
            return 200, statuses[: int(self._param("limit", "20"))], {}
        if method == "GET" and (match := HASHTAG_PATH.match(path)):
            return self._page(fake.tagged(match["tag"]), path)
        if method == "GET" and path == "/api/v1/notifications":
            self._authorised()
            types = self._params("types[]")
            items = [n for n in fake.notifications if not types or n["type"] in types]
            return self._page(items, path)
        return 404, {"error": "Record not found"}, {}

    def _media(self) -> dict:
        fake = self.fake
        data = self.files.get("file", b"")
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
        except Exception:
            raise Answer(
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
            if not fake.honours_idempotency_key:
                key = None
            if key and (fake.token, key) in fake.idempotency:
                return fake.statuses[fake.idempotency[(fake.token, key)]]
            text = self._param("status")
            if (
                len(re.sub(r"https?://\S+", "x" * fake.characters_reserved_per_url, text))
                > fake.max_characters
            ):
                raise Answer(
                    422,
                    {
                        "error": f"Validation failed: Text character limit of {fake.max_characters} exceeded"
                    },
                )
            media_ids = self._params("media_ids[]")
            if any(media_id not in fake.media for media_id in media_ids):
                raise Answer(422, {"error": "Validation failed: Media ids are invalid"})
            status = fake.make_status(
                "".join(f"<p>{linkify(paragraph)}</p>" for paragraph in text.split("\n\n")),
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
        if fake.after_post is not None:
            fake.after_post(status)
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
            status["content"] = "".join(f"<p>{linkify(p)}</p>" for p in text.split("\n\n"))
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
            items if items is self.fake._tagged_cache.get("items") else sorted(items, key=sort_id)
        )
        ids = [sort_id(item) for item in selected]
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
