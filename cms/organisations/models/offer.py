"""The engagement offer: a concrete way to get involved, published by one organisation."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES
from cms.core.kinds import ContentKind, HomeSection
from cms.core.models import HubPage
from cms.core.models.pages import terms
from contract.item import ItemEvent, ItemOrganisation, ItemTerm


class OfferPage(HubPage):
    """A concrete way to get involved, published by one organisation."""

    class Commitment(models.TextChoices):
        ONE_OFF = "one_off", _("Einmalig")
        PROJECT = "project", _("Projekt")
        REGULAR = "regular", _("Regelmäßig")

    description = RichTextField(
        "Beschreibung",
        features=RICH_TEXT_FEATURES,
        help_text="Was ist zu tun? Wen suchen Sie? Was bieten Sie den Engagierten?",
    )
    commitment = models.CharField(
        "Art des Engagements",
        max_length=10,
        choices=Commitment.choices,
        default=Commitment.REGULAR,
    )
    time_needed = models.CharField(
        "Zeitaufwand",
        max_length=120,
        help_text="Z. B. „einmalig 3 Stunden“ oder „2 Stunden pro Woche“.",
    )
    date_from = models.DateField("Von", null=True, blank=True)
    date_to = models.DateField("Bis", null=True, blank=True)
    district = models.ForeignKey(
        "taxonomy.District",
        verbose_name="Stadtbezirk",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leer lassen, wenn das Angebot in ganz Hagen oder online stattfindet.",
    )
    topics = ParentalManyToManyField("taxonomy.Topic", verbose_name="Themen", blank=True)
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", verbose_name="Geeignet für", blank=True
    )
    how_to_join = RichTextField(
        "So machen Sie mit",
        features=RICH_TEXT_FEATURES,
        help_text="Wie meldet man sich? Gibt es ein Kennenlerntreffen? Braucht es Vorkenntnisse?",
    )
    contact_email = models.EmailField(
        "E-Mail für dieses Angebot",
        blank=True,
        help_text="Leer lassen, um die Kontaktdaten des Vereinsporträts zu verwenden.",
    )

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("commitment"),
                FieldPanel("time_needed"),
                FieldRowPanel([FieldPanel("date_from"), FieldPanel("date_to")]),
            ],
            heading="Umfang und Zeitraum",
        ),
        FieldPanel("district"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("how_to_join"),
        FieldPanel("contact_email"),
    ]
    search_fields = [
        *HubPage.search_fields,
        index.SearchField("description"),
        index.SearchField("how_to_join"),
        index.FilterField("commitment"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("district", [index.SearchField("name")]),
    ]
    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []
    schema_type = "JobPosting"
    content_kind = ContentKind(
        key="offer",
        slug="angebote",
        label=_("Mitmach-Angebote"),
        order=10,
        channels=("website", "mastodon", "newsletter", "flyer"),
        dated=True,
        filters={
            "district": "district__slug",
            "topic": "topics__slug",
            "target_group": "target_groups__slug",
            "commitment": "commitment",
        },
        home=HomeSection(
            heading=_("Neue Mitmach-Angebote"),
            anchor="neue-angebote",
            limit=6,
            index_page="organisations.OfferIndexPage",
            more_label=_("Alle Mitmach-Angebote ansehen"),
        ),
    )

    class Meta:
        verbose_name = _("Mitmach-Angebot")
        verbose_name_plural = _("Mitmach-Angebote")

    def clean(self):
        super().clean()
        errors = {}
        if self.date_from and self.date_to and self.date_to < self.date_from:
            errors["date_to"] = "Das Ende liegt vor dem Beginn."
        if self.commitment == self.Commitment.ONE_OFF and not self.date_from:
            errors["date_from"] = "Bei einem einmaligen Einsatz bitte das Datum angeben."
        if errors:
            raise ValidationError(errors)

    @classmethod
    def over_pages(cls):
        # An offer is current until its last day is over.
        return cls.objects.filter(date_to__lt=timezone.localdate())

    @classmethod
    def current_pages(cls, locale):
        return super().current_pages(locale).exclude(pk__in=cls.over_pages().values("pk"))

    @classmethod
    def finder_order(cls, queryset):
        return queryset.order_by(models.F("date_from").asc(nulls_last=True), "title")

    @classmethod
    def for_listing(cls, locale):
        """Current offers, soonest first, undated ones after, with what cards show."""
        return cls.finder_order(
            cls.current_pages(locale)
            .select_related("district", "lead_image")
            .prefetch_related("topics", "target_groups")
        )

    def item_body_html(self) -> str:
        return (
            expand_db_html(self.description)
            + "<h2>So machen Sie mit</h2>"
            + expand_db_html(self.how_to_join)
        )

    def item_events(self) -> list[ItemEvent]:
        if not self.date_from:
            return []
        return [
            ItemEvent(
                starts_at=self.date_from,
                ends_at=self.date_to or self.date_from,
                place=self.item_place(),
            )
        ]

    def item_place(self) -> str:
        return self.district.name if self.district else "Hagen"

    def item_belongs_to(self) -> ItemOrganisation | None:
        organisation = self.organisation
        return (
            organisation.as_item_organisation()
            if hasattr(organisation, "as_item_organisation")
            else None
        )

    def item_district_terms(self) -> list[ItemTerm]:
        return terms([self.district] if self.district else [])

    def item_short_term(self) -> bool:
        return self.is_short_term

    def item_expires_at(self):
        last_day = self.date_to
        if last_day is None:
            return None
        # Over when its last day is over, in Hagen's time.
        return timezone.make_aware(datetime.datetime.combine(last_day, datetime.time.max))

    @cached_property
    def organisation(self):
        # Read several times per render and per item (name, id, feeds); one query pair.
        parent = self.get_parent()
        return parent.specific if parent else None

    @property
    def is_short_term(self) -> bool:
        if self.commitment == self.Commitment.ONE_OFF:
            return True
        if self.date_from and self.date_to:
            return (self.date_to - self.date_from) <= datetime.timedelta(days=31)
        return False

    @property
    def reply_email(self) -> str:
        if self.contact_email:
            return self.contact_email
        organisation = self.organisation
        return getattr(organisation, "contact_email", "") if organisation else ""

    def get_structured_data(self, request=None) -> dict:
        data = super().get_structured_data(request)
        organisation = self.organisation
        data.update(
            {
                "title": self.title,
                "employmentType": "VOLUNTEER",
                "datePosted": (self.first_published_at or timezone.now()).date().isoformat(),
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Hagen",
                        "addressRegion": self.district.name if self.district else "",
                        "addressCountry": "DE",
                    },
                },
            }
        )
        if organisation:
            data["hiringOrganization"] = {
                "@type": "Organization",
                "name": organisation.title,
                "url": organisation.get_full_url(request),
            }
        if self.date_to:
            data["validThrough"] = self.date_to.isoformat()
        return data
