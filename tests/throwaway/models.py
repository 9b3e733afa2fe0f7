"""A page type that only the test settings install.

It proves the promise of ``cms.core.kinds``: a new kind of content is declared
in its own module and nowhere else, and the home page, the finder, its API,
the dispatch and the feeds take it up.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from cms.core.kinds import ContentKind, HomeSection
from cms.core.models import HubPage


class NoticePage(HubPage):
    """A notice on the board of a neighbourhood centre."""

    body = models.TextField("Aushang", blank=True)

    content_panels = [*HubPage.content_panels, FieldPanel("body")]
    search_fields = [*HubPage.search_fields, index.SearchField("body")]
    parent_page_types = ["core.HomePage"]
    subpage_types = []
    content_kind = ContentKind(
        key="notice",
        slug="aushaenge",
        label="Aushänge",
        order=60,
        channels=("website",),
        home=HomeSection(heading="Neue Aushänge", anchor="aushaenge", limit=2),
    )

    class Meta:
        verbose_name = "Aushang"

    def item_body_html(self) -> str:
        return f"<p>{self.body}</p>" if self.body else ""
