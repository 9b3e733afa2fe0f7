"""Who may do what here: moderate the hashtag, connect which Mastodon accounts."""

from __future__ import annotations

from django.db.models import QuerySet
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.core.kinds import organisation_kinds

MODERATE = "mastodon.moderate_hashtagpost"
MANAGE_ACCOUNTS = "mastodon.change_mastodonaccount"


def may_moderate(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(MODERATE))


def manageable_organisations(user) -> QuerySet:
    """Portraits whose Mastodon account this user may connect: every one for those
    who manage accounts, else those the user may edit (a club's own editors)."""
    portraits = Page.objects.type(*(kind.model for kind in organisation_kinds())).order_by("title")
    if user.has_perm(MANAGE_ACCOUNTS):
        return portraits
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return portraits.filter(pk__in=editable.values("pk"))


def may_manage_hub_account(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(MANAGE_ACCOUNTS))


def may_manage_any_account(user) -> bool:
    if not (user and user.is_authenticated):
        return False
    return may_manage_hub_account(user) or manageable_organisations(user).exists()


def manageable_accounts(user) -> QuerySet:
    from channels.mastodon.models import MastodonAccount

    accounts = MastodonAccount.objects.select_related("organisation", "connected_by")
    if may_manage_hub_account(user):
        return accounts
    return accounts.filter(organisation__in=manageable_organisations(user))
