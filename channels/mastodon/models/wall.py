"""The public hashtag wall: approved posts of the shared hashtag on the website."""

from __future__ import annotations

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

from cms.core.blocks import RICH_TEXT_FEATURES
from cms.core.models import IndexPage


class HashtagWallPage(IndexPage):
    intro = RichTextField(
        "Einleitung",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Worum geht es beim gemeinsamen Hashtag, und wie macht man mit?",
    )

    subpage_types = []
    template = "channels/mastodon/hashtag_wall_page.html"
    fragment_template = "channels/mastodon/includes/wall_posts.html"
    posts_per_page = 20

    class Meta:
        verbose_name = _("Hashtag-Pinnwand")
        verbose_name_plural = _("Hashtag-Pinnwände")

    def get_context(self, request, *args, **kwargs):
        from channels.mastodon.community import wall_page
        from channels.mastodon.feeds import hashtag_feed_links

        context = super().get_context(request, *args, **kwargs)
        wall = wall_page(request.GET.get("seite"), self.posts_per_page)
        context.update(
            page_obj=wall.page_obj,
            posts=wall.posts,
            hashtag=settings.HUB_HASHTAG,
            hashtag_feeds=hashtag_feed_links(),
        )
        return context

    def serve(self, request, *args, **kwargs):
        # "Weitere Beiträge laden" fetches only the next posts (progressive
        # enhancement; without JavaScript the page links do the same).
        if request.GET.get("teil") == "beitraege":
            return TemplateResponse(request, self.fragment_template, self.get_context(request))
        return super().serve(request, *args, **kwargs)
