"""The portrait's editor form: its tabs and groups, in the order a club fills them in."""

from django import forms
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from cms.core.models import HubPage

portrait_content_panels = [
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
portrait_settings_panels = [
    *HubPage.settings_panels,
    FieldPanel("club_may_publish", permission="organisations.manage_club_editors"),
]
