from django import template
from django.utils.translation import gettext

from channels.website.feeds import feed_links

register = template.Library()


@register.simple_tag(takes_context=True)
def page_feeds(context, page=None) -> list[dict]:
    """Feeds a page offers: everything, plus its organisation's or its filter's feeds."""
    links = feed_links()
    belongs_to = (
        page.item_belongs_to()
        if getattr(page, "pk", None) and hasattr(page, "item_belongs_to")
        else None
    )
    if belongs_to is not None:
        links += feed_links(belongs_to.name, organisation=belongs_to.page_id)
    request = context.get("request")
    if getattr(page, "searches_site", False) and request is not None:
        if topic := request.GET.get("thema"):
            links += feed_links(gettext("Thema %(name)s") % {"name": topic}, topic=topic)
        if district := request.GET.get("bezirk"):
            links += feed_links(
                gettext("Stadtbezirk %(name)s") % {"name": district}, district=district
            )
    return links
