"""Districts, topics and target groups: the vocabularies the finder filters by.

They are locale-aware snippets: each language has its own row, linked by
``translation_key``; the slug is the same in every language so filter URLs
work across translations.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Vocabulary(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField("Name", max_length=80)
    slug = models.SlugField(
        "Kürzel",
        max_length=80,
        help_text="Erscheint in Filter-Adressen, z. B. „hagen-mitte“. Nur Kleinbuchstaben, "
        "Ziffern und Bindestriche.",
    )
    sort_order = models.PositiveSmallIntegerField("Reihenfolge", default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class District(Vocabulary):
    vocabulary_key = "district"  # see cms.core.vocabularies
    description = models.TextField("Beschreibung", blank=True)

    panels = [*Vocabulary.panels, FieldPanel("description")]

    class Meta(Vocabulary.Meta):
        verbose_name = "Stadtbezirk"
        verbose_name_plural = "Stadtbezirke"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Topic(Vocabulary):
    vocabulary_key = "topic"
    description = models.TextField("Beschreibung", blank=True)

    panels = [*Vocabulary.panels, FieldPanel("description")]

    class Meta(Vocabulary.Meta):
        verbose_name = "Thema"
        verbose_name_plural = "Themen"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class TargetGroup(Vocabulary):
    vocabulary_key = "target_group"

    class Meta(Vocabulary.Meta):
        verbose_name = "Zielgruppe"
        verbose_name_plural = "Zielgruppen"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
