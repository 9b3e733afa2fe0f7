"""The sitemap lists every language's pages, each with its translations as hreflang
alternates (Django's sitemap template writes them as ``xhtml:link``).

Wagtail's own sitemap walks the default site's root page only, which is the German
tree; the translated trees are its siblings. German fallbacks under a language
prefix are no pages of their own and are not listed.
"""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Locale, Page


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        in_any_tree = Q()
        for tree in roots:
            in_any_tree |= Q(path__startswith=tree.path)
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .public()
            .order_by("locale_id", "path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        by_location = {}
        for item in self.paginator.page(page).object_list:
            by_location[item.get_full_url(self.request)] = item
        for url_info in urls:
            item = by_location.get(url_info.get("location"))
            if item is None:
                continue
            versions = item.get_translations(inclusive=True).live().public().specific()
            alternates = [
                {
                    "lang_code": codes[version.locale_id],
                    "location": version.get_full_url(self.request),
                }
                for version in versions
            ]
            if len(alternates) > 1:
                default = next(
                    (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
                )
                if default:
                    alternates.append({"lang_code": "x-default", "location": default["location"]})
                url_info["alternates"] = alternates
        return urls
