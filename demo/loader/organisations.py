"""Organisation portraits (organisations.yaml), each with its logo and lead image in its own
collection, and their engagement offers (offers.yaml)."""

import datetime
from decimal import Decimal

from cms.organisations.models import OfferPage, OrganisationIndexPage, OrganisationPage
from demo.loader.data import on, section
from demo.loader.illustrations import motif_for
from demo.loader.images import ensure_logo, with_lead_image
from demo.loader.pages import ensure_page, may_refresh, publish
from demo.loader.report import Tally
from demo.loader.vocabularies import Vocabularies

PORTRAIT_FIELDS = [
    "title",
    "kind",
    "summary",
    "contact_name",
    "contact_email",
    "contact_phone",
    "website",
    "street",
    "postcode",
    "accessibility",
    "accessibility_notes",
    "languages",
    "founded",
    "members_count",
    "volunteers_count",
    "club_may_publish",
]
OFFER_FIELDS = ["title", "summary", "description", "commitment", "time_needed", "how_to_join"]


def ensure_organisations(
    index: OrganisationIndexPage, tally: Tally, user, today: datetime.date
) -> dict[str, OrganisationPage]:
    """Every demo organisation with its offers, keyed by slug.

    A kept example offer whose dates have passed gets the upcoming ones again.
    """
    vocabularies = Vocabularies(index.locale)
    organisations = {}
    content = section("organisations")
    offers = section("offers")
    for data in content["organisations"]:
        fields = {name: data[name] for name in PORTRAIT_FIELDS}
        fields.update(
            description=data["description"] + content["fictional_contact_note"],
            latitude=Decimal(data["latitude"]),
            longitude=Decimal(data["longitude"]),
            districts=[vocabularies.districts[slug] for slug in data["districts"]],
            topics=[vocabularies.topics[slug] for slug in data["topics"]],
        )
        organisation = ensure_page(
            index,
            OrganisationPage,
            data["slug"],
            fields,
            tally,
            user=user,
            prepare=_portrait_images(data, tally),
        )
        organisations[data["slug"]] = organisation
        for offer in offers.get(data["slug"], []):
            _ensure_offer(organisation, data, offer, vocabularies, tally, user, today)
    return organisations


def _portrait_images(data: dict, tally: Tally):
    def prepare(organisation: OrganisationPage) -> None:
        # The collection exists now: the post_save signal created it with the page.
        collection = organisation.media_collection
        organisation.logo = ensure_logo(
            organisation.title, data["initials"], tally, collection=collection
        )
        # An organisation's pictures share its palette; the motif shows its topic.
        with_lead_image(
            tally,
            collection=collection,
            palette=data["palette"],
            motif=motif_for(topics=data["topics"]),
        )(organisation)

    return prepare


def _ensure_offer(
    organisation: OrganisationPage,
    organisation_data: dict,
    data: dict,
    vocabularies: Vocabularies,
    tally: Tally,
    user,
    today: datetime.date,
) -> OfferPage:
    fields = {name: data[name] for name in OFFER_FIELDS}
    fields.update(
        date_from=on(data["date_from"], today),
        date_to=on(data["date_to"], today),
        district=vocabularies.district(data["district"]),
        topics=[vocabularies.topics[slug] for slug in data["topics"]],
        target_groups=[vocabularies.target_groups[slug] for slug in data["target_groups"]],
    )
    offer = ensure_page(
        organisation,
        OfferPage,
        data["slug"],
        fields,
        tally,
        user=user,
        prepare=with_lead_image(
            tally,
            collection=organisation.media_collection,
            palette=organisation_data["palette"],
            motif=motif_for(topics=data["topics"]),
        ),
    )
    last_day = offer.date_to or offer.date_from
    if last_day and last_day < today and fields["date_from"] and may_refresh(offer):
        offer.date_from, offer.date_to = fields["date_from"], fields["date_to"]
        publish(offer, user=user)
        tally.refreshed("Seiten")
    return offer
