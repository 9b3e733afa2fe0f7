"""The flyer channel: print-ready PDFs of every published page, in every layout.

On publish and on every update the worker renders each layout in each of its
modes (print shop, home printer) and stores the files per page revision under
``MEDIA_ROOT/flyers/``; the files of older revisions are retired, a withdrawal
removes them all. The reference points at the page's download section.

Rendering all layouts takes a few seconds per page. When tasks run eagerly
(inside the web request or a management command: the browser tests' demo
load, CELERY_TASK_ALWAYS_EAGER for debugging) nothing is rendered ahead; the
download view renders a missing file on first request instead (see
``channels.flyer.files.ensure_flyer``).
"""

from __future__ import annotations

import base64
import functools
import io
from importlib.util import find_spec

from celery import current_task
from django.conf import settings
from django.template.loader import render_to_string

from channels.flyer import storage
from channels.flyer.layouts import A5_FLYER, HOME, Variant, variants
from contract.channel import Channel, DeliveryError, ExternalRef, PermanentError, Preview
from contract.item import Item

PREVIEW_VARIANT = Variant(A5_FLYER, HOME)
PREVIEW_SCALE = 96 / 72  # 96 dpi: sharp enough for a screen, small enough to embed


class FlyerChannel(Channel):
    slug = "flyer"
    verbose_name = "Flyer"

    def is_configured(self) -> bool:
        return _weasyprint_error() == ""

    def not_configured_reason(self) -> str:
        return (
            "Flyer können nicht erzeugt werden: WeasyPrint oder die Schriftbibliothek "
            f"Pango fehlt auf dem Server ({_weasyprint_error()})."
        )

    def preview(self, item: Item) -> Preview:
        from channels.flyer.files import render_flyer

        if not self.is_configured():
            error = PermanentError(self.not_configured_reason())
            return Preview(html=render_to_string("channels/flyer/preview.html", {"error": error}))
        try:
            pdf = render_flyer(item, PREVIEW_VARIANT)
            pages = _png_pages(pdf)
        except DeliveryError as error:
            return Preview(html=render_to_string("channels/flyer/preview.html", {"error": error}))
        html = render_to_string(
            "channels/flyer/preview.html",
            {
                "item": item,
                "pages": pages,
                "variant": PREVIEW_VARIANT,
                "variants": variants(),
            },
        )
        return Preview(html=html, text=f"{item.title}\n{item.url}")

    def publish(self, item: Item, *, idempotency_key: str) -> ExternalRef:
        return self._render(item)

    def update(self, item: Item, ref: ExternalRef, *, idempotency_key: str) -> ExternalRef:
        return self._render(item)

    def withdraw(self, ref: ExternalRef) -> None:
        page_id = ref.id.split("/", 1)[0]
        if page_id.isdigit():
            storage.remove_page(int(page_id))

    def _render(self, item: Item) -> ExternalRef:
        """Render every variant that is not there yet (a retry skips finished files)."""
        from channels.flyer.files import ensure_flyer

        if _render_ahead():
            for variant in variants():
                ensure_flyer(item, variant)
        # Flyers of older revisions show outdated texts; nobody should print them.
        storage.retire_other_revisions(item.page_id, item.revision_id)
        return ExternalRef(id=f"{item.page_id}/{item.revision_id or 0}", url=downloads_url(item))


def downloads_url(item: Item) -> str:
    """Where readers find the flyers: the download section of the page itself."""
    return f"{item.url}#flyer" if item.url else ""


def _render_ahead() -> bool:
    if not settings.FLYER_RENDER_ON_PUBLISH:
        return False
    task = current_task
    return not (task and task.request.is_eager)


@functools.cache
def _weasyprint_error() -> str:
    """Why WeasyPrint cannot run here, or "" (asked once per process: the answer never
    changes while it runs, and the download section asks on every page render)."""
    if find_spec("weasyprint") is None:
        return "WeasyPrint ist nicht installiert"
    try:
        import weasyprint  # noqa: F401
    except OSError as error:  # Pango, HarfBuzz or fontconfig missing
        return str(error)
    return ""


def _png_pages(pdf: bytes) -> list[dict]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            image = page.render(scale=PREVIEW_SCALE).to_pil()
            page.close()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", optimize=True)
            pages.append(
                {
                    "src": "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode(),
                    "width": image.width,
                    "height": image.height,
                }
            )
        return pages
    finally:
        document.close()
