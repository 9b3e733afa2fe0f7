from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.permission_policies.pages import PagePermissionPolicy

from channels.flyer import admin_views
from channels.registry import channels_for
from cms.core.kinds import kind_of


@hooks.register("register_admin_urls")
def register_flyer_urls():
    return [
        path("flyer/seite/<int:page_id>/", admin_views.page_flyers, name="flyer_page_flyers"),
        path("flyer/sammeldruck/", admin_views.print_run, name="flyer_print_run"),
    ]


class PrintRunMenuItem(MenuItem):
    def is_shown(self, request):
        # Digital helpers reach the admin to moderate, not to print.
        return PagePermissionPolicy().user_has_any_permission(request.user, ["change", "publish"])


@hooks.register("register_admin_menu_item")
def register_print_run_menu_item():
    return PrintRunMenuItem(
        "Flyer-Sammeldruck",
        reverse("flyer_print_run"),
        name="flyer-print-run",
        icon_name="doc-full",
        order=850,
    )


@hooks.register("register_page_header_buttons")
def page_flyers_button(page, user, view_name, next_url=None):
    kind = kind_of(page.specific_class)
    if kind and "flyer" in channels_for(kind.key):
        yield Button(
            "Flyer", reverse("flyer_page_flyers", args=[page.pk]), icon_name="doc-full", priority=85
        )
