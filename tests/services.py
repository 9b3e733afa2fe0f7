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


class OwnRedis:
    """A redis-server of the test's own on a free port, to stop and start again.

    The shared Redis is never stopped or flushed; a test that needs Redis to go
    away uses one of these. It keeps nothing on disk: a restart loses every
    queued message and cached value, as a crashed Redis without persistence does.
    """

    def __init__(self, tmp_path):
        import socket

        if not shutil.which("redis-server"):
            _missing("no redis-server: apt-get install redis-server", "HUB_REQUIRE_SERVICES")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.dir = tmp_path
        self.process = None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "OwnRedis":
        import subprocess
        import time

        import redis

        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        for _ in range(100):
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server on port {self.port} did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
