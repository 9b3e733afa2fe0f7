"""The digital helpers' moderation queue in the Wagtail admin, through the test client."""

import pytest
from django.urls import reverse

from channels.mastodon.models import AccountRule, HashtagPost, ModerationDecision, WordRule
from tests.channels.mastodon.conftest import make_post

QUEUE = "/admin/hashtag/"
DECIDE = "/admin/hashtag/entscheiden/"
State = HashtagPost.State


@pytest.fixture
def helper_client(client, digital_helper):
    client.force_login(digital_helper)
    return client


def test_the_queue_shows_pending_posts_oldest_first_with_author_and_context(helper_client):
    make_post(1, state="pending", text="Neuer Beitrag", mentions=["nachbarin@social.example"])
    make_post(2, state="pending", text="Älterer Beitrag", is_reply=True, spoiler_text="Politik")
    make_post(3, state="approved", text="Schon freigegeben")

    response = helper_client.get(QUEUE)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Älterer Beitrag") < html.index("Neuer Beitrag")
    assert "Schon freigegeben" not in html
    assert "@verein1@mastodon.example" in html and "Verein 1" in html
    assert "erwähnt: @nachbarin@social.example" in html
    assert "<strong>Antwort</strong>" in html and "Inhaltswarnung:</strong> Politik" in html
    assert "2 Beiträge warten" in html


def test_the_page_documents_its_keyboard_shortcuts_and_marks_the_current_post(helper_client):
    make_post(1, state="pending")

    html = helper_client.get(QUEUE).content.decode()

    assert "Tastenkürzel" in html
    for key in "jkarhx":
        assert f"<kbd>{key}</kbd>" in html
    for key in "arh":
        assert f'data-shortcut="{key}"' in html
    assert "mastodon/moderation.js" in html and 'tabindex="-1" data-post' in html


def test_a_decision_is_logged_with_who_when_what_and_why_and_the_next_post_keeps_focus(
    helper_client, digital_helper
):
    first = make_post(2, state="pending")
    second = make_post(1, state="pending")

    response = helper_client.post(
        DECIDE,
        {
            "posts": [first.pk],
            "action": "approve",
            "reason": "Passt gut",
            "next": QUEUE,
            "focus": second.pk,
        },
    )

    assert response.status_code == 302 and response["Location"] == f"{QUEUE}#post-{second.pk}"
    first.refresh_from_db()
    assert first.state == State.APPROVED and first.approved_at
    assert (first.decided_by, first.decision_reason) == (digital_helper, "Passt gut")
    [decision] = ModerationDecision.objects.all()
    assert (decision.user, decision.action, decision.previous_state, decision.reason) == (
        digital_helper,
        "approve",
        "pending",
        "Passt gut",
    )
    assert decision.created_at and not decision.automatic


def test_bulk_actions_decide_for_every_selected_post_and_log_each(helper_client):
    posts = [make_post(n, state="pending") for n in range(1, 4)]

    helper_client.post(
        DECIDE, {"posts": [p.pk for p in posts[:2]], "action": "hide", "reason": "Werbung"}
    )

    assert list(HashtagPost.objects.order_by("remote_id").values_list("state", flat=True)) == [
        "hidden",
        "hidden",
        "pending",
    ]
    assert ModerationDecision.objects.filter(action="hide", reason="Werbung").count() == 2


def test_deciding_the_same_twice_changes_and_logs_nothing(helper_client):
    post = make_post(1, state="rejected")

    helper_client.post(DECIDE, {"posts": [post.pk], "action": "reject"})

    assert not ModerationDecision.objects.exists()


def test_filters_narrow_the_queue(helper_client):
    make_post(1, state="hidden", text="Spam mit Link", author_acct="spam@bad.example")
    make_post(2, state="pending", text="Mit Bild", media=[{"type": "image", "description": "x"}])
    make_post(3, state="pending", text="Mit Warnung", spoiler_text="Spoiler")

    def shown(**query):
        html = helper_client.get(QUEUE, query).content.decode()
        return {text for text in ("Spam mit Link", "Mit Bild", "Mit Warnung") if text in html}

    assert shown() == {"Mit Bild", "Mit Warnung"}
    assert shown(state="hidden") == {"Spam mit Link"}
    assert shown(state="all", account="spam@") == {"Spam mit Link"}
    assert shown(media="on") == {"Mit Bild"}
    assert shown(warning="on") == {"Mit Warnung"}
    assert shown(state="all", q="warnung") == {"Mit Warnung"}


def test_trusting_an_account_from_the_queue_puts_it_on_the_trust_list(
    helper_client, digital_helper
):
    post = make_post(1, state="pending")

    helper_client.post(
        reverse("mastodon_account_rule"), {"acct": post.author_acct, "kind": "trusted"}
    )

    rule = AccountRule.objects.get()
    assert (rule.acct, rule.kind, rule.created_by) == (post.author_acct, "trusted", digital_helper)
    assert "vertrauenswürdig" in helper_client.get(QUEUE).content.decode()


def test_the_helpers_keep_the_trust_list_and_the_blocked_words_in_the_admin(helper_client):
    response = helper_client.post(
        reverse("mastodon_account_rules:add"),
        {"acct": "@Kulturverein@Mastodon.Example", "kind": "trusted", "note": "Verein"},
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    helper_client.post(reverse("mastodon_word_rules:add"), {"word": "  Gewinnspiel  "})

    assert AccountRule.objects.get().acct == "kulturverein@mastodon.example"
    assert WordRule.objects.get().word == "Gewinnspiel"
    assert helper_client.get(reverse("mastodon_account_rules:index")).status_code == 200


def test_the_log_lists_every_decision_and_can_be_exported(helper_client, digital_helper):
    post = make_post(1, state="pending")
    helper_client.post(DECIDE, {"posts": [post.pk], "action": "reject", "reason": "Thema verfehlt"})

    html = helper_client.get(reverse("mastodon_decision_log")).content.decode()
    csv = helper_client.get(reverse("mastodon_decision_log"), {"export": "csv"})

    assert "Abgelehnt" in html and "Thema verfehlt" in html and "dana.digital" in html
    assert "Thema verfehlt" in b"".join(csv.streaming_content).decode()


def assert_denied(response) -> None:
    """Wagtail sends those without the right back to its dashboard, or answers 403."""
    if response.status_code == 302:
        assert response["Location"] == "/admin/", response["Location"]
    else:
        assert response.status_code == 403


def test_nobody_else_moderates(client, club_editor):
    post = make_post(1, state="pending")

    assert client.get(QUEUE)["Location"].startswith("/admin/login/")
    client.force_login(club_editor)
    assert_denied(client.get(QUEUE))
    assert_denied(client.post(DECIDE, {"posts": [post.pk], "action": "approve"}))
    assert_denied(client.get(reverse("mastodon_decision_log")))
    post.refresh_from_db()
    assert post.state == State.PENDING


def test_decisions_are_posted_not_fetched(helper_client):
    assert helper_client.get(DECIDE).status_code == 405
