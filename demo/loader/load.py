"""Loading the whole demo in one transaction, and keeping its log lines out of the way."""

import datetime
import logging
from contextlib import contextmanager

from django.db import transaction

from demo.loader import (
    campaign,
    courses,
    mastodon,
    newsletter,
    organisations,
    resources,
    site,
    users,
)
from demo.loader.data import section
from demo.loader.documents import count_kept_documents
from demo.loader.images import count_kept_images
from demo.loader.report import Tally

# Loggers that write a line per saved page or queued task, and the level they
# are held at: Wagtail, its task runner, Celery (eager tasks, as in tests and
# with CELERY_TASK_ALWAYS_EAGER) and kombu, whose one warning (the filesystem
# broker has no hostname) is no news.
NOISY_LOGGERS = {
    "wagtail": logging.WARNING,
    "django_tasks": logging.WARNING,
    "celery": logging.WARNING,
    "kombu": logging.ERROR,
}


@transaction.atomic
def load(today: datetime.date) -> Tally:
    """Create whatever part of the demo is missing; all or nothing."""
    tally = Tally()
    accounts = users.ensure_users(tally)
    author = accounts["redaktion"]

    home = site.ensure_home(tally, author)
    the_campaign = campaign.ensure_campaign(home.locale, tally, today)
    sections = site.ensure_sections(home, the_campaign, tally, author)
    site.ensure_content_pages(home, tally, author)

    portraits = organisations.ensure_organisations(sections["organisations"], tally, author, today)
    users.join_club(accounts["verein"], portraits[section("organisations")["culture_club"]])
    courses.ensure_courses(sections["courses"], tally, author, today)
    resources.ensure_resources(sections["resources"], tally, author)
    campaign.ensure_stories(sections["campaign"], the_campaign, portraits, tally, author)

    newsletter.load(home, tally, author)
    mastodon.load(home, tally, author)
    site.ensure_home_translations(home, tally, author)
    count_kept_images(tally)
    count_kept_documents(list(section("resources")["documents"].values()), tally)
    return tally


@contextmanager
def quiet_logging(*, only_errors: bool = False):
    """Hold back the noisy loggers' chatter, and with ``only_errors`` all but errors.

    Hundreds of "Page created" and "Task ... succeeded" lines would bury the
    summary; with ``--quiet`` nothing but errors gets through.
    """
    loggers = [logging.getLogger(name) for name in NOISY_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger, held_at in zip(loggers, NOISY_LOGGERS.values(), strict=True):
        logger.setLevel(max(logger.getEffectiveLevel(), held_at))
    previous_disable = logging.root.manager.disable
    if only_errors:
        # Every logger, also the hub's own ones that eager tasks write to.
        logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(previous_disable)
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
