"""The hub's image model: every image carries alt text and a credit line.

Alt text is not optional here: portraits, stories and flyers are read with
screen readers, and Mastodon posts must not go out with an undescribed image.
"""

from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition


class HubImage(AbstractImage):
    description = models.CharField(
        "Alternativtext",
        max_length=255,
        help_text=(
            "Beschreiben Sie kurz, was auf dem Bild zu sehen ist – für Menschen, "
            "die das Bild nicht sehen können. Zum Beispiel: „Drei Jugendliche pflanzen "
            "einen Baum am Hengsteysee.“"
        ),
    )
    credit = models.CharField(
        "Bildnachweis",
        max_length=255,
        blank=True,
        help_text="Fotograf*in oder Quelle und Lizenz, z. B. „Foto: Max Muster, CC BY 4.0“.",
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "credit",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = "Bild"
        verbose_name_plural = "Bilder"

    @property
    def alt_text(self) -> str:
        """The website's alt text. Every admin form requires a description (Wagtail's
        multiple upload keeps a file as an upload until it is described); an image
        created without one, by an import say, shows its title on the website, and
        goes to the channels undescribed (``cms.core.items.item_image``)."""
        return self.description.strip() or self.title


class HubRendition(AbstractRendition):
    image = models.ForeignKey(HubImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
