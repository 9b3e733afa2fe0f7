"""The home page: it aggregates every kind of content through the kinds' registry."""

from dataclasses import dataclass

from django.apps import apps
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Page, get_page_models

from cms.core import kinds
from cms.core.models.pages import HubPage


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
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = home_sections(self.locale)
        return context

    def route(self, request, path_components):
        """A page not translated into this home's language is found in the German
        tree: the reader gets the German page in their interface, not a 404."""
        try:
            return super().route(request, path_components)
        except Http404:
            default = Locale.get_default()
            source = None if self.locale_id == default.pk else self.get_translation_or_none(default)
            if source is None:
                raise
            return source.specific.route(request, path_components)

    def get_structured_data(self, request=None) -> dict:
        data = super().get_structured_data(request)
        finder = site_search_page(self)
        if finder:
            data["potentialAction"] = {
                "@type": "SearchAction",
                "target": finder.get_full_url(request) + "?q={search_term_string}",
                "query-input": "required name=search_term_string",
            }
        return data


@dataclass
class FilledHomeSection:
    section: kinds.HomeSection
    pages: list
    index_page: Page | None


def home_sections(locale) -> list[FilledHomeSection]:
    """The home page's sections, one per kind of content that declares one and has pages."""
    filled = []
    default = Locale.get_default()
    for kind in kinds.content_kinds():
        if kind.home is None:
            continue
        pages = list(kind.model.home_pages(locale)[: kind.home.limit])
        if locale.pk != default.pk and len(pages) < kind.home.limit:
            # A translated home is not a bare hero: what is not translated yet is
            # shown in German, each card marked lang="de" (language_tags.lang_attr).
            translated = {page.translation_key for page in pages}
            german = kind.model.home_pages(default).exclude(translation_key__in=translated)
            pages += list(german[: kind.home.limit - len(pages)])
        if not pages:
            continue
        index_page = None
        if kind.home.index_page:
            # Falls back to the default language, as the site's menus do.
            candidates = apps.get_model(kind.home.index_page).objects.live().public()
            index_page = (
                candidates.filter(locale=locale).first()
                or candidates.filter(locale=Locale.get_default()).first()
            )
        filled.append(FilledHomeSection(kind.home, pages, index_page))
    return filled


def site_search_page(home: Page) -> Page | None:
    """The live page below the home page that searches the whole site (the finder)."""
    search_models = [model for model in get_page_models() if getattr(model, "searches_site", False)]
    if not search_models:
        return None
    return Page.objects.child_of(home).live().type(*search_models).specific().first()
