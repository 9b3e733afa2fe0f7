"""Fixed-window counters in Django's cache: sign-ups per client and per address,
and newsletter mails per second across all workers.

No extra dependency: ``cache.add`` + ``cache.incr`` are enough, and with Redis
as the cache (production) every web process and worker shares the counters.
The file cache of the embedded default counts per machine, which is what one
machine needs.
"""

from __future__ import annotations

import hashlib
import time

from django.core.cache import cache


def hit(scope: str, identity: str, limit: int, window_seconds: int) -> bool:
    """Count one hit; False once ``limit`` hits fell into the current window."""
    if limit <= 0:
        return True
    window = int(time.time() // window_seconds)
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]  # no addresses in the cache
    key = f"newsletter:rate:{scope}:{digest}:{window}"
    cache.add(key, 0, timeout=window_seconds + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds + 5)
        count = 1
    # None: the cache is unreachable (its errors are ignored); nothing to count with.
    return count is None or count <= limit


def client_address(request) -> str:
    from django.conf import settings

    if settings.NEWSLETTER_TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded.strip():
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


class Throttle:
    """At most ``per_second`` calls of ``wait()`` per second, across processes."""

    def __init__(self, per_second: int, *, clock=time.time, sleep=time.sleep):
        self.per_second = per_second
        self.clock = clock
        self.sleep = sleep

    def wait(self) -> None:
        if self.per_second <= 0:
            return
        while True:
            now = self.clock()
            second = int(now)
            key = f"newsletter:send-rate:{second}"
            cache.add(key, 0, timeout=5)
            try:
                count = cache.incr(key)
            except ValueError:
                continue
            if count is None:  # cache unreachable: pace this process on its own
                self.sleep(1 / self.per_second)
                return
            if count <= self.per_second:
                return
            self.sleep(max(second + 1 - now, 0.001))
