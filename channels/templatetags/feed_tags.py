from django import template

from channels.website.feeds import feed_links

register = template.Library()


@register.simple_tag(takes_context=True)
def page_feeds(context, page=None) -> list[dict]:
    """Feeds a page offers: everything, plus its organisation's or its filter's feeds."""
    from cms.finder.models import FinderPage
    from cms.organisations.models import OfferPage, OrganisationPage

    links = feed_links()
    if isinstance(page, OfferPage) and page.organisation:
        page = page.organisation
    if isinstance(page, OrganisationPage) and page.pk:
        links += feed_links(page.title, organisation=page.pk)
    request = context.get("request")
    if isinstance(page, FinderPage) and request is not None:
        if topic := request.GET.get("thema"):
            links += feed_links(f"Thema {topic}", topic=topic)
        if district := request.GET.get("bezirk"):
            links += feed_links(f"Stadtbezirk {district}", district=district)
    return links
