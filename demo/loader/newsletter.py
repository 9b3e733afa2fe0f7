"""The newsletter in the demo (newsletter.yaml): its archive page, one issue that counts
as sent (its web version is public) and a few subscribers at example.org.

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
from demo.loader.data import section
from demo.loader.images import with_lead_image
from demo.loader.pages import ensure_page
from demo.loader.report import Tally

PREFERENCES = ("language", "kinds", "topics", "districts", "frequency")


def demo_key(email: str) -> uuid.UUID:
    """A fixed key per demo address, so its links are the same after every load."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"https://hagen.example/newsletter/{email}")


def subscribers() -> list[dict]:
    """The demo subscribers as newsletter.yaml lists them (email, language, kinds …)."""
    return section("newsletter")["subscribers"]


def load(home, tally: Tally, user) -> NewsletterArchiveIndexPage:
    data = section("newsletter")["archive"]
    archive = ensure_page(
        home,
        NewsletterArchiveIndexPage,
        data["slug"],
        {name: data[name] for name in ("title", "summary", "intro")},
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
    content = section("newsletter")
    today = timezone.localdate()
    month = f"{content['months'][today.month - 1]} {today.year}"
    picks = []
    for pick in content["picks"]:
        picks += list(
            by_key()[pick["kind"]]
            .model.objects.live()
            .public()
            .filter(locale=home.locale)
            .order_by("-first_published_at")[: pick["newest"]]
        )
    texts = content["issue"]
    issue = ensure_page(
        archive,
        NewsletterIssuePage,
        f"ausgabe-{today:%Y-%m}",
        {
            "title": texts["title"].format(month=month),
            "summary": texts["summary"],
            "intro": texts["intro"],
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
    for data in subscribers():
        _, created = Subscriber.objects.get_or_create(
            email=data["email"],
            defaults={
                "key": demo_key(data["email"]),
                **{name: data[name] for name in PREFERENCES},
                "status": Subscriber.Status.ACTIVE,
                "confirmed_at": now,
                "is_example": True,
            },
        )
        if created:
            tally.created("Newsletter-Abos (Beispiele)")
        else:
            tally.kept("Newsletter-Abos (Beispiele)")
