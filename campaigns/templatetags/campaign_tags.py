from django import template
from django.utils import timezone

from campaigns.models import Campaign, CampaignIndexPage

register = template.Library()


@register.simple_tag
def current_campaign(page):
    """The campaign running today in the language of ``page``, or None."""
    locale = getattr(page, "locale", None)
    return Campaign.current(locale, timezone.localdate()) if locale else None


@register.simple_tag
def campaign_page(campaign):
    """The landing page of a campaign (or the one for all campaigns) in its language."""
    if campaign is None:
        return None
    pages = CampaignIndexPage.objects.live().public().filter(locale_id=campaign.locale_id)
    return pages.filter(campaign=campaign).first() or pages.filter(campaign__isnull=True).first()
