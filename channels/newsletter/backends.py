"""Which Django mail backend carries newsletters, and whether there is one at all."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import get_connection

DJANGO_SMTP = "django.core.mail.backends.smtp.EmailBackend"
HUB_SMTP = "channels.newsletter.smtp.EmailBackend"
# Backends that deliver nothing: while one of them is set, the channel is not configured.
NOT_DELIVERING = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}


def backend_path() -> str:
    """NEWSLETTER_EMAIL_BACKEND, else EMAIL_BACKEND; Django's SMTP backend becomes the
    hub's, which commits each recipient right before the end of its SMTP transaction."""
    path = settings.NEWSLETTER_EMAIL_BACKEND or settings.EMAIL_BACKEND
    return HUB_SMTP if path == DJANGO_SMTP else path


def is_configured() -> bool:
    path = settings.NEWSLETTER_EMAIL_BACKEND or settings.EMAIL_BACKEND
    return path not in NOT_DELIVERING


def connection(**kwargs):
    """A connection of the newsletter backend; SMTP waits at most NEWSLETTER_SMTP_TIMEOUT."""
    path = backend_path()
    if path == HUB_SMTP:
        kwargs.setdefault("timeout", settings.NEWSLETTER_SMTP_TIMEOUT)
    return get_connection(path, **kwargs)
