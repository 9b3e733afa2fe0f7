"""A real hub server process with the demo content, and headless Chromium to visit it.

The server runs in its own process on its own SQLite database in a temporary
folder, exactly as `make run` would (minus the worker: tasks run eagerly), so
that browser tests never share rows with the rest of the suite.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.services import chromium_path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [pytest.mark.integration, pytest.mark.browser]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_env(var_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "HUB_VAR_DIR": str(var_dir),
            "DJANGO_MEDIA_ROOT": str(var_dir / "media"),
            "CELERY_TASK_ALWAYS_EAGER": "1",
            "DJANGO_DEBUG": "0",
        }
    )
    return env


@pytest.fixture(scope="session")
def hub_url(tmp_path_factory):
    """Base URL of a running hub with the demo content loaded."""
    var_dir = tmp_path_factory.mktemp("hub-server")
    env = _server_env(var_dir)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--no-input"], ["load_demo_content", "--quiet"]):
        subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True, timeout=600)
    port = _free_port()
    log = open(var_dir / "server.log", "w")  # noqa: SIM115 - closed after the server stops
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{url}/healthz", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def _wait_until_up(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the hub server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the hub server did not answer {url} within {timeout} s")


@pytest.fixture(scope="session")
def chromium():
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API registers its asyncio loop as running in this thread
    # while the browser is open; Django's async-safety guard would then refuse
    # every database query of the tests that run meanwhile, though nothing runs
    # concurrently. Lift the guard for exactly that time.
    guard = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if guard is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = guard


@pytest.fixture
def page(chromium):
    context = chromium.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone_page(chromium):
    context = chromium.new_context(
        locale="de-DE", viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    yield page
    context.close()
