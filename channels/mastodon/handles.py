"""Mastodon handles ("acct"): one spelling for every comparison."""

from __future__ import annotations

import re

# name@host; Mastodon allows letters, digits and "_" in names (other servers a little more).
HANDLE = re.compile(r"^[\w.\-]+@[a-z0-9.\-]+\.[a-z]{2,}$|^[\w.\-]+@localhost(:\d+)?$")


def normalise_acct(acct: str, instance_host: str = "") -> str:
    """ "@Kulturverein" read on mastodon.example -> "kulturverein@mastodon.example".

    Mastodon gives local accounts without their host; the same person read on
    two instances must compare equal, and handles are case-insensitive.
    """
    acct = acct.strip().lstrip("@").lower()
    if "@" not in acct and instance_host:
        acct = f"{acct}@{instance_host.lower()}"
    return acct


def is_valid_acct(acct: str) -> bool:
    return bool(HANDLE.match(acct))
