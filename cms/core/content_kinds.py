"""The kinds of content the hub syndicates, in one place.

The finder, the readers' feeds and the channel-neutral item all name content
by these kinds: ``key`` is the item's ``kind``, ``slug`` the German word in
URLs (``/finden/?art=angebote``, ``/feeds/angebote.rss``).
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import QuerySet
from django.utils import timezone


@dataclass(frozen=True)
class ContentKind:
    key: str
    slug: str
    label: str  # plural, for headings and filters
    model_path: str  # "app_label.ModelName"
    district_lookup: str | None = None  # None: this kind has no district
    has_topics: bool = False
    has_target_groups: bool = False
    has_commitment: bool = False
    in_finder: bool = True

    @property
    def model(self):
        return apps.get_model(self.model_path)

    def current(self, locale) -> QuerySet:
        """Live, public pages of this kind in the locale that are not over yet."""
        queryset = self.model.objects.live().public().filter(locale=locale)
        if self.key == "offer":
            queryset = queryset.exclude(date_to__lt=timezone.localdate())
        elif self.key == "course":
            queryset = queryset.filter(sessions__end__gte=timezone.now()).distinct()
        return queryset

    def filtered(
        self, locale, *, district="", topic="", target_group="", commitment=""
    ) -> QuerySet:
        """Current pages matching the filters; none if a filter does not apply to this kind."""
        queryset = self.current(locale)
        if district:
            if not self.district_lookup:
                return queryset.none()
            queryset = queryset.filter(**{f"{self.district_lookup}__slug": district})
        if topic:
            if not self.has_topics:
                return queryset.none()
            queryset = queryset.filter(topics__slug=topic)
        if target_group:
            if not self.has_target_groups:
                return queryset.none()
            queryset = queryset.filter(target_groups__slug=target_group)
        if commitment:
            if not self.has_commitment:
                return queryset.none()
            queryset = queryset.filter(commitment=commitment)
        return queryset.distinct()


CONTENT_KINDS: tuple[ContentKind, ...] = (
    ContentKind(
        "offer",
        "angebote",
        "Mitmach-Angebote",
        "organisations.OfferPage",
        district_lookup="district",
        has_topics=True,
        has_target_groups=True,
        has_commitment=True,
    ),
    ContentKind(
        "organisation",
        "organisationen",
        "Vereine und Organisationen",
        "organisations.OrganisationPage",
        district_lookup="districts",
        has_topics=True,
    ),
    ContentKind(
        "course",
        "qualifizierungen",
        "Qualifizierungen",
        "courses.CoursePage",
        district_lookup="district",
        has_topics=True,
        has_target_groups=True,
    ),
    ContentKind(
        "resource", "vorstandsarbeit", "Hilfen für Vorstände", "boardsupport.BoardResourcePage"
    ),
    ContentKind(
        "story",
        "geschichten",
        "Kampagnengeschichten",
        "campaigns.CampaignStoryPage",
        in_finder=False,
    ),
)
BY_SLUG = {kind.slug: kind for kind in CONTENT_KINDS}
BY_KEY = {kind.key: kind for kind in CONTENT_KINDS}


def kind_of(page) -> ContentKind | None:
    for kind in CONTENT_KINDS:
        if isinstance(page, kind.model):
            return kind
    return None
