"""The public archive of issues and the issue the Redaktion composes (a Wagtail page)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable

from channels.newsletter.models.subscribers import Subscriber
from channels.newsletter.panels import SendingPanel
from cms.core.kinds import content_kinds
from cms.core.models import HubPage

# Paths of the plain views below the archive (channels/newsletter/urls.py): an
# issue with such a slug would never be reached.
RESERVED_SLUGS = {"anmelden", "bestaetigen", "abmelden", "einstellungen", "archiv"}


class NewsletterArchiveIndexPage(HubPage):
    """Every issue that was sent, newest first, with its feed and the way to subscribe."""

    intro = models.TextField("Einleitung", blank=True, max_length=600)

    content_panels = [*HubPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count_per_parent = 1
    template = "channels/newsletter/newsletter_archive_index_page.html"
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("Newsletter-Archiv")
        verbose_name_plural = _("Newsletter-Archive")

    def sent_issues(self):
        return (
            NewsletterIssuePage.objects.child_of(self)
            .live()
            .public()
            .filter(sending__isnull=False)
            .select_related("sending")
            .order_by("-sending__started_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issues"] = self.sent_issues()
        return context


class NewsletterIssuePage(HubPage):
    """One issue. Drafts are previewed and test-sent in the admin; "Versenden …"
    publishes the page (its web version) and sends it; only then is it public."""

    intro = models.TextField(
        "Einleitung",
        blank=True,
        help_text="Ein paar Sätze zum Auftakt der Ausgabe. Leerzeilen trennen Absätze.",
    )
    audience = models.CharField(
        "Für wen",
        max_length=10,
        choices=Subscriber.Frequency.choices,
        default=Subscriber.Frequency.ISSUE,
        help_text="Abonnent*innen wählen „Jede Ausgabe“ oder die wöchentliche Zusammenfassung.",
    )
    fill_automatically = models.BooleanField(
        "Automatisch ergänzen",
        default=True,
        help_text="Nimmt alles auf, was seit der letzten Ausgabe veröffentlicht wurde, "
        "zusätzlich zu den ausgewählten Inhalten.",
    )
    include_community = models.BooleanField(
        "„Aus der Community“ aufnehmen",
        default=True,
        help_text="Freigegebene Beiträge mit dem gemeinsamen Hashtag seit der letzten Ausgabe.",
    )

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                InlinePanel("picked_items", label="Ausgewählter Inhalt"),
                FieldPanel("fill_automatically"),
                FieldPanel("include_community"),
            ],
            heading="Inhalt der Ausgabe",
        ),
        SendingPanel(heading="Versand"),
    ]
    parent_page_types = ["newsletter.NewsletterArchiveIndexPage"]
    subpage_types = []
    template = "channels/newsletter/newsletter_issue_page.html"
    schema_type = "Article"
    og_type = "article"

    class Meta:
        verbose_name = _("Newsletter-Ausgabe")
        verbose_name_plural = _("Newsletter-Ausgaben")

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": "Diese Kurzadresse ist für den Newsletter reserviert."})

    # --- sending state ---------------------------------------------------------------
    @property
    def sending_or_none(self):
        from channels.newsletter.models.sending import Sending

        return Sending.objects.filter(issue_id=self.pk).first() if self.pk else None

    @property
    def is_sent(self) -> bool:
        """Sending has started: the web version is public from then on."""
        return self.sending_or_none is not None

    def composition(self):
        """What the issue holds: as sent, or (before sending) as it would be sent now."""
        from channels.newsletter.compose import Composition, compose

        sending = self.sending_or_none
        if sending is not None and sending.composition:
            return Composition.from_json(sending.composition)
        return compose(self)

    # --- public web version --------------------------------------------------------------
    def serve(self, request, *args, **kwargs):
        if not self.is_sent and not getattr(request, "is_preview", False):
            raise Http404("Diese Ausgabe ist noch nicht erschienen.")
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_sent else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        composition = self.composition()
        language = self.locale.language_code
        context["sections"] = composition.sections(composition.entries_in(language))
        context["community"] = composition.community
        context["sent_at"] = getattr(self.sending_or_none, "started_at", None)
        return context

    # --- admin preview: the mail as HTML and as plain text -------------------------------
    @property
    def preview_modes(self):
        return [
            ("", "Web-Ansicht"),
            ("mail-html", "E-Mail (HTML)"),
            ("mail-text", "E-Mail (nur Text)"),
        ]

    def serve_preview(self, request, mode_name):
        if mode_name not in ("mail-html", "mail-text"):
            return super().serve_preview(request, mode_name)
        from channels.newsletter.mails import preview_mail

        mail = preview_mail(self)
        if mode_name == "mail-text":
            return TemplateResponse(
                request,
                "channels/newsletter/admin/preview_text.html",
                {"page": self, "subject": mail.subject, "text": mail.text},
            )
        return TemplateResponse(
            request, "channels/newsletter/admin/preview_html.html", {"html": mail.html}
        )


class ContentChooserPanel(PageChooserPanel):
    """Chooses among the pages of every kind of content, read when the form is built
    (the page types are not all loaded yet when this module is)."""

    def get_form_options(self):
        self.page_type = [kind.model_label for kind in content_kinds()]
        return super().get_form_options()


class IssueItem(Orderable):
    """A page the Redaktion picked for an issue; its translations come along."""

    issue = ParentalKey(NewsletterIssuePage, on_delete=models.CASCADE, related_name="picked_items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="Seite", on_delete=models.CASCADE, related_name="+"
    )

    panels = [ContentChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("Ausgewählter Inhalt")
        verbose_name_plural = _("Ausgewählte Inhalte")
