"""A real Celery worker process for integration tests, on the suite's broker and database.

With REDIS_URL set (CI) the worker uses Redis; otherwise kombu's filesystem
transport in the test run's var folder. It always reads the *test* database.
"""

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def test_database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


class WorkerProcess:
    """Start, stop and kill `celery -A cms worker` as a separate process."""

    def __init__(self, tmp_path: Path, env: dict[str, str]):
        self.tmp_path = tmp_path
        self.env = env
        self.process: subprocess.Popen | None = None
        self.runs = 0

    def start(self, *, beat: bool = False, **extra_env: str) -> "WorkerProcess":
        self.runs += 1
        log = (self.tmp_path / f"worker-{self.runs}.log").open("w")
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "cms",
            "worker",
            "--pool=solo",
            "--loglevel=info",
            "--without-gossip",
            "--without-mingle",
            f"--hostname=test-worker-{self.runs}@%h",
        ]
        if beat:
            command += ["--beat", f"--schedule={self.tmp_path / 'beat-schedule'}"]
        # A session of its own: killing the group takes the beat that --beat forks
        # along, as a dying container would; an orphaned beat would go on queuing
        # into the broker for later tests.
        channels = {
            "channels": settings.HUB_CHANNELS,
            "routes": settings.HUB_CHANNEL_ROUTES,
            "plugins": settings.HUB_CHANNEL_PLUGINS,
        }
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**self.env, "HUB_TEST_CHANNELS": json.dumps(channels), **extra_env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self._wait_for_log("ready", log.name)
        return self

    def _wait_for_log(self, text: str, path: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited:\n{Path(path).read_text()[-3000:]}")
            if text in Path(path).read_text():
                return
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready in {timeout} s:\n{Path(path).read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL: no warm shutdown, no acknowledgement, nothing saved."""
        if self.process and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return "\n".join(
            (self.tmp_path / f"worker-{run}.log").read_text() for run in range(1, self.runs + 1)
        )


@pytest.fixture
def celery_worker(transactional_db, django_db_serialized_rollback, tmp_path):
    """A worker process factory; the test calls .start(). Rows must be committed to be seen.

    The test's tables are flushed afterwards and restored (serialized rollback),
    so the seeded vocabularies, roles and Wagtail's root page are there for the
    next test.
    """
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
        "DATABASE_URL": test_database_url(),
        "HUB_VAR_DIR": str(settings.VAR_DIR),
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "HUB_CHANNEL_PLUGINS": "ledger=tests.channels.fakes.LedgerChannel",
        "HUB_TEST_LEDGER": str(tmp_path / "ledger.jsonl"),
        # Flyers would be rendered into the checkout's media/ for every page a test
        # publishes; the flyer tests switch this on with a media folder of their own.
        "FLYER_RENDER_ON_PUBLISH": "0",
        # Short leases and sweeps, so a killed worker's delivery is taken over in seconds.
        "HUB_DELIVERY_LEASE_SECONDS": "3",
        "HUB_DELIVERY_STALL_SECONDS": "2",
        "HUB_SWEEP_SECONDS": "1",
        "HUB_DELIVERY_SWEEP_SECONDS": "1",
        "HUB_BROKER_VISIBILITY_TIMEOUT": "5",
    }
    worker = WorkerProcess(tmp_path, env)
    yield worker
    worker.stop()


def wait_until(condition, timeout: float = 60, interval: float = 0.2, message=""):
    """Poll until ``condition()`` is true; ``message`` may be a callable, read on failure
    (a worker's log, say, which is only worth reading once it is over)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    text = message() if callable(message) else message
    raise AssertionError(text or f"condition not met within {timeout} s")
