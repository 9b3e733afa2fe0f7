"""Public views: a flyer PDF of a live page, and the short link printed beside the QR code."""

from __future__ import annotations

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Page

from channels.flyer.availability import flyers_available, is_public
from channels.flyer.bilingual import ensure_bilingual_flyer, pair_for
from channels.flyer.files import ensure_flyer
from channels.flyer.layouts import Variant, get_bilingual_variant, get_variant
from contract.channel import DeliveryError


def download(request, page_id: int, name: str):
    """The flyer of the page's live revision; rendered now if the worker has not yet."""
    page = get_object_or_404(Page, pk=page_id).specific
    try:
        variant = get_variant(name)
    except LookupError:
        raise Http404("Dieses Flyer-Format gibt es nicht.") from None
    if not flyers_available(page):
        raise Http404("Für diese Seite gibt es keine Flyer.")
    try:
        path = ensure_flyer(german_item(page), variant)
    except DeliveryError as error:
        return HttpResponse(error.message, status=503, content_type="text/plain; charset=utf-8")
    response = FileResponse(
        path.open("rb"), content_type="application/pdf", filename=download_name(page, variant)
    )
    # Files never change (one folder per revision); the URL does not say which
    # revision, so caches keep it briefly.
    response["Cache-Control"] = "public, max-age=300"
    return response


def bilingual_download(request, page_id: int, language: str, name: str):
    """German and ``language`` on one flyer, whichever of the two pages ``page_id`` is."""
    page = get_object_or_404(Page, pk=page_id).specific
    try:
        variant = get_bilingual_variant(name)
    except LookupError:
        raise Http404("Dieses Flyer-Format gibt es nicht.") from None
    pair = pair_for(page, language)
    if pair is None:
        raise Http404("Für diese Seite gibt es keinen zweisprachigen Flyer in dieser Sprache.")
    try:
        path = ensure_bilingual_flyer(german_item(pair.front), german_item(pair.back), variant)
    except DeliveryError as error:
        return HttpResponse(error.message, status=503, content_type="text/plain; charset=utf-8")
    response = FileResponse(
        path.open("rb"),
        content_type="application/pdf",
        filename=download_name(pair.front, variant, suffix=f"-{language}"),
    )
    response["Cache-Control"] = "public, max-age=300"
    return response


def german_item(page):
    """The page's item with German labels, as the worker makes it.

    ``to_item`` evaluates lazy labels (the kind's ``verbose_name``) in the active
    language; the reader's language must not leak into a flyer that is stored
    and served to everyone. The renderer translates from German into the
    flyer's own language.
    """
    with translation.override(settings.LANGUAGE_CODE):
        return page.to_item()


def download_name(page: Page, variant: Variant, suffix: str = "") -> str:
    return f"{slugify(page.title)[:60].strip('-') or 'flyer'}-{variant.name}{suffix}.pdf"


def short_link(request, page_id: int):
    """``/f/<id>``: the address printed on flyers, shorter than a page's own."""
    page = get_object_or_404(Page, pk=page_id)
    if not is_public(page):
        raise Http404
    url = page.get_url(request)
    if not url:
        raise Http404
    return HttpResponseRedirect(url)
