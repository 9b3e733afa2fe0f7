from django.urls import path

from channels.website import feeds, views

app_name = "feeds"

ROUTES = [
    ("all", "alle"),
    ("kind", "<slug:kind>"),
    ("topic", "thema/<slug:topic>"),
    ("district", "bezirk/<slug:district>"),
    ("organisation", "organisation/<int:organisation>"),
]

urlpatterns = [path("", views.feed_index, name="index")]
for name, prefix in ROUTES:
    urlpatterns += [
        path(f"{prefix}.rss", feeds.RssFeed(), name=f"{name}-rss"),
        path(f"{prefix}.atom", feeds.AtomFeed(), name=f"{name}-atom"),
        path(f"{prefix}.json", feeds.json_feed, name=f"{name}-json"),
    ]
urlpatterns += [
    path("termine.ics", feeds.calendar, name="calendar"),
    path(
        "organisation/<int:organisation>/termine.ics", feeds.calendar, name="organisation-calendar"
    ),
]
