"""The three editor roles, exercised through the real Wagtail admin.

Every request goes through Django's test client to the admin views a browser
would use; crafted URLs and POST bodies stand in for a curious (or careless)
volunteer. Where the admin refuses, it redirects to its dashboard with
"Sorry, you do not have permission…" (or answers 403/404 for JSON requests).
"""

import io

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Revision,
    Workflow,
    WorkflowState,
)
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from cms.core.models import HubImage
from cms.editors.roles import WORKFLOW_NAME
from cms.organisations.models import OfferPage, OrganisationPage
from tests import builders

ADMIN_HOME = "/admin/"


# --- helpers -----------------------------------------------------------------------


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


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def allow_club_to_publish(client, city_editor, portrait: OrganisationPage) -> None:
    """The city editor ticks "Vereinsredaktion darf direkt veröffentlichen" and publishes."""
    client.force_login(city_editor)
    data = form_data(client, edit_url(portrait))
    data["club_may_publish"] = ["on"]
    data["action-publish"] = ["action-publish"]
    response = client.post(edit_url(portrait), data)
    assert response.status_code == 302 and response["Location"] != ADMIN_HOME
    client.logout()


# --- a club editor in their own portrait --------------------------------------------------


def test_a_club_editor_can_open_and_save_their_own_portrait(client, site_tree, club_editor):
    portrait = site_tree.kulturverein
    client.force_login(club_editor)

    data = form_data(client, edit_url(portrait))
    data["summary"] = ["Theater, Chor und Sommerfest in Haspe."]
    response = client.post(edit_url(portrait), data)

    assert response.status_code == 302
    assert response["Location"] == edit_url(portrait)
    draft = OrganisationPage.objects.get(pk=portrait.pk).get_latest_revision_as_object()
    assert draft.summary == "Theater, Chor und Sommerfest in Haspe."
    assert draft.editor_group_id == portrait.editor_group_id


def test_a_club_editor_can_open_and_save_an_offer_of_their_own_club(client, site_tree, club_editor):
    offer = site_tree.kultur_offer
    client.force_login(club_editor)

    data = form_data(client, edit_url(offer))
    data["time_needed"] = ["einmalig 4 Stunden"]
    response = client.post(edit_url(offer), data)

    assert response["Location"] == edit_url(offer)
    draft = OfferPage.objects.get(pk=offer.pk).get_latest_revision_as_object()
    assert draft.time_needed == "einmalig 4 Stunden"


def test_a_club_editor_can_add_a_new_offer_under_their_own_portrait(client, site_tree, club_editor):
    portrait = site_tree.kulturverein
    url = add_url(OfferPage, portrait)
    client.force_login(club_editor)

    data = form_data(client, url)
    data.update(
        {
            "title": ["Kuchen backen für den Adventsbasar"],
            "slug": ["adventsbasar"],
            "summary": ["Wer backt mit?"],
            "description": [rich_text("<p>Wir brauchen Kuchen.</p>")],
            "how_to_join": [rich_text("<p>Anrufen genügt.</p>")],
            "time_needed": ["einmalig 2 Stunden"],
            "commitment": ["regular"],
            "action-submit": ["action-submit"],
        }
    )
    response = client.post(url, data)

    assert response.status_code == 302 and response["Location"] != ADMIN_HOME
    new_offer = OfferPage.objects.child_of(portrait).get(slug="adventsbasar")
    assert new_offer.owner == club_editor
    assert not new_offer.live
    assert new_offer.current_workflow_state.workflow.name == WORKFLOW_NAME


# --- a club editor and another club's pages ------------------------------------------------


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


# --- JSON endpoints of the admin (there is no public API: cms/urls.py mounts none) -----------


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


# --- moderation and the right to publish -------------------------------------------------


def test_a_club_editor_without_publish_right_is_offered_submit_for_moderation_only(
    client, site_tree, club_editor
):
    client.force_login(club_editor)

    for page in (site_tree.kulturverein, site_tree.kultur_offer):
        content = client.get(edit_url(page)).content.decode()
        assert 'name="action-submit"' in content
        assert WORKFLOW_NAME in content  # "Submit to Freigabe durch die Redaktion"
        assert 'name="action-publish"' not in content


