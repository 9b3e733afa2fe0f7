"""Fixtures every test may use: a minimal site tree and the hub's named people.

Keep this file small and general; folders add their own conftest.py for more.
"""

import pytest
from django.conf import settings

from tests import builders
from tests.catalogues import compile_stale_catalogues


def pytest_sessionstart(session):
    compile_stale_catalogues()


@pytest.fixture
def site_tree(db) -> builders.SiteTree:
    """Home page (the default site's root), the organisation index and two published
    clubs, "Kulturverein Haspe" and "Naturschutzgruppe Hohenlimburg", one offer each."""
    return builders.site_tree()


@pytest.fixture
def city_editor(db):
    """Stadtredaktion: may do everything with content."""
    return builders.person("rita.redaktion", settings.HUB_GROUP_CITY_EDITORS)


@pytest.fixture
def club_editor(site_tree):
    """Volunteer of the Kulturverein Haspe, editing its portrait only."""
    return builders.club_editor_of(site_tree.kulturverein, "karl.kulturverein")


@pytest.fixture
def other_club_editor(site_tree):
    """Volunteer of the Naturschutzgruppe Hohenlimburg."""
    return builders.club_editor_of(site_tree.naturschutz, "nina.naturschutz")


@pytest.fixture
def digital_helper(db):
    """Moderates the shared hashtag; never edits pages."""
    return builders.person("dana.digital", settings.HUB_GROUP_DIGITAL_HELPERS)


@pytest.fixture(autouse=True)
def tasks_run_in_the_test_process(request):
    """Celery tasks run eagerly unless a test starts a real worker (``celery_worker``).

    Without this, a test whose transaction commits would queue messages on the
    real broker that no worker of this test ever reads.
    """
    from cms.celery import app

    eager = "celery_worker" not in request.fixturenames
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = eager
    yield
    app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def fresh_cache(settings):
    """Each test gets an empty in-process cache: cached feeds and listings of one
    test's rows must never be served to the next (the file and Redis caches
    outlive the test database)."""
    from django.core.cache import cache

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}
    }
    cache.clear()
    yield
    cache.clear()
