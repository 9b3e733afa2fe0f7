"""Cache keys retired together, and the front-end cache in front of the hub."""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


class VersionedCache:
    """Cache keys that one counter invalidates together.

    Every key carries the namespace's current version; moving the version on
    retires all of them at once, on any cache backend, without knowing the keys.
    """

    def __init__(self, namespace: str):
        self.namespace = namespace
        self.version_key = f"{namespace}-version"

    def version(self) -> int:
        version = cache.get(self.version_key)
        if version is None:
            cache.add(self.version_key, 1, timeout=None)
            version = cache.get(self.version_key, 1)
        return version

    def bump(self) -> int:
        try:
            return cache.incr(self.version_key)
        except ValueError:  # the counter was evicted or never set
            cache.set(self.version_key, 2, timeout=None)
            return 2

    def key(self, name: str) -> str:
        # The day is part of every key: what was cached yesterday still lists
        # offers whose last day ended at midnight, even if nothing was published since.
        return f"{self.namespace}:{self.version()}:{timezone.localdate():%Y%m%d}:{name}"


def purge_urls(urls: list[str]) -> None:
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache([url for url in urls if url])
