from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from channels.health import health
from cms.core import views as core_views
from cms.core.sitemap import MultilingualSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include("cms.api")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("healthz", core_views.healthz, name="healthz"),
    # For monitoring: database, cache, broker, beat, deliveries (JSON, 200 or 503).
    path("health/", health, name="health"),
    # Flyer PDFs (/flyer/<page>/<layout>-<mode>.pdf) and their short links (/f/<page>).
    path("", include("channels.flyer.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
else:
    # Uploaded images are served by the web container unless a proxy in front
    # takes over (see README, "Production").
    from django.views.static import serve

    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# German pages live at /, the other languages at /en/, /tr/, /ar/, /uk/.
urlpatterns += i18n_patterns(
    path("feeds/", include("channels.website.urls")),
    path("feeds/hashtag/", include("channels.mastodon.urls")),
    path("newsletter/", include("channels.newsletter.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
