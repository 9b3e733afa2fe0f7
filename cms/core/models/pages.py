"""The abstract page every public page builds on, the home page and plain content pages."""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core.blocks import BodyBlock
from cms.core.forms import HubPageForm


class HubPage(Page):
    """Fields and behaviour every public page of the hub shares.

    ``summary`` is the teaser used in listings, Open Graph and (later) every
    channel; ``lead_image`` is the picture that goes with it.
    """

    summary = models.TextField(
        "Kurzbeschreibung",
        max_length=300,
        help_text=(
            "Ein bis drei Sätze, höchstens 300 Zeichen. Erscheint in Übersichten, "
            "Suchergebnissen und beim Teilen in sozialen Medien."
        ),
    )
    lead_image = models.ForeignKey(
        "core.HubImage",
        verbose_name="Titelbild",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Wird oben auf der Seite, in Übersichten und beim Teilen gezeigt.",
    )
    is_example = models.BooleanField(
        "Beispielinhalt",
        default=False,
        help_text="Markiert Demo-Inhalte, die keine echten Angebote sind.",
    )

    search_fields = [*Page.search_fields, index.SearchField("summary")]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("lead_image"),
    ]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("is_example")], heading="Kennzeichnung"),
    ]

    # schema.org type for the JSON-LD block; subclasses refine it.
    schema_type = "WebPage"
    og_type = "website"
    base_form_class = HubPageForm

    class Meta:
        abstract = True

    def get_structured_data(self, request=None) -> dict:
        """schema.org data for this page, rendered as JSON-LD in the page head."""
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type,
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
        }
        if self.lead_image:
            data["image"] = self.lead_image_url(request)
        return data

    def lead_image_url(self, request=None, spec: str = "fill-1200x630") -> str:
        if not self.lead_image:
            return ""
        rendition = self.lead_image.get_rendition(spec)
        return absolute_url(rendition.url, self, request)


def absolute_url(path: str, page: Page, request=None) -> str:
    if path.startswith(("http://", "https://")):
        return path
    site = page.get_site()
    root = site.root_url if site else ""
    if request is not None:
        root = request.build_absolute_uri("/").rstrip("/")
    return f"{root}{path}"


class HomePage(HubPage):
    intro = models.TextField(
        "Einleitung",
        max_length=600,
        help_text="Begrüßung oben auf der Startseite.",
    )

    content_panels = [*HubPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "organisations.OrganisationIndexPage",
        "organisations.OfferIndexPage",
        "courses.CourseIndexPage",
        "boardsupport.BoardResourceIndexPage",
        "campaigns.CampaignIndexPage",
        "finder.FinderPage",
        "core.ContentPage",
    ]
    max_count_per_parent = 1
    schema_type = "WebSite"

    class Meta:
        verbose_name = "Startseite"
        verbose_name_plural = "Startseiten"

    def get_context(self, request, *args, **kwargs):
        from campaigns.models import Campaign, CampaignStoryPage
        from cms.courses.models import CoursePage
        from cms.organisations.models import OfferPage
        from cms.taxonomy.models import District, Topic

        context = super().get_context(request, *args, **kwargs)
        locale = self.locale
        context["latest_offers"] = (
            OfferPage.objects.live()
            .public()
            .filter(locale=locale)
            .order_by("-first_published_at")[:6]
        )
        context["upcoming_courses"] = CoursePage.upcoming(locale)[:3]
        context["latest_stories"] = (
            CampaignStoryPage.objects.live()
            .public()
            .filter(locale=locale)
            .select_related("campaign")
            .order_by("-first_published_at")[:3]
        )
        context["current_campaign"] = Campaign.current(locale, timezone.localdate())
        context["districts"] = District.objects.filter(locale=locale)
        context["topics"] = Topic.objects.filter(locale=locale)
        return context

    def get_structured_data(self, request=None) -> dict:
        from cms.finder.models import FinderPage

        data = super().get_structured_data(request)
        finder = FinderPage.objects.child_of(self).live().first()
        if finder:
            data["potentialAction"] = {
                "@type": "SearchAction",
                "target": finder.get_full_url(request) + "?q={search_term_string}",
                "query-input": "required name=search_term_string",
            }
        return data


class ContentPage(HubPage):
    """A plain page: imprint, privacy statement, accessibility statement, about."""

    body = StreamField(BodyBlock(), verbose_name="Inhalt", blank=True)

    content_panels = [*HubPage.content_panels, FieldPanel("body")]
    search_fields = [*HubPage.search_fields, index.SearchField("body")]
    parent_page_types = ["core.HomePage", "core.ContentPage"]
    subpage_types = ["core.ContentPage"]
    schema_type = "WebPage"

    class Meta:
        verbose_name = "Inhaltsseite"
        verbose_name_plural = "Inhaltsseiten"
