"""A status as the API gives it, turned into an unsaved, sanitised ``HashtagPost``."""

from __future__ import annotations

import datetime
import logging
import re

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from channels.mastodon.handles import normalise_acct
from channels.mastodon.ingest.sources import Source
from channels.mastodon.models import HashtagPost
from channels.mastodon.sanitise import clean_html, clean_text, html_to_text, safe_url

logger = logging.getLogger(__name__)
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
MEDIA_TYPES = {"image", "gifv", "video", "audio"}


def parse_status(status, source: Source) -> HashtagPost | None:
    """A ``HashtagPost`` (unsaved, sanitised) from a status as the API gives it, or None
    for what must not be shown: boosts, non-public statuses, broken data."""
    try:
        if status.get("reblog") or status.get("visibility") != "public":
            return None
        uri = str(status.get("uri") or "")[:500]
        account = status["account"]
        acct = normalise_acct(str(account["acct"]), source.host)
        if not uri or not acct:
            return None
        content = clean_html(str(status.get("content") or ""))
        posted_at = status.get("created_at")
        if isinstance(posted_at, str):
            posted_at = parse_datetime(posted_at)
        if not isinstance(posted_at, datetime.datetime) or timezone.is_naive(posted_at):
            posted_at = timezone.now()
        language = str(status.get("language") or "").lower()
        return HashtagPost(
            uri=uri,
            url=safe_url(status.get("url")) or safe_url(uri),
            remote_id=str(status["id"])[:64],
            instance_url=source.instance_url,
            source=source.kind,
            author_acct=acct[:255],
            author_name=clean_text(account.get("display_name") or account.get("username"), 200),
            author_url=safe_url(account.get("url")),
            content_html=content,
            content_text=html_to_text(content),
            spoiler_text=clean_text(status.get("spoiler_text"), 500),
            sensitive=bool(status.get("sensitive")),
            language=language if LANGUAGE.match(language) else "",
            media=[
                parse_media(media)
                for media in [
                    m for m in status.get("media_attachments") or [] if isinstance(m, dict)
                ][:4]
            ],
            hashtags=[clean_text(tag.get("name"), 100) for tag in (status.get("tags") or [])[:20]],
            mentions=[
                normalise_acct(str(mention.get("acct") or ""), source.host)[:255]
                for mention in (status.get("mentions") or [])[:20]
            ],
            is_reply=bool(status.get("in_reply_to_id")),
            posted_at=min(posted_at, timezone.now()),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        logger.info("skipping an unreadable status from %s: %r", source.instance_url, error)
        return None


def parse_media(media) -> dict:
    kind = str(media.get("type") or "unknown")
    return {
        "type": kind if kind in MEDIA_TYPES else "unknown",
        "remote_url": safe_url(media.get("preview_url")) or safe_url(media.get("url")),
        "original_url": safe_url(media.get("remote_url")) or safe_url(media.get("url")),
        "description": clean_text(media.get("description"), 1500),
    }
