"""The QR code on every flyer: the page's canonical URL, as vector graphics.

segno writes QR codes as SVG without any dependency; WeasyPrint draws SVG as
vectors, so the code stays sharp at any print size. Error correction "Q"
(25 %) survives a fold, a scratch or a punched hole; the quiet zone of four
modules is part of the SVG, so the code scans on coloured backgrounds too.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import segno

QUIET_ZONE_MODULES = 4
ERROR_CORRECTION = "q"


def qr_svg_data_uri(url: str) -> str:
    """An ``<img>``-ready data URI of the QR code for ``url``, with its quiet zone."""
    code = segno.make(url, error=ERROR_CORRECTION, micro=False)
    return code.svg_data_uri(
        border=QUIET_ZONE_MODULES, dark="#000", light="#fff", xmldecl=False, scale=1
    )


def short_url(url: str, *, page_id: int | None = None, limit: int = 44) -> str:
    """The address as people type it: without scheme, "www." and trailing slash.

    A deep address (a club's offer three levels down) is long; beyond
    ``limit`` characters the flyer prints the hub's short link ``/f/<page_id>``
    instead, which redirects to the page.
    """
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    display = f"{host}{parts.path}".rstrip("/")
    if len(display) > limit and page_id:
        return f"{host}/f/{page_id}"
    return display
