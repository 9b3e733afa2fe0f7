"""Storing the generated illustrations and logos as HubImages, found again by title."""

import hashlib
import io
from collections.abc import Callable

from django.core.files.images import ImageFile
from wagtail.models import Collection, Page

from cms.core.models import HubImage
from demo.loader.illustrations import Drawing, draw_illustration, draw_logo
from demo.loader.report import Tally

CREDIT = "Grafik: Engagement Hub Hagen (generiert), CC0"


def ensure_illustration(
    title: str,
    tally: Tally,
    *,
    collection: Collection | None = None,
    palette: str | None = None,
    motif: str | None = None,
) -> HubImage:
    """The image with this title; if it is missing, an illustration seeded by the title,
    in the palette and motif given (illustrations.yaml) or ones the title picks."""
    return _ensure(
        title, tally, collection, lambda: draw_illustration(title, palette=palette, motif=motif)
    )


def ensure_logo(
    name: str, initials: str, tally: Tally, *, collection: Collection | None = None
) -> HubImage:
    """The logo of the organisation ``name``, a round badge with its initials."""
    title = f"Logo: {name}"

    def draw() -> Drawing:
        drawing = draw_logo(title, initials)
        return Drawing(drawing.image, f"Logo von {name}: {drawing.description}.")

    return _ensure(title, tally, collection, draw)


def count_kept_images(tally: Tally) -> None:
    """Report the demo images that were there already, recognised by their credit line.

    Images of kept pages are never looked at, so they are counted here, once.
    """
    tally.kept(
        "Bilder", HubImage.objects.filter(credit=CREDIT).count() - tally.created_count("Bilder")
    )


def with_lead_image(
    tally: Tally,
    *,
    collection: Collection | None = None,
    palette: str | None = None,
    motif: str | None = None,
) -> Callable[[Page], None]:
    """A ``prepare`` step for ``ensure_page``: give a new page an illustration of its own."""

    def prepare(page: Page) -> None:
        page.lead_image = ensure_illustration(
            f"Titelbild: {page.title}",
            tally,
            collection=collection,
            palette=palette,
            motif=motif,
        )

    return prepare


def _ensure(
    title: str, tally: Tally, collection: Collection | None, draw: Callable[[], Drawing]
) -> HubImage:
    existing = HubImage.objects.filter(title=title).first()
    if existing:
        return existing  # counted by count_kept_images()
    drawing = draw()
    image = HubImage(
        title=title,
        description=drawing.description,
        credit=CREDIT,
        collection=collection or Collection.get_first_root_node(),
        file=ImageFile(
            io.BytesIO(drawing.jpeg()),
            name=f"demo-{hashlib.sha1(title.encode()).hexdigest()[:10]}.jpg",
        ),
    )
    image._set_image_file_metadata()
    image.full_clean()
    image.save()
    tally.created("Bilder")
    return image