def test_a_publish_post_from_a_club_editor_without_publish_right_does_not_publish(
    client, site_tree, club_editor
):
    offer = site_tree.kultur_offer
    client.force_login(club_editor)
    data = form_data(client, edit_url(offer))
    data["title"] = ["Sommerfest: Aufbau und Abbau"]
    data["action-publish"] = ["action-publish"]

    client.post(edit_url(offer), data)

    live = OfferPage.objects.get(pk=offer.pk)
    assert live.title == "Helfer*innen für das Sommerfest"
    assert live.live_revision_id == offer.live_revision_id
    # Wagtail treats the refused "publish" as "save draft"; the workflow starts
    # with the button club editors are shown, "action-submit" (next test).
    assert live.has_unpublished_changes
    assert live.get_latest_revision_as_object().title == "Sommerfest: Aufbau und Abbau"
    assert live.current_workflow_state is None


def test_a_new_offer_posted_with_publish_by_a_club_editor_stays_unpublished(
    client, site_tree, club_editor
):
    url = add_url(OfferPage, site_tree.kulturverein)
    client.force_login(club_editor)
    data = form_data(client, url)
    data.update(
        {
            "title": ["Flohmarkt am Sonntag"],
            "slug": ["flohmarkt"],
            "summary": ["Standbetreuung gesucht."],
            "description": [rich_text("<p>Wir brauchen Hilfe am Stand.</p>")],
            "how_to_join": [rich_text("<p>E-Mail genügt.</p>")],
            "time_needed": ["einmalig 5 Stunden"],
            "action-publish": ["action-publish"],
        }
    )

    client.post(url, data)

    new_offer = OfferPage.objects.get(slug="flohmarkt")
    assert not new_offer.live
    assert new_offer.live_revision is None
    assert new_offer.first_published_at is None


def test_a_club_editor_without_publish_right_submits_to_the_redaktion_who_publishes(
    client, site_tree, club_editor, city_editor
):
    offer = site_tree.kultur_offer
    client.force_login(club_editor)
    data = form_data(client, edit_url(offer))
    data["title"] = ["Sommerfest: Aufbau und Abbau"]
    data["action-submit"] = ["action-submit"]

    client.post(edit_url(offer), data)

    page = OfferPage.objects.get(pk=offer.pk)
    assert page.title == "Helfer*innen für das Sommerfest"
    state = page.current_workflow_state
    assert state is not None and state.workflow.name == WORKFLOW_NAME
    assert state.requested_by == club_editor

    client.force_login(city_editor)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert response.status_code == 302
    page = OfferPage.objects.get(pk=offer.pk)
    assert page.title == "Sommerfest: Aufbau und Abbau"
    assert page.current_workflow_state is None


def test_a_club_editor_cannot_approve_their_own_submission(client, site_tree, club_editor):
    offer = site_tree.kultur_offer
    client.force_login(club_editor)
    data = form_data(client, edit_url(offer))
    data["title"] = ["Selbst freigegeben"]
    data["action-submit"] = ["action-submit"]
    client.post(edit_url(offer), data)
    task_state = OfferPage.objects.get(pk=offer.pk).current_workflow_state.current_task_state

    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert OfferPage.objects.get(pk=offer.pk).title == "Helfer*innen für das Sommerfest"


def test_a_club_editor_may_publish_directly_once_the_city_editor_allows_it(
    client, site_tree, club_editor, city_editor
):
    portrait, offer = site_tree.kulturverein, site_tree.kultur_offer
    allow_club_to_publish(client, city_editor, portrait)
    assert OrganisationPage.objects.get(pk=portrait.pk).club_may_publish is True
    assert publish_permission(portrait)

    client.force_login(club_editor)
    assert 'name="action-publish"' in client.get(edit_url(offer)).content.decode()
    data = form_data(client, edit_url(offer))
    data["title"] = ["Sommerfest: Aufbau und Abbau"]
    data["action-publish"] = ["action-publish"]
    client.post(edit_url(offer), data)

    live = OfferPage.objects.get(pk=offer.pk)
    assert live.title == "Sommerfest: Aufbau und Abbau"
    assert not live.has_unpublished_changes
    assert live.current_workflow_state is None


def test_a_club_editor_who_may_publish_still_cannot_publish_another_clubs_page(
    client, site_tree, club_editor, city_editor
):
    allow_club_to_publish(client, city_editor, site_tree.kulturverein)
    offer = site_tree.natur_offer
    client.force_login(city_editor)
    data = form_data(client, edit_url(offer))
    data["title"] = ["Übernommen"]
    data["action-publish"] = ["action-publish"]
    before = snapshot(offer)

    client.force_login(club_editor)
    assert_denied(client.post(edit_url(offer), data))
    assert_denied(client.post(reverse("wagtailadmin_pages:unpublish", args=[offer.pk])))

    assert snapshot(offer) == before


