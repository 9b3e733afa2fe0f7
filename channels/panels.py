"""The "Verbreitung" panel on every page: where the page went and how it went."""

from wagtail.admin.panels import Panel


class DeliveriesPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "channels/admin/deliveries_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            from channels.models import Delivery

            context = super().get_context_data(parent_context)
            context["deliveries"] = Delivery.objects.filter(page_id=self.instance.pk)[:20]
            return context
