"""Django's SMTP backend, plus one way of sending that commits at the right moment.

``send_committed(message, commit)`` talks SMTP step by step: MAIL FROM, RCPT
TO, DATA and the whole message, and then, before the final ``.`` that makes
the server take the message, calls ``commit()``. If it returns False (another
worker took the recipient over) or the process dies before it returns, the
transaction is never finished and the server throws the message away; if the
process dies after it, the recipient is recorded as sent. So the send log and
the server agree, except in the moment between committing and writing the
five bytes of the final dot: a crash exactly there loses that one mail, and
never sends one twice.

Everything else (opening, TLS, login, closing, ``send_messages`` for other
mail) is Django's backend as it is.
"""

from __future__ import annotations

import logging
import re
import smtplib
import socket
from collections.abc import Callable

from django.conf import settings
from django.core.mail.backends import smtp
from django.core.mail.message import sanitize_address

logger = logging.getLogger(__name__)
_LINE_ENDS = re.compile(rb"(?:\r\n|\n|\r(?!\n))")
_LEADING_DOT = re.compile(rb"(?m)^\.")


class Abandoned(Exception):
    """commit() said no: the message was not delivered, and must not be."""


class EndOfDataNotSent(Exception):
    """Committed, but the final dot did not reach the server: the message was not delivered."""


def dot_stuffed(data: bytes) -> bytes:
    """The message as DATA wants it: CRLF line ends, leading dots doubled, ending in CRLF."""
    data = _LEADING_DOT.sub(b"..", _LINE_ENDS.sub(b"\r\n", data))
    return data if data.endswith(b"\r\n") else data + b"\r\n"


class EmailBackend(smtp.EmailBackend):
    def open(self):
        opened = super().open()
        if opened and self.connection is not None and self.connection.sock is not None:
            # The final dot is a tiny write right after the message: without this,
            # Nagle's algorithm holds it back until the server acknowledges the
            # message, which costs a delayed ACK (tens of ms) per mail.
            self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return opened

    def send_committed(self, email_message, commit: Callable[[], bool]) -> None:
        """Send one message, calling ``commit()`` at the last moment it can be held back.

        Raises Abandoned, EndOfDataNotSent, or smtplib's errors (SMTPRecipientsRefused
        with the server's code, SMTPDataError after the final dot, SMTPServerDisconnected).
        """
        with self._lock:
            self.open()
            connection = self.connection
            encoding = email_message.encoding or settings.DEFAULT_CHARSET
            sender = sanitize_address(email_message.from_email, encoding)
            recipients = [sanitize_address(a, encoding) for a in email_message.recipients()]
            data = dot_stuffed(email_message.message().as_bytes(linesep="\r\n"))

            connection.ehlo_or_helo_if_needed()
            code, response = self._checked(connection.mail, sender)
            if code != 250:
                self._reset(connection)
                raise smtplib.SMTPSenderRefused(code, response, sender)
            refused = {}
            for recipient in recipients:
                code, response = self._checked(connection.rcpt, recipient)
                if code not in (250, 251):
                    refused[recipient] = (code, response)
            if refused:
                self._reset(connection)
                raise smtplib.SMTPRecipientsRefused(refused)
            self._checked(connection.putcmd, "data", expect_reply=False)
            code, response = self._checked(connection.getreply)
            if code != 354:
                self._reset(connection)
                raise smtplib.SMTPDataError(code, response)
            self._checked(connection.send, data, expect_reply=False)

            try:
                committed = commit()
            except BaseException:
                self.drop()
                raise
            if not committed:
                # Never finishing DATA is the only way to take a message back.
                self.drop()
                raise Abandoned
            try:
                connection.send(b".\r\n")
            except OSError as error:
                self.drop()
                raise EndOfDataNotSent(str(error)) from error
            try:
                code, response = connection.getreply()
            except OSError:
                # The server has the whole message; whether it kept it, nobody can
                # tell. It counts as sent: a lost answer is no reason to send twice.
                logger.warning("no answer after the end of DATA; counted as sent")
                self.drop()
                return
            if code != 250:
                raise smtplib.SMTPDataError(code, response)

    def _checked(self, step, *args, expect_reply: bool = True):
        try:
            result = step(*args)
        except OSError:
            self.drop()
            raise
        return result if expect_reply else None

    def _reset(self, connection) -> None:
        try:
            connection.rset()
        except OSError:
            self.drop()

    def drop(self) -> None:
        """Close the socket without QUIT; the next message opens a new connection."""
        if self.connection is not None:
            try:
                self.connection.close()
            finally:
                self.connection = None
