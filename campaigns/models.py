"""Campaigns such as "HAGEN braucht DICH" and the stories told in them."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES, BodyBlock
from cms.core.kinds import ContentKind, HomeSection
from cms.core.models import HubPage
from contract.item import ItemCampaign

hashtag_validator = RegexValidator(
    r"^[A-Za-zÄÖÜäöüß0-9_]+$",
    "Ein Hashtag besteht nur aus Buchstaben, Ziffern und Unterstrichen – ohne „#“ und "
    "ohne Leerzeichen.",
)
colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", "Bitte eine Farbe als Hex-Wert angeben, z. B. #c8102e."
)


class Campaign(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField("Name", max_length=120)
    slug = models.SlugField("Kürzel", max_length=80)
    hashtag = models.CharField(
        "Hashtag",
        max_length=60,
        validators=[hashtag_validator],
        help_text="Ohne „#“, z. B. HAGENbrauchtDICH.",
    )
    starts_on = models.DateField("Beginn")
    ends_on = models.DateField("Ende", null=True, blank=True, help_text="Leer: läuft weiter.")
    description = RichTextField("Beschreibung", features=RICH_TEXT_FEATURES, blank=True)
    accent_colour = models.CharField(
        "Kampagnenfarbe",
        max_length=7,
        default="#b3001b",
        validators=[colour_validator],
        help_text="Für Website-Hervorhebungen und Flyer. Auf weißem Grund muss weiße "
        "Schrift lesbar bleiben.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("hashtag"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("description"),
        FieldPanel("accent_colour"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Kampagne")
        verbose_name_plural = _("Kampagnen")
        ordering = ["-starts_on"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "Das Ende liegt vor dem Beginn."})

    @classmethod
    def current(cls, locale, today):
        """The campaign running today in this language, the newest first."""
        return (
            cls.objects.filter(locale=locale, starts_on__lte=today)
            .filter(models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=today))
            .first()
        )

    @property
    def hashtag_display(self) -> str:
        return f"#{self.hashtag}"


class CampaignIndexPage(HubPage):
    """The landing page of a campaign: what it is about and all its stories."""

    campaign = models.ForeignKey(
        Campaign,
        verbose_name="Kampagne",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leer lassen, um die Geschichten aller Kampagnen zu zeigen.",
    )
    intro = RichTextField("Einleitung", features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*HubPage.content_panels, FieldPanel("campaign"), FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["campaigns.CampaignStoryPage"]
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("Kampagnenseite")
        verbose_name_plural = _("Kampagnenseiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = (
            CampaignStoryPage.objects.child_of(self)
            .live()
            .public()
            .select_related("lead_image", "campaign")
            .order_by("-first_published_at")
        )
        if self.campaign_id:
            stories = stories.filter(campaign_id=self.campaign_id)
        context["stories"] = stories
        return context


class CampaignStoryPage(HubPage):
    """A story that shows what engagement in Hagen looks like, and invites to join."""

    campaign = models.ForeignKey(
        Campaign, verbose_name="Kampagne", on_delete=models.PROTECT, related_name="stories"
    )
    body = StreamField(BodyBlock(), verbose_name="Geschichte")
    cta_text = models.CharField(
        "Aufruf",
        max_length=150,
        default="Mach mit!",
        help_text="Überschrift über den verlinkten Mitmach-Angeboten.",
    )

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("campaign"),
        FieldPanel("body"),
        FieldPanel("cta_text"),
        InlinePanel("offer_links", label="Mitmach-Angebot", heading="Passende Mitmach-Angebote"),
    ]
    search_fields = [*HubPage.search_fields, index.SearchField("body")]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []
    schema_type = "Article"
    og_type = "article"
    content_kind = ContentKind(
        key="story",
        slug="geschichten",
        label=_("Kampagnengeschichten"),
        order=50,
        channels=("website", "mastodon", "newsletter", "flyer"),
        in_finder=False,
        home=HomeSection(heading=_("Geschichten aus Hagen"), anchor="geschichten", limit=3),
    )

    class Meta:
        verbose_name = _("Kampagnengeschichte")
        verbose_name_plural = _("Kampagnengeschichten")

    @classmethod
    def home_pages(cls, locale):
        return super().home_pages(locale).select_related("campaign")

    def item_campaign(self) -> ItemCampaign:
        campaign = self.campaign
        return ItemCampaign(
            slug=campaign.slug,
            name=campaign.name,
            hashtag=campaign.hashtag,
            colour=campaign.accent_colour,
        )

    def item_hashtags(self, topics: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*super().item_hashtags(topics), self.campaign.hashtag]))

    def linked_offers(self):
        return [link.offer.specific for link in self.offer_links.all() if link.offer.live]

    def get_structured_data(self, request=None) -> dict:
        data = super().get_structured_data(request)
        data["headline"] = self.title
        data["keywords"] = self.campaign.hashtag_display
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        data["publisher"] = {"@type": "Organization", "name": "Engagement Hub Hagen"}
        return data


class StoryOfferLink(Orderable):
    page = ParentalKey(CampaignStoryPage, on_delete=models.CASCADE, related_name="offer_links")
    offer = models.ForeignKey(
        "organisations.OfferPage",
        verbose_name="Mitmach-Angebot",
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("offer")]
