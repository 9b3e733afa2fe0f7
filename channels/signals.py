"""Syndication hangs off Wagtail's page signals, which also fire for scheduled publishing."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from channels.dispatch import dispatch_published, dispatch_withdrawn


@receiver(page_published, dispatch_uid="channels-page-published")
def page_was_published(sender, instance, revision=None, **kwargs):
    dispatch_published(instance, revision)


@receiver(page_unpublished, dispatch_uid="channels-page-unpublished")
def page_was_unpublished(sender, instance, **kwargs):
    dispatch_withdrawn(instance)
