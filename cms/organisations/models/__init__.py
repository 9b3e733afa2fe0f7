"""Organisation portraits (Vereinsporträts), their engagement offers and the overviews."""

from cms.organisations.models.index_pages import OfferIndexPage, OrganisationIndexPage
from cms.organisations.models.offer import OfferPage
from cms.organisations.models.portrait import OrganisationPage

__all__ = ["OfferIndexPage", "OfferPage", "OrganisationIndexPage", "OrganisationPage"]
