"""Every organisation portrait gets its own club editor group and image collection."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from cms.editors.roles import sync_club_group
from cms.organisations.models import OrganisationPage


@receiver(pre_save, sender=OrganisationPage, dispatch_uid="organisation-own-group")
def organisation_saving(sender, instance: OrganisationPage, raw=False, **kwargs):
    """A copy or translation of a portrait arrives with the original's group and
    collection (Wagtail copies every field); it must get its own instead."""
    if raw:
        return
    others = OrganisationPage.objects.exclude(pk=instance.pk)
    if (
        instance.editor_group_id
        and others.filter(editor_group_id=instance.editor_group_id).exists()
    ):
        instance.editor_group = None
    if (
        instance.media_collection_id
        and others.filter(media_collection_id=instance.media_collection_id).exists()
    ):
        instance.media_collection = None


@receiver(post_save, sender=OrganisationPage, dispatch_uid="organisation-club-group")
def organisation_saved(sender, instance: OrganisationPage, raw=False, **kwargs):
    if raw:
        return
    sync_club_group(instance)
