from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact data and legal pages shown in every page footer."""

    contact_name = models.CharField(
        "Anlaufstelle", max_length=150, default="Freiwilligenzentrale Hagen"
    )
    contact_email = models.EmailField("E-Mail", blank=True)
    contact_phone = models.CharField("Telefon", max_length=40, blank=True)
    contact_address = models.TextField("Adresse", blank=True)
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Impressum",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Datenschutzerklärung",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Erklärung zur Barrierefreiheit",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mastodon_profile_url = models.URLField("Mastodon-Profil", blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
            ],
            heading="Kontakt",
        ),
        MultiFieldPanel(
            [
                FieldPanel("imprint_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
            ],
            heading="Pflichtseiten",
        ),
        FieldPanel("mastodon_profile_url"),
    ]

    class Meta:
        verbose_name = "Website-Einstellungen"
