"""The hashtag wall with invented posts (mastodon.yaml): approved, waiting and hidden ones, the helpers'
rules and their log. Every account lives on an example instance (mastodon.example,
social.example), so nothing here points at a real person.

No Mastodon account is connected: the channel stays "not configured" in the demo
and nothing is posted anywhere.
"""

from __future__ import annotations

import datetime
import hashlib
import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from channels.mastodon.models import (
    AccountRule,
    HashtagPost,
    HashtagWallPage,
    ModerationDecision,
    WordRule,
)
from cms.core.models import HomePage
from demo.loader.data import section
from demo.loader.illustrations import draw_illustration
from demo.loader.images import with_lead_image
from demo.loader.pages import ensure_page
from demo.loader.report import Tally


def posts() -> list[dict]:
    """Every demo post in the order that gives each its status id: the posts, then the
    older ones (approved, their age in days, the hashtag added)."""
    content = section("mastodon")
    older = [
        {
            "acct": post["acct"],
            "name": post["name"],
            "hours_ago": post["days_ago"] * 24,
            "state": "approved",
            "text": f"{post['text']} #EngagementHagen",
        }
        for post in content["older"]
    ]
    return [*content["posts"], *older]


def load(home: HomePage, tally: Tally, user) -> HashtagWallPage:
    """The wall below the home page, its posts, the rules and the decisions about them."""
    data = section("mastodon")["wall"]
    wall = ensure_page(
        home,
        HashtagWallPage,
        data["slug"],
        {**{key: data[key] for key in ("title", "summary", "intro")}, "show_in_menus": True},
        tally,
        user=user,
        prepare=with_lead_image(tally),
    )
    moderator = get_user_model().objects.filter(username="helfer").first() or user
    _ensure_rules(moderator, tally)
    now = timezone.now()
    for number, post in enumerate(posts(), start=1):
        _ensure_post(number, post, now, moderator, tally)
    return wall


def _ensure_rules(moderator, tally: Tally) -> None:
    content = section("mastodon")
    rules = [(rule, AccountRule.Kind.TRUSTED) for rule in content["trusted_accounts"]]
    rules += [(rule, AccountRule.Kind.BLOCKED) for rule in content["blocked_accounts"]]
    for rule, kind in rules:
        _, created = AccountRule.objects.get_or_create(
            acct=rule["acct"],
            defaults={"kind": kind, "note": rule["note"], "created_by": moderator},
        )
        _count(tally, created)
    for rule in content["blocked_words"]:
        _, created = WordRule.objects.get_or_create(
            word=rule["word"], defaults={"note": rule["note"], "created_by": moderator}
        )
        _count(tally, created)


def _count(tally: Tally, created: bool) -> None:
    if created:
        tally.created("Hashtag-Regeln")
    else:
        tally.kept("Hashtag-Regeln")


def _ensure_post(number: int, post: dict, now, moderator, tally: Tally) -> None:
    acct, name, hours, state, text = (
        post[key] for key in ("acct", "name", "hours_ago", "state", "text")
    )
    warning, image_seed, reason = (
        post.get(key, "") for key in ("content_warning", "image", "reason")
    )
    user_name, host = acct.split("@")
    status_id = str(113_000_000_000_000_000 + number)
    uri = f"https://{host}/users/{user_name}/statuses/{status_id}"
    if HashtagPost.objects.filter(uri=uri).exists():
        tally.kept("Hashtag-Beiträge")
        return
    posted_at = now - datetime.timedelta(hours=hours)
    decided_at = posted_at + datetime.timedelta(minutes=20)
    # The culture club is on the trust list: its post was approved by that rule.
    by_rule = acct.startswith("kulturverein@")
    if by_rule:
        reason = "Vertrauenswürdiges Konto."
    record = HashtagPost.objects.create(
        uri=uri,
        url=f"https://{host}/@{user_name}/{status_id}",
        remote_id=status_id,
        instance_url="https://mastodon.example",
        source=HashtagPost.Source.HASHTAG,
        author_acct=acct,
        author_name=name,
        author_url=f"https://{host}/@{user_name}",
        content_html=f"<p>{text}</p>",
        content_text=text,
        spoiler_text=warning,
        language="de",
        media=_demo_image(image_seed) if image_seed else [],
        hashtags=["EngagementHagen"],
        posted_at=posted_at,
        state=state,
        screening_note=(
            f"Inhaltswarnung: „{warning}“ – wartet auf eine Entscheidung."
            if warning and state == "pending"
            else reason
            if by_rule
            else ""
        ),
        decided_by=moderator if state != "pending" and not by_rule else None,
        decided_at=decided_at if state != "pending" else None,
        decision_reason=reason,
        approved_at=decided_at if state == "approved" else None,
    )
    if state != "pending":
        ModerationDecision.objects.create(
            post=record,
            action="approve" if state == "approved" else "hide",
            previous_state="pending",
            user=None if by_rule else moderator,
            automatic=by_rule,
            reason=reason,
            created_at=decided_at,
        )
    tally.created("Hashtag-Beiträge")


def _demo_image(seed: str) -> list[dict]:
    """A drawn picture standing in for a photo, stored where copied post images go."""
    drawing = draw_illustration(seed, size=(900, 600))
    name = f"hashtag/demo-{hashlib.sha1(seed.encode()).hexdigest()[:12]}.jpg"
    if not default_storage.exists(name):
        buffer = io.BytesIO(drawing.jpeg())
        name = default_storage.save(name, ContentFile(buffer.getvalue()))
    width, height = drawing.image.size
    return [
        {
            "type": "image",
            "remote_url": "",
            "original_url": "",
            "description": drawing.description,
            "local_name": name,
            "local_url": default_storage.url(name),
            "width": width,
            "height": height,
        }
    ]
