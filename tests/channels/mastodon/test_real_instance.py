"""Against a real Mastodon instance, when MASTODON_TEST_BASE_URL and MASTODON_TEST_TOKEN
name one (an account whose token has the hub's scopes). Skipped otherwise, visibly.

The status goes out as "direct" with nobody mentioned, so only the account itself
sees it, and it is deleted again at the end.
"""

import os
import uuid

import pytest

from channels.mastodon.channel import MastodonChannel, parse_ref
from channels.mastodon.client import client_for, instance_info, normalise_instance_url
from channels.mastodon.ingest import Source, ingest
from channels.mastodon.models import HashtagPost, MastodonAccount
from tests import builders

BASE_URL = os.environ.get("MASTODON_TEST_BASE_URL", "")
TOKEN = os.environ.get("MASTODON_TEST_TOKEN", "")

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not (BASE_URL and TOKEN),
        reason="MASTODON_TEST_BASE_URL and MASTODON_TEST_TOKEN are not set: "
        "no real Mastodon instance to test against",
    ),
]


@pytest.fixture
def real_account(db, settings):
    from channels.mastodon.client import make_client

    settings.MASTODON_POST_VISIBILITY = "direct"
    url = normalise_instance_url(BASE_URL)
    me = make_client(url, TOKEN).account_verify_credentials()
    info = instance_info(url)
    account = MastodonAccount(
        instance_url=url,
        acct=str(me["acct"]),
        account_id=str(me["id"]),
        max_characters=info["max_characters"],
        characters_reserved_per_url=info["characters_reserved_per_url"],
        server_version=info["version"],
    )
    account.access_token = TOKEN
    account.save()
    return account


def test_it_posts_once_edits_and_deletes_on_a_real_instance(real_account):
    channel = MastodonChannel()
    item = builders.item(
        title="Testbeitrag des Engagement Hub Hagen",
        summary="Automatischer Test; wird gleich wieder gelöscht.",
        url="https://engagement.hagen.example/test/",
    )
    key = str(uuid.uuid4())

    first = channel.publish(item, idempotency_key=key)
    again = channel.publish(item, idempotency_key=key)
    assert again == first

    _, status_id = parse_ref(first)
    channel.update(
        item.__class__(**{**item.__dict__, "title": "Geänderter Testbeitrag"}),
        first,
        idempotency_key=key,
    )
    assert "Geänderter Testbeitrag" in client_for(real_account).status(status_id)["content"]

    channel.withdraw(first)


def test_it_reads_the_hashtag_timeline_of_a_real_instance(real_account, settings):
    outcome = ingest(
        Source(real_account.instance_url, HashtagPost.Source.HASHTAG, settings.HUB_HASHTAG)
    )

    assert outcome.error == ""
