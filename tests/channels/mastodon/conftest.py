"""A fake Mastodon server per test, and the hub account connected to it."""

import pytest

from channels.mastodon.models import MastodonAccount
from tests.channels.mastodon.fake_server import start_fake


@pytest.fixture
def fake():
    """A running fake Mastodon instance (see the fake_server package)."""
    server = start_fake()
    yield server
    server.stop()


@pytest.fixture
def other_fake():
    """A second instance, for statuses seen on two servers."""
    server = start_fake(account_username="other", token="test-token-other")
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def mastodon_settings(settings, tmp_path):
    settings.MASTODON_REQUEST_TIMEOUT = 2
    settings.MASTODON_HASHTAG_INSTANCES = []
    settings.MASTODON_INGEST_LOOKBACK_SECONDS = 0
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return settings


def connect(fake, **fields) -> MastodonAccount:
    account = MastodonAccount(
        role=fields.pop("role", MastodonAccount.Role.HUB),
        instance_url=fake.base_url,
        acct=f"{fake.account_username}@{fake.netloc}",
        account_id=fake.account_id,
        max_characters=fake.max_characters,
        server_version=fake.version,
        **fields,
    )
    account.access_token = fake.token
    account.save()
    return account


@pytest.fixture
def hub_account(db, fake) -> MastodonAccount:
    return connect(fake)


def make_post(number: int = 1, state: str = "approved", **fields):
    """A hashtag post as ingestion would have stored it."""
    import datetime

    from django.utils import timezone

    from channels.mastodon.models import HashtagPost

    now = timezone.now()
    text = fields.pop("text", f"Beitrag Nummer {number} für #EngagementHagen")
    values = {
        "uri": f"https://mastodon.example/users/verein{number}/statuses/{number}",
        "url": f"https://mastodon.example/@verein{number}/{number}",
        "remote_id": str(number),
        "instance_url": "https://mastodon.example",
        "source": HashtagPost.Source.HASHTAG,
        "author_acct": f"verein{number}@mastodon.example",
        "author_name": f"Verein {number}",
        "author_url": f"https://mastodon.example/@verein{number}",
        "content_html": f"<p>{text}</p>",
        "content_text": text,
        "language": "de",
        "hashtags": ["engagementhagen"],
        "posted_at": now - datetime.timedelta(minutes=number),
        "state": state,
        "approved_at": now if state == "approved" else None,
    }
    values.update(fields)
    return HashtagPost.objects.create(**values)


@pytest.fixture
def wall(site_tree):
    from channels.mastodon.models import HashtagWallPage
    from tests import builders

    return builders.add_child(
        site_tree.home,
        HashtagWallPage(
            title="Pinnwand #EngagementHagen",
            slug="pinnwand",
            summary="Was Hagen unter dem gemeinsamen Hashtag teilt.",
        ),
    )
