"""The weekly digest: for subscribers who chose "Wöchentliche Zusammenfassung".

On Monday mornings (the beat task asks every hour) an issue for that audience
is composed from everything queued since the last digest, published in the
archive and sent. Once per ISO week: the slug names the week. Nothing new, no
digest.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from channels.newsletter import backends, sending
from channels.newsletter.compose import compose
from channels.newsletter.models import NewsletterArchiveIndexPage, NewsletterIssuePage, Subscriber

SEND_FROM_HOUR = 7


def compose_weekly_digest(now: datetime.datetime) -> NewsletterIssuePage | None:
    if not settings.NEWSLETTER_WEEKLY_DIGEST or not backends.is_configured():
        return None
    if now.weekday() != 0 or now.hour < SEND_FROM_HOUR:
        return None
    archive = NewsletterArchiveIndexPage.objects.live().filter(locale=Locale.get_default()).first()
    if archive is None:
        return None
    year, week, _ = now.isocalendar()
    slug = f"wochenrueckblick-{year}-{week:02d}"
    if NewsletterIssuePage.objects.child_of(archive).filter(slug=slug).exists():
        return None
    if not sending.recipients(Subscriber.Frequency.WEEKLY).exists():
        return None
    first_day = now.date() - datetime.timedelta(days=7)
    last_day = now.date() - datetime.timedelta(days=1)
    issue = NewsletterIssuePage(
        title=f"Wochenrückblick vom {first_day:%d.%m.} bis {last_day:%d.%m.%Y}",
        slug=slug,
        summary="Was in der vergangenen Woche im Engagement Hub Hagen neu war.",
        intro="Hier ist alles, was in der vergangenen Woche neu war – passend zu Ihren "
        "Einstellungen.",
        audience=Subscriber.Frequency.WEEKLY,
        fill_automatically=True,
        include_community=True,
    )
    if not compose(issue).entries:
        return None
    with transaction.atomic():
        archive.add_child(instance=issue)
        issue.save_revision().publish()
        sending.start(issue)
    return issue
