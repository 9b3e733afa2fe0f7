"""What every benchmark does first: point the hub at its own database, create and
migrate that database, and set Django up in this process.

Benchmarks never use the hub's own data: each names a database of its own
(created here if missing) and, where it needs one, a Redis database it may flush.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database named in ``url`` unless it exists (SQLite needs nothing)."""
    if not url.startswith("postgres"):
        return
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def set_up_hub(database_url: str, *, redis_url: str | None = None, **environment: str) -> None:
    """Environment, database and migrations for a benchmark, then ``django.setup()``.

    Without ``redis_url`` the hub runs on its embedded broker and cache, so a
    benchmark that needs no worker never depends on a Redis server.
    """
    os.environ.update(
        {"DJANGO_SETTINGS_MODULE": "cms.settings", "DATABASE_URL": database_url, **environment}
    )
    if redis_url:
        os.environ["REDIS_URL"] = redis_url
    else:
        os.environ.pop("REDIS_URL", None)
    ensure_database(database_url)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, check=True
    )

    import django

    django.setup()
    if redis_url:
        import redis

        redis.Redis.from_url(redis_url).flushdb()


def wait_for_worker(timeout: float = 60) -> None:
    """Until a Celery worker answers a ping on the configured broker."""
    from cms.celery import app

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app.control.ping(timeout=1):
            return
    raise SystemExit("the Celery worker did not come up")
