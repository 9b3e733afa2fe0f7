"""The admin's JSON endpoints (there is no public page API: cms/urls.py mounts none)
show a club editor only their own subtree.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests import builders
from tests.cms.editors.admin_requests import snapshot


def test_the_admin_api_shows_a_club_editor_only_their_own_subtree(client, site_tree, club_editor):
    builders.offer(site_tree.naturschutz, "Entwurf der Naturschutzgruppe", live=False)
    client.force_login(club_editor)

    listing = client.get("/admin/api/main/pages/").json()
    titles = {item["title"] for item in listing["items"]}

    assert "Kulturverein Haspe" in titles
    assert "Helfer*innen für das Sommerfest" in titles
    assert "Naturschutzgruppe Hohenlimburg" not in titles
    assert "Krötenwanderung am Hengsteysee begleiten" not in titles
    assert "Entwurf der Naturschutzgruppe" not in titles
    detail = client.get(f"/admin/api/main/pages/{site_tree.natur_offer.pk}/")
    assert detail.status_code == 404


@pytest.mark.parametrize(
    ("action", "payload"),
    [
        ("publish", {}),
        ("unpublish", {}),
        ("delete", {}),
        ("copy", {"destination_page_id": "own", "update_attrs": {"slug": "kopie"}}),
        ("move", {"destination_page_id": "own"}),
        ("revert_to_page_revision", {"revision_id": "latest"}),
        ("copy_for_translation", {"locale": "en"}),
        ("create_alias", {"destination_page_id": "own", "update_slug": "alias"}),
    ],
)
def test_the_admin_api_refuses_a_club_editors_actions_on_another_clubs_offer(
    client, site_tree, club_editor, action, payload
):
    offer = site_tree.natur_offer
    payload = {
        key: (
            site_tree.kulturverein.pk
            if value == "own"
            else offer.latest_revision_id
            if value == "latest"
            else value
        )
        for key, value in payload.items()
    }
    before = snapshot(offer)
    pages_before = Page.objects.count()
    client.force_login(club_editor)

    response = client.post(
        f"/admin/api/main/pages/{offer.pk}/action/{action}/",
        payload,
        content_type="application/json",
    )

    assert response.status_code in (403, 404)
    assert snapshot(offer) == before
    assert Page.objects.count() == pages_before


def test_the_page_chooser_does_not_show_a_club_editor_another_clubs_drafts(
    client, site_tree, club_editor
):
    builders.offer(site_tree.naturschutz, "Entwurf der Naturschutzgruppe", live=False)
    client.force_login(club_editor)

    response = client.get(
        reverse("wagtailadmin_choose_page_child", args=[site_tree.naturschutz.pk])
    )
    search = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Naturschutzgruppe"})

    assert response.status_code == 200
    html = response.json()["html"]
    assert "Krötenwanderung am Hengsteysee begleiten" in html
    assert "Entwurf der Naturschutzgruppe" not in html
    assert "Naturschutzgruppe Hohenlimburg" in search.content.decode()
    assert "Entwurf der Naturschutzgruppe" not in search.content.decode()


def test_the_page_chooser_shows_a_club_editor_their_own_drafts(client, site_tree, club_editor):
    builders.offer(site_tree.kulturverein, "Entwurf des Kulturvereins", live=False)
    client.force_login(club_editor)

    response = client.get(
        reverse("wagtailadmin_choose_page_child", args=[site_tree.kulturverein.pk])
    )

    assert "Entwurf des Kulturvereins" in response.json()["html"]


def test_the_admin_page_search_finds_nothing_of_another_club(client, site_tree, club_editor):
    client.force_login(club_editor)

    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Hohenlimburg"})

    assert response.status_code == 200
    assert "Naturschutzgruppe Hohenlimburg" not in response.content.decode()
