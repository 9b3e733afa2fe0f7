"""Requests to the real Wagtail admin as a browser sends them, and what a refusal looks like.

Where the admin refuses, it redirects to its dashboard with "Sorry, you do not
have permission…" (or answers 403/404 for JSON requests).
"""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import GroupPagePermission, Page, Revision
from wagtail.test.utils.form_data import querydict_from_html

from cms.organisations.models import OrganisationPage

ADMIN_HOME = "/admin/"


def edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(model, parent: Page) -> str:
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def form_data(client, url: str) -> dict[str, list[str]]:
    """What a browser would send back from the admin's page form at ``url``, untouched."""
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    return {key: data.getlist(key) for key in data}


def assert_denied(response) -> None:
    """The admin refused: back to the dashboard (HTML views) or 403/404 (JSON views)."""
    if response.status_code == 302:
        assert response["Location"] == ADMIN_HOME, response["Location"]
    else:
        assert response.status_code in (403, 404), response.status_code


def revision_ids(page: Page) -> list[int]:
    return list(Revision.page_revisions.filter(object_id=str(page.pk)).values_list("pk", flat=True))


def snapshot(page: Page) -> dict:
    """Everything about a page that a refused request must leave alone."""
    page = Page.objects.get(pk=page.pk)
    return {
        "title": page.title,
        "draft_title": page.draft_title,
        "live": page.live,
        "path": page.path,
        "latest_revision": page.latest_revision_id,
        "revisions": revision_ids(page),
        "numchild": page.numchild,
        "locked": page.locked,
    }


def publish_permission(page: OrganisationPage) -> bool:
    return GroupPagePermission.objects.filter(
        group=page.editor_group, page=page, permission__codename="publish_page"
    ).exists()


def png(name: str = "foto.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "#b3001b").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def allow_club_to_publish(client, city_editor, portrait: OrganisationPage) -> None:
    """The city editor ticks "Vereinsredaktion darf direkt veröffentlichen" and publishes."""
    client.force_login(city_editor)
    data = form_data(client, edit_url(portrait))
    data["club_may_publish"] = ["on"]
    data["action-publish"] = ["action-publish"]
    response = client.post(edit_url(portrait), data)
    assert response.status_code == 302 and response["Location"] != ADMIN_HOME
    client.logout()
