"""Moderation and the right to publish: a club submits, the Redaktion approves, or allows
the club to publish itself.
"""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text

from cms.editors.roles import WORKFLOW_NAME
from cms.organisations.models import OfferPage, OrganisationPage
from tests.cms.editors.admin_requests import (
    add_url,
    allow_club_to_publish,
    assert_denied,
    edit_url,
    form_data,
    publish_permission,
    snapshot,
)


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
