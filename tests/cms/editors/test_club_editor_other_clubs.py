"""A club editor and another club's pages: every way in through the admin is refused.

Every request goes through Django's test client to the admin views a browser
would use; crafted URLs and POST bodies stand in for a curious (or careless)
volunteer.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import rich_text

from cms.organisations.models import OfferPage, OrganisationPage
from tests.cms.editors.admin_requests import (
    add_url,
    assert_denied,
    edit_url,
    form_data,
    publish_permission,
    snapshot,
)

OTHER_CLUBS_PAGES = ["naturschutz", "natur_offer"]


@pytest.mark.parametrize("which", OTHER_CLUBS_PAGES)
def test_a_club_editor_cannot_open_the_edit_view_of_another_clubs_page(
    client, site_tree, club_editor, which
):
    page = getattr(site_tree, which)
    client.force_login(club_editor)

    assert_denied(client.get(edit_url(page)))


@pytest.mark.parametrize("action", ["", "action-publish", "action-submit"])
@pytest.mark.parametrize("which", OTHER_CLUBS_PAGES)
def test_a_club_editor_cannot_post_to_the_edit_view_of_another_clubs_page(
    client, site_tree, club_editor, city_editor, which, action
):
    page = getattr(site_tree, which)
    # A complete, valid form, as the city editor's browser would send it.
    client.force_login(city_editor)
    data = form_data(client, edit_url(page))
    data["title"] = ["Übernommen vom Kulturverein"]
    if action:
        data[action] = [action]
    before = snapshot(page)

    client.force_login(club_editor)
    response = client.post(edit_url(page), data)

    assert_denied(response)
    assert snapshot(page) == before
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_a_club_editor_cannot_add_an_offer_under_another_clubs_portrait(
    client, site_tree, club_editor, city_editor
):
    other = site_tree.naturschutz
    url = add_url(OfferPage, other)
    client.force_login(city_editor)
    data = form_data(client, url)
    data.update(
        {
            "title": ["Untergeschoben"],
            "slug": ["untergeschoben"],
            "summary": ["Soll es nicht geben."],
            "description": [rich_text("<p>x</p>")],
            "how_to_join": [rich_text("<p>x</p>")],
            "time_needed": ["1 Stunde"],
        }
    )
    before = snapshot(other)

    client.force_login(club_editor)
    assert_denied(client.get(url))
    assert_denied(client.post(url, data))
    assert_denied(client.get(reverse("wagtailadmin_pages:add_subpage", args=[other.pk])))

    assert snapshot(other) == before
    assert not Page.objects.filter(slug="untergeschoben").exists()


@pytest.mark.parametrize("which", OTHER_CLUBS_PAGES)
def test_a_club_editor_cannot_delete_another_clubs_page(client, site_tree, club_editor, which):
    page = getattr(site_tree, which)
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    before = snapshot(page)
    client.force_login(club_editor)

    assert_denied(client.get(url))
    assert_denied(client.post(url, {"confirm_site_name": settings.WAGTAIL_SITE_NAME}))
    assert snapshot(page) == before


@pytest.mark.parametrize("which", OTHER_CLUBS_PAGES)
def test_a_club_editor_cannot_unpublish_another_clubs_page(client, site_tree, club_editor, which):
    page = getattr(site_tree, which)
    url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
    before = snapshot(page)
    client.force_login(club_editor)

    assert_denied(client.get(url))
    assert_denied(client.post(url, {"include_descendants": "on"}))
    assert snapshot(page) == before


def test_a_club_editor_cannot_move_another_clubs_offer_into_their_own_portrait(
    client, site_tree, club_editor
):
    offer, own = site_tree.natur_offer, site_tree.kulturverein
    before = snapshot(offer)
    client.force_login(club_editor)

    assert_denied(client.get(reverse("wagtailadmin_pages:move", args=[offer.pk])))
    assert_denied(client.post(reverse("wagtailadmin_pages:move", args=[offer.pk])))
    confirm = reverse("wagtailadmin_pages:move_confirm", args=[offer.pk, own.pk])
    assert_denied(client.post(confirm))

    assert snapshot(offer) == before
    assert not OfferPage.objects.child_of(own).filter(pk=offer.pk).exists()


def test_a_club_editor_cannot_move_their_own_offer_into_another_clubs_portrait(
    client, site_tree, club_editor
):
    offer, other = site_tree.kultur_offer, site_tree.naturschutz
    client.force_login(club_editor)

    confirm = reverse("wagtailadmin_pages:move_confirm", args=[offer.pk, other.pk])
    assert_denied(client.post(confirm))

    assert Page.objects.get(pk=offer.pk).get_parent().pk == site_tree.kulturverein.pk


def test_a_club_editor_cannot_copy_another_clubs_offer(client, site_tree, club_editor):
    offer, own = site_tree.natur_offer, site_tree.kulturverein
    url = reverse("wagtailadmin_pages:copy", args=[offer.pk])
    client.force_login(club_editor)

    assert_denied(client.get(url))
    response = client.post(
        url,
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": own.pk},
    )

    assert_denied(response)
    assert not Page.objects.filter(slug="kopie").exists()


def test_a_club_editor_cannot_copy_their_own_offer_into_another_clubs_portrait(
    client, site_tree, club_editor
):
    offer, other = site_tree.kultur_offer, site_tree.naturschutz
    client.force_login(club_editor)

    client.post(
        reverse("wagtailadmin_pages:copy", args=[offer.pk]),
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": other.pk},
    )

    assert not Page.objects.filter(slug="kopie").exists()
    assert Page.objects.get(pk=other.pk).numchild == 1


@pytest.mark.parametrize("which", OTHER_CLUBS_PAGES)
def test_a_club_editor_cannot_view_revert_or_publish_a_revision_of_another_clubs_page(
    client, site_tree, club_editor, city_editor, which
):
    page = getattr(site_tree, which)
    old_revision = page.latest_revision
    # The city editor publishes a newer version, so there is something to revert to.
    client.force_login(city_editor)
    data = form_data(client, edit_url(page))
    data["title"] = [f"{page.title} (neu)"]
    data["action-publish"] = ["action-publish"]
    client.post(edit_url(page), data)
    assert Page.objects.get(pk=page.pk).title == f"{page.title} (neu)"
    before = snapshot(page)
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old_revision.pk])
    revert_data = form_data(client, revert)
    revert_data["action-publish"] = ["action-publish"]

    client.force_login(club_editor)
    assert_denied(client.get(revert))
    assert_denied(client.post(revert, revert_data))
    del revert_data["action-publish"]
    assert_denied(client.post(revert, revert_data))
    assert_denied(
        client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, old_revision.pk]))
    )
    assert_denied(
        client.get(
            reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[page.pk, "earliest", "latest"],
            )
        )
    )
    assert_denied(
        client.post(
            reverse("wagtailadmin_pages:revisions_unschedule", args=[page.pk, old_revision.pk])
        )
    )

    assert snapshot(page) == before


@pytest.mark.parametrize("which", OTHER_CLUBS_PAGES)
def test_a_club_editor_cannot_lock_another_clubs_page(client, site_tree, club_editor, which):
    page = getattr(site_tree, which)
    client.force_login(club_editor)

    assert_denied(client.post(reverse("wagtailadmin_pages:lock", args=[page.pk])))

    assert not Page.objects.get(pk=page.pk).locked


def test_a_club_editor_cannot_create_a_new_portrait_under_the_index(
    client, site_tree, club_editor, city_editor
):
    index = site_tree.organisations
    url = add_url(OrganisationPage, index)
    client.force_login(city_editor)
    data = form_data(client, url)
    data.update({"title": ["Eigener Verein"], "slug": ["eigener-verein"], "summary": ["x"]})
    groups_before = Group.objects.count()

    client.force_login(club_editor)
    assert_denied(client.get(url))
    assert_denied(client.post(url, data))
    assert_denied(client.get(reverse("wagtailadmin_pages:add_subpage", args=[index.pk])))

    assert not Page.objects.filter(slug="eigener-verein").exists()
    assert Group.objects.count() == groups_before


def test_a_club_editor_does_not_see_club_may_publish(client, site_tree, club_editor):
    client.force_login(club_editor)

    response = client.get(edit_url(site_tree.kulturverein))

    assert response.status_code == 200
    assert b'name="club_may_publish"' not in response.content
    assert "club_may_publish" not in form_data(client, edit_url(site_tree.kulturverein))


@pytest.mark.parametrize("action", ["", "action-submit", "action-publish"])
def test_a_crafted_club_may_publish_from_a_club_editor_changes_nothing(
    client, site_tree, club_editor, action
):
    portrait = site_tree.kulturverein
    client.force_login(club_editor)
    data = form_data(client, edit_url(portrait))
    data["club_may_publish"] = ["on"]
    if action:
        data[action] = [action]

    client.post(edit_url(portrait), data)

    live = OrganisationPage.objects.get(pk=portrait.pk)
    assert live.latest_revision_id != portrait.latest_revision_id  # the POST was saved
    assert live.club_may_publish is False
    assert live.get_latest_revision_as_object().club_may_publish is False
    assert not publish_permission(live)
