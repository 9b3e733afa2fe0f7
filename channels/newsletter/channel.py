"""The newsletter channel: a published item waits in the pool for the next issue.

Unlike the other channels it sends nothing on its own: the Redaktion composes
issues (channels.newsletter.models.NewsletterIssuePage) from the pool and from
pages it picks, and sending an issue is a job of its own
(channels.newsletter.sending).
"""

from __future__ import annotations

from channels.newsletter import backends, pool
from contract.channel import Channel, ExternalRef, Preview
from contract.item import Item


class NewsletterChannel(Channel):
    slug = "newsletter"
    verbose_name = "Newsletter"

    def is_configured(self) -> bool:
        return backends.is_configured()

    def not_configured_reason(self) -> str:
        return (
            "Newsletter: Es ist kein Mailserver eingerichtet (EMAIL_HOST fehlt), "
            "deshalb wird nichts für den Newsletter vorgemerkt."
        )

    def preview(self, item: Item) -> Preview:
        from channels.newsletter.mails import item_preview

        return item_preview(item)

    def publish(self, item: Item, *, idempotency_key: str) -> ExternalRef:
        # Remembering is an upsert keyed by the page: running it twice is harmless.
        pool.remember(item)
        return ExternalRef(id=str(item.page_id))

    def update(self, item: Item, ref: ExternalRef, *, idempotency_key: str) -> ExternalRef:
        pool.remember(item)
        return ref

    def withdraw(self, ref: ExternalRef) -> None:
        pool.forget(int(ref.id))
