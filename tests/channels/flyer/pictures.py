"""Pictures of any size for flyer tests, stored as the hub's images."""

import io

from django.core.files.images import ImageFile
from PIL import Image
from wagtail.models import Collection

from cms.core.models import HubImage


def picture(width: int, height: int, *, title: str = "", colour=(40, 110, 140)) -> HubImage:
    """A JPEG of the given size (a flat colour with a lighter band, so it compresses well)."""
    image = Image.new("RGB", (width, height), colour)
    if width > 4 and height > 4:
        image.paste((230, 200, 90), (0, height // 3, width, height // 2))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    hub_image = HubImage(
        title=title or f"Bild {width}×{height}",
        description=f"Ein Testbild mit {width} × {height} Pixeln",
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"test-{width}x{height}.jpg"),
    )
    hub_image._set_image_file_metadata()
    hub_image.save()
    return hub_image
