"""Admin views for an issue: test send, send (after a confirmation), follow the progress."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from channels.newsletter import backends, mails, sending
from channels.newsletter.compose import compose
from channels.newsletter.models import NewsletterIssuePage, Sending


class TestSendForm(forms.Form):
    address = forms.EmailField(label="An diese Adresse", max_length=254)


def _issue_for(request, page_id: int) -> NewsletterIssuePage:
    issue = get_object_or_404(NewsletterIssuePage, pk=page_id)
    if not issue.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return issue


def _draft(issue: NewsletterIssuePage) -> NewsletterIssuePage:
    """The issue as last saved, which is what a test send shows and "Versenden" publishes."""
    return issue.get_latest_revision_as_object() if issue.has_unpublished_changes else issue


def test_send(request, page_id: int):
    issue = _issue_for(request, page_id)
    form = TestSendForm(request.POST or None, initial={"address": request.user.email})
    if request.method == "POST" and form.is_valid():
        address = form.cleaned_data["address"]
        connection = backends.connection()
        try:
            connection.send_messages([mails.message_for_test_send(_draft(issue), address)])
        except Exception as error:  # shown to the editor, not swallowed
            messages.error(request, f"Der Testversand ist fehlgeschlagen: {error}")
        else:
            if backends.is_configured():
                messages.success(request, f"Testversand an {address} ist unterwegs.")
            else:
                messages.warning(
                    request,
                    "Es ist kein Mailserver eingerichtet: Die Test-E-Mail steht nur im Protokoll "
                    "des Servers.",
                )
        return redirect("wagtailadmin_pages:edit", issue.pk)
    return TemplateResponse(
        request, "channels/newsletter/admin/test_send.html", {"issue": issue, "form": form}
    )


def send(request, page_id: int):
    issue = _issue_for(request, page_id)
    existing = Sending.objects.filter(issue_id=issue.pk).first()
    if existing is not None:
        # A second click (or a second tab): show what the first one started.
        return redirect("newsletter_progress", issue.pk)
    if request.method == "POST":
        if not backends.is_configured():
            messages.error(request, "Es ist kein Mailserver eingerichtet; nichts wurde versendet.")
            return redirect("wagtailadmin_pages:edit", issue.pk)
        revision = issue.get_latest_revision()
        if revision is not None and (issue.has_unpublished_changes or not issue.live):
            revision.publish(user=request.user)
        sending.start(NewsletterIssuePage.objects.get(pk=issue.pk), user=request.user)
        messages.success(request, f"„{issue.title}“ wird versendet.")
        return redirect("newsletter_progress", issue.pk)
    draft = _draft(issue)
    composition = compose(draft)
    audience = list(sending.recipients(draft.audience))
    receiving = sum(1 for subscriber in audience if composition.items_for(subscriber))
    return TemplateResponse(
        request,
        "channels/newsletter/admin/send_confirm.html",
        {
            "issue": draft,
            "entries": len(composition.entries),
            "community": len(composition.community),
            "audience": len(audience),
            "receiving": receiving,
            "configured": backends.is_configured(),
        },
    )


def progress(request, page_id: int):
    issue = _issue_for(request, page_id)
    found = get_object_or_404(Sending, issue_id=issue.pk)
    template = (
        "channels/newsletter/admin/progress_fragment.html"
        if request.GET.get("fragment")
        else "channels/newsletter/admin/progress.html"
    )
    return TemplateResponse(
        request,
        template,
        {
            "issue": issue,
            "sending": found,
            "progress": found.progress(),
            "fragment_url": reverse("newsletter_progress", args=[issue.pk]) + "?fragment=1",
        },
    )
