"""Connecting a Mastodon account in the admin, in two steps.

1. The server's address and what the account is for: the hub registers itself
   there as an app (``Mastodon.create_app``, least scopes).
2. The person signs in on Mastodon (the link opens its authorisation page),
   clicks "Autorisieren" and pastes the code shown there; or pastes the access
   token of an app created by hand. The hub checks it
   (``account_verify_credentials``), reads the server's limits and stores the
   token encrypted.

Between the steps, the app credentials wait in the session (the secret
encrypted), so no half-connected account ever exists.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import FormView, TemplateView
from mastodon import Mastodon
from mastodon.errors import MastodonError
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from channels.mastodon import crypto
from channels.mastodon.access import (
    manageable_accounts,
    manageable_organisations,
    may_manage_any_account,
    may_manage_hub_account,
)
from channels.mastodon.client import (
    OOB_REDIRECT,
    SCOPES,
    instance_info,
    make_client,
    user_agent,
)
from channels.mastodon.forms import HUB, AuthoriseForm, ConnectForm
from channels.mastodon.models import MastodonAccount

logger = logging.getLogger(__name__)
SESSION_KEY = "mastodon_connect"
APP_NAME = "Engagement Hub Hagen"


class TitledMixin:
    """The page's own title after "Home" in the admin's breadcrumbs."""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("mastodon_accounts"), "label": "Mastodon-Konten"},
            {"url": "", "label": self.get_header_title()},
        ]


class AccountManagerMixin:
    def dispatch(self, request, *args, **kwargs):
        if not may_manage_any_account(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class AccountListView(AccountManagerMixin, TitledMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "channels/mastodon/admin/accounts.html"
    page_title = "Mastodon-Konten"
    header_icon = "link"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["accounts"] = manageable_accounts(self.request.user)
        context["may_hub"] = may_manage_hub_account(self.request.user)
        context["hub"] = MastodonAccount.hub()
        return context


class ConnectView(AccountManagerMixin, TitledMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "channels/mastodon/admin/connect.html"
    page_title = "Mastodon-Konto verbinden"
    page_subtitle = "Schritt 1 von 2"
    header_icon = "link"
    form_class = ConnectForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["organisations"] = manageable_organisations(self.request.user)
        kwargs["may_hub"] = may_manage_hub_account(self.request.user)
        return kwargs

    def get_initial(self):
        return {"target": self.request.GET.get("fuer", "")}

    def form_valid(self, form):
        url = form.cleaned_data["instance_url"]
        try:
            client_id, client_secret = Mastodon.create_app(
                APP_NAME,
                scopes=SCOPES,
                redirect_uris=OOB_REDIRECT,
                website=settings.SITE_URL,
                api_base_url=url,
                request_timeout=15,
                user_agent=user_agent(),
            )
        except (MastodonError, ValueError, KeyError) as error:
            logger.info("app registration at %s failed: %s", url, error)
            form.add_error(
                "instance_url",
                "Dieser Server hat die Anmeldung des Hubs nicht angenommen. Stimmt die Adresse? "
                "Ist es ein Mastodon-Server?",
            )
            return self.form_invalid(form)
        self.request.session[SESSION_KEY] = {
            "instance_url": url,
            "client_id": client_id,
            "client_secret": crypto.encrypt(client_secret),
            "target": form.cleaned_data["target"],
        }
        return redirect("mastodon_connect_authorise")


class AuthoriseView(AccountManagerMixin, TitledMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "channels/mastodon/admin/authorise.html"
    page_title = "Mastodon-Konto verbinden"
    page_subtitle = "Schritt 2 von 2"
    header_icon = "link"
    form_class = AuthoriseForm

    def dispatch(self, request, *args, **kwargs):
        if not may_manage_any_account(request.user):
            raise PermissionDenied
        self.pending = request.session.get(SESSION_KEY)
        if not self.pending:
            messages.info(request, "Bitte zuerst den Server angeben.")
            return redirect("mastodon_connect")
        return super().dispatch(request, *args, **kwargs)

    def app(self) -> Mastodon:
        return Mastodon(
            client_id=self.pending["client_id"],
            client_secret=crypto.decrypt(self.pending["client_secret"]),
            api_base_url=self.pending["instance_url"],
            request_timeout=15,
            user_agent=user_agent(),
            ratelimit_method="throw",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["instance_url"] = self.pending["instance_url"]
        context["authorise_url"] = self.app().auth_request_url(
            redirect_uris=OOB_REDIRECT, scopes=SCOPES, lang="de"
        )
        return context

    def form_valid(self, form):
        target = self.pending["target"]
        organisation = None
        if target == HUB:
            if not may_manage_hub_account(self.request.user):
                raise PermissionDenied
        else:
            organisation = get_object_or_404(manageable_organisations(self.request.user), pk=target)
        try:
            token = form.cleaned_data["access_token"] or self.app().log_in(
                code=form.cleaned_data["code"], redirect_uri=OOB_REDIRECT, scopes=SCOPES
            )
            client = make_client(self.pending["instance_url"], token)
            me = client.account_verify_credentials()
            info = instance_info(self.pending["instance_url"], client)
        except (MastodonError, ValueError, KeyError) as error:
            logger.info("authorising at %s failed: %s", self.pending["instance_url"], error)
            form.add_error(
                None,
                "Mastodon hat den Code oder das Token nicht angenommen. Bitte den Link noch "
                "einmal öffnen, „Autorisieren“ klicken und den neuen Code einfügen.",
            )
            return self.form_invalid(form)
        account = self.save_account(organisation, token, me, info)
        del self.request.session[SESSION_KEY]
        messages.success(self.request, f"Verbunden als @{account.acct}.")
        return redirect("mastodon_accounts")

    @transaction.atomic
    def save_account(self, organisation, token: str, me, info: dict) -> MastodonAccount:
        role = MastodonAccount.Role.ORGANISATION if organisation else MastodonAccount.Role.HUB
        account = (
            MastodonAccount.objects.select_for_update()
            .filter(role=role, organisation=organisation)
            .first()
        ) or MastodonAccount(role=role, organisation=organisation)
        host = self.pending["instance_url"].split("://", 1)[1]
        acct = str(me["acct"])
        account.instance_url = self.pending["instance_url"]
        account.acct = acct if "@" in acct else f"{acct}@{host}"
        account.account_id = str(me["id"])
        account.display_name = str(me.get("display_name") or "")[:255]
        account.profile_url = str(me.get("url") or "")[:500]
        account.client_id = self.pending["client_id"]
        account.client_secret_encrypted = self.pending["client_secret"]
        account.access_token = token
        account.max_characters = info["max_characters"]
        account.characters_reserved_per_url = info["characters_reserved_per_url"]
        account.server_version = info["version"][:100]
        account.connected_by = self.request.user
        account.connected_at = account.verified_at = timezone.now()
        account.save()
        return account


class DisconnectView(AccountManagerMixin, TitledMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "channels/mastodon/admin/disconnect.html"
    page_title = "Mastodon-Konto trennen"
    header_icon = "link"

    def dispatch(self, request, *args, **kwargs):
        if not may_manage_any_account(request.user):
            raise PermissionDenied
        self.account = get_object_or_404(manageable_accounts(request.user), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "account": self.account}

    def post(self, request, *args, **kwargs):
        acct = self.account.acct
        try:
            app = Mastodon(
                client_id=self.account.client_id or None,
                client_secret=self.account.client_secret or None,
                access_token=self.account.access_token,
                api_base_url=self.account.instance_url,
                request_timeout=10,
                user_agent=user_agent(),
                ratelimit_method="throw",
            )
            if self.account.client_id:
                app.revoke_access_token()
        except (MastodonError, crypto.UndecryptableSecret, ValueError) as error:
            # Removing the account here matters more than telling the server.
            logger.info("revoking the token of @%s failed: %s", acct, error)
        self.account.delete()
        messages.success(request, f"@{acct} ist getrennt; von dort wird nichts mehr gesendet.")
        return redirect(reverse("mastodon_accounts"))
