from django.apps import AppConfig


class FlyerConfig(AppConfig):
    name = "channels.flyer"
    label = "flyer"
    verbose_name = "Flyer"
