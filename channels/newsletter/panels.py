"""The "Versand" panel on an issue: test send, send, and the progress of sending."""

from wagtail.admin.panels import Panel


class SendingPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "channels/newsletter/admin/sending_panel.html"

        def get_context_data(self, parent_context=None):
            from django.urls import reverse

            from channels.newsletter import backends
            from channels.newsletter.models import Sending

            context = super().get_context_data(parent_context)
            page = self.instance
            sending = Sending.objects.filter(issue_id=page.pk).first() if page.pk else None
            context.update(
                {
                    "issue": page,
                    "sending": sending,
                    "progress": sending.progress() if sending else None,
                    "configured": backends.is_configured(),
                    "fragment_url": (
                        reverse("newsletter_progress", args=[page.pk]) + "?fragment=1"
                        if sending
                        else ""
                    ),
                }
            )
            return context
