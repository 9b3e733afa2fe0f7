"""A club's volunteers edit every translation of their portrait and its offers, and
no other club's: one organisation, one editor group, all its translations.

Translations are made as the Redaktion makes them (``copy_for_translation``,
the home page and overview becoming aliases); every edit goes through the real
admin.
"""

import pytest
from wagtail.models import Locale

from cms.organisations.models import OfferPage, OrganisationPage
from tests.cms.editors.admin_requests import assert_denied, edit_url, form_data, snapshot


@pytest.fixture
def english(db) -> Locale:
    return Locale.objects.get(language_code="en")


@pytest.fixture
def translated(site_tree, english):
    """The English translations of both clubs' portraits and offers, by their German name."""
    pages = {}
    for name in ("kulturverein", "naturschutz"):
        pages[name] = getattr(site_tree, name).copy_for_translation(english, copy_parents=True)
    for name in ("kultur_offer", "natur_offer"):
        pages[name] = getattr(site_tree, name).copy_for_translation(english)
    return pages


def test_the_translation_of_a_portrait_has_the_clubs_group_and_collection(site_tree, translated):
    original = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk)
    translation = OrganisationPage.objects.get(pk=translated["kulturverein"].pk)

    assert translation.editor_group == original.editor_group
    assert translation.media_collection == original.media_collection
    other = OrganisationPage.objects.get(pk=translated["naturschutz"].pk)
    assert (
        other.editor_group == OrganisationPage.objects.get(pk=site_tree.naturschutz.pk).editor_group
    )
    assert other.editor_group != original.editor_group


def test_a_club_editor_can_edit_their_portraits_translation(client, translated, club_editor):
    translation = translated["kulturverein"]
    client.force_login(club_editor)

    data = form_data(client, edit_url(translation))
    data["summary"] = ["Theatre, choir and summer festival in Haspe."]
    response = client.post(edit_url(translation), data)

    assert response.status_code == 302
    assert response["Location"] == edit_url(translation)
    draft = OrganisationPage.objects.get(pk=translation.pk).get_latest_revision_as_object()
    assert draft.summary == "Theatre, choir and summer festival in Haspe."


def test_a_club_editor_can_edit_the_translation_of_their_offer(client, translated, club_editor):
    translation = translated["kultur_offer"]
    client.force_login(club_editor)

    data = form_data(client, edit_url(translation))
    data["time_needed"] = ["once, 4 hours"]
    response = client.post(edit_url(translation), data)

    assert response["Location"] == edit_url(translation)
    draft = OfferPage.objects.get(pk=translation.pk).get_latest_revision_as_object()
    assert draft.time_needed == "once, 4 hours"


@pytest.mark.parametrize("which", ["naturschutz", "natur_offer"])
def test_a_club_editor_cannot_edit_another_clubs_translation(
    client, translated, club_editor, city_editor, which
):
    page = translated[which]
    client.force_login(city_editor)
    data = form_data(client, edit_url(page))
    data["title"] = ["Taken over by the Kulturverein"]
    data["action-publish"] = ["action-publish"]
    before = snapshot(page)

    client.force_login(club_editor)

    assert_denied(client.get(edit_url(page)))
    assert_denied(client.post(edit_url(page), data))
    assert snapshot(page) == before


def test_a_copy_of_a_portrait_is_a_new_organisation_with_its_own_group(site_tree):
    original = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk)

    copy = original.copy(
        to=site_tree.organisations,
        update_attrs={"title": "Kulturverein Vorhalle", "slug": "kulturverein-vorhalle"},
    )

    copy = OrganisationPage.objects.get(pk=copy.pk)
    assert copy.translation_key != original.translation_key
    assert copy.editor_group_id and copy.editor_group_id != original.editor_group_id
    assert copy.media_collection_id and copy.media_collection_id != original.media_collection_id
