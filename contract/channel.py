"""The interface every channel implements, and the errors it may raise.

Compare Django's email backends: one interface, one class per channel, chosen
by settings (``HUB_CHANNELS``) and loaded by the registry.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

from contract.item import Item


@dataclass(frozen=True)
class ExternalRef:
    """Where a channel put an item: its id there and, if it has one, a public URL."""

    id: str
    url: str = ""


@dataclass(frozen=True)
class Preview:
    """What the editor sees before publishing: HTML to show in the admin."""

    html: str
    text: str = ""


class DeliveryError(Exception):
    """A channel could not do its work. ``message`` is German, for editors.

    ``permanent`` errors fail the delivery at once (wrong credentials, content
    the channel refuses); temporary ones are retried with backoff, after
    ``retry_after`` seconds if the channel was told when to come back.
    """

    permanent: ClassVar[bool] = False

    def __init__(self, message: str, *, retry_after: float | None = None):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class TemporaryError(DeliveryError):
    permanent = False


class PermanentError(DeliveryError):
    permanent = True


class Channel(ABC):
    slug: ClassVar[str]
    verbose_name: ClassVar[str]

    def is_configured(self) -> bool:
        return True

    def not_configured_reason(self) -> str:
        return f"{self.verbose_name} ist nicht eingerichtet."

    @abstractmethod
    def preview(self, item: Item) -> Preview:
        """Show how the item will look on this channel, without sending anything."""

    @abstractmethod
    def publish(self, item: Item, *, idempotency_key: str) -> ExternalRef:
        """Send the item for the first time.

        Called again with the same key after a crash: must not send twice.
        """

    def update(self, item: Item, ref: ExternalRef, *, idempotency_key: str) -> ExternalRef:
        """Bring what was sent up to date; by default, channels cannot and leave it."""
        return ref

    @abstractmethod
    def withdraw(self, ref: ExternalRef) -> None:
        """Take back what was sent (the page was unpublished or deleted)."""
