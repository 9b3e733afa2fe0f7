"""Fixtures for the newsletter: an archive, issues, subscribers and a real SMTP sink."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from channels.newsletter.models import (
    IssueItem,
    NewsletterArchiveIndexPage,
    NewsletterIssuePage,
    Subscriber,
)
from tests import builders
from tests.channels.newsletter.sink import SmtpSink


def archive_of(home) -> NewsletterArchiveIndexPage:
    return builders.add_child(
        home,
        NewsletterArchiveIndexPage(
            title="Newsletter", slug="newsletter", summary="Alle Ausgaben des Newsletters."
        ),
    )


def issue_in(archive, title: str, *, picked=(), **fields) -> NewsletterIssuePage:
    """A draft issue (issues go live by being sent)."""
    page = NewsletterIssuePage(
        **{
            "title": title,
            "slug": slugify(title),
            "summary": f"{title}: das Neueste zum Mitmachen.",
            "intro": "Liebe Engagierte,\n\nhier ist das Neueste.",
            "fill_automatically": False,
            "include_community": False,
            **fields,
        }
    )
    page.picked_items = [IssueItem(page=p, sort_order=n) for n, p in enumerate(picked)]
    return builders.add_child(archive, page, live=False)


def subscriber(email: str, **fields) -> Subscriber:
    return Subscriber.objects.create(
        **{
            "email": email,
            "status": Subscriber.Status.ACTIVE,
            "confirmed_at": timezone.now(),
            **fields,
        }
    )


@pytest.fixture
def archive(site_tree) -> NewsletterArchiveIndexPage:
    # Links in mails are absolute https URLs of the default site.
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "engagement.hagen.example", 443
    site.save()  # save(), not update(): Wagtail forgets its cached site root paths
    return archive_of(site_tree.home)


@pytest.fixture
def smtp_sink():
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def mail_through(settings, smtp_sink):
    """Django's SMTP backend (upgraded by the newsletter to its own) aimed at the sink."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.NEWSLETTER_EMAIL_BACKEND = ""
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = smtp_sink.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.NEWSLETTER_MAX_PER_SECOND = 0
    return smtp_sink
