"""What is read: one source per instance and kind (hashtag or mentions), and what a run found."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from channels.mastodon.client import normalise_instance_url
from channels.mastodon.models import HashtagPost, MastodonAccount


@dataclass(frozen=True)
class Source:
    instance_url: str
    kind: str  # HashtagPost.Source
    hashtag: str = ""
    account: MastodonAccount | None = None  # reads as this account (required for mentions)

    @property
    def key(self) -> str:
        return f"tag:{self.hashtag}" if self.kind == HashtagPost.Source.HASHTAG else "mentions"

    @property
    def host(self) -> str:
        return urlsplit(self.instance_url).hostname or ""


@dataclass
class Outcome:
    source: str
    fetched: int = 0
    stored: int = 0
    skipped: int = 0
    pages: int = 0
    error: str = ""


def instance_urls() -> list[str]:
    """The hub account's instance first, then MASTODON_HASHTAG_INSTANCES, each once."""
    hub = MastodonAccount.hub()
    urls = [hub.instance_url] if hub else []
    urls += [normalise_instance_url(url) for url in settings.MASTODON_HASHTAG_INSTANCES]
    return list(dict.fromkeys(urls))


def sources() -> list[Source]:
    hub = MastodonAccount.hub()
    result = [
        Source(
            url,
            HashtagPost.Source.HASHTAG,
            settings.HUB_HASHTAG,
            hub if hub and hub.instance_url == url else None,
        )
        for url in instance_urls()
    ]
    if hub is not None:
        result.append(Source(hub.instance_url, HashtagPost.Source.MENTION, account=hub))
    return result
