"""What `load_demo_content` prints, run as `make run` and the browser tests run it: in a
process of its own, on a fresh SQLite database, with eager Celery tasks.

With ``--quiet`` nothing at all (no Celery task lines, no kombu warning); without
it the summary and the logins at the configured HUB_SITE_URL.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE_URL = "https://engagement.hagen.example"


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, subprocess.CompletedProcess]:
    var_dir = tmp_path_factory.mktemp("demo-command")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "HUB_VAR_DIR": str(var_dir),
            "DJANGO_MEDIA_ROOT": str(var_dir / "media"),
            # Publishing runs the delivery tasks in this process, as in the browser tests:
            # that is where Celery's task log lines came from.
            "CELERY_TASK_ALWAYS_EAGER": "1",
            "HUB_LOG_LEVEL": "INFO",
            "HUB_SITE_URL": SITE_URL,
        }
    )
    manage = [sys.executable, str(ROOT / "manage.py")]

    def run(*command: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*manage, *command],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )

    run("migrate", "--no-input")
    return {"quiet": run("load_demo_content", "--quiet"), "again": run("load_demo_content")}


def test_quiet_prints_nothing_not_even_celerys_task_lines(runs):
    quiet = runs["quiet"]
    assert quiet.stdout == ""
    assert quiet.stderr == ""


def test_the_loaded_demo_really_published_pages_in_the_quiet_run(runs):
    # The quiet run did the work: the second run only finds what it created.
    assert "waren schon vollständig da" in runs["again"].stdout
    assert " 0 neu" in runs["again"].stdout


def test_it_prints_the_configured_site_url_and_the_admin_login(runs):
    output = runs["again"].stdout
    assert f"Engagement Hub Hagen läuft: {SITE_URL}/\n" in output
    assert f"Redaktionsbereich (Wagtail): {SITE_URL}/admin/\n" in output
    assert "127.0.0.1" not in output
    for username in ("admin", "redaktion", "verein", "helfer"):
        assert f"  {username} " in output
