"""A club editor in their own portrait: opening, saving, adding offers.

Every request goes through Django's test client to the admin views a browser
would use; crafted URLs and POST bodies stand in for a curious (or careless)
volunteer.
"""

from wagtail.test.utils.form_data import rich_text

from cms.editors.roles import WORKFLOW_NAME
from cms.organisations.models import OfferPage, OrganisationPage
from tests.cms.editors.admin_requests import ADMIN_HOME, add_url, edit_url, form_data


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
