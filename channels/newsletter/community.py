"""Approved hashtag posts "Aus der Community" for an issue.

They come from the Mastodon app (channels.mastodon.community.approved_posts)
when it is installed; without it an issue simply has no community section.
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass

from django.apps import apps

# A handful reads as a taste of the wall; the website has the rest.
MAX_POSTS = 5


@dataclass(frozen=True)
class CommunityPost:
    author: str
    handle: str
    text: str
    url: str
    posted_at: str = ""  # ISO 8601

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> CommunityPost:
        return cls(**{key: data.get(key, "") for key in cls.__dataclass_fields__})

    @property
    def posted(self) -> datetime.datetime | None:
        return datetime.datetime.fromisoformat(self.posted_at) if self.posted_at else None


def posts_since(since: datetime.datetime | None) -> list[CommunityPost]:
    """Approved posts since the last issue, newest first; none without the Mastodon app."""
    if not apps.is_installed("channels.mastodon"):
        return []
    try:
        from channels.mastodon.community import approved_posts
    except ImportError:
        return []
    posts = []
    for post in approved_posts(since=since, limit=MAX_POSTS * 2):
        # A post behind a content warning belongs on the wall, where readers choose to open it.
        if getattr(post, "sensitive", False) or getattr(post, "spoiler_text", ""):
            continue
        posts.append(
            CommunityPost(
                author=getattr(post, "author_name", "") or getattr(post, "author_acct", ""),
                handle=getattr(post, "author_acct", ""),
                text=getattr(post, "content_text", ""),
                url=getattr(post, "url", ""),
                posted_at=post.posted_at.isoformat() if getattr(post, "posted_at", None) else "",
            )
        )
    return posts[:MAX_POSTS]
