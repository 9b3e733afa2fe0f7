from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "channels.newsletter"
    # The channel's slug; no installed app uses the label.
    label = "newsletter"
    verbose_name = "Newsletter"
    default_auto_field = "django.db.models.BigAutoField"
