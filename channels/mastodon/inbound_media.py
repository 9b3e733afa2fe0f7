"""Images of hashtag posts are shown from the hub's own copy, never from other servers.

Why a copy rather than a link: readers' browsers then load nothing from
servers the city does not run (no address of theirs reaches them), a post's
images vanish from the wall together with the post, and every image has been
decoded and re-encoded by Pillow (no polyglot files, no metadata, no
oversized pictures). Copies are fetched only from the allowed origins: the
instances the hub reads, their subdomains (``files.mastodon.social`` for
``mastodon.social``) and ``MASTODON_MEDIA_HOSTS``. Only images with a
description are copied, because only those are shown.

mastodon-py has no call for fetching a media file (it is a static file, not
part of the API), so ``requests`` (which mastodon-py uses itself) fetches it.
"""

from __future__ import annotations

import io
import logging
import uuid
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, UnidentifiedImageError

from channels.mastodon.client import user_agent

logger = logging.getLogger(__name__)

MAX_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 1200
FOLDER = "hashtag"


def allowed_origins() -> dict[str, set[str]]:
    """Host -> schemes allowed for it: https everywhere, http only for an http instance
    (a test server on the loopback interface)."""
    from channels.mastodon.ingest import instance_urls

    origins: dict[str, set[str]] = {}
    for url in instance_urls():
        parts = urlsplit(url)
        origins.setdefault((parts.hostname or "").lower(), set()).update({"https", parts.scheme})
    for host in settings.MASTODON_MEDIA_HOSTS:
        origins.setdefault(host.strip().lower(), set()).add("https")
    origins.pop("", None)
    return origins


def is_allowed(url: str, origins: dict[str, set[str]] | None = None) -> bool:
    origins = allowed_origins() if origins is None else origins
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    for allowed, schemes in origins.items():
        if (host == allowed or host.endswith(f".{allowed}")) and parts.scheme in schemes:
            return True
    return False


def copy_media(media: list[dict], origins: dict[str, set[str]] | None = None) -> list[dict]:
    """The list with a local copy of every described image it can fetch; failures are noted."""
    origins = allowed_origins() if origins is None else origins
    result = []
    for entry in media:
        entry = dict(entry)
        wanted = entry.get("type") == "image" and entry.get("description")
        if wanted and not entry.get("local_name"):
            url = entry.get("remote_url", "")
            if not is_allowed(url, origins):
                entry["error"] = "Nicht von einem erlaubten Server."
            else:
                try:
                    name, width, height = _fetch_and_store(url)
                except MediaError as error:
                    entry["error"] = str(error)
                else:
                    entry.pop("error", None)
                    entry.update(
                        local_name=name,
                        local_url=default_storage.url(name),
                        width=width,
                        height=height,
                    )
        result.append(entry)
    return result


def strip_copies(media: list[dict]) -> tuple[list[dict], list[str]]:
    """The list without its local copies, and the names of the files to delete."""
    result, names = [], []
    for entry in media:
        entry = dict(entry)
        if name := entry.pop("local_name", None):
            names.append(name)
        entry.pop("local_url", None)
        result.append(entry)
    return result, names


def delete_files(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)


class MediaError(Exception):
    pass


def _fetch_and_store(url: str) -> tuple[str, int, int]:
    try:
        with requests.get(
            url,
            stream=True,
            timeout=settings.MASTODON_REQUEST_TIMEOUT,
            headers={"User-Agent": user_agent()},
            allow_redirects=False,
        ) as response:
            if response.status_code != 200:
                raise MediaError(f"Bild nicht abrufbar ({response.status_code}).")
            data = bytearray()
            for chunk in response.iter_content(64 * 1024):
                data += chunk
                if len(data) > MAX_BYTES:
                    raise MediaError("Bild zu groß.")
    except requests.RequestException as error:
        raise MediaError("Bild nicht abrufbar (keine Antwort).") from error
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.width * probe.height > MAX_PIXELS:
                raise MediaError("Bild hat zu viele Pixel.")
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            image = image.convert("RGB")
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            image.save(out, "JPEG", quality=85, optimize=True)
            width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise MediaError("Kein lesbares Bild.") from error
    name = default_storage.save(f"{FOLDER}/{uuid.uuid4().hex}.jpg", ContentFile(out.getvalue()))
    return name, width, height


def absolute(url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    return f"{settings.SITE_URL}{url}"
