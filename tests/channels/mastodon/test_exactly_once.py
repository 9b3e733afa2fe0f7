"""Exactly once against Mastodon-API servers that ignore Idempotency-Key: a retry whose
earlier attempt left no result looks for the page's link before posting again, and
withdrawing deletes every status that links to the page."""

import pytest

from channels.delivery import perform
from channels.mastodon.marker import carries_marker
from channels.mastodon.models import StatusPosting
from channels.models import Delivery
from tests.channels.mastodon.fake_server.wire import linkify

State = Delivery.State


@pytest.fixture(autouse=True)
def only_mastodon(settings):
    settings.HUB_CHANNELS = {"mastodon": "channels.mastodon.channel.MastodonChannel"}
    settings.HUB_DELIVERY_MAX_ATTEMPTS = 4


def deliver(page, action=Delivery.Action.PUBLISH) -> Delivery:
    page = type(page.specific).objects.get(pk=page.pk)
    delivery = Delivery.objects.create(
        page=page,
        page_title=page.title,
        channel="mastodon",
        action=action,
        item=page.to_item().to_json(),
    )
    perform(delivery.pk)
    delivery.refresh_from_db()
    return delivery


def run_again(delivery: Delivery) -> Delivery:
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=None)
    perform(delivery.pk)
    delivery.refresh_from_db()
    return delivery


def test_the_marker_is_the_exact_link_not_a_page_below_it():
    url = "https://hub.example/vereine/kulturverein-haspe/"
    status = {"content": f"<p>Neu: {linkify(url)}</p>"}
    below = {"content": f"<p>{linkify(url + 'sommerfest/')}</p>"}

    assert carries_marker(status, url)
    assert not carries_marker(below, url)
    assert not carries_marker(status, "")


def test_a_retry_on_a_server_that_ignores_the_key_finds_the_status_instead_of_reposting(
    site_tree, hub_account, fake
):
    # The status is created, the answer comes after the client gave up, and this
    # server (like GoToSocial) does not remember the key.
    fake.honours_idempotency_key = False
    fake.delay_next("POST", "/api/v1/statuses", seconds=3, after=True)
    first = deliver(site_tree.kultur_offer)
    assert first.state == State.PENDING and fake.created_count == 1

    second = run_again(first)

    assert second.state == State.SENT
    assert fake.created_count == 1
    assert second.external_id.endswith(fake.posted[0]["id"])


def test_a_retry_whose_earlier_attempt_never_reached_the_server_posts(site_tree, hub_account, fake):
    fake.fail_next("POST", "/api/v1/statuses", status=503)
    first = deliver(site_tree.kultur_offer)
    assert first.state == State.PENDING and fake.created_count == 0

    second = run_again(first)

    assert second.state == State.SENT and fake.created_count == 1


def test_the_first_attempt_does_not_look_before_posting(site_tree, hub_account, fake):
    deliver(site_tree.kultur_offer)

    assert not [path for method, path in fake.requests if "/accounts/" in path and method == "GET"]


def test_withdrawing_removes_duplicates_an_older_version_made(site_tree, hub_account, fake):
    offer = site_tree.kultur_offer
    sent = deliver(offer)
    # An older hub, on a server that ignored the key, posted the page twice.
    original = fake.statuses[sent.external_id.split(":")[1]]
    duplicate = fake.make_status(original["content"], username=fake.account_username)
    duplicate["account"]["id"] = fake.account_id
    fake.statuses[duplicate["id"]] = duplicate
    other = deliver(site_tree.natur_offer)
    assert len(fake.statuses) == 3

    withdrawal = deliver(offer, action=Delivery.Action.WITHDRAW)

    assert withdrawal.state == State.WITHDRAWN
    assert list(fake.statuses) == [other.external_id.split(":")[1]]
    assert StatusPosting.objects.filter(withdrawn_at__isnull=False).count() == 1
