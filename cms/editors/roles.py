"""The three editor roles and the per-club editor groups.

- "Redaktion" (city and network editors) may do everything with content.
- "Vereinsredaktion": every club gets a group of its own that may edit only its
  portrait's subtree and its own image and document collection.
- "Digitale Helfer*innen" reach the admin to moderate the shared hashtag and
  never edit pages.

Roles are set up after every ``migrate`` (and by ``manage.py setup_roles``);
everything here is idempotent.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

WORKFLOW_NAME = "Freigabe durch die Redaktion"
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
CITY_EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("taxonomy", "add_district"),
    ("taxonomy", "change_district"),
    ("taxonomy", "delete_district"),
    ("taxonomy", "add_topic"),
    ("taxonomy", "change_topic"),
    ("taxonomy", "delete_topic"),
    ("taxonomy", "add_targetgroup"),
    ("taxonomy", "change_targetgroup"),
    ("taxonomy", "delete_targetgroup"),
    ("campaigns", "add_campaign"),
    ("campaigns", "change_campaign"),
    ("campaigns", "delete_campaign"),
    ("core", "change_sitesettings"),
    ("organisations", "manage_club_editors"),
    ("simple_translation", "submit_translation"),
    ("mastodon", "add_mastodonaccount"),
    ("mastodon", "change_mastodonaccount"),
    ("mastodon", "delete_mastodonaccount"),
    ("newsletter", "view_subscriber"),
    ("newsletter", "change_subscriber"),
    ("newsletter", "delete_subscriber"),
]
HASHTAG_MODERATION = [
    "moderate_hashtagpost",
    "view_hashtagpost",
    "view_moderationdecision",
    "add_accountrule",
    "change_accountrule",
    "delete_accountrule",
    "view_accountrule",
    "add_wordrule",
    "change_wordrule",
    "delete_wordrule",
    "view_wordrule",
    "change_moderationsettings",
]


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(permission_type: str) -> Permission:
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
    )


def ensure_roles_after_migrate(sender, **kwargs):
    if sender.label != "editors":
        return
    # Permissions of apps later in INSTALLED_APPS are created by their own
    # post_migrate handlers, which have not run yet: create them now.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=kwargs.get("using", "default"))
    if Page.get_first_root_node() is None or Collection.get_first_root_node() is None:
        # `flush` (between transactional tests) also sends post_migrate, after
        # emptying every table, Wagtail's root page and collection included.
        return
    ensure_roles()


@transaction.atomic
def ensure_roles() -> dict[str, Group]:
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    city, _ = Group.objects.get_or_create(name=settings.HUB_GROUP_CITY_EDITORS)
    city.permissions.add(*[permission(*p) for p in CITY_EDITOR_MODEL_PERMISSIONS])
    for permission_type in ("add", "change", "publish", "bulk_delete", "lock", "unlock"):
        GroupPagePermission.objects.get_or_create(
            group=city, page=root_page, permission=page_permission(permission_type)
        )
    for app_label, codename in [*MEDIA_PERMISSIONS, ("wagtailimages", "delete_image")]:
        GroupCollectionPermission.objects.get_or_create(
            group=city, collection=root_collection, permission=permission(app_label, codename)
        )
    GroupCollectionPermission.objects.get_or_create(
        group=city,
        collection=root_collection,
        permission=permission("wagtaildocs", "delete_document"),
    )

    clubs, _ = Group.objects.get_or_create(name=settings.HUB_GROUP_CLUB_EDITORS)
    clubs.permissions.add(permission("wagtailadmin", "access_admin"))
    # Club editors may pick shared images (campaign artwork, the city's photos)
    # but only upload and change them in their own collection.
    for app_label, codename in [
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "choose_document"),
    ]:
        GroupCollectionPermission.objects.get_or_create(
            group=clubs, collection=root_collection, permission=permission(app_label, codename)
        )

    helpers, _ = Group.objects.get_or_create(name=settings.HUB_GROUP_DIGITAL_HELPERS)
    helpers.permissions.add(permission("wagtailadmin", "access_admin"))
    # The shared hashtag: its queue and log, the trust list, blocked words, held warnings.
    helpers.permissions.add(*[permission("mastodon", codename) for codename in HASHTAG_MODERATION])

    _ensure_workflow(city, root_page)
    _remove_unused_wagtail_default_groups()
    return {"city": city, "clubs": clubs, "helpers": helpers}


def _ensure_workflow(city: Group, root_page: Page) -> None:
    """Club editors without the right to publish submit their changes to the Redaktion."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name="Redaktion prüft").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Redaktion prüft")
    task.groups.add(city)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def _remove_unused_wagtail_default_groups() -> None:
    # Wagtail's own migrations create "Editors" and "Moderators"; the hub's
    # roles replace them. Keep them if someone already uses them.
    for name in ("Editors", "Moderators"):
        Group.objects.filter(name=name, user__isnull=True).delete()
    Workflow.objects.filter(name="Moderators approval", workflow_pages__isnull=True).update(
        active=False
    )


def club_group_name(organisation) -> str:
    return f"Vereinsredaktion: {organisation.title}"[:150]


@transaction.atomic
def sync_club_group(organisation) -> Group:
    """Create or update the editor group, collection and permissions of one club.

    The group may add and change pages below the portrait (the portrait itself
    and its offers); it may publish them only if the Redaktion allows it, and
    only once that setting is published: the right is read from the stored
    row, never from the in-memory page, which may be an unpublished draft.
    """
    group = organisation.editor_group
    name = club_group_name(organisation)
    if group is None:
        if Group.objects.filter(name=name).exists():
            name = f"{name} ({organisation.pk})"[:150]
        group = Group.objects.create(name=name)
        type(organisation).objects.filter(pk=organisation.pk).update(editor_group=group)
        organisation.editor_group = group
    group.permissions.add(permission("wagtailadmin", "access_admin"))

    wanted = {"add", "change", "lock", "unlock"}
    if stored_club_may_publish(organisation):
        wanted.add("publish")
    for permission_type in ("add", "change", "lock", "unlock", "publish"):
        lookup = {
            "group": group,
            "page_id": organisation.pk,
            "permission": page_permission(permission_type),
        }
        if permission_type in wanted:
            GroupPagePermission.objects.get_or_create(**lookup)
        else:
            GroupPagePermission.objects.filter(**lookup).delete()

    collection = club_collection(organisation)
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(app_label, codename)
        )
    return group


def stored_club_may_publish(organisation) -> bool:
    """``club_may_publish`` as stored in the page's row.

    For a live portrait that is the published value: saving a draft of a live
    page writes only Wagtail's bookkeeping columns, so a ticked box in a draft
    (or in an old revision reverted to) grants nothing until the Redaktion
    publishes it. (A portrait never published has only drafts; its row holds
    the latest one.)
    """
    stored = (
        type(organisation)
        .objects.filter(pk=organisation.pk)
        .values_list("club_may_publish", flat=True)
        .first()
    )
    return bool(stored)


def club_collection(organisation) -> Collection:
    if organisation.media_collection_id:
        return organisation.media_collection
    root = Collection.get_first_root_node()
    name = f"Verein: {organisation.title}"[:255]
    # Never adopt an existing collection by its name: two clubs may share a name
    # ("Förderverein der Grundschule"), and a deleted club's collection still
    # holds its images and the permissions of its old group.
    if root.get_children().filter(name=name).exists():
        name = f"Verein: {organisation.title}"[:240] + f" ({organisation.pk})"
    collection = root.add_child(name=name)
    type(organisation).objects.filter(pk=organisation.pk).update(media_collection=collection)
    organisation.media_collection = collection
    return collection
