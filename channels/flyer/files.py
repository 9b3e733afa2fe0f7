"""A flyer file for an item: rendered once per revision and variant, then read from disk.

Both the worker (on publish) and the download view (on first request, when
nothing was rendered ahead) come here, so a file is made the same way
whoever asks first. Failures become the channel's errors with a German
message, which the delivery records for the editor.
"""

from __future__ import annotations

import logging
from pathlib import Path

from django.db import DatabaseError

from channels.flyer import storage
from channels.flyer.layouts import Variant
from contract.channel import PermanentError, TemporaryError
from contract.item import Item

logger = logging.getLogger(__name__)


def render_flyer(item: Item, variant: Variant, partner: Item | None = None) -> bytes:
    """The PDF bytes, or a DeliveryError that says in German what went wrong.

    ``partner``: the back side's item of a bilingual flyer.
    """
    from channels.flyer.render import FlyerDoesNotFit, render_pdf

    name = variant.layout.verbose_name
    try:
        return render_pdf(item, variant) if partner is None else render_pdf(item, variant, partner)
    except FlyerDoesNotFit as error:
        raise PermanentError(
            f"Flyer „{name}“: Der Text passt auch stark gekürzt nicht auf die Seite "
            f"({error}). Bitte die Vorlage des Layouts prüfen lassen."
        ) from error
    except (DatabaseError, MemoryError) as error:
        raise TemporaryError(
            f"Flyer „{name}“ konnte gerade nicht erzeugt werden ({type(error).__name__}); "
            "es wird später erneut versucht."
        ) from error
    except Exception as error:
        logger.exception("flyer %s of page %s failed", variant.name, item.page_id)
        raise PermanentError(
            f"Flyer „{name}“ konnte nicht erzeugt werden: {type(error).__name__}: {error}"
        ) from error


def ensure_flyer(item: Item, variant: Variant) -> Path:
    """The file of this item's revision in this variant, rendered if it is not there yet."""
    path = storage.flyer_path(item.page_id, item.revision_id, variant.name)
    if path.exists():
        return path
    pdf = render_flyer(item, variant)
    try:
        storage.write_atomically(path, pdf)
    except OSError as error:
        raise TemporaryError(
            f"Flyer „{variant.layout.verbose_name}“ konnte nicht gespeichert werden: {error}"
        ) from error
    return path
