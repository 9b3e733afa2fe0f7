from django.apps import AppConfig
from django.db.models.signals import post_migrate


class EditorsConfig(AppConfig):
    name = "cms.editors"
    label = "editors"
    verbose_name = "Redaktionsrollen"

    def ready(self):
        from cms.editors.roles import ensure_roles_after_migrate

        # After every app has migrated, so that every permission exists.
        post_migrate.connect(ensure_roles_after_migrate, dispatch_uid="hub-ensure-roles")
