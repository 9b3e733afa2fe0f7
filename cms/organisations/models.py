"""Organisation portraits (Vereinsporträts) and their engagement offers."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from channels.item import ItemEvent
from cms.core.blocks import RICH_TEXT_FEATURES
from cms.core.models import HubPage, IndexPage
from cms.core.models.pages import absolute_url
from cms.editors.permissions import OrganisationPermissionTester

phone_validator = RegexValidator(
    r"^\+?[0-9 ()/\-]{5,30}$",
    "Bitte eine Telefonnummer aus Ziffern angeben, z. B. 02331 123456 oder +49 2331 123456.",
)


class OrganisationIndexPage(IndexPage):
    subpage_types = ["organisations.OrganisationPage"]

    class Meta:
        verbose_name = "Übersicht Organisationen"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = (
            OrganisationPage.objects.child_of(self)
            .live()
            .public()
            .select_related("logo")
            .prefetch_related("districts", "topics")
            .order_by("title")
        )
        return context


class OrganisationPage(HubPage):
    """A club, welfare association or initiative: who they are and how to reach them."""

    class Kind(models.TextChoices):
        CLUB = "club", "Verein"
        WELFARE = "welfare", "Wohlfahrtsverband"
        INITIATIVE = "initiative", "Initiative"
        SELF_ORGANISATION = "self_organisation", "Selbstorganisation"
        INSTITUTION = "institution", "Einrichtung"
        FOUNDATION = "foundation", "Stiftung"

    class Accessibility(models.TextChoices):
        FULL = "full", "Rollstuhlgerecht und barrierefrei"
        PARTIAL = "partial", "Teilweise barrierefrei"
        NONE = "none", "Nicht barrierefrei"
        UNKNOWN = "unknown", "Noch nicht angegeben"

    kind = models.CharField(
        "Art der Organisation", max_length=20, choices=Kind.choices, default=Kind.CLUB
    )
    logo = models.ForeignKey(
        "core.HubImage",
        verbose_name="Logo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = RichTextField(
        "Ausführliche Beschreibung",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Was macht Ihre Organisation, wofür setzt sie sich ein, wer ist dabei?",
    )
    districts = ParentalManyToManyField(
        "taxonomy.District",
        verbose_name="Stadtbezirke",
        blank=True,
        help_text="Wo ist die Organisation aktiv? Nichts auswählen heißt: in ganz Hagen.",
    )
    topics = ParentalManyToManyField("taxonomy.Topic", verbose_name="Themen", blank=True)

    contact_name = models.CharField("Ansprechperson", max_length=120, blank=True)
    contact_email = models.EmailField("E-Mail", blank=True)
    contact_phone = models.CharField(
        "Telefon", max_length=30, blank=True, validators=[phone_validator]
    )
    website = models.URLField("Website", blank=True)

    street = models.CharField("Straße und Hausnummer", max_length=120, blank=True)
    postcode = models.CharField(
        "Postleitzahl",
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", "Eine Postleitzahl hat fünf Ziffern.")],
    )
    city = models.CharField("Ort", max_length=80, default="Hagen")
    latitude = models.DecimalField(
        "Breitengrad",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(-90, "Der Breitengrad liegt zwischen -90 und 90."),
            MaxValueValidator(90, "Der Breitengrad liegt zwischen -90 und 90."),
        ],
        help_text="Für die Karte, z. B. 51.3594 (Hagen-Mitte).",
    )
    longitude = models.DecimalField(
        "Längengrad",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(-180, "Der Längengrad liegt zwischen -180 und 180."),
            MaxValueValidator(180, "Der Längengrad liegt zwischen -180 und 180."),
        ],
        help_text="Für die Karte, z. B. 7.4633 (Hagen-Mitte).",
    )
    accessibility = models.CharField(
        "Barrierefreiheit der Räume",
        max_length=10,
        choices=Accessibility.choices,
        default=Accessibility.UNKNOWN,
    )
    accessibility_notes = models.TextField(
        "Hinweise zur Barrierefreiheit",
        blank=True,
        help_text="Z. B. „Eingang über Rampe, barrierefreies WC im Erdgeschoss, "
        "Induktionsschleife im Saal“.",
    )
    languages = models.CharField(
        "Gesprochene Sprachen",
        max_length=200,
        blank=True,
        help_text="Mit Komma getrennt, z. B. „Deutsch, Türkisch, Arabisch“.",
    )
    founded = models.PositiveSmallIntegerField(
        "Gründungsjahr",
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1600, "Bitte ein Gründungsjahr ab 1600 angeben."),
        ],
    )
    members_count = models.PositiveIntegerField("Anzahl Mitglieder", null=True, blank=True)
    volunteers_count = models.PositiveIntegerField("Anzahl Ehrenamtliche", null=True, blank=True)
    club_may_publish = models.BooleanField(
        "Vereinsredaktion darf direkt veröffentlichen",
        default=False,
        help_text="Aus: Änderungen der Vereinsredaktion gehen erst zur Freigabe an die "
        "Redaktion. An: Die Vereinsredaktion veröffentlicht selbst.",
    )
    editor_group = models.OneToOneField(
        "auth.Group",
        verbose_name="Vereinsredaktion",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="organisation",
    )
    media_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name="Bildersammlung",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("districts", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("website"),
            ],
            heading="Kontakt",
        ),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Adresse und Karte",
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility"), FieldPanel("accessibility_notes")],
            heading="Barrierefreiheit",
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("founded"),
                FieldRowPanel([FieldPanel("members_count"), FieldPanel("volunteers_count")]),
            ],
            heading="Weitere Angaben",
        ),
    ]
    settings_panels = [
        *HubPage.settings_panels,
        FieldPanel("club_may_publish", permission="organisations.manage_club_editors"),
    ]
    search_fields = [
        *HubPage.search_fields,
        index.SearchField("description"),
        index.SearchField("languages"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("districts", [index.SearchField("name")]),
    ]

    parent_page_types = ["organisations.OrganisationIndexPage"]
    subpage_types = ["organisations.OfferPage"]
    schema_type = "Organization"
    item_kind = "organisation"

    class Meta:
        verbose_name = "Vereinsporträt"
        verbose_name_plural = "Vereinsporträts"
        permissions = [
            ("manage_club_editors", "Kann Vereinsredaktionen und ihre Rechte verwalten"),
        ]

    def clean(self):
        super().clean()
        if self.founded and self.founded > timezone.localdate().year:
            raise ValidationError({"founded": "Das Gründungsjahr liegt in der Zukunft."})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": "Für die Karte bitte Breiten- und Längengrad angeben."}
            )

    def permissions_for_user(self, user):
        # Only the Redaktion deletes (or moves) a portrait; see the tester.
        return OrganisationPermissionTester(user, self)

    def with_content_json(self, content):
        # The editor group and collection are set up once, outside the editor;
        # publishing an older revision must not unlink them.
        page = super().with_content_json(content)
        page.editor_group_id = self.editor_group_id
        page.media_collection_id = self.media_collection_id
        return page

    def item_body_html(self) -> str:
        return expand_db_html(self.description)

    def item_place(self) -> str:
        return ", ".join(self.address_lines) or self.item_district() or "Hagen"

    def item_organisation(self) -> str:
        return self.title

    def item_organisation_id(self) -> int | None:
        return self.pk

    def item_district(self) -> str:
        return ", ".join(district.name for district in self.districts.all())

    @property
    def address_lines(self) -> list[str]:
        lines = [self.street, f"{self.postcode} {self.city}".strip()]
        return [line for line in lines if line]

    @property
    def languages_list(self) -> list[str]:
        return [part.strip() for part in self.languages.split(",") if part.strip()]

    def live_offers(self):
        return OfferPage.objects.child_of(self).live().public().order_by("title")

    def get_structured_data(self, request=None) -> dict:
        data = super().get_structured_data(request)
        if self.website:
            data["sameAs"] = [self.website]
        if self.contact_email:
            data["email"] = self.contact_email
        if self.contact_phone:
            data["telephone"] = self.contact_phone
        if self.founded:
            data["foundingDate"] = str(self.founded)
        if self.logo:
            data["logo"] = absolute_url(self.logo.get_rendition("max-600x600").url, self, request)
        if self.street or self.postcode:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": self.street,
                "postalCode": self.postcode,
                "addressLocality": self.city,
                "addressCountry": "DE",
            }
        if self.latitude is not None and self.longitude is not None:
            data["location"] = {
                "@type": "Place",
                "geo": {
                    "@type": "GeoCoordinates",
                    "latitude": float(self.latitude),
                    "longitude": float(self.longitude),
                },
            }
        return data


class OfferIndexPage(IndexPage):
    """The overview of every engagement offer in the city, short-term ones included."""

    subpage_types = []

    class Meta:
        verbose_name = "Übersicht Mitmach-Angebote"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offers"] = OfferPage.for_listing(self.locale)
        return context


class OfferPage(HubPage):
    """A concrete way to get involved, published by one organisation."""

    class Commitment(models.TextChoices):
        ONE_OFF = "one_off", "Einmalig"
        PROJECT = "project", "Projekt"
        REGULAR = "regular", "Regelmäßig"

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
    item_kind = "offer"

    class Meta:
        verbose_name = "Mitmach-Angebot"
        verbose_name_plural = "Mitmach-Angebote"

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
    def for_listing(cls, locale):
        """Live offers that are not over yet, soonest first, undated ones after."""
        today = timezone.localdate()
        return (
            cls.objects.live()
            .public()
            .filter(locale=locale)
            .exclude(date_to__lt=today)
            .select_related("district", "lead_image")
            .prefetch_related("topics", "target_groups")
            .order_by(models.F("date_from").asc(nulls_last=True), "title")
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

    def item_organisation(self) -> str:
        organisation = self.organisation
        return organisation.title if organisation else ""

    def item_organisation_id(self) -> int | None:
        organisation = self.organisation
        return organisation.pk if organisation else None

    def item_district(self) -> str:
        return self.district.name if self.district else ""

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
