from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "cms.organisations"
    label = "organisations"
    verbose_name = "Vereine und Mitmach-Angebote"

    def ready(self):
        from cms.organisations import signals  # noqa: F401
