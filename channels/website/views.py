from django.shortcuts import render

from channels.feeds import feed_index_sections
from channels.website.feeds import feed_links, organisation_pages
from cms.core import vocabularies
from cms.core.kinds import content_kinds
from cms.core.locales import current_locale


def feed_index(request):
    """A page that shows readers every feed they can follow, without an account."""
    locale = current_locale()
    organisations = organisation_pages().filter(locale=locale).order_by("title")
    context = {
        "all_links": feed_links(),
        "kind_links": [
            {"title": kind.label, "links": feed_links(kind.label, kind=kind.slug)}
            for kind in content_kinds()
        ],
        "topic_links": [
            {"title": topic.name, "links": feed_links(topic.name, topic=topic.slug)}
            for topic in vocabularies.terms(vocabularies.TOPIC, locale)
        ],
        "district_links": [
            {"title": district.name, "links": feed_links(district.name, district=district.slug)}
            for district in vocabularies.terms(vocabularies.DISTRICT, locale)
        ],
        "organisation_links": [
            {"title": page.title, "links": feed_links(page.title, organisation=page.pk)}
            for page in organisations
        ],
        "channel_links": feed_index_sections(),
    }
    return render(request, "channels/website/feed_index.html", context)
