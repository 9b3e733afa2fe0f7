"""The kinds of content the finder lists, and which filters apply to each."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone


@dataclass(frozen=True)
class Kind:
    slug: str  # the value in the finder URL (?art=angebote)
    label: str
    model_path: str  # "app_label.ModelName"
    district_lookup: str | None  # None: this kind has no district
    has_topics: bool
    has_target_groups: bool
    has_commitment: bool

    @property
    def model(self):
        from django.apps import apps

        return apps.get_model(self.model_path)

    def base_queryset(self, locale) -> QuerySet:
        queryset = self.model.objects.live().public().filter(locale=locale)
        today = timezone.localdate()
        if self.slug == "angebote":
            queryset = queryset.exclude(date_to__lt=today)
        elif self.slug == "qualifizierungen":
            queryset = queryset.filter(sessions__end__gte=timezone.now())
        return queryset

    def filtered(self, locale, criteria) -> QuerySet:
        """This kind's live pages matching the criteria; empty if a filter does not apply."""
        queryset = self.base_queryset(locale)
        if criteria.district:
            if not self.district_lookup:
                return queryset.none()
            queryset = queryset.filter(Q(**{f"{self.district_lookup}__slug": criteria.district}))
        if criteria.topic:
            if not self.has_topics:
                return queryset.none()
            queryset = queryset.filter(topics__slug=criteria.topic)
        if criteria.target_group:
            if not self.has_target_groups:
                return queryset.none()
            queryset = queryset.filter(target_groups__slug=criteria.target_group)
        if criteria.commitment:
            if not self.has_commitment:
                return queryset.none()
            queryset = queryset.filter(commitment=criteria.commitment)
        return queryset.distinct()


KINDS: dict[str, Kind] = {
    kind.slug: kind
    for kind in [
        Kind(
            "angebote",
            "Mitmach-Angebote",
            "organisations.OfferPage",
            district_lookup="district",
            has_topics=True,
            has_target_groups=True,
            has_commitment=True,
        ),
        Kind(
            "organisationen",
            "Vereine und Organisationen",
            "organisations.OrganisationPage",
            district_lookup="districts",
            has_topics=True,
            has_target_groups=False,
            has_commitment=False,
        ),
        Kind(
            "qualifizierungen",
            "Qualifizierungen",
            "courses.CoursePage",
            district_lookup="district",
            has_topics=True,
            has_target_groups=True,
            has_commitment=False,
        ),
        Kind(
            "vorstandsarbeit",
            "Hilfen für Vorstände",
            "boardsupport.BoardResourcePage",
            district_lookup=None,
            has_topics=False,
            has_target_groups=False,
            has_commitment=False,
        ),
    ]
}


def kind_of(page) -> Kind | None:
    for kind in KINDS.values():
        if isinstance(page, kind.model):
            return kind
    return None
