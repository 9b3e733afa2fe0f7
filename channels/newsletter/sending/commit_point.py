"""Where "sent" is recorded relative to the mail server's (or provider's) answer."""

from __future__ import annotations

import logging
from collections.abc import Callable

from anymail.exceptions import AnymailRecipientsRefused, AnymailRequestsAPIError

from channels.newsletter.smtp import Abandoned, EndOfDataNotSent

logger = logging.getLogger(__name__)


class RefusedAfterCommit(Exception):
    """A provider refused the recipient; the row was already committed as sent."""

    def __init__(self, code: int, response: str):
        super().__init__(f"{code} {response}")
        self.code, self.response = code, response


def deliver(connection, message, commit: Callable[[], bool]) -> None:
    """Send through the hub's SMTP backend with its commit point, or commit first.

    Any other backend (a provider's, through django-anymail) has no moment to
    take a message back, so the row is committed right before the call: an
    answer that says "not sent" puts it back, a refused recipient fails it, and
    no answer at all counts as sent (at most once, never twice).
    """
    if hasattr(connection, "send_committed"):
        connection.send_committed(message, commit)
        return
    if not commit():
        raise Abandoned
    try:
        connection.send_messages([message])
    except AnymailRecipientsRefused as error:
        raise RefusedAfterCommit(550, str(error)) from error
    except AnymailRequestsAPIError as error:
        if error.response is None:
            # The request went out and no answer came back: the provider may have it.
            logger.warning("no answer from the mail provider; counted as sent: %s", error)
            return
        raise EndOfDataNotSent(str(error)) from error
    except Exception as error:
        raise EndOfDataNotSent(str(error)) from error
