"""The one seam to Mastodon servers: mastodon-py clients, and its errors in the hub's terms.

Every call to a Mastodon server goes through a client made here, with
``ratelimit_method="throw"``: the hub never sleeps inside a worker, it hands
the wait to the delivery's retry (``TemporaryError(retry_after=…)``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from mastodon import Mastodon
from mastodon.errors import (
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from channels.mastodon.compose import Limits
from contract.channel import PermanentError, TemporaryError

logger = logging.getLogger(__name__)

# Least privilege: post and edit statuses with images, read the own account,
# its statuses and its notifications (mentions); nothing else.
SCOPES = [
    "read:accounts",
    "read:notifications",
    "read:statuses",
    "write:media",
    "write:statuses",
]
OOB_REDIRECT = "urn:ietf:wg:oauth:2.0:oob"
INSTANCE_CACHE_SECONDS = 6 * 3600


class StatusGone(PermanentError):
    """The status is not there (any more): deleted on the server, or never existed."""


def user_agent() -> str:
    return f"EngagementHubHagen/1.0 (+{settings.SITE_URL})"


def normalise_instance_url(url: str) -> str:
    """ "Hagen.Social/" or "https://hagen.social/@x" -> "https://hagen.social"."""
    url = url.strip()
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme.lower()}://{host}"


def make_client(instance_url: str, access_token: str | None = None, **options) -> Mastodon:
    return Mastodon(
        api_base_url=instance_url,
        access_token=access_token or None,
        ratelimit_method="throw",
        request_timeout=settings.MASTODON_REQUEST_TIMEOUT,
        user_agent=user_agent(),
        version_check_mode="none",
        **options,
    )


def client_for(account) -> Mastodon:
    """A client acting as ``account`` (a MastodonAccount)."""
    from channels.mastodon.crypto import UndecryptableSecret

    try:
        token = account.access_token
    except UndecryptableSecret as error:
        raise PermanentError(str(error)) from error
    return make_client(account.instance_url, token, mastodon_version=_known_version(account))


def _known_version(account) -> str | None:
    # Saves mastodon-py a round trip to find the version; only a plain x.y.z is passed on.
    version = (account.server_version or "").split("+")[0].split("-")[0]
    parts = version.split(".")
    return version if len(parts) == 3 and all(part.isdigit() for part in parts) else None


def seconds_until_reset(client: Mastodon, fallback: float = 60) -> float:
    """How long the server asked us to wait (``X-RateLimit-Reset``), at least a second."""
    reset = getattr(client, "ratelimit_reset", None)
    if not reset:
        return fallback
    return max(1.0, float(reset) - time.time())


def status_code(error: MastodonAPIError) -> int | None:
    # mastodon-py raises MastodonAPIError(message, status code, reason, error text).
    code = error.args[1] if len(error.args) > 1 else None
    return code if isinstance(code, int) else None


def server_message(error: MastodonAPIError) -> str:
    text = error.args[3] if len(error.args) > 3 else ""
    return " ".join(str(text or "").split())[:200]


@contextmanager
def translated_errors(client: Mastodon, action: str = "Die Anfrage") -> Iterator[None]:
    """mastodon-py's errors as the hub's: temporary ones are retried, permanent ones fail
    the delivery with a German reason for the editors."""
    try:
        yield
    except MastodonRatelimitError as error:
        wait = seconds_until_reset(client)
        raise TemporaryError(
            f"Mastodon bremst gerade (429: zu viele Anfragen). Neuer Versuch in etwa "
            f"{round(wait)} Sekunden, wenn das Limit zurückgesetzt ist.",
            retry_after=wait,
        ) from error
    except MastodonNetworkError as error:
        raise TemporaryError(
            f"{action} an Mastodon kam nicht durch (keine Antwort oder Zeitüberschreitung). "
            "Wir versuchen es später erneut."
        ) from error
    except MastodonServerError as error:
        raise TemporaryError(
            f"Der Mastodon-Server meldet einen Fehler ({status_code(error) or '5xx'}). "
            "Wir versuchen es später erneut."
        ) from error
    except MastodonUnauthorizedError as error:
        raise PermanentError(
            "Mastodon hat den Zugang abgelehnt (401): Bitte das Konto in den Einstellungen "
            "neu verbinden."
        ) from error
    except MastodonNotFoundError as error:
        raise StatusGone(
            "Mastodon kennt den Beitrag nicht (mehr) (404): Er wurde wohl dort gelöscht."
        ) from error
    except MastodonAPIError as error:
        code = status_code(error)
        detail = server_message(error)
        if code == 403:
            raise PermanentError(
                "Mastodon verweigert das (403): Dem Konto fehlen Rechte, oder es ist gesperrt. "
                "Bitte das Konto prüfen und in den Einstellungen neu verbinden."
            ) from error
        if code == 422:
            raise PermanentError(
                "Mastodon hat den Beitrag nicht angenommen (422)"
                + (f": „{detail}“" if detail else "")
                + ". Bitte Text und Bild der Seite prüfen."
            ) from error
        if code is not None and 500 <= code < 600:
            raise TemporaryError(
                f"Der Mastodon-Server meldet einen Fehler ({code}). Wir versuchen es später erneut."
            ) from error
        raise PermanentError(
            f"Mastodon hat die Anfrage abgelehnt ({code or 'unbekannter Fehler'})"
            + (f": „{detail}“" if detail else "")
            + "."
        ) from error
    except MastodonError as error:
        raise TemporaryError(f"{action} an Mastodon ist gescheitert: {error}") from error


def instance_info(instance_url: str, client: Mastodon | None = None) -> dict:
    """Version and status limits of a server, from ``/api/v2/instance`` (``v1`` for old ones).

    Cached for hours; raises mastodon-py's errors for the caller to translate.
    """
    key = f"mastodon:instance:{instance_url}"
    info = cache.get(key)
    if info is not None:
        return info
    client = client or make_client(instance_url)
    try:
        data = client.instance_v2()
    except MastodonNotFoundError:
        data = client.instance_v1()
    configuration = data.get("configuration") or {}
    statuses = configuration.get("statuses") or {}
    info = {
        "version": str(data.get("version") or ""),
        # Pleroma and Akkoma name it max_toot_chars in v1.
        "max_characters": int(
            statuses.get("max_characters") or data.get("max_toot_chars") or Limits.max_characters
        ),
        "characters_reserved_per_url": int(
            statuses.get("characters_reserved_per_url") or Limits.characters_reserved_per_url
        ),
    }
    cache.set(key, info, INSTANCE_CACHE_SECONDS)
    return info


def limits_for(account, client: Mastodon | None = None) -> Limits:
    """The account's server limits: fresh from the server when the cache is cold,
    else what was stored when the account was connected."""
    try:
        info = instance_info(account.instance_url, client)
    except MastodonError as error:
        logger.info("instance info of %s unavailable: %s", account.instance_url, error)
        return stored_limits(account)
    changed = {
        name: info[name]
        for name in ("max_characters", "characters_reserved_per_url")
        if getattr(account, name) != info[name]
    }
    if changed and account.pk:
        type(account).objects.filter(pk=account.pk).update(**changed)
        for name, value in changed.items():
            setattr(account, name, value)
    return Limits(info["max_characters"], info["characters_reserved_per_url"])


def stored_limits(account) -> Limits:
    if account is None:
        return Limits()
    return Limits(account.max_characters, account.characters_reserved_per_url)
