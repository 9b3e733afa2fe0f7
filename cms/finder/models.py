from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from cms.core.blocks import RICH_TEXT_FEATURES
from cms.core.kinds import finder_kinds, kind_of
from cms.core.locales import locale_from
from cms.core.models import HubPage
from cms.core.reader_language import reader_language
from cms.finder.forms import FinderForm
from cms.finder.search import Criteria, find


class FinderPage(HubPage):
    """One page that lists offers, organisations, courses and board resources, filtered."""

    intro = RichTextField("Einleitung", features=RICH_TEXT_FEATURES, blank=True)
    per_page = models.PositiveSmallIntegerField("Treffer pro Seite", default=20)

    content_panels = [*HubPage.content_panels, FieldPanel("intro"), FieldPanel("per_page")]
    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    schema_type = "SearchResultsPage"
    # The home page offers this page as the site's search (schema.org SearchAction).
    searches_site = True

    class Meta:
        verbose_name = _("Engagement-Finder")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The reader's language, also where this page is the German fallback (/tr/finden/).
        reading = reader_language()
        locale = locale_from(reading) if reading else self.locale
        form = FinderForm(request.GET or None, locale=locale)
        criteria = Criteria.from_form(form) if form.is_bound else Criteria()
        result = find(criteria, locale, german_fallback=True)
        paginator = Paginator(result.pages, self.per_page)
        page_obj = paginator.get_page(request.GET.get("seite"))
        query = request.GET.copy()
        query.pop("seite", None)
        context.update(
            {
                "form": form if form.is_bound else FinderForm(locale=locale),
                "criteria": criteria,
                "results": [(page, kind_of(page)) for page in page_obj.object_list],
                "page_obj": page_obj,
                "total": paginator.count,
                "counts": [(finder_kinds()[slug], n) for slug, n in result.counts.items()],
                "query_without_page": query.urlencode(),
            }
        )
        return context
