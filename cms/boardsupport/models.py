"""Board-support resources (Vorstandsarbeit): help for the people who run a club."""

from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.core.blocks import BodyBlock, ChecklistBlock
from cms.core.kinds import ContentKind
from cms.core.models import HubPage, IndexPage


class Category(models.TextChoices):
    LAW = "law", _("Vereinsrecht")
    FINANCE = "finance", _("Finanzen und Steuern")
    INSURANCE = "insurance", _("Versicherungen")
    DATA_PROTECTION = "data_protection", _("Datenschutz")
    FUNDING = "funding", _("Fördermittel")
    LEADERSHIP = "leadership", _("Verein führen")
    VOLUNTEERS = "volunteers", _("Ehrenamtliche gewinnen und halten")
    PUBLIC_RELATIONS = "public_relations", _("Öffentlichkeitsarbeit")


class BoardResourceIndexPage(IndexPage):
    subpage_types = ["boardsupport.BoardResourcePage"]

    class Meta:
        verbose_name = _("Übersicht Vorstandsarbeit")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = (
            BoardResourcePage.objects.child_of(self).live().public().order_by("category", "title")
        )
        by_category = {}
        for resource in resources:
            by_category.setdefault(resource.get_category_display(), []).append(resource)
        context["resources_by_category"] = by_category
        return context


class BoardResourcePage(HubPage):
    category = models.CharField("Bereich", max_length=20, choices=Category.choices)
    body = StreamField(BodyBlock(), verbose_name="Inhalt")
    checklist = StreamField(
        ChecklistBlock(),
        verbose_name="Checkliste",
        blank=True,
        help_text="Optional: Schritte zum Abhaken, z. B. für die Vorbereitung der "
        "Mitgliederversammlung.",
    )
    reviewed_on = models.DateField(
        "Zuletzt fachlich geprüft",
        null=True,
        blank=True,
        help_text="Rechtliche und steuerliche Hinweise veralten: Wann wurde der Text "
        "zuletzt geprüft?",
    )

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("category"),
        FieldPanel("body"),
        FieldPanel("checklist"),
        InlinePanel("documents", label="Dokument", heading="Dokumente zum Herunterladen"),
        FieldPanel("reviewed_on"),
    ]
    search_fields = [
        *HubPage.search_fields,
        index.SearchField("body"),
        index.SearchField("checklist"),
        index.FilterField("category"),
    ]
    parent_page_types = ["boardsupport.BoardResourceIndexPage"]
    subpage_types = []
    schema_type = "Article"
    og_type = "article"
    content_kind = ContentKind(
        key="resource",
        slug="vorstandsarbeit",
        label=_("Hilfen für Vorstände"),
        order=40,
        channels=("website", "newsletter", "flyer"),
    )

    class Meta:
        verbose_name = _("Hilfe für Vorstände")
        verbose_name_plural = _("Hilfen für Vorstände")

    def item_body_html(self) -> str:
        html = str(self.body)
        if self.checklist:
            points = "".join(format_html("<li>{}</li>", block.value) for block in self.checklist)
            html += f"<h2>Checkliste</h2><ul>{points}</ul>"
        return html

    def get_structured_data(self, request=None) -> dict:
        data = super().get_structured_data(request)
        data["headline"] = self.title
        data["articleSection"] = self.get_category_display()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.isoformat()
        return data


class ResourceDocument(Orderable):
    page = ParentalKey(BoardResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="Dokument", on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        "Bezeichnung",
        max_length=150,
        blank=True,
        help_text="Leer lassen, um den Titel des Dokuments zu verwenden.",
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")

    @property
    def display_label(self) -> str:
        return self.label or self.document.title
