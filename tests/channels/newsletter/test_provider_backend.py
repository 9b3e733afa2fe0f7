"""A provider's backend (django-anymail) instead of SMTP, set by NEWSLETTER_EMAIL_BACKEND.

Anymail's test backend stands in for the provider's HTTP API: it builds the
provider's payload from the same message and keeps it in ``mail.outbox``.
"""

import pytest
import requests
from anymail.backends.test import EmailBackend as AnymailTestBackend
from anymail.exceptions import AnymailRequestsAPIError
from anymail.message import AnymailRecipientStatus
from django.core import mail

from channels.newsletter import backends, sending
from channels.newsletter.models import SendLog, Subscriber
from tests.channels.newsletter.conftest import issue_in, subscriber

BACKEND = "anymail.backends.test.EmailBackend"


class RejectingProvider(AnymailTestBackend):
    """The provider answers that it will not deliver to this address (a suppression)."""

    def post_to_esp(self, payload, message):
        super().post_to_esp(payload, message)
        status = AnymailRecipientStatus(message_id=None, status="rejected")
        return {"recipient_status": dict.fromkeys(payload.recipient_emails, status)}


class BusyProvider(AnymailTestBackend):
    """The provider answers 503: nothing was accepted."""

    def post_to_esp(self, payload, message):
        response = requests.Response()
        response.status_code = 503
        raise AnymailRequestsAPIError("Service Unavailable", response=response)


class SilentProvider(AnymailTestBackend):
    """The request went out and no answer came back: the provider may have the mail."""

    def post_to_esp(self, payload, message):
        super().post_to_esp(payload, message)
        raise AnymailRequestsAPIError("Read timed out", response=None)


@pytest.fixture
def provider(settings):
    settings.NEWSLETTER_EMAIL_BACKEND = BACKEND
    settings.NEWSLETTER_MAX_PER_SECOND = 0
    return settings


@pytest.fixture
def issue(archive, site_tree):
    return issue_in(archive, "Ausgabe Mai", picked=[site_tree.kultur_offer])


def send(issue, captured):
    with captured(execute=True):
        sending.start(issue)
    return SendLog.objects.get(issue=issue)


def test_a_provider_backend_set_in_the_settings_carries_the_issue_with_its_headers(
    provider, issue, django_capture_on_commit_callbacks
):
    subscriber("leser@example.org")

    row = send(issue, django_capture_on_commit_callbacks)

    assert backends.is_configured()
    assert row.state == SendLog.State.SENT
    [sent] = mail.outbox
    params = sent.anymail_test_params
    headers = params["extra_headers"]
    assert params["to"][0].addr_spec == "leser@example.org"
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/newsletter/abmelden/" in headers["List-Unsubscribe"]
    assert headers["Message-ID"] == row.message_id
    assert "Helfer*innen für das Sommerfest" in params["text_body"]
    assert "Helfer*innen für das Sommerfest" in params["html_body"]


def test_a_recipient_the_provider_rejects_fails_and_is_marked_as_bounced(
    provider, issue, django_capture_on_commit_callbacks
):
    provider.NEWSLETTER_EMAIL_BACKEND = f"{__name__}.RejectingProvider"
    reader = subscriber("gesperrt@example.org")

    row = send(issue, django_capture_on_commit_callbacks)

    assert row.state == SendLog.State.FAILED
    assert row.sent_at is None
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.BOUNCED


def test_a_provider_that_answers_503_gets_the_recipient_again_later(
    provider, issue, django_capture_on_commit_callbacks
):
    provider.NEWSLETTER_EMAIL_BACKEND = f"{__name__}.BusyProvider"
    reader = subscriber("leser@example.org")

    row = send(issue, django_capture_on_commit_callbacks)

    assert row.state == SendLog.State.QUEUED
    assert row.not_before is not None
    assert "503" in row.error
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.ACTIVE


def test_a_provider_that_never_answers_counts_as_sent_so_nobody_gets_it_twice(
    provider, issue, django_capture_on_commit_callbacks
):
    provider.NEWSLETTER_EMAIL_BACKEND = f"{__name__}.SilentProvider"
    subscriber("leser@example.org")

    row = send(issue, django_capture_on_commit_callbacks)

    assert row.state == SendLog.State.SENT
    assert len(mail.outbox) == 1
