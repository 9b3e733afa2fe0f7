"""Helpers pages use to turn themselves into the channel-neutral item."""

import copy
import re
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from django.conf import settings

from contract.item import ItemImage

WEB_IMAGE_SPEC = "fill-1200x630"


def site_root(page) -> str:
    site = page.get_site()
    return site.root_url if site else settings.SITE_URL


def absolutise(html: str, base_url: str) -> str:
    """Make every link and image source absolute: mails and feeds have no page to be relative to."""
    if not html:
        return ""
    soup = BeautifulSoup(html, "html.parser")
    for tag, attribute in (("a", "href"), ("img", "src"), ("iframe", "src")):
        for element in soup.find_all(tag):
            value = element.get(attribute)
            if value and not value.startswith(("http://", "https://", "mailto:", "tel:", "#")):
                element[attribute] = urljoin(base_url + "/", value)
    return str(soup)


TEXT_BLOCKS = ["p", "h2", "h3", "h4", "li", "blockquote", "figcaption"]


def html_to_text(html: str) -> str:
    """Readable plain text: one paragraph per block, list items on their own lines."""
    if not html:
        return ""
    soup = BeautifulSoup(html, "html.parser")
    for item in soup.find_all("li"):
        item.insert(0, "• ")
    for element in soup.find_all(["br"]):
        element.replace_with("\n")
    blocks = soup.find_all(TEXT_BLOCKS)
    if not blocks:
        return soup.get_text(" ", strip=True)
    lines = [" ".join(_own_text(block).split()) for block in blocks]
    return "\n\n".join(line for line in lines if line)


def _own_text(block) -> str:
    """A block's text without that of the blocks inside it, which get lines of their own
    (a quote's paragraphs, a nested list)."""
    if block.find(TEXT_BLOCKS) is None:
        return block.get_text(" ", strip=True)
    own = copy.copy(block)
    for inner in own.find_all(TEXT_BLOCKS):
        inner.decompose()
    return own.get_text(" ", strip=True)


def item_image(image, page) -> ItemImage | None:
    if image is None:
        return None
    rendition = image.get_rendition(WEB_IMAGE_SPEC)
    focal = None
    if image.has_focal_point():
        focal = (
            image.focal_point_x,
            image.focal_point_y,
            image.focal_point_width,
            image.focal_point_height,
        )
    return ItemImage(
        url=urljoin(site_root(page) + "/", rendition.url),
        # The editor's description only, never the title's fallback: the channels
        # must see an undescribed image as such (Mastodon then leaves it out).
        alt=image.description.strip(),
        width=rendition.width,
        height=rendition.height,
        image_id=image.pk,
        focal_point=focal,
    )


def hashtag(text: str) -> str:
    """ "Kinder rechte & mehr" -> "KinderRechteMehr": what a hashtag of a topic name looks like."""
    words = re.findall(r"[^\W_]+", text)
    return "".join(word[:1].upper() + word[1:] for word in words)
