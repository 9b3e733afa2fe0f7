"""The campaign "HAGEN braucht DICH" and its stories (campaign.yaml), linked to matching offers."""

import datetime

from campaigns.models import Campaign, CampaignIndexPage, CampaignStoryPage, StoryOfferLink
from cms.organisations.models import OfferPage, OrganisationPage
from demo.loader.data import section
from demo.loader.illustrations import motif_for
from demo.loader.images import with_lead_image
from demo.loader.pages import ensure_page
from demo.loader.report import Tally
from demo.loader.streams import body_stream


def ensure_campaign(locale, tally: Tally, today: datetime.date) -> Campaign:
    """The campaign snippet, running from the first day of this year with no end."""
    data = section("campaign")["campaign"]
    campaign = Campaign.objects.filter(slug=data["slug"], locale=locale).first()
    if campaign is not None:
        tally.kept("Kampagnen")
        return campaign
    campaign = Campaign(
        locale=locale,
        slug=data["slug"],
        name=data["name"],
        hashtag=data["hashtag"],
        description=data["description"],
        accent_colour=data["accent_colour"],
        starts_on=today.replace(month=1, day=1),
        ends_on=None,
    )
    campaign.full_clean()
    campaign.save()
    tally.created("Kampagnen")
    return campaign


def ensure_stories(
    index: CampaignIndexPage,
    campaign: Campaign,
    organisations: dict[str, OrganisationPage],
    tally: Tally,
    user,
) -> list[CampaignStoryPage]:
    stories = []
    for data in section("campaign")["stories"]:
        offers = [_offer(organisations[org], slug) for org, slug in data["offers"]]
        stories.append(
            ensure_page(
                index,
                CampaignStoryPage,
                data["slug"],
                {
                    "title": data["title"],
                    "summary": data["summary"],
                    "campaign": campaign,
                    "cta_text": data["cta_text"],
                    "offer_links": [
                        StoryOfferLink(offer=offer, sort_order=order)
                        for order, offer in enumerate(offers)
                        if offer is not None
                    ],
                },
                tally,
                user=user,
                prepare=_story_images(data, tally),
            )
        )
    return stories


def _offer(organisation: OrganisationPage, slug: str) -> OfferPage | None:
    # An editor may have removed a demo offer; the story then links the others.
    return OfferPage.objects.child_of(organisation).filter(slug=slug).first()


def _story_images(data: dict, tally: Tally):
    def prepare(story: CampaignStoryPage) -> None:
        with_lead_image(tally, motif=motif_for(kind="story"))(story)
        story.body = body_stream(data["body"], tally)

    return prepare
