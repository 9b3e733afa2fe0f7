"""The Mastodon channel: a published page becomes a status with the shared hashtag.

From the shared hub account by default, from an organisation's own account if
it connected one. Edits update the status, unpublishing deletes it. Every post
carries the delivery's idempotency key as ``Idempotency-Key``, and is recorded
in a ``StatusPosting`` row written before the call. Servers that ignore the key
exist, so a retry whose earlier attempt left no result looks among the
account's statuses for the page's link before posting again (``marker``), and
a withdrawal deletes every status of the account that links to the page.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from mastodon import Mastodon
from wagtail.models import Page

from channels.mastodon import outbound_image
from channels.mastodon.client import (
    StatusGone,
    client_for,
    limits_for,
    stored_limits,
    translated_errors,
)
from channels.mastodon.compose import compose_status
from channels.mastodon.marker import find_own_status, statuses_with_marker
from channels.mastodon.models import MastodonAccount, StatusPosting
from contract.channel import Channel, ExternalRef, PermanentError, Preview
from contract.item import Item

logger = logging.getLogger(__name__)


def account_for(item: Item) -> MastodonAccount | None:
    """The organisation's own account (for its portrait in any language and its
    offers), else the shared hub account."""
    if item.organisation_key or item.organisation_id:
        # Items stored before they carried the organisation's key name its page.
        translation_key = (
            item.organisation_key
            or Page.objects.filter(pk=item.organisation_id).values("translation_key")[:1]
        )
        lookup = "translation_key" if item.organisation_key else "translation_key__in"
        own = MastodonAccount.objects.filter(
            role=MastodonAccount.Role.ORGANISATION, **{f"organisation__{lookup}": translation_key}
        ).first()
        if own is not None:
            return own
    return MastodonAccount.hub()


def parse_ref(ref: ExternalRef) -> tuple[MastodonAccount | None, str]:
    """``"<account pk>:<status id>"``: a status is edited and deleted where it was posted."""
    account_pk, _, status_id = ref.id.partition(":")
    account = (
        MastodonAccount.objects.filter(pk=account_pk).first() if account_pk.isdigit() else None
    )
    return account, status_id


class MastodonChannel(Channel):
    slug = "mastodon"
    verbose_name = "Mastodon"

    def is_configured(self) -> bool:
        return MastodonAccount.objects.filter(role=MastodonAccount.Role.HUB).exists()

    def not_configured_reason(self) -> str:
        return (
            "Mastodon ist nicht eingerichtet: Es ist noch kein Hub-Konto verbunden "
            "(Admin → Hashtag → Mastodon-Konten)."
        )

    # --- preview ------------------------------------------------------------------
    def preview(self, item: Item) -> Preview:
        account = account_for(item)
        limits = stored_limits(account)
        text = compose_status(item, limits)
        image = item.image if item.image and item.image.alt.strip() else None
        html = render_to_string(
            "channels/mastodon/preview.html",
            {
                "item": item,
                "account": account,
                "text": text,
                "image": image,
                "image_without_alt": bool(item.image and not image),
                "limits": limits,
                "length": _length(text, limits),
                "visibility": settings.MASTODON_POST_VISIBILITY,
            },
        )
        return Preview(html=html, text=text)

    # --- publish, update, withdraw ---------------------------------------------------
    def publish(self, item: Item, *, idempotency_key: str) -> ExternalRef:
        account = account_for(item)
        if account is None:
            raise PermanentError(self.not_configured_reason())
        # Committed before the call: a row without a status id is an attempt that
        # started and did not record its outcome.
        posting, first_attempt = StatusPosting.objects.get_or_create(
            idempotency_key=idempotency_key, defaults={"account": account, "item_url": item.url}
        )
        if posting.status_id and posting.account_id:
            # Posted and recorded by an earlier attempt that died before the
            # delivery was saved: nothing to send.
            return _ref(posting)
        if posting.account_id != account.pk:
            # The organisation connected its account between two attempts; a key
            # is per account on the server, so the old attempt cannot collide.
            posting.account = account
            posting.save(update_fields=["account"])

        client = client_for(account)
        with translated_errors(client, "Das Senden"):
            if not first_attempt:
                # The earlier attempt may have posted before it died, and the
                # server may ignore Idempotency-Key: what it shows decides.
                found = find_own_status(
                    client, account.account_id, item.url, since=posting.attempted_at
                )
                if found is not None:
                    return _record(posting, found)
            limits = limits_for(account, client)
            media_id = self._upload(client, posting, item)
            status = client.status_post(
                compose_status(item, limits),
                media_ids=[media_id] if media_id else None,
                language=item.language or None,
                visibility=settings.MASTODON_POST_VISIBILITY,
                idempotency_key=idempotency_key,
            )
        return _record(posting, status)

    def update(self, item: Item, ref: ExternalRef, *, idempotency_key: str) -> ExternalRef:
        account, status_id = parse_ref(ref)
        if account is None:
            # The account it went out from was removed: post anew from today's one.
            return self.publish(item, idempotency_key=idempotency_key)
        posting = StatusPosting.objects.filter(account=account, status_id=status_id).first()
        if posting is None:
            # Sent before the hub kept these records: start one for the edits.
            posting, _ = StatusPosting.objects.get_or_create(
                idempotency_key=idempotency_key,
                defaults={"account": account, "item_url": item.url, "status_id": status_id},
            )
        client = client_for(account)
        try:
            with translated_errors(client, "Das Aktualisieren"):
                limits = limits_for(account, client)
                media_id = self._upload(client, posting, item)
                status = client.status_update(
                    status_id,
                    compose_status(item, limits),
                    # Sent with every edit, so the status keeps (or changes) its image.
                    media_ids=[media_id] if media_id else [],
                )
        except StatusGone:
            # Deleted on Mastodon by hand: the edit brings it back as a new status.
            return self.publish(item, idempotency_key=idempotency_key)
        return _record(posting, status)

    def withdraw(self, ref: ExternalRef) -> None:
        account, status_id = parse_ref(ref)
        if account is None or not status_id:
            return  # the account is gone, and with it what it could delete
        client = client_for(account)
        postings = StatusPosting.objects.filter(account=account, status_id=status_id)
        urls = {url for url in postings.values_list("item_url", flat=True) if url}
        same_page = StatusPosting.objects.filter(account=account, item_url__in=urls)
        since = min(same_page.values_list("attempted_at", flat=True), default=None)
        doomed = [status_id]
        with translated_errors(client, "Das Löschen"):
            for url in urls:
                # Duplicates (a server that ignored the key, an older hub) go too.
                doomed += [
                    str(status["id"])
                    for status in statuses_with_marker(client, account.account_id, url, since)
                ]
        for doomed_id in dict.fromkeys(doomed):
            try:
                with translated_errors(client, "Das Löschen"):
                    client.status_delete(doomed_id)
            except StatusGone:
                pass  # already deleted on the server: what we wanted
        StatusPosting.objects.filter(account=account, status_id__in=doomed).update(
            withdrawn_at=timezone.now()
        )

    # --- helpers ------------------------------------------------------------------------
    def _upload(self, client: Mastodon, posting: StatusPosting, item: Item) -> str:
        """The image's media id: reused while the image and its alt text stay the same."""
        signature = outbound_image.signature(item.image)
        if not signature:
            return ""
        if posting.media_id and posting.media_signature == signature:
            return posting.media_id
        upload = outbound_image.prepare_upload(item.image)
        if upload is None:
            return ""
        media = client.media_post(
            upload.data,
            mime_type=upload.mime_type,
            description=upload.description,
            focus=upload.focus,
            file_name=upload.file_name,
        )
        posting.media_id = str(media["id"])
        posting.media_signature = signature
        if posting.pk:
            posting.save(update_fields=["media_id", "media_signature"])
        return posting.media_id


def _length(text: str, limits) -> int:
    from channels.mastodon.compose import status_length

    return status_length(text, limits.characters_reserved_per_url)


def _record(posting: StatusPosting, status) -> ExternalRef:
    posting.status_id = str(status["id"])
    posting.status_uri = str(status.get("uri") or "")[:500]
    posting.status_url = str(status.get("url") or status.get("uri") or "")[:500]
    posting.posted_at = posting.posted_at or timezone.now()
    posting.save()
    return _ref(posting)


def _ref(posting: StatusPosting) -> ExternalRef:
    return ExternalRef(id=f"{posting.account_id}:{posting.status_id}", url=posting.status_url)
