"""A server that answered 429 is asked nothing until its rate limit resets."""

from __future__ import annotations

import time

from django.core.cache import cache


def _pause_key(instance_url: str) -> str:
    return f"mastodon:ingest-paused:{instance_url}"


def clock() -> float:
    return time.time()


def pause(instance_url: str, seconds: float) -> None:
    """Ask this server nothing for ``seconds`` (its rate limit is spent; it is per
    server and account, so every source there waits)."""
    cache.set(_pause_key(instance_url), clock() + seconds, timeout=int(seconds) + 60)


def seconds_paused(instance_url: str) -> float:
    until = cache.get(_pause_key(instance_url))
    return max(0.0, until - clock()) if until else 0.0