def test_a_club_may_publish_draft_grants_nothing_until_the_city_editor_publishes_it(
    client, site_tree, club_editor, city_editor
):
    portrait = site_tree.kulturverein
    client.force_login(city_editor)
    data = form_data(client, edit_url(portrait))
    data["club_may_publish"] = ["on"]
    client.post(edit_url(portrait), data)  # saved as a draft only

    assert not publish_permission(portrait)
    client.force_login(club_editor)
    assert 'name="action-publish"' not in client.get(edit_url(portrait)).content.decode()


def test_taking_back_the_publish_right_takes_effect_when_published(
    client, site_tree, club_editor, city_editor
):
    portrait = site_tree.kulturverein
    allow_club_to_publish(client, city_editor, portrait)
    client.force_login(city_editor)
    data = form_data(client, edit_url(portrait))
    del data["club_may_publish"]
    data["action-publish"] = ["action-publish"]
    client.post(edit_url(portrait), data)

    assert OrganisationPage.objects.get(pk=portrait.pk).club_may_publish is False
    assert not publish_permission(portrait)
    client.force_login(club_editor)
    assert 'name="action-publish"' not in client.get(edit_url(portrait)).content.decode()


def test_reverting_to_an_old_revision_does_not_bring_back_a_withdrawn_publish_right(
    client, site_tree, club_editor, city_editor
):
    portrait = site_tree.kulturverein
    allow_club_to_publish(client, city_editor, portrait)
    allowed_revision = OrganisationPage.objects.get(pk=portrait.pk).live_revision
    client.force_login(city_editor)
    data = form_data(client, edit_url(portrait))
    del data["club_may_publish"]
    data["action-publish"] = ["action-publish"]
    client.post(edit_url(portrait), data)
    assert not publish_permission(portrait)

    client.force_login(club_editor)
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[portrait.pk, allowed_revision.pk])
    data = form_data(client, revert)
    data["action-submit"] = ["action-submit"]
    client.post(revert, data)

    page = OrganisationPage.objects.get(pk=portrait.pk)
    assert not publish_permission(page)
    assert page.get_latest_revision_as_object().club_may_publish is False


def test_a_club_editor_who_may_publish_can_delete_an_offer_but_not_the_portrait(
    client, site_tree, club_editor, city_editor
):
    portrait, offer = site_tree.kulturverein, site_tree.kultur_offer
    allow_club_to_publish(client, city_editor, portrait)
    client.force_login(club_editor)

    client.post(reverse("wagtailadmin_pages:delete", args=[offer.pk]))
    assert not Page.objects.filter(pk=offer.pk).exists()

    # Now a leaf the club may change and publish: in plain Wagtail, deletable.
    delete = reverse("wagtailadmin_pages:delete", args=[portrait.pk])
    assert_denied(client.get(delete))
    assert_denied(client.post(delete))
    assert_denied(client.get(reverse("wagtailadmin_pages:move", args=[portrait.pk])))
    api = client.post(
        f"/admin/api/main/pages/{portrait.pk}/action/delete/", {}, content_type="application/json"
    )
    assert api.status_code == 403
    client.post(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={portrait.pk}"
    )
    assert Page.objects.filter(pk=portrait.pk).exists()


def test_a_city_editor_can_delete_a_portrait(client, site_tree, city_editor):
    portrait = site_tree.naturschutz
    client.force_login(city_editor)

    client.post(reverse("wagtailadmin_pages:delete", args=[portrait.pk]))

    assert not Page.objects.filter(pk=portrait.pk).exists()


# --- images and documents ---------------------------------------------------------------


def test_a_club_editor_can_upload_an_image_into_their_clubs_collection(
    client, site_tree, club_editor, media_root
):
    collection = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk).media_collection
    client.force_login(club_editor)

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Sommerfest 2025",
            "file": png(),
            "description": "Menschen tanzen auf dem Marktplatz in Haspe.",
            "collection": collection.pk,
        },
    )

    assert response.status_code == 302
    image = HubImage.objects.get(title="Sommerfest 2025")
    assert image.collection == collection
    assert image.uploaded_by_user == club_editor


