"""Translations made before the one-group rule had a group of their own; the
migration merges them into the organisation's group without losing anyone."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from wagtail.models import GroupPagePermission, Locale

from cms.organisations.editor_groups import merge_translation_groups
from cms.organisations.models import OrganisationPage
from tests import builders
from tests.cms.editors.admin_requests import edit_url


def historical_models():
    """The models as the migration sees them, not the app's own classes."""
    state = MigrationLoader(connection).project_state(
        ("organisations", "0004_editor_group_shared_by_translations")
    )
    return state.apps


@pytest.mark.parametrize("models", ["the migration's", "the app's"])
def test_merging_gives_the_translation_the_organisations_group_and_its_volunteers(
    client, site_tree, models
):
    english = Locale.objects.get(language_code="en")
    original = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk)
    translation = original.copy_for_translation(english, copy_parents=True)
    # The state an older hub left behind: the translation with a group of its own.
    own_group = Group.objects.create(name="Vereinsredaktion: Kulturverein Haspe (12)")
    OrganisationPage.objects.filter(pk=translation.pk).update(editor_group=own_group)
    GroupPagePermission.objects.filter(page=translation).update(group=own_group)
    translator = builders.person("tom.translator", own_group, "Vereinsredaktion")
    untouched = OrganisationPage.objects.get(pk=site_tree.naturschutz.pk).editor_group_id

    merge_translation_groups(historical_models() if models == "the migration's" else apps)

    translation = OrganisationPage.objects.get(pk=translation.pk)
    assert translation.editor_group_id == original.editor_group_id
    assert translation.media_collection_id == original.media_collection_id
    assert not Group.objects.filter(pk=own_group.pk).exists()
    assert translator.groups.filter(pk=original.editor_group_id).exists()
    assert OrganisationPage.objects.get(pk=site_tree.naturschutz.pk).editor_group_id == untouched
    client.force_login(translator)
    assert client.get(edit_url(translation)).status_code == 200
    assert client.get(edit_url(original)).status_code == 200
