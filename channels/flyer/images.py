"""The lead picture at print resolution, from a Wagtail rendition of the original.

The item carries a web rendition (1200 px wide) and the image's id. Paper needs
more: 300 dpi at the placed size for the print shop (an A4 poster's picture is
about 2,500 px wide), 150 dpi for home printers. Wagtail makes and caches that
rendition from the original, never larger than the original, cropped around
the focal point.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from wagtail.images import get_image_model

from contract.item import ItemImage

logger = logging.getLogger(__name__)
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class PlacedImage:
    url: str  # file:// URL of the rendition; the renderer fetches nothing else
    alt: str
    width: int
    height: int


def rendition_spec(size_mm: tuple[float, float], bleed_mm: float, dpi: int) -> str:
    # The picture runs into the bleed at the top and at both sides.
    width = round((size_mm[0] + 2 * bleed_mm) / MM_PER_INCH * dpi)
    height = round((size_mm[1] + bleed_mm) / MM_PER_INCH * dpi)
    # JPEG on white: a transparent logo must not turn black, and a 300 dpi PNG
    # of a photo would weigh tens of megabytes.
    return f"fill-{width}x{height}|bgcolor-ffffff|format-jpeg|jpegquality-88"


def placed_image(
    image: ItemImage | None, size_mm: tuple[float, float] | None, *, bleed_mm: float, dpi: int
) -> PlacedImage | None:
    """The picture for a layout, or None if there is none or it cannot be read.

    A missing or broken original leaves the flyer without a picture rather than
    without a flyer; the log says why.
    """
    if image is None or size_mm is None:
        return None
    original = get_image_model().objects.filter(pk=image.image_id).first()
    if original is None:
        logger.warning("flyer: image %s of the item is gone", image.image_id)
        return None
    try:
        rendition = original.get_rendition(rendition_spec(size_mm, bleed_mm, dpi))
        path = Path(rendition.file.path)
    except Exception:
        # Wagtail raises SourceImageIOError for a missing file, Pillow anything
        # from OSError to DecompressionBombError for a broken or hostile one.
        logger.warning("flyer: no rendition of image %s", image.image_id, exc_info=True)
        return None
    if not path.exists():
        return None
    return PlacedImage(
        url=path.as_uri(), alt=image.alt, width=rendition.width, height=rendition.height
    )
