"""Readers' feeds of the approved hashtag posts: RSS 2.0, Atom and JSON Feed.

Built like the website's feeds (Django's syndication framework; JSON Feed
written out), cached under the wall version, so a decision changes them at once.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import feedgenerator

from channels.feeds import CachedFeed, format_links, json_feed_response
from channels.mastodon.cache import CACHE_SECONDS, WALL
from channels.mastodon.community import approved_posts
from channels.mastodon.inbound_media import absolute
from channels.mastodon.models import HashtagPost

FEED_LENGTH = 50


def feed_title() -> str:
    return f"Engagement Hub Hagen – #{settings.HUB_HASHTAG}"


def hashtag_feed_links() -> list[dict]:
    return format_links("hashtag_feeds:{format}", feed_title())


def post_title(post: HashtagPost) -> str:
    return f"{post.author_name or post.author_acct} (@{post.author_acct})"


def post_html(post: HashtagPost) -> str:
    """The post's sanitised HTML with its content warning and described images."""
    return render_to_string(
        "channels/mastodon/includes/feed_entry.html",
        {"post": post, "images": [(absolute(m["local_url"]), m) for m in post.shown_media()]},
    )


class HashtagRssFeed(CachedFeed):
    feed_type = feedgenerator.Rss201rev2Feed
    cache_seconds = CACHE_SECONDS

    def cache_key(self, request) -> str:
        return WALL.key(f"feed:{type(self).__name__}:{request.get_host()}")

    def title(self):
        return feed_title()

    def link(self):
        return self.request.build_absolute_uri("/")

    def description(self):
        return (
            f"Beiträge mit #{settings.HUB_HASHTAG} von Vereinen, Initiativen und Engagierten "
            "in Hagen, freigegeben von den Digitalen Helfer*innen."
        )

    def feed_url(self):
        return self.request.build_absolute_uri(self.request.path)

    def items(self):
        return list(approved_posts(limit=FEED_LENGTH))

    def item_title(self, post: HashtagPost):
        return post_title(post)

    def item_description(self, post: HashtagPost):
        return post_html(post)

    def item_link(self, post: HashtagPost):
        return post.url or post.uri

    def item_guid(self, post: HashtagPost):
        return post.uri

    def item_guid_is_permalink(self, post: HashtagPost):
        return False

    def item_pubdate(self, post: HashtagPost):
        return post.posted_at

    def item_updateddate(self, post: HashtagPost):
        return post.approved_at or post.posted_at

    def item_author_name(self, post: HashtagPost):
        return post.author_name or post.author_acct

    def item_author_link(self, post: HashtagPost):
        return post.author_url or None

    def item_categories(self, post: HashtagPost):
        return post.hashtags


class HashtagAtomFeed(HashtagRssFeed):
    feed_type = feedgenerator.Atom1Feed

    def subtitle(self):
        return self.description()


def hashtag_json_feed(request) -> HttpResponse:
    def describe() -> dict:
        return {
            "title": feed_title(),
            "items": [_json_item(post) for post in approved_posts(limit=FEED_LENGTH)],
        }

    key = WALL.key(f"feed:json:{request.get_host()}")
    return json_feed_response(request, key, describe, CACHE_SECONDS)


def _json_item(post: HashtagPost) -> dict:
    entry = {
        "id": post.uri,
        "url": post.url or post.uri,
        "title": post_title(post),
        "content_html": post_html(post),
        "content_text": post.content_text,
        "date_published": post.posted_at.isoformat(),
        "authors": [{"name": post.author_name or post.author_acct, "url": post.author_url}],
        "tags": post.hashtags,
    }
    if post.language:
        entry["language"] = post.language
    if images := post.shown_media():
        entry["image"] = absolute(images[0]["local_url"])
    return entry
