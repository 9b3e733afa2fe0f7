"""The overviews of organisations and of every engagement offer in the city."""

from django.utils.translation import gettext_lazy as _

from cms.core.models import IndexPage
from cms.organisations.models.offer import OfferPage
from cms.organisations.models.portrait import OrganisationPage


class OrganisationIndexPage(IndexPage):
    subpage_types = ["organisations.OrganisationPage"]

    class Meta:
        verbose_name = _("Übersicht Organisationen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = (
            OrganisationPage.objects.child_of(self)
            .live()
            .public()
            .select_related("logo")
            .prefetch_related("districts", "topics")
            .order_by("title")
        )
        return context


class OfferIndexPage(IndexPage):
    """The overview of every engagement offer in the city, short-term ones included."""

    subpage_types = []

    class Meta:
        verbose_name = _("Übersicht Mitmach-Angebote")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offers"] = OfferPage.for_listing(self.locale)
        return context
