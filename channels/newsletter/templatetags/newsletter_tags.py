"""Filters for newsletter mails and pages."""

import datetime
import textwrap

from django import template
from django.utils import formats, timezone
from django.utils.translation import gettext

register = template.Library()


@register.filter
def when(item) -> str:
    """The first date of an item: "12. Mai 2026, 18:00 Uhr", or "ab 1. Mai 2026" for a day."""
    moment = getattr(item, "starts_at", None)
    if moment is None:
        return ""
    if isinstance(moment, datetime.datetime):
        local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
        return "{}, {} {}".format(
            formats.date_format(local, "DATE_FORMAT"),
            formats.time_format(local, "TIME_FORMAT"),
            gettext("Uhr"),
        )
    return "{} {}".format(gettext("ab"), formats.date_format(moment, "DATE_FORMAT"))


@register.filter
def indent(text: str, width: int = 70) -> str:
    """Wrapped to ``width`` and indented by two spaces, for list entries in plain text."""
    return textwrap.fill(
        " ".join(str(text).split()), width=width, initial_indent="  ", subsequent_indent="  "
    )


@register.filter
def underline(text: str, character: str = "=") -> str:
    return character * len(str(text))


@register.filter
def wrap(text: str, width: int = 72) -> str:
    """Wrapped to ``width`` columns, paragraphs kept."""
    return "\n".join(
        textwrap.fill(" ".join(line.split()), width=width) for line in str(text).splitlines()
    )
