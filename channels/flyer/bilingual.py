"""The bilingual flyer: the German page on the front, one of its translations on the back.

A club handing out flyers on a Hagen street wants one sheet that speaks to
everyone, so the pair is always German plus one language, whichever of the
two pages the reader or editor starts from. Bilingual files are made on the
first request, not on publish (one per language and mode would multiply the
worker's renders by the number of languages), and stored in the German
revision's folder under a name that includes the translation's revision, so a
new revision of either side gives a new file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from wagtail.models import Locale, Page

from channels.flyer import storage
from channels.flyer.availability import flyers_available
from channels.flyer.layouts import Variant
from contract.channel import TemporaryError
from contract.item import Item


@dataclass(frozen=True)
class Pair:
    front: Page  # German
    back: Page  # the translation


def source_language() -> str:
    return settings.LANGUAGE_CODE


def pair_for(page: Page, language: str) -> Pair | None:
    """German ``page`` (or ``page``'s German original) with its ``language`` translation."""
    if language == source_language() or language not in dict(settings.LANGUAGES):
        return None
    front = _translation(page, source_language())
    back = _translation(page, language)
    if front is None or back is None:
        return None
    if not (flyers_available(front) and flyers_available(back)):
        return None
    return Pair(front=front, back=back)


def partner_languages(page: Page) -> list[tuple[str, str]]:
    """The languages a bilingual flyer of ``page`` can pair with German, named in themselves."""
    front = _translation(page, source_language())
    if front is None or not flyers_available(front):
        return []
    live = {
        translation.locale.language_code: translation
        for translation in front.get_translations().live().select_related("locale")
    }
    return [
        (code, name)
        for code, name in settings.LANGUAGES
        if code in live and flyers_available(live[code].specific)
    ]


def ensure_bilingual_flyer(front: Item, back: Item, variant: Variant) -> Path:
    """The file of this pair in ``variant``, rendered if it is not there yet."""
    from channels.flyer.files import render_flyer

    name = f"{variant.name}-{back.language}-{back.revision_id or 0}"
    path = storage.flyer_path(front.page_id, front.revision_id, name)
    if path.exists():
        return path
    pdf = render_flyer(front, variant, partner=back)
    try:
        storage.write_atomically(path, pdf)
    except OSError as error:
        raise TemporaryError(
            f"Flyer „{variant.layout.verbose_name}“ konnte nicht gespeichert werden: {error}"
        ) from error
    return path


def _translation(page: Page, language: str) -> Page | None:
    if page.locale.language_code == language:
        return page.specific
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return None
    found = page.get_translation_or_none(locale)
    return found.specific if found is not None else None
