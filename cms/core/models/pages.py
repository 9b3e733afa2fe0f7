"""The abstract pages every public page builds on, the home page and plain content pages."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core import extensions, items, kinds, locales, reader_language, spelling
from cms.core.blocks import RICH_TEXT_FEATURES, BodyBlock
from cms.core.forms import HubPageForm
from contract.item import Item, ItemCampaign, ItemEvent, ItemOrganisation, ItemTerm


class HubPage(Page):
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

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        # Title and summary once more without accents and umlauts (cms.core.spelling).
        index.SearchField("search_spellings"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("is_example"),
        APIField("item"),
        APIField("translations"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("lead_image"),
    ]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("is_example")], heading="Kennzeichnung"),
        # The channels add where the page went (see cms.core.extensions).
        extensions.ExtensionPanelGroup(
            [FieldPanel("distribution_off")],
            heading="Verbreitung",
            hook_name=extensions.DISTRIBUTION_PANELS,
        ),
    ]

    # schema.org type for the JSON-LD block; subclasses refine it.
    schema_type = "WebPage"
    og_type = "website"
    base_form_class = HubPageForm
    # Page types that are syndicated as a kind of content declare
    # ``content_kind = ContentKind(...)`` (see cms.core.kinds).
    content_kind = None

    class Meta:
        abstract = True

    # --- what the page type says about its kind of content -------------------------
    @classmethod
    def over_pages(cls):
        """Pages of this type whose end has passed; listings leave them out."""
        return cls.objects.none()

    @classmethod
    def current_pages(cls, locale):
        """Live, public pages of this type in the locale that are not over yet."""
        return cls.objects.live().public().filter(locale=locale)

    @classmethod
    def finder_order(cls, queryset):
        """How the finder orders these pages without a search term."""
        return queryset.order_by("title")

    @classmethod
    def home_pages(cls, locale):
        """What the home page shows of this type: the newest current pages."""
        return cls.current_pages(locale).order_by("-first_published_at")

    @property
    def item_kind(self) -> str:
        return kinds.key_of(self)

    def search_spellings(self) -> str:
        return spelling.variants(f"{self.title} {self.summary}")

    def get_url_parts(self, request=None):
        """A German page linked while a reader reads in another language leads to its
        fallback under that language's prefix, so the reader's interface stays."""
        parts = super().get_url_parts(request)
        language = reader_language.reader_language()
        if parts is None or language is None:
            return parts
        if reader_language.language_of_locale(self.locale_id) != settings.LANGUAGE_CODE:
            return parts
        site_id, root_url, page_path = parts
        return site_id, root_url, reader_language.fallback_path(page_path, language)

    # --- the channels' previews, attached from the channels' side -----------------
    @property
    def preview_modes(self):
        return [("", "Website"), *extensions.preview_modes(self)]

    def serve_preview(self, request, mode_name):
        response = extensions.serve_preview(self, request, mode_name) if mode_name else None
        return response or super().serve_preview(request, mode_name)

    def to_item(self, revision=None) -> Item:
        """This page as the channel-neutral item every channel reads."""
        root = items.site_root(self)
        body_html = items.absolutise(self.item_body_html(), root)
        topic_terms = tuple(self.item_topic_terms())
        topics = tuple(term.label for term in topic_terms)
        districts = tuple(self.item_district_terms())
        belongs_to = self.item_belongs_to()
        campaign = self.item_campaign()
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
            translation_key=str(self.translation_key),
            hashtags=self.item_hashtags(topics),
            image=items.item_image(self.lead_image, self),
            events=tuple(self.item_events()),
            place=self.item_place(),
            organisation=self.item_organisation_name(belongs_to),
            organisation_id=belongs_to.page_id if belongs_to else None,
            belongs_to=belongs_to,
            district=", ".join(term.label for term in districts),
            topics=topics,
            district_terms=districts,
            topic_terms=topic_terms,
            campaign=campaign.name if campaign else "",
            campaign_detail=campaign,
            accent_colour=campaign.colour if campaign else "",
            short_term=self.item_short_term(),
            expires_at=self.item_expires_at(),
            published_at=self.first_published_at,
            updated_at=self.last_published_at,
        )

    @property
    def translations(self) -> list[dict[str, str]]:
        """The live translations (language code and address), for the headless API."""
        return locales.translations_of(self)

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

    def item_belongs_to(self) -> ItemOrganisation | None:
        """The organisation this page belongs to."""
        return None

    def item_organisation_name(self, belongs_to: ItemOrganisation | None) -> str:
        return belongs_to.name if belongs_to else ""

    def item_district_terms(self) -> list[ItemTerm]:
        return []

    def item_topic_terms(self) -> list[ItemTerm]:
        topics = getattr(self, "topics", None)
        return terms(topics.all()) if topics is not None else []

    def item_campaign(self) -> ItemCampaign | None:
        return None

    def item_short_term(self) -> bool:
        return False

    def item_expires_at(self):
        """When this page stops being current; None while it is published."""
        return None

    def get_sitemap_urls(self, request=None):
        return [] if self.is_over else super().get_sitemap_urls(request)

    @property
    def is_over(self) -> bool:
        """Its end has passed (a short-term offer after its last day): no channel
        offers it as current any more, and its page says so."""
        ends = self.item_expires_at()
        return ends is not None and ends <= timezone.now()

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


def terms(vocabulary) -> list[ItemTerm]:
    """Districts or topics as the item carries them."""
    return [ItemTerm(slug=term.slug, label=term.name) for term in vocabulary]


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


class ContentPage(HubPage):
    """A plain page: imprint, privacy statement, accessibility statement, about."""

    body = StreamField(BodyBlock(), verbose_name="Inhalt", blank=True)

    content_panels = [*HubPage.content_panels, FieldPanel("body")]
    search_fields = [*HubPage.search_fields, index.SearchField("body")]
    parent_page_types = ["core.HomePage", "core.ContentPage"]
    subpage_types = ["core.ContentPage"]
    schema_type = "WebPage"

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")
