from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from channels import admin_views, previews, registry
from channels.panels import DeliveriesPanel
from cms.core import extensions


@hooks.register(extensions.PREVIEW_MODES)
def channel_preview_modes(page):
    return previews.preview_modes(page)


@hooks.register(extensions.SERVE_PREVIEW)
def serve_channel_preview(page, request, mode_name):
    return previews.serve_preview(page, request, mode_name)


@hooks.register(extensions.DISTRIBUTION_PANELS)
def deliveries_panel():
    return [DeliveriesPanel()]


@hooks.register(extensions.DISTRIBUTION_CHOICES)
def channel_choices():
    return registry.choices()


@hooks.register("register_admin_urls")
def register_delivery_urls():
    return [
        path(
            "verbreitung/<int:delivery_id>/erneut/",
            admin_views.retry_delivery,
            name="channels_retry_delivery",
        ),
        path(
            "verbreitung/fehlgeschlagen/",
            admin_views.FailedDeliveriesView.as_view(),
            name="channels_failed_deliveries",
        ),
        path(
            "verbreitung/fehlgeschlagen/results/",
            admin_views.FailedDeliveriesView.as_view(results_only=True),
            name="channels_failed_deliveries_results",
        ),
        path("betrieb/", admin_views.operations_report, name="channels_operations"),
    ]


@hooks.register("register_reports_menu_item")
def register_failed_deliveries_report():
    return MenuItem(
        "Fehlgeschlagene Verbreitungen",
        reverse("channels_failed_deliveries"),
        name="failed-deliveries",
        icon_name="warning",
        order=150,
    )


class OperatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def register_operations_report():
    return OperatorsMenuItem(
        _("Betriebszustand"),
        reverse("channels_operations"),
        name="operations",
        icon_name="pick",
        order=160,
    )
