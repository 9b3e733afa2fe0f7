"""The text of a status: title, short teaser, link and hashtags, within the server's limit.

Mastodon counts every link as ``characters_reserved_per_url`` characters (23 by
default), whatever its length, and counts graphemes; counting code points, as
here, is never less, so a text that fits here fits there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.conf import settings

from contract.item import Item

URL = re.compile(r"https?://\S+")
HASHTAG_CHARS = re.compile(r"[^\w]", re.UNICODE)
ELLIPSIS = "…"
# Below this many characters a teaser says nothing; it is left out instead.
MIN_TEASER = 40


@dataclass(frozen=True)
class Limits:
    max_characters: int = 500
    characters_reserved_per_url: int = 23


def status_length(text: str, url_length: int = 23) -> int:
    """The length Mastodon sees: every http(s) link counts as ``url_length``."""
    return len(URL.sub("x" * url_length, text))


def hashtags_for(item: Item) -> list[str]:
    """The shared hashtag first, then the item's own, each once, as Mastodon accepts them."""
    tags = []
    seen = set()
    for raw in (settings.HUB_HASHTAG, *item.hashtags):
        tag = HASHTAG_CHARS.sub("", raw or "")
        if tag and not tag.isdigit() and tag.lower() not in seen:
            seen.add(tag.lower())
            tags.append(f"#{tag}")
    return tags


def compose_status(item: Item, limits: Limits = Limits()) -> str:
    """The exact text posted for ``item``; the channel preview shows the same."""
    title = " ".join(item.title.split())
    teaser = " ".join(item.summary.split())
    tags = hashtags_for(item)

    def build(title: str, teaser: str, tags: list[str]) -> str:
        parts = [title, teaser, item.url, " ".join(tags)]
        return "\n\n".join(part for part in parts if part)

    def fits(text: str) -> bool:
        return status_length(text, limits.characters_reserved_per_url) <= limits.max_characters

    text = build(title, teaser, tags)
    if fits(text):
        return text
    # 1. Shorten the teaser at a word boundary.
    room = limits.max_characters - status_length(
        build(title, "", tags), limits.characters_reserved_per_url
    )
    teaser = shorten(teaser, room - 2)  # the two line breaks before it
    if len(teaser) < MIN_TEASER:
        teaser = ""
    text = build(title, teaser, tags)
    # 2. Drop the page's own hashtags from the end; the shared one stays.
    while not fits(text) and len(tags) > 1:
        tags = tags[:-1]
        text = build(title, teaser, tags)
    # 3. Only an absurdly long title is left: shorten it too.
    if not fits(text):
        room = limits.max_characters - status_length(
            build("", teaser, tags), limits.characters_reserved_per_url
        )
        text = build(shorten(title, room - 2), teaser, tags)
    return text


def shorten(text: str, length: int) -> str:
    """``text`` cut at a word boundary to at most ``length`` characters, ending in "…"."""
    if length <= 0:
        return ""
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut and not text[length - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + ELLIPSIS
