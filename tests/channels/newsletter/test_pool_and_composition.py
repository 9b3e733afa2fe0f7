"""The channel fills the pool; issues are composed from picks and from the pool."""

import pytest
from django.utils import timezone

from channels.delivery import perform
from channels.models import Delivery
from channels.newsletter import pool, sending
from channels.newsletter.channel import NewsletterChannel
from channels.newsletter.compose import compose
from channels.newsletter.mails import IssueMailer
from channels.newsletter.models import Candidate, SendLog, Subscriber
from channels.newsletter.segments import Preferences, Segment
from cms.taxonomy.models import District, Topic
from tests import builders
from tests.channels.newsletter.conftest import issue_in, subscriber


@pytest.fixture
def newsletter_route(settings):
    settings.HUB_CHANNEL_ROUTES = {**settings.HUB_CHANNEL_ROUTES, "offer": ["newsletter"]}


def run_deliveries():
    """The newsletter's deliveries only (the tree's pages also went to slower channels)."""
    waiting = Delivery.objects.filter(channel="newsletter").exclude(state__in=Delivery.FINAL_STATES)
    for pk in waiting.values_list("pk", flat=True):
        perform(pk)


def test_publishing_an_offer_queues_it_with_its_segment_and_withdrawing_removes_it(
    site_tree, newsletter_route
):
    offer = site_tree.kultur_offer
    offer.district = District.objects.get(slug="haspe")
    offer.topics = [Topic.objects.get(slug="kultur")]
    builders.publish(offer)
    run_deliveries()

    candidate = Candidate.objects.get(page_id=offer.pk)
    assert (candidate.kind, candidate.topics, candidate.districts) == (
        "offer",
        ["kultur"],
        ["haspe"],
    )
    assert candidate.translation_key == offer.translation_key
    assert candidate.get_item().title == "Helfer*innen für das Sommerfest"

    offer.unpublish()
    run_deliveries()
    assert not Candidate.objects.filter(page_id=offer.pk).exists()


def test_an_item_that_went_out_in_an_issue_stays_as_history_when_withdrawn(site_tree):
    item = site_tree.kultur_offer.to_item()
    candidate = pool.remember(item)
    Candidate.objects.filter(pk=candidate.pk).update(sent_at=timezone.now())

    pool.forget(item.page_id)

    candidate.refresh_from_db()
    assert candidate.withdrawn_at is not None


def test_without_a_mail_server_the_channel_is_not_configured_and_deliveries_are_skipped(
    site_tree, newsletter_route, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    assert not NewsletterChannel().is_configured()

    builders.publish(site_tree.natur_offer)
    run_deliveries()

    delivery = Delivery.objects.filter(channel="newsletter").latest("pk")
    assert delivery.state == Delivery.State.SKIPPED
    assert "kein Mailserver" in delivery.last_error
    assert not Candidate.objects.exists()


def test_the_channel_preview_shows_the_item_as_in_a_mail(site_tree):
    preview = NewsletterChannel().preview(site_tree.kultur_offer.to_item())

    assert "Helfer*innen für das Sommerfest" in preview.html
    assert 'style="' in preview.html  # inlined like the real mail
    assert "Helfer*innen für das Sommerfest" in preview.text
    assert site_tree.kultur_offer.get_full_url() in preview.text


def test_an_issue_fills_itself_with_what_was_queued_since_the_last_issue_for_its_audience(
    archive, site_tree
):
    old = pool.remember(site_tree.kultur_offer.to_item())
    subscriber("leser@example.org")
    first = issue_in(archive, "Ausgabe Mai", fill_automatically=True)
    sending.start(first)
    new = pool.remember(site_tree.natur_offer.to_item())

    second = issue_in(archive, "Ausgabe Juni", fill_automatically=True)
    weekly = issue_in(archive, "Wochenrückblick", fill_automatically=True, audience="weekly")

    assert [e.in_language("de").page_id for e in compose(second).entries] == [new.page_id]
    assert {e.in_language("de").page_id for e in compose(weekly).entries} == {
        old.page_id,
        new.page_id,
    }
    old.refresh_from_db()
    assert old.sent_at is not None  # went out in "Ausgabe Mai"


def test_an_issue_is_frozen_when_sending_starts(archive, site_tree):
    subscriber("leser@example.org")
    issue = issue_in(archive, "Ausgabe Mai", picked=[site_tree.kultur_offer])
    sending.start(issue)

    site_tree.kultur_offer.title = "Neuer Titel nach dem Versand"
    builders.publish(site_tree.kultur_offer)

    titles = [item.title for item in issue.composition().entries_in("de")]
    assert titles == ["Helfer*innen für das Sommerfest"]


def test_starting_twice_creates_one_sending_and_one_row_per_recipient(archive, site_tree):
    subscriber("eins@example.org")
    subscriber("zwei@example.org")
    subscriber("wartet@example.org", status=Subscriber.Status.PENDING)
    subscriber("beispiel@example.org", is_example=True)
    issue = issue_in(archive, "Ausgabe Mai", picked=[site_tree.kultur_offer])

    first = sending.start(issue)
    second = sending.start(issue)

    assert first.pk == second.pk
    assert first.total == 2
    assert SendLog.objects.filter(issue=issue).count() == 2


@pytest.mark.parametrize(
    ("wanted", "segment", "matches"),
    [
        ({}, Segment("offer", ("kultur",), ("haspe",)), True),
        ({"kinds": ["course"]}, Segment("offer"), False),
        ({"topics": ["sport"]}, Segment("offer", ("kultur",)), False),
        ({"topics": ["sport"]}, Segment("resource"), True),  # no topics: for everyone
        ({"districts": ["haspe"]}, Segment("offer", (), ("haspe", "hagen-mitte")), True),
        ({"districts": ["haspe"]}, Segment("offer", (), ("hohenlimburg",)), False),
    ],
)
def test_preferences_match_segments(wanted, segment, matches):
    preferences = Preferences(**{key: frozenset(value) for key, value in wanted.items()})
    assert preferences.wants(segment) is matches


def test_approved_hashtag_posts_since_the_last_issue_come_along_from_the_community(
    archive, site_tree
):
    from django.apps import apps

    if not apps.is_installed("channels.mastodon"):
        pytest.skip("the Mastodon app is not installed")
    from channels.mastodon.models import HashtagPost

    def post(number, state, **fields):
        return HashtagPost.objects.create(
            uri=f"https://hagen.social/users/lena/statuses/{number}",
            url=f"https://hagen.social/@lena/{number}",
            remote_id=str(number),
            instance_url="https://hagen.social",
            source=HashtagPost.Source.HASHTAG,
            author_acct="lena@hagen.social",
            author_name="Lena",
            content_text=f"Beitrag {number} #EngagementHagen",
            posted_at=timezone.now(),
            state=state,
            approved_at=timezone.now() if state == HashtagPost.State.APPROVED else None,
            **fields,
        )

    post(1, HashtagPost.State.APPROVED)
    post(2, HashtagPost.State.PENDING)
    post(3, HashtagPost.State.APPROVED, spoiler_text="Inhaltswarnung")
    subscriber("leser@example.org")
    issue = issue_in(
        archive, "Ausgabe Mai", picked=[site_tree.kultur_offer], include_community=True
    )

    composition = compose(issue)

    assert [p.text for p in composition.community] == ["Beitrag 1 #EngagementHagen"]
    message = IssueMailer(issue.pk, composition).message_for(Subscriber.objects.get())
    assert "Aus der Community" in message.body and "Beitrag 1" in message.body
