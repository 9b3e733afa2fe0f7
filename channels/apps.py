from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    name = "channels"
    label = "channels"
    verbose_name = "Verbreitung"

    def ready(self):
        from channels import signals  # noqa: F401
        from channels.publishing import make_publishing_atomic

        make_publishing_atomic()
