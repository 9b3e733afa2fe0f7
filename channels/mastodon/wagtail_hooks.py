"""The admin's "Hashtag" menu: queue, log, trust list, blocked words, Mastodon accounts."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from channels.feeds import FEED_INDEX_SECTIONS
from channels.mastodon import account_views, admin_views
from channels.mastodon.access import may_manage_any_account, may_moderate
from channels.mastodon.models import AccountRule, HashtagPost, WordRule


class RuleCreateView(CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class RuleViewSet(ModelViewSet):
    """Trust list and blocked words; changes land in Wagtail's own audit log."""

    add_to_admin_menu = False
    add_view_class = RuleCreateView


account_rules = RuleViewSet(
    "mastodon_account_rules",
    model=AccountRule,
    url_prefix="hashtag/vertrauensliste",
    list_display=["acct", "kind", "note", "created_at"],
    list_filter=["kind"],
    search_fields=["acct", "note"],
    icon="user",
)
word_rules = RuleViewSet(
    "mastodon_word_rules",
    model=WordRule,
    url_prefix="hashtag/woerter",
    list_display=["word", "note", "created_at"],
    search_fields=["word", "note"],
    icon="cross",
)


@hooks.register("register_admin_viewset")
def register_rule_viewsets():
    return [account_rules, word_rules]


@hooks.register("register_admin_urls")
def register_hashtag_urls():
    return [
        path("hashtag/", admin_views.QueueView.as_view(), name="mastodon_queue"),
        path("hashtag/entscheiden/", admin_views.decide_view, name="mastodon_decide"),
        path("hashtag/kontoregel/", admin_views.account_rule_view, name="mastodon_account_rule"),
        path(
            "hashtag/protokoll/",
            admin_views.DecisionLogView.as_view(),
            name="mastodon_decision_log",
        ),
        path(
            "hashtag/protokoll/results/",
            admin_views.DecisionLogView.as_view(results_only=True),
            name="mastodon_decision_log_results",
        ),
        path("hashtag/konten/", account_views.AccountListView.as_view(), name="mastodon_accounts"),
        path(
            "hashtag/konten/verbinden/",
            account_views.ConnectView.as_view(),
            name="mastodon_connect",
        ),
        path(
            "hashtag/konten/verbinden/code/",
            account_views.AuthoriseView.as_view(),
            name="mastodon_connect_authorise",
        ),
        path(
            "hashtag/konten/<int:pk>/trennen/",
            account_views.DisconnectView.as_view(),
            name="mastodon_disconnect",
        ),
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return may_moderate(request.user)


class AccountsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_manage_any_account(request.user)


class QueueMenuItem(ModeratorMenuItem):
    """Shows how many posts wait, so the helpers see it without opening the queue."""

    def render_component(self, request):
        from wagtail.admin.ui.sidebar import LinkMenuItem

        pending = HashtagPost.objects.filter(state=HashtagPost.State.PENDING).count()
        label = f"{self.label} ({pending})" if pending else self.label
        return LinkMenuItem(self.name, label, self.url, icon_name=self.icon_name, attrs=self.attrs)


@hooks.register("register_admin_menu_item")
def register_hashtag_menu():
    items = [
        QueueMenuItem(
            "Warteschlange",
            reverse("mastodon_queue"),
            name="hashtag-queue",
            icon_name="tasks",
            order=100,
        ),
        ModeratorMenuItem(
            "Protokoll",
            reverse("mastodon_decision_log"),
            name="hashtag-log",
            icon_name="list-ul",
            order=200,
        ),
        account_rules.get_menu_item(order=300),
        word_rules.get_menu_item(order=400),
        AccountsMenuItem(
            "Mastodon-Konten",
            reverse("mastodon_accounts"),
            name="hashtag-accounts",
            icon_name="link",
            order=500,
        ),
    ]
    return SubmenuMenuItem(
        f"#{settings.HUB_HASHTAG}",
        Menu(items=items),
        name="hashtag",
        icon_name="tag",
        order=250,
    )


@hooks.register(FEED_INDEX_SECTIONS)
def hashtag_feeds_on_the_feed_index():
    from channels.mastodon.feeds import hashtag_feed_links

    return [
        {
            "title": _("Beiträge unter #%(tag)s") % {"tag": settings.HUB_HASHTAG},
            "links": hashtag_feed_links(),
        }
    ]
