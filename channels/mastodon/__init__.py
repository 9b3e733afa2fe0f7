"""Mastodon: the outbound channel, the shared hashtag's inbound feed and its moderation.

- ``channel.py``: ``MastodonChannel`` posts, edits and deletes statuses (mastodon-py).
- ``ingest/``: the beat task's work: hashtag timelines and the hub account's mentions
  become pending ``HashtagPost`` rows, sanitised by ``sanitise.py``.
- ``moderation.py``: decisions of the digital helpers (and of their rules), logged.
- ``community.py``: approved posts for the wall, the feeds, the API and the newsletter.
"""
