"""Admin views: retry a failed delivery, and the report of all failed deliveries."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from channels.dispatch import retry
from channels.models import Delivery


def editable_deliveries(user):
    """Deliveries of pages this user may edit: club editors see only their own club's."""
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return Delivery.objects.filter(page__in=pages)


def retry_delivery(request, delivery_id):
    delivery = get_object_or_404(Delivery, pk=delivery_id)
    if not editable_deliveries(request.user).filter(pk=delivery.pk).exists():
        raise PermissionDenied
    back = request.GET.get("next") or reverse("wagtailadmin_pages:edit", args=[delivery.page_id])
    if request.method == "POST":
        if delivery.state != Delivery.State.FAILED:
            messages.warning(request, "Diese Verbreitung ist nicht fehlgeschlagen.")
        else:
            retry(delivery)
            messages.success(
                request, f"„{delivery.page_title}“ wird erneut an {delivery.channel} gesendet."
            )
        return redirect(back)
    return TemplateResponse(
        request, "channels/admin/retry_confirm.html", {"delivery": delivery, "next": back}
    )


class FailedDeliveryFilterSet(WagtailFilterSet):
    channel = django_filters.ChoiceFilter(label="Kanal", choices=lambda: _channel_choices())

    class Meta:
        model = Delivery
        fields = ["channel"]


def _channel_choices():
    return [(slug, slug) for slug in Delivery.objects.values_list("channel", flat=True).distinct()]


class FailedDeliveriesView(ReportView):
    page_title = "Fehlgeschlagene Verbreitungen"
    header_icon = "warning"
    index_url_name = "channels_failed_deliveries"
    index_results_url_name = "channels_failed_deliveries_results"
    filterset_class = FailedDeliveryFilterSet
    any_permission_required = ["wagtailadmin.access_admin"]
    list_export = ["page_title", "channel", "action", "attempts", "last_error", "updated_at"]
    columns = [
        TitleColumn(
            "page_title",
            label="Seite",
            get_url=lambda delivery: (
                reverse("wagtailadmin_pages:edit", args=[delivery.page_id])
                if delivery.page_id
                else None
            ),
        ),
        Column("channel", label="Kanal"),
        Column("get_action_display", label="Aktion"),
        Column("attempts", label="Versuche"),
        Column("last_error", label="Fehler"),
        DateColumn("updated_at", label="Zuletzt"),
        TitleColumn(
            "retry_label",
            label="",
            accessor=lambda delivery: "Erneut versuchen",
            get_url=lambda delivery: reverse("channels_retry_delivery", args=[delivery.pk]),
        ),
    ]

    def get_queryset(self):
        return editable_deliveries(self.request.user).filter(state=Delivery.State.FAILED)


def operations_report(request):
    """The operator's view of /health/: what needs a person, in words."""
    from channels.health import run_checks

    checks = run_checks()
    labels = {
        "database": _("Datenbank"),
        "cache": _("Cache (Redis)"),
        "broker": _("Warteschlange (Broker)"),
        "beat": _("Zeitgesteuerte Aufgaben (Beat)"),
        "deliveries": _("Verbreitungen"),
        "pages": _("Seiten ohne Verbreitung"),
    }
    rows = [(labels.get(check.name, check.name), check) for check in checks]
    pages = next((check for check in checks if check.name == "pages"), None)
    return TemplateResponse(
        request,
        "channels/admin/operations.html",
        {
            "rows": rows,
            "all_ok": all(check.ok for check in checks),
            "missing": pages.data.get("examples", []) if pages else [],
            "failed_url": reverse("channels_failed_deliveries"),
        },
    )
