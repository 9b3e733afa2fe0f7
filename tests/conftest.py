"""Fixtures every test may use: a minimal site tree and the hub's named people.

Keep this file small and general; folders add their own conftest.py for more.
"""

import pytest
from django.conf import settings

from tests import builders


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
