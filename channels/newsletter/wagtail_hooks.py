from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from channels.feeds import FEED_INDEX_SECTIONS, FORMATS, format_links
from channels.newsletter import admin_views
from channels.newsletter.models import (
    NewsletterArchiveIndexPage,
    NewsletterIssuePage,
    Sending,
    Subscriber,
)


@hooks.register("register_admin_urls")
def register_newsletter_urls():
    return [
        path(
            "newsletter/<int:page_id>/testversand/",
            admin_views.test_send,
            name="newsletter_test_send",
        ),
        path("newsletter/<int:page_id>/versenden/", admin_views.send, name="newsletter_send"),
        path("newsletter/<int:page_id>/versand/", admin_views.progress, name="newsletter_progress"),
    ]


def _issue_in(context):
    page = context.get("page")
    return page if isinstance(page, NewsletterIssuePage) else None


class _IssueMenuItem(ActionMenuItem):
    url_name = ""

    def is_shown(self, context):
        issue = _issue_in(context)
        return (
            context["view"] == "edit"
            and issue is not None
            and not context["locked_for_user"]
            and self.get_user_page_permissions_tester(context).can_publish()
            and not Sending.objects.filter(issue_id=issue.pk).exists()
        )

    def get_url(self, parent_context):
        return reverse(self.url_name, args=[parent_context["page"].pk])


class SendMenuItem(_IssueMenuItem):
    label = "Versenden …"
    name = "action-newsletter-send"
    icon_name = "mail"
    url_name = "newsletter_send"


class TestSendMenuItem(_IssueMenuItem):
    label = "Testversand …"
    name = "action-newsletter-test"
    icon_name = "mail"
    url_name = "newsletter_test_send"


@hooks.register("register_page_action_menu_item")
def register_send_menu_item():
    return SendMenuItem(order=25)


@hooks.register("register_page_action_menu_item")
def register_test_send_menu_item():
    return TestSendMenuItem(order=26)


@hooks.register("construct_page_action_menu")
def issues_are_published_by_sending(menu_items, request, context):
    """An issue goes public when it is sent, so it has "Versenden …" instead of "Veröffentlichen"."""
    issue = _issue_in(context)
    parent = context.get("parent_page")
    creating_issue = context["view"] == "create" and isinstance(
        getattr(parent, "specific", None), NewsletterArchiveIndexPage
    )
    if creating_issue or (
        issue is not None and not Sending.objects.filter(issue_id=issue.pk).exists()
    ):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


class NoAddingPolicy(ModelPermissionPolicy):
    """Readers sign up themselves (double opt-in); nobody adds addresses in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = "Newsletter-Abos"
    menu_name = "newsletter-subscribers"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["email", "status", "language", "frequency", "created_at"]
    list_filter = ["status", "language", "frequency"]
    search_fields = ["email"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "status",
        "language",
        "kinds",
        "topics",
        "districts",
        "frequency",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "bounced_at",
        "bounce_reason",
    ]
    copy_view_enabled = False
    panels = [
        FieldPanel("email", read_only=True),
        FieldPanel("status"),
        FieldPanel("language"),
        FieldPanel("frequency"),
    ]


register_permission_policy(Subscriber, NoAddingPolicy(Subscriber))
register_snippet(SubscriberViewSet)


@hooks.register(FEED_INDEX_SECTIONS)
def newsletter_archive_on_the_feed_index():
    return [
        {
            "title": _("Newsletter-Archiv"),
            "links": format_links(
                "newsletter:archive-{format}",
                _("Engagement Hub Hagen – Newsletter"),
                formats=[f for f in FORMATS if f[0] in ("rss", "atom")],
            ),
        }
    ]
