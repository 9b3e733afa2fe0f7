"""Public URLs below /newsletter/ (the archive page itself is a Wagtail page there)."""

from django.urls import path

from channels.newsletter import feeds, views

app_name = "newsletter"

urlpatterns = [
    path("anmelden/", views.subscribe, name="subscribe"),
    path("anmelden/danke/", views.subscribe_sent, name="subscribe-sent"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("abmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("einstellungen/<str:token>/", views.preferences, name="preferences"),
    path("einstellungen/<str:token>/daten.json", views.export, name="export"),
    path("einstellungen/<str:token>/loeschen/", views.delete, name="delete"),
    path("archiv.rss", feeds.ArchiveRssFeed(), name="archive-rss"),
    path("archiv.atom", feeds.ArchiveAtomFeed(), name="archive-atom"),
]
