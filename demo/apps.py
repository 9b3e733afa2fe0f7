from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "demo"
    # The label cms.demo had: the app has no models, but keeps its name in
    # Django's registry (and so in any migration or log that named it).
    label = "demo"
    verbose_name = "Demo-Inhalte"
