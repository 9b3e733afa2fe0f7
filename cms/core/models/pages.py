"""The abstract pages every public page builds on, the home page and plain content pages."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from channels.item import Item, ItemEvent
from channels.panels import DeliveriesPanel
from channels.previews import ChannelPreviewMixin
from cms.core import items
from cms.core.blocks import RICH_TEXT_FEATURES, BodyBlock
from cms.core.forms import HubPageForm


class HubPage(ChannelPreviewMixin, Page):
    """Fields and behaviour every public page of the hub shares.

    ``summary`` is the teaser used in listings, Open Graph and every channel;
    ``lead_image`` is the picture that goes with it. ``to_item()`` turns the page
    into the channel-neutral item; subclasses refine the ``item_*`` hooks.
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
    distribution_off = models.JSONField(
        "Nicht verbreiten auf",
        default=list,
        blank=True,
        help_text="Diese Seite erscheint immer auf der Website. Hier können Sie weitere "
        "Kanäle für diese Seite abschalten; Veröffentlichtes wird dort zurückgezogen.",
    )

    search_fields = [*Page.search_fields, index.SearchField("summary")]
    api_fields = [APIField("summary"), APIField("is_example"), APIField("item")]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("lead_image"),
    ]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("is_example")], heading="Kennzeichnung"),
        MultiFieldPanel([FieldPanel("distribution_off"), DeliveriesPanel()], heading="Verbreitung"),
    ]

    # schema.org type for the JSON-LD block; subclasses refine it.
    schema_type = "WebPage"
    og_type = "website"
    base_form_class = HubPageForm
    # The item's kind (see cms.core.content_kinds); "page" goes to the website only.
    item_kind = "page"

    class Meta:
        abstract = True

    def to_item(self, revision=None) -> Item:
        """This page as the channel-neutral item every channel reads."""
        root = items.site_root(self)
        body_html = items.absolutise(self.item_body_html(), root)
        topics = tuple(self.item_topics())
        return Item(
            page_id=self.pk,
            revision_id=revision.pk if revision else self.live_revision_id,
            kind=self.item_kind,
            kind_label=str(self._meta.verbose_name),
            title=self.title,
            summary=self.summary,
            body_html=body_html,
            body_text=items.html_to_text(body_html),
            url=self.get_full_url() or "",
            language=self.locale.language_code,
            hashtags=self.item_hashtags(topics),
            image=items.item_image(self.lead_image, self),
            events=tuple(self.item_events()),
            place=self.item_place(),
            organisation=self.item_organisation(),
            organisation_id=self.item_organisation_id(),
            district=self.item_district(),
            topics=topics,
            campaign=self.item_campaign(),
            accent_colour=self.item_accent_colour(),
            published_at=self.first_published_at,
            updated_at=self.last_published_at,
        )

    @property
    def item(self) -> dict:
        """The channel-neutral item as JSON, for the headless API."""
        return self.to_item().to_json()

    # --- hooks for to_item(); subclasses override what they have -----------------
    def item_body_html(self) -> str:
        body = getattr(self, "body", None)
        return str(body) if body else ""

    def item_events(self) -> list[ItemEvent]:
        return []

    def item_place(self) -> str:
        return ""

    def item_organisation(self) -> str:
        return ""

    def item_organisation_id(self) -> int | None:
        return None

    def item_district(self) -> str:
        return ""

    def item_topics(self) -> list[str]:
        topics = getattr(self, "topics", None)
        return [topic.name for topic in topics.all()] if topics is not None else []

    def item_campaign(self) -> str:
        return ""

    def item_accent_colour(self) -> str:
        return ""

    def item_hashtags(self, topics: tuple[str, ...]) -> tuple[str, ...]:
        tags = [settings.HUB_HASHTAG, *(items.hashtag(name) for name in topics)]
        return tuple(dict.fromkeys(tag for tag in tags if tag))

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


class IndexPage(HubPage):
    """An overview of one kind of content: once per home page, an intro, then the listing."""

    intro = RichTextField("Einleitung", features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*HubPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        abstract = True


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
        "mastodon.HashtagWallPage",
        "newsletter.NewsletterArchiveIndexPage",
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
