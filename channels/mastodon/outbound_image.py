"""The lead image of an item, ready for upload: the file, its alt text and focus point.

The item names its image by id; the bytes come from the hub's own image
storage (a rendition no larger than Mastodon shows), not over HTTP from the
hub itself, which a worker may not reach. An image without alt text is never
uploaded: the status goes out without it.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass

from contract.item import ItemImage

RENDITION_SPEC = "max-1600x1600"


@dataclass(frozen=True)
class Upload:
    data: bytes
    mime_type: str
    file_name: str
    description: str
    focus: tuple[float, float] | None
    signature: str  # what the image showed: a changed image or alt text is uploaded anew


def signature(image: ItemImage | None) -> str:
    if image is None or not image.alt.strip():
        return ""
    return hashlib.sha256(f"{image.image_id}|{image.url}|{image.alt}".encode()).hexdigest()[:64]


def prepare_upload(image: ItemImage | None) -> Upload | None:
    if image is None or not image.alt.strip():
        return None
    from wagtail.images import get_image_model

    stored = get_image_model().objects.filter(pk=image.image_id).first()
    if stored is None:
        return None
    rendition = stored.get_rendition(RENDITION_SPEC)
    with rendition.file.open("rb") as handle:
        data = handle.read()
    name = rendition.file.name.rsplit("/", 1)[-1]
    mime_type = mimetypes.guess_type(name)[0] or "image/jpeg"
    return Upload(
        data=data,
        mime_type=mime_type,
        file_name=name,
        description=image.alt.strip()[:1500],
        focus=_focus(image, stored.width, stored.height),
        signature=signature(image),
    )


def _focus(image: ItemImage, width: int, height: int) -> tuple[float, float] | None:
    """Wagtail's focal point as Mastodon's focus: -1…1 from the centre, y upwards."""
    if not image.focal_point or not width or not height:
        return None
    x, y, _, _ = image.focal_point
    return (round(2 * x / width - 1, 2), round(1 - 2 * y / height, 2))
