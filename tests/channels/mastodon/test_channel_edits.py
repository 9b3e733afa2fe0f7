"""The status follows the page: edited with it, deleted when it is unpublished, back when
someone deleted it by hand."""

from channels.models import Delivery
from tests.channels.mastodon.posting import (
    State,
    deliver,
    only_mastodon,  # noqa: F401 (autouse fixture)
)


def test_an_edit_updates_the_status_and_unpublishing_deletes_it(site_tree, hub_account, fake):
    offer = site_tree.kultur_offer
    deliver(offer)
    type(offer).objects.filter(pk=offer.pk).update(title="Helfer*innen fürs Herbstfest")

    update = deliver(offer)

    assert update.action == Delivery.Action.UPDATE and update.state == State.SENT
    [status] = fake.posted
    assert status["text"].startswith("Helfer*innen fürs Herbstfest")
    assert status["edited_at"]
    assert fake.created_count == 1

    withdrawal = deliver(offer, action=Delivery.Action.WITHDRAW)

    assert withdrawal.state == State.WITHDRAWN
    assert fake.posted == []


def test_a_status_deleted_by_hand_comes_back_with_the_next_edit(site_tree, hub_account, fake):
    offer = site_tree.kultur_offer
    deliver(offer)
    fake.statuses.clear()

    update = deliver(offer)

    assert update.state == State.SENT
    assert fake.created_count == 2 and len(fake.posted) == 1
