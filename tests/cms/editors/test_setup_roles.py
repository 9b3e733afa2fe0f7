"""Setting up the roles: groups, page and collection permissions, the workflow; twice is once."""

import io

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Workflow

from cms.editors.roles import WORKFLOW_NAME


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
