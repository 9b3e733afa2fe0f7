"""Whose account posts: an organisation's own, else the hub's; the token stored encrypted."""

from django.db import connection

from channels.mastodon.models import MastodonAccount
from tests.channels.mastodon.conftest import connect
from tests.channels.mastodon.posting import (
    deliver,
    only_mastodon,  # noqa: F401 (autouse fixture)
)


def test_an_organisation_with_its_own_account_posts_from_there(
    site_tree, hub_account, fake, other_fake
):
    connect(
        other_fake,
        role=MastodonAccount.Role.ORGANISATION,
        organisation=site_tree.kulturverein,
    )

    deliver(site_tree.kultur_offer)
    deliver(site_tree.kulturverein)
    deliver(site_tree.natur_offer)

    assert [s["text"].split("\n")[0] for s in other_fake.posted] == [
        "Helfer*innen für das Sommerfest",
        "Kulturverein Haspe",
    ]
    assert [s["text"].split("\n")[0] for s in fake.posted] == [
        "Krötenwanderung am Hengsteysee begleiten"
    ]


def test_the_access_token_is_stored_encrypted(hub_account, fake):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT access_token_encrypted FROM mastodon_mastodonaccount WHERE id = %s",
            [hub_account.pk],
        )
        [stored] = cursor.fetchone()

    assert fake.token not in stored
    assert MastodonAccount.objects.get(pk=hub_account.pk).access_token == fake.token
