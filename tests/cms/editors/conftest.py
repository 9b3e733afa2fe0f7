"""Fixtures of the editor-role tests (the named people live in tests/conftest.py)."""

import pytest


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path
