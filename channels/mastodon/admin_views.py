"""The moderation queue, its decisions and the moderation log (Wagtail admin, German)."""

from __future__ import annotations

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import Truncator
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from channels.mastodon.access import may_moderate
from channels.mastodon.forms import DecisionForm, QueueFilterForm
from channels.mastodon.handles import is_valid_acct, normalise_acct
from channels.mastodon.models import (
    AccountRule,
    HashtagPost,
    IngestCursor,
    ModerationDecision,
)
from channels.mastodon.moderation import decide, set_account_rule

PER_PAGE = 25
DONE = {
    "approve": ("Beitrag freigegeben.", "{n} Beiträge freigegeben."),
    "reject": ("Beitrag abgelehnt.", "{n} Beiträge abgelehnt."),
    "hide": ("Beitrag verborgen.", "{n} Beiträge verborgen."),
    "reset": ("Beitrag zurück in die Warteschlange gelegt.", "{n} Beiträge zurückgelegt."),
}


class ModeratorRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not may_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TitledMixin:
    """The page's own title after "Home" in the admin's breadcrumbs."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class QueueView(ModeratorRequiredMixin, TitledMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "channels/mastodon/admin/queue.html"
    page_title = "Hashtag-Moderation"
    header_icon = "tag"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = QueueFilterForm(self.request.GET or None)
        posts = form.filter(
            HashtagPost.objects.select_related("decided_by").prefetch_related(
                Prefetch(
                    "decisions",
                    queryset=ModerationDecision.objects.select_related("user").order_by(
                        "-created_at", "-pk"
                    ),
                )
            )
        )
        page_obj = Paginator(posts, PER_PAGE).get_page(self.request.GET.get("p"))
        posts = list(page_obj.object_list)
        authors = {post.author_acct for post in posts}
        rules = dict(AccountRule.objects.filter(acct__in=authors).values_list("acct", "kind"))
        history: dict[str, dict[str, int]] = {}
        for row in (
            HashtagPost.objects.filter(author_acct__in=authors)
            .values("author_acct", "state")
            .annotate(n=Count("pk"))
        ):
            history.setdefault(row["author_acct"], {})[row["state"]] = row["n"]
        for index, post in enumerate(posts):
            post.author_rule = rules.get(post.author_acct, "")
            post.author_history = history.get(post.author_acct, {})
            post.next_id = posts[index + 1].pk if index + 1 < len(posts) else ""
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            form=form,
            posts=posts,
            page_obj=page_obj,
            query=query.urlencode(),
            state=form.current_state,
            pending_count=HashtagPost.objects.filter(state=HashtagPost.State.PENDING).count(),
            cursors=IngestCursor.objects.order_by("instance_url", "source"),
            actions=ModerationDecision.Action,
            may_edit_rules=self.request.user.has_perm("mastodon.add_accountrule"),
            current_url=self.request.get_full_path(),
        )
        return context


def decide_view(request):
    """One decision for one post (its own form) or for the selected posts (bulk form)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not may_moderate(request.user):
        raise PermissionDenied
    form = DecisionForm(request.POST)
    back = _back(request)
    if not form.is_valid() or not form.cleaned_data["posts"]:
        messages.error(request, "Bitte mindestens einen Beitrag auswählen.")
        return redirect(back)
    action = form.cleaned_data["action"]
    changed = decide(form.cleaned_data["posts"], action, request.user, form.cleaned_data["reason"])
    one, many = DONE[action]
    if changed:
        messages.success(request, one if changed == 1 else many.format(n=changed))
    else:
        messages.info(request, "Nichts geändert: Die Beiträge hatten diesen Status schon.")
    focus = request.POST.get("focus", "")
    return redirect(f"{back}#post-{focus}" if focus.isdigit() else back)


def account_rule_view(request):
    """Trust or block the author of a post straight from the queue."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not (may_moderate(request.user) and request.user.has_perm("mastodon.add_accountrule")):
        raise PermissionDenied
    acct = normalise_acct(request.POST.get("acct", ""))
    kind = request.POST.get("kind", "")
    if not is_valid_acct(acct) or kind not in {*AccountRule.Kind.values, "none"}:
        messages.error(request, "Unbekanntes Konto oder unbekannte Regel.")
        return redirect(_back(request))
    set_account_rule(acct, None if kind == "none" else kind, request.user, "Aus der Warteschlange")
    label = {
        "trusted": "steht jetzt auf der Vertrauensliste; neue Beiträge werden automatisch freigegeben",
        "blocked": "ist jetzt gesperrt; neue Beiträge werden automatisch verborgen",
        "none": "hat keine Regel mehr",
    }[kind]
    messages.success(request, f"@{acct} {label}.")
    return redirect(_back(request))


def _back(request) -> str:
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target.split("#", 1)[0]
    return reverse("mastodon_queue")


# --- the moderation log -------------------------------------------------------------


class DecisionFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(
        label="Entscheidung", choices=ModerationDecision.Action.choices
    )
    automatic = django_filters.BooleanFilter(label="Automatisch (Regel)")

    class Meta:
        model = ModerationDecision
        fields = ["action", "automatic"]


class DecisionLogView(ReportView):
    page_title = "Moderationsprotokoll"
    header_icon = "list-ul"
    index_url_name = "mastodon_decision_log"
    index_results_url_name = "mastodon_decision_log_results"
    filterset_class = DecisionFilterSet
    list_export = [
        "created_at",
        "who",
        "get_action_display",
        "previous_state",
        "post.author_acct",
        "post.url",
        "reason",
    ]
    export_headings = {
        "created_at": "Wann",
        "who": "Wer",
        "get_action_display": "Entscheidung",
        "previous_state": "Vorher",
        "post.author_acct": "Konto",
        "post.url": "Beitrag",
        "reason": "Begründung",
    }
    columns = [
        DateColumn("created_at", label="Wann"),
        Column("who", label="Wer"),
        Column("get_action_display", label="Entscheidung"),
        Column(
            "post_label",
            label="Beitrag",
            accessor=lambda d: f"@{d.post.author_acct}: {Truncator(d.post.content_text).chars(90)}",
        ),
        Column("reason", label="Warum"),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not may_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return ModerationDecision.objects.select_related("post", "user")
