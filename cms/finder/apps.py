from django.apps import AppConfig


class FinderConfig(AppConfig):
    name = "cms.finder"
    label = "finder"
    verbose_name = "Engagement-Finder"
