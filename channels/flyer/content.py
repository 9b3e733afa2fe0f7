"""What a flyer says: the item's texts, shortened to a layout's budgets, with facts and QR.

Everything the templates show is prepared here, in the item's language, so a
designer changing a template never has to count characters or format dates.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import formats, timezone, translation

from channels.flyer.images import PlacedImage
from channels.flyer.layouts import Budgets
from channels.flyer.qr import qr_svg_data_uri, short_url
from channels.flyer.text import shorten, shorten_paragraphs
from cms.core import kinds
from contract.item import Item, ItemEvent

HUB_NAME = "Engagement Hub Hagen"
# PDF metadata is read by screen readers and file managers; a whole novel of a
# title helps no one there either.
METADATA_TITLE_BUDGET = 200


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class FlyerContent:
    language: str
    direction: str  # "ltr" or "rtl"
    kind_label: str
    title: str
    summary: str
    paragraphs: list[str]
    facts: list[Fact]
    organisation: str
    campaign: str
    campaign_hashtag: str  # a campaign's own hashtag comes last among the item's
    hashtags: str
    accent: str
    url: str
    short_url: str
    qr_data_uri: str
    qr_alt: str
    image: PlacedImage | None
    document_title: str
    description: str
    author: str
    keywords: str
    created: str
    modified: str
    hub_name: str = HUB_NAME


def flyer_content(item: Item, budgets: Budgets, image: PlacedImage | None) -> FlyerContent:
    """The texts of ``item`` for one layout; call inside ``translation.override``."""
    url = item.url or settings.SITE_URL + "/"
    title = shorten(item.title, budgets.title)
    summary = shorten(item.summary, budgets.summary)
    facts = _facts(item, budgets.line)
    campaign = shorten(item.campaign, budgets.line) if item.campaign else ""
    printed_url = short_url(url, page_id=item.page_id)
    return FlyerContent(
        language=item.language or "de",
        direction="rtl" if translation.get_language_bidi() else "ltr",
        kind_label=shorten(kind_label(item), budgets.line),
        title=title,
        summary=summary,
        paragraphs=shorten_paragraphs(item.body_text, budgets.body) if budgets.body else [],
        facts=facts,
        organisation=shorten(item.organisation, budgets.line),
        campaign=campaign,
        campaign_hashtag=shorten(f"#{item.hashtags[-1]}", budgets.line)
        if campaign and item.hashtags
        else "",
        hashtags=shorten(" ".join(f"#{tag}" for tag in item.hashtags), budgets.line),
        accent=item.accent_colour,
        url=url,
        short_url=printed_url,
        qr_data_uri=qr_svg_data_uri(url),
        qr_alt=translation.gettext("QR-Code mit dem Link zu dieser Seite: %(url)s")
        % {"url": printed_url},
        image=image,
        document_title=shorten(item.title, METADATA_TITLE_BUDGET),
        description=shorten(item.summary, 500),
        author=item.organisation or HUB_NAME,
        keywords=", ".join(item.hashtags + item.topics),
        created=_iso(item.published_at),
        modified=_iso(item.updated_at),
    )


def kind_label(item: Item) -> str:
    """The kind's label in the active language.

    The kind's model knows its lazy ``verbose_name``, whatever language the
    item was made in (an editor's preview runs in the admin's language); for
    anything else, the item's German label goes through the catalogue.
    """
    for kind in kinds.content_kinds():
        if kind.key == item.kind and kind.model is not None:
            return str(kind.model._meta.verbose_name)
    return translation.gettext(item.kind_label) if item.kind_label else ""


def _facts(item: Item, budget: int) -> list[Fact]:
    facts = []
    when = _when(item.events)
    if when:
        facts.append(Fact(translation.gettext("Wann"), shorten(when, budget)))
    if item.place:
        facts.append(Fact(translation.gettext("Wo"), shorten(item.place, budget)))
    if item.organisation and item.organisation != item.title:
        facts.append(Fact(translation.gettext("Wer"), shorten(item.organisation, budget)))
    return facts


def _when(events: tuple[ItemEvent, ...]) -> str:
    if not events:
        return ""
    first = events[0]
    text = _moment_range(first.starts_at, first.ends_at)
    if len(events) > 1:
        more = len(events) - 1
        text += " " + translation.ngettext(
            "(und %(count)s weiterer Termin)", "(und %(count)s weitere Termine)", more
        ) % {"count": more}
    return text


def _moment_range(start, end) -> str:
    if isinstance(start, datetime.datetime):
        start = timezone.localtime(start) if timezone.is_aware(start) else start
        text = f"{formats.date_format(start, 'DATE_FORMAT')}, {formats.time_format(start)}"
        if isinstance(end, datetime.datetime):
            end = timezone.localtime(end) if timezone.is_aware(end) else end
            if end.date() == start.date():
                return f"{text}–{formats.time_format(end)}"
            return f"{text} – {formats.date_format(end, 'DATE_FORMAT')}"
        return text
    text = formats.date_format(start, "DATE_FORMAT")
    if end and end != start:
        text += " – " + formats.date_format(end, "DATE_FORMAT")
    return text


def _iso(moment: datetime.datetime | None) -> str:
    return moment.isoformat() if moment else ""
