"""A small Mastodon server for the test suite: the parts of the API the hub uses.

It runs in a thread of the test process (``http.server``) and answers like a
real Mastodon 4.3 does, after https://docs.joinmastodon.org/methods/ and
/entities/: instance information (v1 and v2, with
``configuration.statuses.max_characters``), app registration and OAuth tokens,
statuses (post with ``Idempotency-Key`` remembered per account, as Mastodon
does for an hour; edit; delete), media attachments, an account's statuses,
hashtag timelines and notifications with ``since_id``/``min_id``/``max_id``
paging and ``Link`` headers, and ``X-RateLimit-*`` headers on every answer.

Tests script trouble with ``fail_next`` (a 429 with its reset time, a 500, a
401…) and ``delay_next`` (no answer in time; with ``after=True`` the request
is carried out first, as when a status was created but the answer was lost).
``honours_idempotency_key=False`` makes it a server that ignores the key (as
GoToSocial, Takahē and Friendica do); ``after_post`` is called with each new
status before the answer goes out (where a test kills the client).

The package: ``server`` (the instance's state, what tests script, start and
stop), ``handler`` (HTTP plumbing, scripted trouble, rate-limit headers),
``routes`` (the API endpoints and paging), ``instance`` (instance
information, app registration) and ``wire`` (ids, dates, small helpers).
"""

from tests.channels.mastodon.fake_server.server import (
    FakeMastodon,
    start_fake,
    test_port_candidates,
)
from tests.channels.mastodon.fake_server.wire import Trouble, iso, snowflake

__all__ = ["FakeMastodon", "Trouble", "iso", "snowflake", "start_fake", "test_port_candidates"]