def test_a_club_editor_cannot_upload_an_image_into_another_clubs_collection(
    client, site_tree, club_editor, media_root
):
    own = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk).media_collection
    other = OrganisationPage.objects.get(pk=site_tree.naturschutz.pk).media_collection
    root = Collection.get_first_root_node()
    client.force_login(club_editor)

    # The form offers no collection to choose (there is only one the club may
    # add to), so a crafted collection id is ignored and the image lands at home.
    assert b'name="collection"' not in client.get(reverse("wagtailimages:add")).content
    for title, collection in [("Untergeschoben", other), ("In die Wurzel", root)]:
        client.post(
            reverse("wagtailimages:add"),
            {
                "title": title,
                "file": png(),
                "description": "Ein Bild.",
                "collection": collection.pk,
            },
        )
    client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": png("mehrfach.png"), "collection": other.pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert not HubImage.objects.filter(collection__in=[other, root]).exists()
    assert set(HubImage.objects.values_list("collection", flat=True)) <= {own.pk}


def test_a_club_editor_cannot_edit_or_delete_another_clubs_image(
    client, site_tree, club_editor, media_root
):
    other = OrganisationPage.objects.get(pk=site_tree.naturschutz.pk).media_collection
    image = HubImage.objects.create(
        title="Kröten", file=png(), description="Eine Erdkröte.", collection=other
    )
    client.force_login(club_editor)

    assert_denied(client.get(reverse("wagtailimages:edit", args=[image.pk])))
    assert_denied(
        client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {"title": "Übernommen", "description": "x", "collection": other.pk},
        )
    )
    assert_denied(client.post(reverse("wagtailimages:delete", args=[image.pk])))

    image.refresh_from_db()
    assert image.title == "Kröten"


def test_every_portrait_gets_its_own_group_and_collection_even_with_the_same_name(
    site_tree,
):
    twin = builders.organisation(
        site_tree.organisations, "Kulturverein Haspe", slug="kulturverein-haspe-2"
    )
    original = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk)

    assert twin.editor_group_id and twin.editor_group_id != original.editor_group_id
    assert twin.media_collection_id
    assert twin.media_collection_id != original.media_collection_id
    twin_collections = set(
        GroupCollectionPermission.objects.filter(group=twin.editor_group).values_list(
            "collection", flat=True
        )
    )
    assert twin_collections == {twin.media_collection_id}


# --- the city editor ---------------------------------------------------------------------


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
    # A translation is a page of its own: it gets a group and collection of its own
    # rather than taking over (and, being one-to-one, colliding with) the original's.
    assert translation.editor_group_id and translation.editor_group_id != original.editor_group_id
    assert translation.media_collection_id != original.media_collection_id
    assert original.editor_group.name == "Vereinsredaktion: Kulturverein Haspe"


# --- the digital helper ------------------------------------------------------------------


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


# --- setting up the roles ------------------------------------------------------------


def roles_snapshot() -> dict:
    groups = Group.objects.order_by("name")
    return {
        "groups": {group.name: group.permissions.count() for group in groups},
        "page_permissions": sorted(
            GroupPagePermission.objects.values_list(
                "group__name", "page_id", "permission__codename"
            )
        ),
        "collection_permissions": sorted(
            GroupCollectionPermission.objects.values_list(
                "group__name", "collection_id", "permission__codename"
            )
        ),
        "collections": sorted(Collection.objects.values_list("name", flat=True)),
        "workflows": sorted(
            (workflow.name, workflow.active, [task.name for task in workflow.tasks])
            for workflow in Workflow.objects.all()
        ),
    }


def test_setup_roles_is_idempotent(site_tree):
    call_command("setup_roles", stdout=io.StringIO())
    first = roles_snapshot()
    call_command("setup_roles", stdout=io.StringIO())

    assert roles_snapshot() == first
    assert {
        settings.HUB_GROUP_CITY_EDITORS,
        settings.HUB_GROUP_CLUB_EDITORS,
        settings.HUB_GROUP_DIGITAL_HELPERS,
        "Vereinsredaktion: Kulturverein Haspe",
        "Vereinsredaktion: Naturschutzgruppe Hohenlimburg",
    } <= set(first["groups"])
    assert (WORKFLOW_NAME, True, ["Redaktion prüft"]) in first["workflows"]
    assert Workflow.objects.get(name=WORKFLOW_NAME).workflow_pages.get().page.is_root()
