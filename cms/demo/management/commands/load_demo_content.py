"""Load the Hagen demo: pages, images, documents, the campaign and the demo accounts.

Safe to run again: pages are found by slug below their parent, images and
documents by title, accounts by username; what exists is kept as it is, except
that example offers and courses whose dates have passed get new ones (``make
run`` loads the demo at every start, and a demo full of past dates looks dead).
"""

import logging
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from cms.demo import campaign, courses, mastodon, newsletter, organisations, resources, site, users
from cms.demo.content.organisations import CULTURE_CLUB
from cms.demo.content.resources import DOCUMENTS
from cms.demo.documents import count_kept_documents
from cms.demo.images import count_kept_images
from cms.demo.logins import describe_logins
from cms.demo.report import Tally


class Command(BaseCommand):
    help = (
        "Lädt die Hagener Demo-Inhalte (Seiten, Bilder, Kampagne, Demo-Zugänge). "
        "Mehrfaches Ausführen legt nichts doppelt an."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet", action="store_true", help="Nur Fehler ausgeben, keine Zusammenfassung."
        )

    def handle(self, *args, quiet: bool = False, **options):
        started = time.monotonic()
        with quiet_loggers("wagtail", "django_tasks"):
            tally = load(timezone.localdate())
        if quiet:
            return
        seconds = f"{time.monotonic() - started:.1f}".replace(".", ",")
        verb = "geladen" if tally.changed_anything() else "waren schon vollständig da"
        self.stdout.write(f"Demo-Inhalte {verb} ({seconds} s):")
        self.stdout.write("\n".join(tally.lines()))
        self.stdout.write(describe_logins("http://127.0.0.1:8000"))


@transaction.atomic
def load(today) -> Tally:
    """Create whatever part of the demo is missing; all or nothing."""
    tally = Tally()
    accounts = users.ensure_users(tally)
    author = accounts["redaktion"]

    home = site.ensure_home(tally, author)
    the_campaign = campaign.ensure_campaign(home.locale, tally, today)
    sections = site.ensure_sections(home, the_campaign, tally, author)
    site.ensure_content_pages(home, tally, author)

    portraits = organisations.ensure_organisations(sections["organisations"], tally, author, today)
    users.join_club(accounts["verein"], portraits[CULTURE_CLUB])
    courses.ensure_courses(sections["courses"], tally, author, today)
    resources.ensure_resources(sections["resources"], tally, author)
    campaign.ensure_stories(sections["campaign"], the_campaign, portraits, tally, author)

    newsletter.load(home, tally, author)
    mastodon.load(home, tally, author)
    site.ensure_home_translations(home, tally, author)
    count_kept_images(tally)
    count_kept_documents(list(DOCUMENTS.values()), tally)
    return tally


@contextmanager
def quiet_loggers(*names: str):
    """Hold back the INFO lines Wagtail and the task runner log for every saved page.

    Hundreds of "Page created" and "Task ... SUCCESSFUL" lines would bury the
    summary; warnings and errors still get through.
    """
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
