"""Public pages: sign up, confirm, change preferences, unsubscribe, export, delete.

Every page behind a link from a mail is found by the signed token in its URL;
nobody needs an account. Such pages are never cached and never indexed.
"""

from __future__ import annotations

import json
from functools import wraps

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from channels.newsletter import ratelimit, subscriptions, tokens
from channels.newsletter.forms import PreferencesForm, SubscribeForm
from channels.newsletter.models import NewsletterArchiveIndexPage

TEMPLATES = "channels/newsletter/pages/"


def _render(request, name: str, context: dict | None = None, status: int = 200):
    context = {"archive": _archive(), **(context or {})}
    return render(request, f"{TEMPLATES}{name}.html", context, status=status)


def _archive():
    """The archive page in the reader's language, for links back to it."""
    archive = NewsletterArchiveIndexPage.objects.live().public().first()
    if archive is None:
        return None
    return archive.localized


def client_allowed(request) -> bool:
    return ratelimit.hit(
        "client",
        ratelimit.client_address(request),
        settings.NEWSLETTER_SUBSCRIBE_PER_IP_PER_HOUR,
        3600,
    )


@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "POST":
        form = SubscribeForm(request.POST)
        if not client_allowed(request):
            return _render(request, "subscribe", {"form": form, "throttled": True}, status=429)
        if form.is_valid():
            if not form.is_bot():
                subscriptions.request_subscription(form.cleaned_data)
            # Bots that filled the honeypot see the same answer as everyone else.
            return redirect("newsletter:subscribe-sent")
    else:
        form = SubscribeForm(initial={"language": translation.get_language()})
    return _render(request, "subscribe", {"form": form})


@require_GET
def subscribe_sent(request):
    return _render(request, "subscribe_sent", {"days": settings.NEWSLETTER_CONFIRM_DAYS})


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    try:
        subscriber = tokens.subscriber_from_confirm_token(token)
    except tokens.Expired:
        return _render(request, "link_expired", status=410)
    if subscriber is None:
        return _invalid(request)
    # Confirming takes a click on a button: mail scanners that open every link
    # must not confirm on someone's behalf.
    if request.method == "POST":
        subscriptions.confirm(subscriber)
        return _render(
            request,
            "confirmed",
            {"subscriber": subscriber, "manage_token": tokens.manage_token(subscriber)},
        )
    return _render(request, "confirm", {"subscriber": subscriber})


def with_subscriber(view):
    """Resolve the signed management token of the mail's links, or answer that it is invalid."""

    @wraps(view)
    def resolved(request, token: str):
        subscriber = tokens.subscriber_from_manage_token(token)
        if subscriber is None:
            return _invalid(request)
        return view(request, subscriber, token)

    return resolved


@csrf_exempt  # RFC 8058: mail clients POST without cookies; the signed token is the proof
@never_cache
@require_http_methods(["GET", "POST"])
@with_subscriber
def unsubscribe(request, subscriber, token: str):
    if request.method == "POST":
        # Also the one-click POST ("List-Unsubscribe=One-Click") of mail clients.
        subscriptions.unsubscribe(subscriber)
        return _render(request, "unsubscribed", {"subscriber": subscriber, "token": token})
    return _render(request, "unsubscribe", {"subscriber": subscriber, "token": token})


@never_cache
@require_http_methods(["GET", "POST"])
@with_subscriber
def preferences(request, subscriber, token: str):
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            subscriptions.update_preferences(subscriber, form.cleaned_data)
            saved = True
    else:
        form = PreferencesForm(
            initial={name: getattr(subscriber, name) for name in subscriptions.PREFERENCE_FIELDS}
        )
    return _render(
        request,
        "preferences",
        {"form": form, "subscriber": subscriber, "token": token, "saved": saved},
    )


@never_cache
@require_GET
@with_subscriber
def export(request, subscriber, token: str):
    body = json.dumps(subscriptions.export(subscriber), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="newsletter-daten.json"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
@with_subscriber
def delete(request, subscriber, token: str):
    if request.method == "POST":
        subscriptions.delete(subscriber)
        return _render(request, "deleted")
    return _render(request, "delete", {"subscriber": subscriber, "token": token})


def _invalid(request):
    return _render(request, "link_invalid", status=404)
