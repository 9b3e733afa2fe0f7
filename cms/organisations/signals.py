"""Every organisation gets its own club editor group and image collection, shared by
all translations of its portrait (see editor_groups.py)."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from cms.editors.roles import sync_club_group
from cms.organisations.editor_groups import share_with_translations
from cms.organisations.models import OrganisationPage


@receiver(pre_save, sender=OrganisationPage, dispatch_uid="organisation-own-group")
def organisation_saving(sender, instance: OrganisationPage, raw=False, **kwargs):
    """A copy of a portrait arrives with the original's group and collection (Wagtail
    copies every field); it must get its own. A translation keeps them."""
    if raw:
        return
    share_with_translations(instance)


@receiver(post_save, sender=OrganisationPage, dispatch_uid="organisation-club-group")
def organisation_saved(sender, instance: OrganisationPage, raw=False, **kwargs):
    if raw:
        return
    # Grants the (shared) group its permissions on this portrait, whichever
    # translation it is: each sits in its own locale's tree.
    sync_club_group(instance)
