from celery import shared_task
from django.core.management import call_command


@shared_task(name="core.publish_scheduled")
def publish_scheduled() -> None:
    """Wagtail's scheduled publishing: pages whose go-live time has come go live
    (their deliveries with them: page_published fires as for a click), pages
    whose expiry has passed are unpublished (and withdrawn from every channel)."""
    call_command("publish_scheduled")
