"""The hub's settings, plus a page type that only the tests know (tests.throwaway)."""

from cms.settings import *  # noqa: F403
from cms.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.throwaway"]
