"""Access tokens and app secrets are stored encrypted (Fernet, from ``cryptography``).

The key comes from ``MASTODON_TOKEN_KEYS`` (comma-separated Fernet keys: the
first encrypts, every one decrypts, so keys can be rotated). Without it, a key
is derived from ``DJANGO_SECRET_KEY`` with HKDF; that derived key is always
tried last when decrypting, so setting an explicit key later still reads the
tokens stored before. A database dump alone then does not give away the
accounts; the dump together with the key does.
"""

from __future__ import annotations

import base64
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

HKDF_INFO = b"engagement-hub-hagen mastodon credentials v1"


class UndecryptableSecret(Exception):
    """The stored secret was encrypted with a key the hub no longer has."""


def derived_key(secret_key: str) -> bytes:
    """The fallback Fernet key: HKDF-SHA256 of the Django secret key."""
    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(
        secret_key.encode()
    )
    return base64.urlsafe_b64encode(raw)


@cache
def _fernet(keys: tuple[str, ...], secret_key: str) -> MultiFernet:
    fernets = [Fernet(key.encode()) for key in keys]
    fernets.append(Fernet(derived_key(secret_key)))
    return MultiFernet(fernets)


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.MASTODON_TOKEN_KEYS), settings.SECRET_KEY)


def encrypt(plain: str) -> str:
    if not plain:
        return ""
    return fernet().encrypt(plain.encode()).decode()


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise UndecryptableSecret(
            "Der gespeicherte Zugang lässt sich nicht entschlüsseln (Schlüssel geändert?). "
            "Bitte das Konto neu verbinden."
        ) from error
