from django.shortcuts import render

from channels.website.feeds import feed_links
from cms.core.content_kinds import CONTENT_KINDS
from cms.core.locales import current_locale
from cms.organisations.models import OrganisationPage
from cms.taxonomy.models import District, Topic


def feed_index(request):
    """A page that shows readers every feed they can follow, without an account."""
    locale = current_locale()
    organisations = OrganisationPage.objects.live().public().filter(locale=locale).order_by("title")
    context = {
        "all_links": feed_links(),
        "kind_links": [
            {"title": kind.label, "links": feed_links(kind.label, kind=kind.slug)}
            for kind in CONTENT_KINDS
        ],
        "topic_links": [
            {"title": topic.name, "links": feed_links(topic.name, topic=topic.slug)}
            for topic in Topic.objects.filter(locale=locale)
        ],
        "district_links": [
            {"title": district.name, "links": feed_links(district.name, district=district.slug)}
            for district in District.objects.filter(locale=locale)
        ],
        "organisation_links": [
            {"title": page.title, "links": feed_links(page.title, organisation=page.pk)}
            for page in organisations
        ],
    }
    return render(request, "channels/website/feed_index.html", context)
