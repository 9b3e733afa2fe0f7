"""Channels for tests: one that remembers what it was sent, in memory or in a file.

They behave like a well-behaved remote service: a repeated idempotency key
returns the first result instead of posting again.
"""

import json
import os
import time
from pathlib import Path
from typing import ClassVar

from contract.channel import Channel, ExternalRef, PermanentError, Preview, TemporaryError
from contract.item import Item


class RecordingChannel(Channel):
    """In memory; a test queues the errors it should raise next."""

    slug = "recording"
    verbose_name = "Testkanal"
    sent: ClassVar[list[tuple[str, str, str]]] = []  # (action, key or ref, title)
    errors: ClassVar[list[Exception]] = []
    configured: ClassVar[bool] = True
    by_key: ClassVar[dict[str, ExternalRef]] = {}

    @classmethod
    def reset(cls):
        cls.sent, cls.errors, cls.configured, cls.by_key = [], [], True, {}

    def is_configured(self) -> bool:
        return self.configured

    def preview(self, item: Item) -> Preview:
        return Preview(html=f"<p>{item.title}</p>", text=item.title)

    def _maybe_fail(self):
        if self.errors:
            raise self.errors.pop(0)

    def publish(self, item: Item, *, idempotency_key: str) -> ExternalRef:
        self._maybe_fail()
        if idempotency_key in self.by_key:
            return self.by_key[idempotency_key]
        ref = ExternalRef(
            id=f"post-{len(self.sent) + 1}", url=f"https://example.org/{len(self.sent) + 1}"
        )
        self.by_key[idempotency_key] = ref
        self.sent.append(("publish", idempotency_key, item.title))
        return ref

    def update(self, item: Item, ref: ExternalRef, *, idempotency_key: str) -> ExternalRef:
        self._maybe_fail()
        self.sent.append(("update", ref.id, item.title))
        return ref

    def withdraw(self, ref: ExternalRef) -> None:
        self._maybe_fail()
        self.sent.append(("withdraw", ref.id, ""))


class LedgerChannel(Channel):
    """Appends to a JSON-lines file named by HUB_TEST_LEDGER, so another process (a
    Celery worker) can post and the test can read what was posted.

    HUB_TEST_LEDGER_PAUSE seconds of sleep after writing the entry leave a window
    in which a test kills the worker: posted, but not yet recorded as sent.
    """

    slug = "ledger"
    verbose_name = "Ledger"

    @property
    def path(self) -> Path:
        return Path(os.environ["HUB_TEST_LEDGER"])

    def entries(self) -> list[dict]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text().splitlines() if line]

    def preview(self, item: Item) -> Preview:
        return Preview(html=item.title)

    def publish(self, item: Item, *, idempotency_key: str) -> ExternalRef:
        for entry in self.entries():
            if entry["key"] == idempotency_key:
                return ExternalRef(entry["id"])
        entry = {
            "key": idempotency_key,
            "id": f"ledger-{item.page_id}-{idempotency_key[:8]}",
            "pid": os.getpid(),
        }
        with self.path.open("a") as ledger:
            ledger.write(json.dumps(entry) + "\n")
        time.sleep(float(os.environ.get("HUB_TEST_LEDGER_PAUSE", "0")))
        return ExternalRef(entry["id"])

    def withdraw(self, ref: ExternalRef) -> None:
        if ref.id.startswith("broken"):
            raise PermanentError("Kaputt")
        if ref.id.startswith("flaky"):
            raise TemporaryError("Später")
