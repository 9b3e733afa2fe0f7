"""One organisation, one editor group and one image collection, for all its translations.

An organisation is a portrait's translation key: the German portrait and its
English or Turkish translation are the same club, edited by the same
volunteers. So the translations share the source's editor group and image
collection, and the group's page permissions are granted on every
translation (each sits in its own locale's tree, so a permission on the
source portrait alone would not reach them).

A copy is a new organisation (Wagtail gives it a new translation key): it gets
a group and collection of its own, never the original's.
"""

from collections import defaultdict

SHARED = ("editor_group_id", "media_collection_id")


def share_with_translations(portrait) -> None:
    """Before a portrait is saved: drop a copied group or collection that belongs to
    another organisation, and take the one its translations already have."""
    others = type(portrait).objects.exclude(pk=portrait.pk)
    translations = others.filter(translation_key=portrait.translation_key)
    other_organisations = others.exclude(translation_key=portrait.translation_key)
    for attname in SHARED:
        value = getattr(portrait, attname)
        if value and other_organisations.filter(**{attname: value}).exists():
            value = None
        if value is None:
            value = (
                translations.exclude(**{f"{attname}__isnull": True})
                .order_by("pk")
                .values_list(attname, flat=True)
                .first()
            )
        setattr(portrait, attname, value)


def merge_translation_groups(apps) -> None:
    """Bring a database from before this rule in line: translations made then got a
    group (and collection) of their own.

    Per organisation, the oldest portrait's group and collection are kept; the
    members and the page and collection permissions of the other groups move
    to the kept group, and those groups are deleted. Their collections stay
    (with any images in them), their permissions now held by the kept group.
    """
    portraits = apps.get_model("organisations", "OrganisationPage").objects
    by_organisation = defaultdict(list)
    for row in portraits.order_by("pk").values_list(
        "pk", "translation_key", "editor_group_id", "media_collection_id"
    ):
        by_organisation[row[1]].append(row)
    for rows in by_organisation.values():
        kept_group = next((group for _, _, group, _ in rows if group), None)
        kept_collection = next((collection for *_, collection in rows if collection), None)
        for _, _, group, _ in rows:
            if group and group != kept_group:
                _move_group(apps, group, kept_group)
        portraits.filter(pk__in=[pk for pk, *_ in rows]).update(
            editor_group_id=kept_group, media_collection_id=kept_collection
        )
        for _, _, group, _ in rows:
            if group and group != kept_group:
                apps.get_model("auth", "Group").objects.filter(pk=group).delete()


def _move_group(apps, old: int, kept: int) -> None:
    """The old group's members and permissions, given to the kept group as well."""
    from django.conf import settings

    user_model = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    members = user_model.groups.through.objects
    for user_id in members.filter(group_id=old).values_list("user_id", flat=True):
        members.get_or_create(group_id=kept, user_id=user_id)
    for name, target in [
        ("GroupPagePermission", "page_id"),
        ("GroupCollectionPermission", "collection_id"),
    ]:
        permissions = apps.get_model("wagtailcore", name).objects
        for target_id, permission_id in permissions.filter(group_id=old).values_list(
            target, "permission_id"
        ):
            permissions.get_or_create(
                group_id=kept, permission_id=permission_id, **{target: target_id}
            )
