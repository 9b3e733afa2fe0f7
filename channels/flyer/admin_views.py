"""Admin views: the flyers of one page, and a print run of many flyers in one PDF."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from channels.flyer.availability import flyers_available
from channels.flyer.batch import Selection, TooManyFlyers, items_for, merged_pdf
from channels.flyer.layouts import get_variant, variants
from channels.flyer.templatetags.flyer_tags import bilingual_links, flyer_links
from channels.models import Delivery
from channels.registry import channels_for
from cms.core import vocabularies
from cms.core.kinds import content_kinds
from contract.channel import DeliveryError


def kind_choices() -> list[tuple[str, str]]:
    """Every kind of content that goes to the flyer channel."""
    return [(kind.key, kind.label) for kind in content_kinds() if "flyer" in channels_for(kind.key)]


def page_flyers(request, page_id: int):
    """Every flyer of a page, for editors who may edit it."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    last = Delivery.objects.filter(page_id=page.pk, channel="flyer").order_by("-pk").first()
    available = flyers_available(page)
    return TemplateResponse(
        request,
        "channels/flyer/admin/page_flyers.html",
        {
            "page": page,
            "page_title": f"Flyer: {page.get_admin_display_title()}",
            "header_icon": "doc-full",
            "available": available,
            "layouts": flyer_links(page.pk) if available else [],
            "bilingual": bilingual_links(page) if available else [],
            "delivery": last,
        },
    )


class PrintRunForm(forms.Form):
    kind = forms.ChoiceField(label="Inhalte", choices=kind_choices)
    district = forms.ChoiceField(
        label="Stadtbezirk",
        required=False,
        help_text="Nur Seiten, die diesem Stadtbezirk zugeordnet sind.",
    )
    language = forms.ChoiceField(label="Sprache", choices=settings.WAGTAIL_CONTENT_LANGUAGES)
    variant = forms.ChoiceField(label="Layout und Druckart")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = (
            vocabularies.terms(vocabularies.DISTRICT)
            .order_by("name")
            .values_list("name", flat=True)
            .distinct()
        )
        self.fields["district"].choices = [("", "Alle Stadtbezirke")] + [
            (name, name) for name in names
        ]
        self.fields["variant"].choices = [
            (variant.name, f"{variant.layout.verbose_name} – {variant.mode.verbose_name}")
            for variant in variants()
        ]


def print_run(request):
    """Choose pages and a layout; get one PDF with all their flyers."""
    if not PagePermissionPolicy().user_has_any_permission(request.user, ["change", "publish"]):
        raise PermissionDenied
    form = PrintRunForm(request.GET or None)
    if form.is_valid():
        data = form.cleaned_data
        selection = Selection(
            kind=data["kind"], language=data["language"], district=data["district"]
        )
        variant = get_variant(data["variant"])
        items = items_for(selection)
        label = dict(kind_choices())[selection.kind] + (
            f", {selection.district}" if selection.district else ""
        )
        if not items:
            messages.warning(request, f"Keine veröffentlichten Seiten gefunden: {label}.")
        else:
            try:
                pdf = merged_pdf(
                    items,
                    variant,
                    title=f"Flyer-Sammeldruck: {label} ({variant.layout.verbose_name})",
                    language=selection.language,
                )
            except (TooManyFlyers, DeliveryError) as error:
                messages.error(request, getattr(error, "message", str(error)))
            else:
                response = HttpResponse(pdf, content_type="application/pdf")
                name = slugify(f"flyer {label} {variant.name}")
                response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
                return response
    return TemplateResponse(
        request,
        "channels/flyer/admin/print_run.html",
        {
            "form": form,
            "page_title": "Flyer-Sammeldruck",
            "header_icon": "doc-full",
            "limit": settings.FLYER_BATCH_MAX_PAGES,
        },
    )
