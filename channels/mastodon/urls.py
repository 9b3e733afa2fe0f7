from django.urls import path

from channels.mastodon import feeds

app_name = "hashtag_feeds"

urlpatterns = [
    path("beitraege.rss", feeds.HashtagRssFeed(), name="rss"),
    path("beitraege.atom", feeds.HashtagAtomFeed(), name="atom"),
    path("beitraege.json", feeds.hashtag_json_feed, name="json"),
]
