"""Fediverse HTML is untrusted: it is cleaned with nh3 (Rust's ammonia) on arrival,
before anything stores or shows it.

Kept: paragraphs, line breaks, links (http and https only, marked
``rel="nofollow noopener ugc"``), simple emphasis, lists, quotes and code.
Mentions and hashtags stay plain links; Mastodon's ``invisible``/``ellipsis``
spans keep their class so long links show shortened as on Mastodon. Custom
emoji stay their ``:shortcode:`` text; an ``<img>`` (other servers send emoji
that way) becomes its alt text. Everything else (scripts, styles, event
handlers, iframes, forms, ``javascript:`` links, inline styles) is dropped.
"""

from __future__ import annotations

import html
import re
import unicodedata

import nh3

MAX_HTML = 20_000  # characters of incoming HTML looked at; Mastodon's own limit is 500
MAX_TEXT = 500
ALLOWED_TAGS = {
    "p",
    "br",
    "a",
    "span",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "del",
    "s",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
}
LINK_REL = "nofollow noopener ugc"

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags={"script", "style", "template", "textarea", "title", "noscript"},
    attributes={"a": {"href", "title"}},
    allowed_classes={"span": {"invisible", "ellipsis"}},
    url_schemes={"http", "https"},
    link_rel=LINK_REL,
    strip_comments=True,
)
# First pass for HTML with images: keep only their alt text, to put it in their place.
_image_cleaner = nh3.Cleaner(
    tags={*ALLOWED_TAGS, "img"},
    clean_content_tags={"script", "style", "template", "textarea", "title", "noscript"},
    attributes={"a": {"href", "title"}, "img": {"alt"}},
    allowed_classes={"span": {"invisible", "ellipsis"}},
    url_schemes={"http", "https"},
    link_rel=LINK_REL,
    strip_comments=True,
)
_IMG = re.compile(r'<img(?: alt="([^"]*)")?\s*/?>')
_BREAK = re.compile(r"<br\s*/?>")
_PARAGRAPH_GAP = re.compile(r"</p>\s*<p>|</li>\s*<li>|</?(?:ul|ol|blockquote|pre)>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NOT_IN_URL = re.compile(r'[\s"<>\x00-\x1f\x7f]')


def clean_html(raw: str) -> str:
    """Safe HTML to show, from whatever a server sent."""
    raw = (raw or "")[:MAX_HTML]
    if "<img" in raw.lower():
        half = _image_cleaner.clean(raw)
        raw = _IMG.sub(lambda match: html.escape(html.unescape(match.group(1) or "")), half)
    # A class list emptied by the allow-list leaves class="": noise, not a risk.
    return _cleaner.clean(raw).replace(' class=""', "").strip()


def html_to_text(clean: str) -> str:
    """Plain text of cleaned HTML, with paragraphs kept apart; for feeds, mails and search."""
    text = _BREAK.sub("\n", clean)
    text = _PARAGRAPH_GAP.sub("\n\n", text)
    text = html.unescape(nh3.clean(text, tags=set()))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def clean_text(raw: str, length: int = MAX_TEXT) -> str:
    """A plain-text field (display name, content warning, alt text): no control characters,
    normalised, one line, at most ``length`` characters."""
    text = unicodedata.normalize("NFC", str(raw or ""))
    text = _CONTROL.sub("", text)
    text = " ".join(text.split())
    return text[:length]


def safe_url(raw, length: int = 500) -> str:
    """An http(s) URL without whitespace, or nothing."""
    url = str(raw or "").strip()
    if not url.lower().startswith(("https://", "http://")) or len(url) > length:
        return ""
    if _NOT_IN_URL.search(url):
        return ""
    return url
