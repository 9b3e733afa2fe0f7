from django.apps import AppConfig


class MastodonConfig(AppConfig):
    name = "channels.mastodon"
    # The slug of the channel; no installed app uses it (mastodon-py is no Django app).
    label = "mastodon"
    verbose_name = "Mastodon und Hashtag"
    default_auto_field = "django.db.models.BigAutoField"
