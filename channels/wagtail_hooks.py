from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from channels import admin_views


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
