from django.apps import AppConfig


class BoardSupportConfig(AppConfig):
    name = "cms.boardsupport"
    label = "boardsupport"
    verbose_name = "Vorstandsarbeit"
