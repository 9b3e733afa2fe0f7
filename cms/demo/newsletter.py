"""The newsletter in the demo: its archive page, one issue that counts as sent
(its web version is public) and a few subscribers at example.org.

Nothing here sends a mail: the demo issue's sending is recorded as done with
no recipients, and demo subscribers are marked as examples, which sending
always leaves out.
"""

from __future__ import annotations

import uuid

from django.utils import timezone

from channels.newsletter.compose import compose
from channels.newsletter.models import (
    IssueItem,
    NewsletterArchiveIndexPage,
    NewsletterIssuePage,
    Sending,
    Subscriber,
)
from cms.core.kinds import by_key
from cms.demo.images import with_lead_image
from cms.demo.pages import ensure_page
from cms.demo.report import Tally

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
ARCHIVE = {
    "slug": "newsletter",
    "title": "Newsletter",
    "summary": "Neues zum Mitmachen in Hagen, per E-Mail: Angebote, Qualifizierungen und Hilfen "
    "für Vereinsvorstände – so oft und so genau, wie Sie möchten.",
    "intro": "Hier finden Sie alle bisherigen Ausgaben. Abonnieren Sie den Newsletter, dann "
    "kommt die nächste direkt in Ihr Postfach.",
}
# (kind, how many of the newest) for the demo issue.
PICKS = (("offer", 3), ("course", 1), ("resource", 1), ("story", 1))
SUBSCRIBERS = (
    ("erika.muster@example.org", "de", ["offer", "course"], ["kultur"], [], "issue"),
    ("mehmet.yilmaz@example.org", "tr", [], [], ["haspe"], "issue"),
    ("olena.koval@example.org", "uk", ["offer"], [], [], "weekly"),
    ("vorstand.tsv@example.org", "de", ["resource", "course"], [], [], "weekly"),
)


def demo_key(email: str) -> uuid.UUID:
    """A fixed key per demo address, so its links are the same after every load."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"https://hagen.example/newsletter/{email}")


def load(home, tally: Tally, user) -> NewsletterArchiveIndexPage:
    archive = ensure_page(
        home,
        NewsletterArchiveIndexPage,
        ARCHIVE["slug"],
        {name: ARCHIVE[name] for name in ("title", "summary", "intro")},
        tally,
        user=user,
        prepare=with_lead_image(tally),
    )
    _ensure_issue(archive, home, tally, user)
    _ensure_subscribers(tally)
    return archive


def _ensure_issue(archive, home, tally: Tally, user) -> None:
    if NewsletterIssuePage.objects.child_of(archive).exists():
        tally.kept("Newsletter-Ausgaben")
        return
    today = timezone.localdate()
    month = f"{MONTHS[today.month - 1]} {today.year}"
    picks = []
    for kind, count in PICKS:
        picks += list(
            by_key()[kind]
            .model.objects.live()
            .public()
            .filter(locale=home.locale)
            .order_by("-first_published_at")[:count]
        )
    issue = ensure_page(
        archive,
        NewsletterIssuePage,
        f"ausgabe-{today:%Y-%m}",
        {
            "title": f"Newsletter {month}: Mitmachen in Hagen",
            "summary": "Neue Mitmach-Angebote, ein Abend für Vorstände und eine Geschichte "
            "aus der Kampagne „HAGEN braucht DICH“.",
            "intro": "Liebe Engagierte in Hagen,\n\nauch in diesem Monat suchen Vereine und "
            "Initiativen in allen Stadtbezirken Unterstützung – für ein paar Stunden oder "
            "regelmäßig. Hier ist eine Auswahl.",
            "fill_automatically": False,
            "include_community": True,
            "picked_items": [
                IssueItem(page=page, sort_order=order) for order, page in enumerate(picks)
            ],
        },
        tally,
        user=user,
        prepare=with_lead_image(tally),
    )
    # Recorded as sent to nobody: the web version goes public, no mail leaves.
    now = timezone.now()
    Sending.objects.get_or_create(
        issue=issue,
        defaults={
            "audience": issue.audience,
            "composition": compose(issue).to_json(),
            "state": Sending.State.DONE,
            "started_at": now,
            "finished_at": now,
            "heartbeat_at": now,
            "started_by": user,
        },
    )


def _ensure_subscribers(tally: Tally) -> None:
    now = timezone.now()
    for email, language, kinds, topics, districts, frequency in SUBSCRIBERS:
        _, created = Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "key": demo_key(email),
                "language": language,
                "kinds": kinds,
                "topics": topics,
                "districts": districts,
                "frequency": frequency,
                "status": Subscriber.Status.ACTIVE,
                "confirmed_at": now,
                "is_example": True,
            },
        )
        if created:
            tally.created("Newsletter-Abos (Beispiele)")
        else:
            tally.kept("Newsletter-Abos (Beispiele)")
