"""The digital helper logs into the admin but edits, publishes and adds no page."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from cms.organisations.models import OfferPage, OrganisationPage
from tests import builders
from tests.cms.editors.admin_requests import (
    ADMIN_HOME,
    add_url,
    assert_denied,
    edit_url,
    form_data,
    snapshot,
)


def test_a_digital_helper_can_log_into_the_admin(client, digital_helper):
    assert client.login(username=digital_helper.username, password=builders.PASSWORD)

    response = client.get(ADMIN_HOME)

    assert response.status_code == 200


@pytest.mark.parametrize(
    "which", ["home", "organisations", "kulturverein", "naturschutz", "kultur_offer"]
)
def test_a_digital_helper_cannot_edit_or_publish_any_page(
    client, site_tree, digital_helper, city_editor, which
):
    page = getattr(site_tree, which)
    client.force_login(city_editor)
    data = form_data(client, edit_url(page))
    data["title"] = ["Geändert"]
    data["action-publish"] = ["action-publish"]
    before = snapshot(page)

    client.force_login(digital_helper)
    assert_denied(client.get(edit_url(page)))
    assert_denied(client.post(edit_url(page), data))
    assert_denied(client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk])))
    api = client.post(
        f"/admin/api/main/pages/{page.pk}/action/publish/", {}, content_type="application/json"
    )

    assert api.status_code in (403, 404)
    assert snapshot(page) == before


def test_a_digital_helper_cannot_add_any_page(client, site_tree, digital_helper):
    client.force_login(digital_helper)

    for model, parent in [
        (OfferPage, site_tree.kulturverein),
        (OrganisationPage, site_tree.organisations),
    ]:
        assert_denied(client.get(add_url(model, parent)))
        assert_denied(client.post(add_url(model, parent), {"title": "Neu", "slug": "neu"}))
    assert not Page.objects.filter(slug="neu").exists()
