"""The organisation portrait (Vereinsporträt): who a club is and how to reach it."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import RichTextField
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES
from cms.core.kinds import ContentKind
from cms.core.models import HubPage
from cms.core.models.pages import terms
from cms.editors.permissions import OrganisationPermissionTester
from cms.organisations import validators
from cms.organisations.models.offer import OfferPage
from cms.organisations.panels import portrait_content_panels, portrait_settings_panels
from cms.organisations.structured_data import portrait_structured_data
from contract.item import ItemOrganisation, ItemTerm


class OrganisationPage(HubPage):
    """A club, welfare association or initiative: who they are and how to reach them."""

    class Kind(models.TextChoices):
        CLUB = "club", _("Verein")
        WELFARE = "welfare", _("Wohlfahrtsverband")
        INITIATIVE = "initiative", _("Initiative")
        SELF_ORGANISATION = "self_organisation", _("Selbstorganisation")
        INSTITUTION = "institution", _("Einrichtung")
        FOUNDATION = "foundation", _("Stiftung")

    class Accessibility(models.TextChoices):
        FULL = "full", _("Rollstuhlgerecht und barrierefrei")
        PARTIAL = "partial", _("Teilweise barrierefrei")
        NONE = "none", _("Nicht barrierefrei")
        UNKNOWN = "unknown", _("Noch nicht angegeben")

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
        "Telefon", max_length=30, blank=True, validators=[validators.phone_validator]
    )
    website = models.URLField("Website", blank=True)

    street = models.CharField("Straße und Hausnummer", max_length=120, blank=True)
    postcode = models.CharField(
        "Postleitzahl",
        max_length=5,
        blank=True,
        validators=[validators.postcode_validator],
    )
    city = models.CharField("Ort", max_length=80, default="Hagen")
    latitude = models.DecimalField(
        "Breitengrad",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=validators.latitude_validators,
        help_text="Für die Karte, z. B. 51.3594 (Hagen-Mitte).",
    )
    longitude = models.DecimalField(
        "Längengrad",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=validators.longitude_validators,
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
        validators=validators.founded_validators,
    )
    members_count = models.PositiveIntegerField("Anzahl Mitglieder", null=True, blank=True)
    volunteers_count = models.PositiveIntegerField("Anzahl Ehrenamtliche", null=True, blank=True)
    club_may_publish = models.BooleanField(
        "Vereinsredaktion darf direkt veröffentlichen",
        default=False,
        help_text="Aus: Änderungen der Vereinsredaktion gehen erst zur Freigabe an die "
        "Redaktion. An: Die Vereinsredaktion veröffentlicht selbst.",
    )
    # One group per organisation, shared by the portrait's translations; a copy
    # gets its own (cms/organisations/editor_groups.py keeps it so on save).
    editor_group = models.ForeignKey(
        "auth.Group",
        verbose_name="Vereinsredaktion",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="organisations",
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

    content_panels = portrait_content_panels
    settings_panels = portrait_settings_panels
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
    content_kind = ContentKind(
        key="organisation",
        slug="organisationen",
        label=_("Vereine und Organisationen"),
        order=20,
        channels=("website", "mastodon", "newsletter", "flyer"),
        filters={"district": "districts__slug", "topic": "topics__slug"},
        is_organisation=True,
    )

    class Meta:
        verbose_name = _("Vereinsporträt")
        verbose_name_plural = _("Vereinsporträts")
        permissions = [
            ("manage_club_editors", "Kann Vereinsredaktionen und ihre Rechte verwalten"),
        ]

    def clean(self):
        super().clean()
        validators.check_portrait(self)

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
        districts = ", ".join(term.label for term in self.item_district_terms())
        return ", ".join(self.address_lines) or districts or "Hagen"

    def item_belongs_to(self) -> ItemOrganisation:
        return self.as_item_organisation()

    def item_district_terms(self) -> list[ItemTerm]:
        return terms(self.districts.all())

    def as_item_organisation(self) -> ItemOrganisation:
        """This organisation as the items of its portrait and offers carry it."""
        return ItemOrganisation(
            page_id=self.pk,
            translation_key=str(self.translation_key),
            name=self.title,
            contact_name=self.contact_name,
            email=self.contact_email,
            phone=self.contact_phone,
            address=tuple(self.address_lines),
        )

    @property
    def address_lines(self) -> list[str]:
        lines = [self.street, f"{self.postcode} {self.city}".strip()]
        return [line for line in lines if line]

    @property
    def languages_list(self) -> list[str]:
        return [part.strip() for part in self.languages.split(",") if part.strip()]

    def live_offers(self):
        # Offers whose last day is over stay reachable, but are not listed as current.
        return (
            OfferPage.objects.child_of(self)
            .live()
            .public()
            .exclude(date_to__lt=timezone.localdate())
            .order_by("title")
        )

    def get_structured_data(self, request=None) -> dict:
        return portrait_structured_data(self, super().get_structured_data(request), request)
