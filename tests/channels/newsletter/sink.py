"""A real SMTP server in the test process (aiosmtpd), on a free port.

It keeps every message it accepted (the end of DATA arrived), can refuse
chosen recipients with a code, and can call back on the n-th RCPT or DATA, so
a test can kill a worker at an exact point of an SMTP conversation.
"""

from __future__ import annotations

import email
import socket
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class Received:
    sender: str
    recipients: tuple[str, ...]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=default)

    def part(self, content_type: str) -> str:
        found = self.message.get_body(preferencelist=(content_type.split("/")[1],))
        assert found is not None and found.get_content_type() == content_type, content_type
        return found.get_content()


class _Handler:
    def __init__(self, sink: SmtpSink):
        self.sink = sink

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        sink = self.sink
        if address in sink.refuse:
            return sink.refuse[address]
        with sink.lock:
            sink.rcpt_count += 1
            number = sink.rcpt_count
        if sink.on_rcpt is not None:
            sink.on_rcpt(number, address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        sink = self.sink
        received = Received(envelope.mail_from, tuple(envelope.rcpt_tos), envelope.content)
        with sink.lock:
            sink.messages.append(received)
            number = len(sink.messages)
        if sink.on_data is not None:
            sink.on_data(number, received)
        return "250 Message accepted for delivery"


class SmtpSink:
    def __init__(self):
        self.port = free_port()
        self.lock = threading.Lock()
        self.messages: list[Received] = []
        self.rcpt_count = 0
        self.refuse: dict[str, str] = {}  # address -> "550 No such user"
        # Called with (how many so far, the address) and (how many so far, the message).
        self.on_rcpt: Callable[[int, str], None] | None = None
        self.on_data: Callable[[int, Received], None] | None = None
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)

    def start(self) -> SmtpSink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def to(self, address: str) -> list[Received]:
        with self.lock:
            return [m for m in self.messages if address in m.recipients]

    def count_per_recipient(self) -> Counter:
        with self.lock:
            return Counter(r for m in self.messages for r in m.recipients)
