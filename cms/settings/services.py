"""The database, the cache and Celery: embedded by default, PostgreSQL and Redis when set."""

from pathlib import Path

import dj_database_url

from cms.env import env_bool, env_int, env_str
from cms.settings.base import VAR_DIR

# --- Database -----------------------------------------------------------------
# SQLite in var/ unless DATABASE_URL names another database (PostgreSQL in
# production and CI).
DATABASE_URL = env_str("DATABASE_URL", "")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL or f"sqlite:///{VAR_DIR / 'hub.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, for the test database too: the Celery worker that the
    # integration tests start is another process and must see the same rows.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-hub.sqlite3")}
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and Celery -----------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "")
CACHE_TIMEOUT = env_int("HUB_CACHE_TIMEOUT_MS", 500) / 1000
if REDIS_URL:
    # django-redis, because it can ignore connection errors: with Redis down the
    # site answers uncached (a little slower), never 500. Each ignored error is
    # logged (logger "hub.cache"); the health endpoint says the cache is down.
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hub",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                # A Redis that does not answer must not hold a page for long.
                "SOCKET_CONNECT_TIMEOUT": CACHE_TIMEOUT,
                "SOCKET_TIMEOUT": CACHE_TIMEOUT,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "hub.cache"

# Embedded default: kombu's filesystem transport. It needs no server and no
# extra package, and a worker in another process reads the same folder.
CELERY_BROKER_URL = REDIS_URL or "filesystem://"
# With Redis, unacknowledged messages of a killed worker come back after this
# many seconds; tasks are idempotent, so an early return is harmless.
BROKER_VISIBILITY_TIMEOUT = env_int("HUB_BROKER_VISIBILITY_TIMEOUT", 3600)
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {"visibility_timeout": BROKER_VISIBILITY_TIMEOUT}
    if REDIS_URL
    else {
        "data_folder_in": str(VAR_DIR / "broker" / "queue"),
        "data_folder_out": str(VAR_DIR / "broker" / "queue"),
        "processed_folder": str(VAR_DIR / "broker" / "processed"),
        # Broadcasts (worker pings, remote control) would otherwise land in ./control.
        "control_folder": str(VAR_DIR / "broker" / "control"),
        "store_processed": False,
        # The folder is polled; once a second (the default) makes a demo's
        # first publication trickle through for half a minute.
        "polling_interval": 0.2,
    }
)
if not REDIS_URL:
    # The embedded default keeps its database, cache and broker under var/.
    for _folder in ("data_folder_in", "processed_folder", "control_folder"):
        Path(CELERY_BROKER_TRANSPORT_OPTIONS[_folder]).mkdir(parents=True, exist_ok=True)
VAR_DIR.mkdir(parents=True, exist_ok=True)
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Europe/Berlin"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Periodic tasks; the channels add their own (cms.settings.channels).
CELERY_BEAT_SCHEDULE = {
    # Often: a dead worker's delivery is found here once its lease ran out.
    "requeue-stalled-deliveries": {
        "task": "channels.requeue_stalled",
        "schedule": float(env_int("HUB_DELIVERY_SWEEP_SECONDS", 10)),
    },
    # Live pages without their deliveries, unpublished pages still out: mended.
    "reconcile-deliveries": {
        "task": "channels.reconcile",
        "schedule": float(env_int("HUB_SWEEP_SECONDS", 60)),
    },
    # Wagtail's go-live and expiry dates (Wagtail itself has no scheduler).
    "publish-scheduled-pages": {
        "task": "core.publish_scheduled",
        "schedule": float(env_int("HUB_SCHEDULED_PUBLISHING_SECONDS", 60)),
    },
}
