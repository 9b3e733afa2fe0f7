"""Every organisation portrait gets its own club editor group."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from cms.editors.roles import sync_club_group
from cms.organisations.models import OrganisationPage


@receiver(post_save, sender=OrganisationPage, dispatch_uid="organisation-club-group")
def organisation_saved(sender, instance: OrganisationPage, raw=False, **kwargs):
    if raw:
        return
    sync_club_group(instance)
