"""The archive of sent issues as RSS and Atom (Django's syndication framework)."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import feedgenerator

from channels.newsletter.models import NewsletterIssuePage
from cms.core.locales import current_locale

FEED_LENGTH = 30


class ArchiveRssFeed(Feed):
    feed_type = feedgenerator.Rss201rev2Feed
    title = "Engagement Hub Hagen – Newsletter"
    description = "Alle versendeten Ausgaben des Newsletters des Engagement Hub Hagen."

    def link(self):
        from channels.newsletter.models import NewsletterArchiveIndexPage

        archive = NewsletterArchiveIndexPage.objects.live().public().first()
        return archive.localized.url if archive else "/"

    def feed_url(self):
        return reverse("newsletter:archive-rss")

    def items(self):
        return (
            NewsletterIssuePage.objects.live()
            .public()
            .filter(locale=current_locale(), sending__isnull=False)
            .select_related("sending")
            .order_by("-sending__started_at")[:FEED_LENGTH]
        )

    def item_title(self, issue):
        return issue.title

    def item_description(self, issue):
        return issue.summary

    def item_link(self, issue):
        return issue.url

    def item_pubdate(self, issue):
        return issue.sending.started_at

    def item_updateddate(self, issue):
        return issue.last_published_at or issue.sending.started_at


class ArchiveAtomFeed(ArchiveRssFeed):
    feed_type = feedgenerator.Atom1Feed
    subtitle = ArchiveRssFeed.description

    def feed_url(self):
        return reverse("newsletter:archive-atom")
