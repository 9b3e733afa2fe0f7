"""The city editor (Redaktion): every page, the club settings, new portraits, copies and
translations.

Every request goes through Django's test client to the admin views a browser
would use; crafted URLs and POST bodies stand in for a curious (or careless)
volunteer.
"""

import pytest
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page

from cms.organisations.models import OrganisationPage
from tests.cms.editors.admin_requests import (
    ADMIN_HOME,
    add_url,
    edit_url,
    form_data,
    publish_permission,
)


@pytest.mark.parametrize("which", ["kulturverein", "naturschutz", "kultur_offer", "natur_offer"])
def test_a_city_editor_can_edit_and_publish_every_clubs_pages(
    client, site_tree, city_editor, which
):
    page = getattr(site_tree, which)
    client.force_login(city_editor)
    data = form_data(client, edit_url(page))
    data["title"] = [f"{page.title} – überarbeitet"]
    data["action-publish"] = ["action-publish"]

    response = client.post(edit_url(page), data)

    assert response.status_code == 302 and response["Location"] != ADMIN_HOME
    live = Page.objects.get(pk=page.pk)
    assert live.title == f"{page.title} – überarbeitet"
    assert not live.has_unpublished_changes


def test_a_city_editor_sees_club_may_publish(client, site_tree, city_editor):
    client.force_login(city_editor)

    response = client.get(edit_url(site_tree.naturschutz))

    assert b'name="club_may_publish"' in response.content


def test_a_city_editor_can_create_a_portrait_which_gets_its_club_group(
    client, site_tree, city_editor
):
    url = add_url(OrganisationPage, site_tree.organisations)
    client.force_login(city_editor)
    data = form_data(client, url)
    data.update(
        {
            "title": ["Förderverein Freibad Hestert"],
            "slug": ["freibad-hestert"],
            "summary": ["Wir retten das Freibad."],
            "action-publish": ["action-publish"],
        }
    )

    response = client.post(url, data)

    assert response.status_code == 302 and response["Location"] != ADMIN_HOME
    portrait = OrganisationPage.objects.get(slug="freibad-hestert")
    assert portrait.live
    assert portrait.editor_group.name == "Vereinsredaktion: Förderverein Freibad Hestert"
    assert portrait.media_collection.name == "Verein: Förderverein Freibad Hestert"
    assert not publish_permission(portrait)


def test_a_city_editor_can_copy_a_portrait_which_gets_a_group_of_its_own(
    client, site_tree, city_editor
):
    original = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk)
    client.force_login(city_editor)

    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[original.pk]),
        {
            "new_title": "Kulturverein Vorhalle",
            "new_slug": "kulturverein-vorhalle",
            "new_parent_page": site_tree.organisations.pk,
        },
    )

    assert response.status_code == 302 and response["Location"] != ADMIN_HOME
    copy = OrganisationPage.objects.get(slug="kulturverein-vorhalle")
    assert copy.editor_group_id and copy.editor_group_id != original.editor_group_id
    assert copy.media_collection_id != original.media_collection_id
    original.refresh_from_db()
    assert original.editor_group.name == "Vereinsredaktion: Kulturverein Haspe"


def test_a_city_editor_can_translate_the_site_with_its_portraits(client, site_tree, city_editor):
    english = Locale.objects.get(language_code="en")
    client.force_login(city_editor)

    response = client.post(
        reverse("simple_translation:submit_page_translation", args=[site_tree.home.pk]),
        {"locales": [english.pk], "include_subtree": "on"},
    )

    assert response.status_code == 302 and response["Location"] != ADMIN_HOME
    original = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk)
    translation = original.get_translation(english)
    # One organisation, one editor group: the translation shares the original's group
    # and image collection, so the club's volunteers edit both.
    assert translation.editor_group_id == original.editor_group_id is not None
    assert translation.media_collection_id == original.media_collection_id is not None
    assert original.editor_group.name == "Vereinsredaktion: Kulturverein Haspe"
    assert GroupPagePermission.objects.filter(
        group=original.editor_group, page=translation, permission__codename="change_page"
    ).exists()
