"""How the test suite finds the outside parts it needs: a browser, Redis, PostgreSQL.

Locally a missing part skips the tests that need it, with the reason shown in
the summary; CI sets HUB_REQUIRE_BROWSER / HUB_REQUIRE_SERVICES so that a
missing part fails instead.
"""

import os
import shutil

import pytest

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def _missing(reason: str, required_by: str):
    if os.environ.get(required_by) == "1":
        pytest.fail(f"{reason} ({required_by}=1)", pytrace=False)
    pytest.skip(reason)


def chromium_path() -> str:
    configured = os.environ.get("HUB_CHROMIUM")
    for candidate in (configured, *CHROMIUM_CANDIDATES, shutil.which("chromium")):
        if candidate and os.path.exists(candidate):
            return candidate
    _missing("no Chromium found: apt-get install chromium", "HUB_REQUIRE_BROWSER")
    return ""  # unreachable


def redis_url() -> str:
    url = os.environ.get("REDIS_URL", "")
    if not url:
        _missing("REDIS_URL is not set: no Redis to test against", "HUB_REQUIRE_SERVICES")
    return url
