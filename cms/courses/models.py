"""Training courses (Qualifizierungen) for volunteers and club boards."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES
from cms.core.kinds import ContentKind, HomeSection
from cms.core.models import HubPage, IndexPage
from cms.core.models.pages import terms
from contract.item import ItemEvent, ItemTerm


class CourseIndexPage(IndexPage):
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("Übersicht Qualifizierungen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.upcoming(self.locale)
        return context


class CoursePage(HubPage):
    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("Vor Ort")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Vor Ort und online")

    provider = models.CharField(
        "Anbieter", max_length=150, help_text="Z. B. „VHS Hagen“ oder „Freiwilligenzentrale“."
    )
    description = RichTextField("Beschreibung", features=RICH_TEXT_FEATURES)
    format = models.CharField(
        "Form", max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    venue = models.CharField(
        "Ort",
        max_length=200,
        blank=True,
        help_text="Adresse oder Raum, z. B. „Rathaus an der Volme, Raum A.201“.",
    )
    district = models.ForeignKey(
        "taxonomy.District",
        verbose_name="Stadtbezirk",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    online_info = models.CharField(
        "Hinweis zur Teilnahme online",
        max_length=200,
        blank=True,
        help_text="Z. B. „Den Zugangslink erhalten Sie nach der Anmeldung.“",
    )
    cost = models.DecimalField(
        "Kosten in Euro",
        max_digits=7,
        decimal_places=2,
        default=0,
        help_text="0 für kostenlose Angebote.",
    )
    cost_note = models.CharField(
        "Hinweis zu den Kosten",
        max_length=200,
        blank=True,
        help_text="Z. B. „Für Ehrenamtliche mit Ehrenamtskarte kostenlos“.",
    )
    registration_url = models.URLField("Anmeldung (Link)", blank=True)
    registration_email = models.EmailField("Anmeldung (E-Mail)", blank=True)
    registration_deadline = models.DateField("Anmeldeschluss", null=True, blank=True)
    places = models.PositiveSmallIntegerField(
        "Plätze", null=True, blank=True, help_text="Leer lassen, wenn unbegrenzt."
    )
    target_group = models.CharField(
        "Zielgruppe",
        max_length=200,
        help_text="Z. B. „Vorstände kleiner Vereine“ oder „neue Ehrenamtliche“.",
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", verbose_name="Besonders geeignet für", blank=True
    )
    topics = ParentalManyToManyField("taxonomy.Topic", verbose_name="Themen", blank=True)

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("provider"),
        FieldPanel("description"),
        InlinePanel("sessions", label="Termin", heading="Termine", min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldPanel("district"),
                FieldPanel("online_info"),
            ],
            heading="Ort",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("cost"), FieldPanel("cost_note")]),
                FieldRowPanel([FieldPanel("registration_url"), FieldPanel("registration_email")]),
                FieldRowPanel([FieldPanel("registration_deadline"), FieldPanel("places")]),
            ],
            heading="Kosten und Anmeldung",
        ),
        FieldPanel("target_group"),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *HubPage.search_fields,
        index.SearchField("provider"),
        index.SearchField("description"),
        index.SearchField("target_group"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = []
    schema_type = "Course"
    content_kind = ContentKind(
        key="course",
        slug="qualifizierungen",
        label=_("Qualifizierungen"),
        order=30,
        channels=("website", "mastodon", "newsletter", "flyer"),
        dated=True,
        filters={
            "district": "district__slug",
            "topic": "topics__slug",
            "target_group": "target_groups__slug",
        },
        home=HomeSection(
            heading=_("Nächste Qualifizierungen"),
            anchor="naechste-kurse",
            limit=3,
            index_page="courses.CourseIndexPage",
            more_label=_("Alle Qualifizierungen ansehen"),
        ),
    )

    class Meta:
        verbose_name = _("Qualifizierung")
        verbose_name_plural = _("Qualifizierungen")

    def clean(self):
        super().clean()
        errors = {}
        if self.format in (self.Format.IN_PERSON, self.Format.HYBRID) and not self.venue:
            errors["venue"] = "Bitte den Ort angeben, an dem die Veranstaltung stattfindet."
        if not (self.registration_url or self.registration_email):
            errors["registration_url"] = (
                "Bitte einen Anmeldelink oder eine E-Mail-Adresse für die Anmeldung angeben."
            )
        first = self.first_session
        if self.registration_deadline and first and self.registration_deadline > first.start.date():
            errors["registration_deadline"] = "Der Anmeldeschluss liegt nach dem ersten Termin."
        if errors:
            raise ValidationError(errors)

    @classmethod
    def current_pages(cls, locale):
        return super().current_pages(locale).filter(sessions__end__gte=timezone.now()).distinct()

    @classmethod
    def finder_order(cls, queryset):
        return (
            queryset.filter(sessions__end__gte=timezone.now())
            .annotate(next_start=models.Min("sessions__start"))
            .order_by("next_start", "title")
        )

    @classmethod
    def home_pages(cls, locale):
        return cls.upcoming(locale)

    @classmethod
    def upcoming(cls, locale):
        """Live courses with a session still to come, soonest first."""
        now = timezone.now()
        return (
            cls.objects.live()
            .public()
            .filter(locale=locale, sessions__end__gte=now)
            .annotate(next_start=models.Min("sessions__start"))
            .select_related("lead_image", "district")
            .prefetch_related("sessions", "topics")
            .order_by("next_start", "title")
            .distinct()
        )

    def item_body_html(self) -> str:
        return expand_db_html(self.description)

    def item_events(self) -> list[ItemEvent]:
        sessions = sorted(self.sessions.all(), key=lambda session: session.start)
        return [
            ItemEvent(starts_at=s.start, ends_at=s.end, title=s.note, place=self.item_place())
            for s in sessions
        ]

    def item_place(self) -> str:
        if self.format == self.Format.ONLINE:
            return "Online"
        return self.venue or (self.district.name if self.district else "Hagen")

    def item_organisation_name(self, owner) -> str:
        return self.provider

    def item_district_terms(self) -> list[ItemTerm]:
        return terms([self.district] if self.district else [])

    def item_expires_at(self):
        ends = [session.end for session in self.sessions.all()]
        return max(ends) if ends else None

    @property
    def first_session(self):
        sessions = sorted(self.sessions.all(), key=lambda session: session.start)
        return sessions[0] if sessions else None

    @property
    def next_session(self):
        """The first session that has not ended yet, for listings."""
        now = timezone.now()
        upcoming = [session for session in self.sessions.all() if session.end >= now]
        return min(upcoming, key=lambda session: session.start) if upcoming else None

    @property
    def is_free(self) -> bool:
        return not self.cost

    def get_structured_data(self, request=None) -> dict:
        data = super().get_structured_data(request)
        data["provider"] = {"@type": "Organization", "name": self.provider}
        mode = {"in_person": "onsite", "online": "online", "hybrid": "blended"}[self.format]
        data["hasCourseInstance"] = [
            {
                "@type": "CourseInstance",
                "courseMode": mode,
                "startDate": session.start.isoformat(),
                "endDate": session.end.isoformat(),
                "location": self.venue or "Online",
            }
            for session in self.sessions.all()
        ]
        data["offers"] = {
            "@type": "Offer",
            "price": f"{self.cost:.2f}",
            "priceCurrency": "EUR",
            "category": "Free" if self.is_free else "Paid",
        }
        return data


class CourseSession(Orderable):
    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField("Beginn")
    end = models.DateTimeField("Ende")
    note = models.CharField(
        "Hinweis", max_length=150, blank=True, help_text="Z. B. „Teil 2: Finanzen“."
    )

    panels = [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("Termin")
        verbose_name_plural = _("Termine")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": "Das Ende muss nach dem Beginn liegen."})
