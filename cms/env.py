"""Typed helpers that read settings from the environment.

Every name read through these helpers is recorded in ``READ``, so a test can
check that ``.env.example`` and ``docker-compose.yml`` name the same variables
the code actually reads.
"""

import os

READ: set[str] = set()

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    """The variable's value; unset or empty means the default."""
    READ.add(name)
    return os.environ.get(name, "") or default


def env_bool(name: str, default: bool = False) -> bool:
    raw = env_str(name).strip().lower()
    if raw == "":
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ValueError(f"{name}={raw!r} is not a boolean (use 1/0, true/false, yes/no)")


def env_int(name: str, default: int) -> int:
    raw = env_str(name).strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a whole number") from None


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = env_str(name)
    if not raw.strip():
        return list(default or [])
    return [part.strip() for part in raw.split(",") if part.strip()]


def env_prefixed(prefix: str) -> dict[str, str]:
    """Every variable whose name starts with ``prefix``, keyed by the rest of its name.

    For a library that takes a family of settings (django-anymail's
    ``ANYMAIL_<PROVIDER>_<SETTING>``); the family is recorded as ``prefix*``.
    """
    READ.add(f"{prefix}*")
    return {
        name.removeprefix(prefix): value
        for name, value in os.environ.items()
        if name.startswith(prefix) and value
    }
