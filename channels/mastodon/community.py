"""Approved posts "from the community": what the wall, the feeds, the API and the
newsletter may show. Nothing else of the hashtag ever leaves the admin.

For the newsletter::

    from channels.mastodon.community import approved_posts

    for post in approved_posts(since=last_issue_sent_at, limit=5):
        post.author_name, post.author_acct, post.content_text, post.url, post.shown_media()
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

from channels.mastodon.cache import CACHE_SECONDS, WALL
from channels.mastodon.models import HashtagPost


def approved_posts(
    since: datetime.datetime | None = None,
    *,
    language: str | None = None,
    limit: int | None = None,
) -> QuerySet[HashtagPost]:
    """Approved posts, newest first; ``since`` counts from the moment of approval,
    so a post written before the last newsletter but approved after it is not missed."""
    posts = HashtagPost.objects.filter(state=HashtagPost.State.APPROVED).order_by(
        "-posted_at", "-pk"
    )
    if since is not None:
        posts = posts.filter(approved_at__gte=since)
    if language:
        posts = posts.filter(language=language)
    if limit is not None:
        posts = posts[:limit]
    return posts


@dataclass(frozen=True)
class WallPage:
    page_obj: Page  # for the page links: number, has_next, paginator.num_pages
    posts: list[HashtagPost]


def wall_page(number, per_page: int = 20) -> WallPage:
    """One page of the wall, cached under the wall version (see channels.mastodon.cache)."""
    count = cache.get(WALL.key("count"))
    if count is None:
        count = approved_posts().count()
        cache.set(WALL.key("count"), count, CACHE_SECONDS)
    # Paginating a range keeps the page links exact without keeping a queryset around.
    page_obj = Paginator(range(count), per_page).get_page(number)
    key = WALL.key(f"page:{per_page}:{page_obj.number}")
    posts = cache.get(key)
    if posts is None:
        start = (page_obj.number - 1) * per_page
        posts = list(approved_posts()[start : start + per_page])
        cache.set(key, posts, CACHE_SECONDS)
    return WallPage(page_obj=page_obj, posts=posts)
