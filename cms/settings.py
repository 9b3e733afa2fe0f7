"""The one settings module of the hub.

Every value comes from the environment with an embedded default, so that
``make run`` works on a laptop with SQLite and a broker that needs no server,
while production sets ``DATABASE_URL``, ``REDIS_URL`` and the secrets.
See ``.env.example`` for every variable.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from cms.env import env_bool, env_int, env_list, env_prefixed, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("HUB_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DJANGO_DEBUG", False)
# Only a development default, so that `make run` needs no environment at all;
# production refuses it (see "Security" below).
DEV_SECRET_KEY = "django-insecure-dev-only-engagement-hub-hagen"
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "") or DEV_SECRET_KEY
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("HUB_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "cms.core",
    "cms.taxonomy",
    "cms.organisations",
    "cms.courses",
    "cms.boardsupport",
    "campaigns",
    "cms.finder",
    "cms.editors",
    "cms.demo",
    "channels",
    "channels.mastodon",
    "channels.newsletter",
    "channels.flyer",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "wagtail.api.v2",
    "django.contrib.sitemaps",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.core.middleware.RejectNullCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.core.middleware.PublicCacheHeadersMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.core.context_processors.site_navigation",
            ],
        },
    },
]

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
USING_POSTGRES = DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and Celery -----------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hub",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

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

# --- Internationalisation ---------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("uk", "Українська"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static and media ------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG and env_bool("HUB_MANIFEST_STATIC", False)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Engagement Hub Hagen"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILIMAGES_IMAGE_MODEL = "core.HubImage"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # German stemming and stop words on PostgreSQL full-text search.
        "SEARCH_CONFIG": "german",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Mail ---------------------------------------------------------------------------------
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if env_str("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Engagement Hub Hagen <engagement@hagen.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security ------------------------------------------------------------------------------
# HUB_HTTPS=1 says the hub is served over TLS by a reverse proxy that sets
# X-Forwarded-Proto (overwriting whatever a client sent); see docs/production.md.
# Every variable is read unconditionally so that cms.env.READ, and with it the
# check of .env.example, does not depend on the environment it ran in.
HTTPS = env_bool("HUB_HTTPS", False)
_ssl_redirect = env_bool("HUB_SSL_REDIRECT", True)
_hsts_seconds = env_int("HUB_HSTS_SECONDS", 31_536_000)

if HTTPS and not DEBUG and SECRET_KEY == DEV_SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set, and the development secret is refused in production "
        "(HUB_HTTPS=1, DJANGO_DEBUG=0). Generate one with "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'` "
        "and set it in .env (see .env.example and docs/production.md)."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and _ssl_redirect
SECURE_HSTS_SECONDS = _hsts_seconds if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Nothing of the hub is framed but Wagtail's preview panel, whose views set
# SAMEORIGIN on their own responses (wagtail.utils.decorators).
X_FRAME_OPTIONS = "DENY"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("HUB_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs search and reference indexing as django-tasks; one line
        # per task and state is noise.
        "django_tasks": {"level": "WARNING"},
    },
}

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Engagement Hub Hagen API",
    "DESCRIPTION": (
        "Öffentliche Inhalte des Engagement Hub Hagen: Seiten, Bilder und Dokumente "
        "(Wagtail API v2), der Engagement-Finder und – nur für Redakteur*innen – der "
        "Stand der Verbreitung."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Only the public API; the admin's own JSON endpoints are not part of it.
    "PREPROCESSING_HOOKS": ["cms.api.only_public_api"],
}
# A separate front end (the city mentioned an app for short-term offers) may
# read the API and feeds from these origins.
CORS_ALLOWED_ORIGINS = env_list("HUB_CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/(api|feeds)/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
WAGTAILAPI_LIMIT_MAX = 50

CELERY_BEAT_SCHEDULE = {
    "requeue-stalled-deliveries": {
        "task": "channels.requeue_stalled",
        "schedule": float(env_int("HUB_SWEEP_SECONDS", 60)),
    },
}

# --- Channels ---------------------------------------------------------------------------
# Every channel the hub knows; HUB_CHANNELS picks the enabled ones (all by default).
# Further channels from outside the hub: "slug=dotted.path.ToClass,…"; they
# receive every kind of content.
HUB_CHANNEL_PLUGINS = dict(entry.split("=", 1) for entry in env_list("HUB_CHANNEL_PLUGINS"))
HUB_CHANNEL_CLASSES = {
    "website": "channels.website.channel.WebsiteChannel",
    "mastodon": "channels.mastodon.channel.MastodonChannel",
    "newsletter": "channels.newsletter.channel.NewsletterChannel",
    "flyer": "channels.flyer.channel.FlyerChannel",
    **HUB_CHANNEL_PLUGINS,
}
HUB_CHANNELS = {
    slug: HUB_CHANNEL_CLASSES[slug]
    for slug in env_list("HUB_CHANNELS", list(HUB_CHANNEL_CLASSES))
    if slug in HUB_CHANNEL_CLASSES
}
# Which kinds of content go to which channels unless an editor switches one off;
# plugin channels (HUB_CHANNEL_PLUGINS) receive every kind.
_ROUTES = {
    "offer": ["website", "mastodon", "newsletter", "flyer"],
    "organisation": ["website", "mastodon", "newsletter", "flyer"],
    "course": ["website", "mastodon", "newsletter", "flyer"],
    "resource": ["website", "newsletter", "flyer"],
    "story": ["website", "mastodon", "newsletter", "flyer"],
    "*": ["website"],
}
HUB_CHANNEL_ROUTES = {kind: [*channels, *HUB_CHANNEL_PLUGINS] for kind, channels in _ROUTES.items()}
# Demo pages (marked "Beispielinhalt") go only to these channels, never to real
# followers or subscribers.
HUB_CHANNELS_FOR_EXAMPLES = ["website", "flyer"]
# The hashtag all clubs, initiatives and organisations share (without "#").
HUB_HASHTAG = env_str("HUB_HASHTAG", "EngagementHagen")
HUB_DELIVERY_MAX_ATTEMPTS = env_int("HUB_DELIVERY_MAX_ATTEMPTS", 8)
HUB_DELIVERY_RETRY_BASE_SECONDS = env_int("HUB_DELIVERY_RETRY_BASE_SECONDS", 30)
HUB_DELIVERY_RETRY_MAX_SECONDS = env_int("HUB_DELIVERY_RETRY_MAX_SECONDS", 3600)
# How long a worker may hold a delivery before another may take it over.
HUB_DELIVERY_LEASE_SECONDS = env_int("HUB_DELIVERY_LEASE_SECONDS", 300)
# A pending delivery untouched this long is queued again by the sweeper.
HUB_DELIVERY_STALL_SECONDS = env_int("HUB_DELIVERY_STALL_SECONDS", 120)

# --- Mastodon channel and hashtag moderation (channels.mastodon) ------------------
# Accounts are connected in the admin (Hashtag → Mastodon-Konten), never here.
# Fernet keys encrypting their tokens at rest, comma-separated: the first
# encrypts, all decrypt (rotation). Empty: a key derived from the secret key.
MASTODON_TOKEN_KEYS = env_list("MASTODON_TOKEN_KEYS")
MASTODON_POST_VISIBILITY = env_str("MASTODON_POST_VISIBILITY", "public")
MASTODON_REQUEST_TIMEOUT = env_int("MASTODON_REQUEST_TIMEOUT", 30)
# Instances whose timeline of HUB_HASHTAG is read besides the hub account's own.
MASTODON_HASHTAG_INSTANCES = env_list("MASTODON_HASHTAG_INSTANCES")
MASTODON_INGEST_MAX_PAGES = env_int("MASTODON_INGEST_MAX_PAGES", 50)
# Late arrivals from other servers get ids from when they were written; each
# run looks this far back below its reading position for them.
MASTODON_INGEST_LOOKBACK_SECONDS = env_int("MASTODON_INGEST_LOOKBACK_SECONDS", 1800)
# Further hosts (besides the instances read and their subdomains) whose images
# the hub copies for the wall.
MASTODON_MEDIA_HOSTS = env_list("MASTODON_MEDIA_HOSTS")
CELERY_BEAT_SCHEDULE["mastodon-ingest-hashtag"] = {
    "task": "mastodon.ingest_hashtag",
    "schedule": float(env_int("MASTODON_INGEST_SECONDS", 300)),
}

# --- Newsletter channel (channels.newsletter) -------------------------------------
# Subscriptions with double opt-in, issues the Redaktion composes, sending in
# batches through Django's mail backend (see the README, "Newsletter"). The
# channel reports "not configured" while mail goes to the console.
# Empty: Django's SMTP backend becomes the hub's (which commits each recipient
# just before the end of the SMTP transaction); any other EMAIL_BACKEND (a
# provider's, e.g. from django-anymail) is used as it is.
NEWSLETTER_EMAIL_BACKEND = env_str("NEWSLETTER_EMAIL_BACKEND", "")
# A provider's credentials for django-anymail, named as Anymail names them
# (ANYMAIL_MAILGUN_API_KEY=… becomes ANYMAIL["MAILGUN_API_KEY"]).
ANYMAIL = env_prefixed("ANYMAIL_")
NEWSLETTER_FROM_EMAIL = env_str("NEWSLETTER_FROM_EMAIL", "") or DEFAULT_FROM_EMAIL
# Where mail clients send the "mailto:" unsubscribe; empty: the sender's address.
NEWSLETTER_UNSUBSCRIBE_MAILTO = env_str("NEWSLETTER_UNSUBSCRIBE_MAILTO", "")
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 200)
# Mails per second for all workers together (counted in the cache); 0: no limit.
NEWSLETTER_MAX_PER_SECOND = env_int("NEWSLETTER_MAX_PER_SECOND", 20)
NEWSLETTER_SMTP_TIMEOUT = env_int("NEWSLETTER_SMTP_TIMEOUT", 30)
# A recipient claimed by a worker that died is sent again after this many seconds.
NEWSLETTER_CLAIM_LEASE_SECONDS = env_int("NEWSLETTER_CLAIM_LEASE_SECONDS", 120)
NEWSLETTER_MAX_ATTEMPTS = env_int("NEWSLETTER_MAX_ATTEMPTS", 5)
NEWSLETTER_CONFIRM_DAYS = env_int("NEWSLETTER_CONFIRM_DAYS", 7)
NEWSLETTER_SUBSCRIBE_PER_IP_PER_HOUR = env_int("NEWSLETTER_SUBSCRIBE_PER_IP_PER_HOUR", 10)
NEWSLETTER_SUBSCRIBE_PER_ADDRESS_PER_DAY = env_int("NEWSLETTER_SUBSCRIBE_PER_ADDRESS_PER_DAY", 3)
# Behind the documented reverse proxy the client's address is the last entry of
# X-Forwarded-For (the proxy appends it; clients cannot forge that one).
NEWSLETTER_TRUST_X_FORWARDED_FOR = env_bool("NEWSLETTER_TRUST_X_FORWARDED_FOR", HTTPS)
# A weekly digest for subscribers who chose "Wöchentliche Zusammenfassung".
NEWSLETTER_WEEKLY_DIGEST = env_bool("NEWSLETTER_WEEKLY_DIGEST", True)
CELERY_BEAT_SCHEDULE.update(
    {
        "newsletter-resume-sendings": {
            "task": "newsletter.resume_sendings",
            "schedule": float(env_int("HUB_SWEEP_SECONDS", 60)),
        },
        "newsletter-expire-unconfirmed": {
            "task": "newsletter.expire_unconfirmed",
            "schedule": 3600.0,
        },
        # Hourly; the task itself sends at most one digest per week, on Monday morning.
        "newsletter-weekly-digest": {"task": "newsletter.send_weekly_digest", "schedule": 3600.0},
    }
)

# --- Flyer channel (channels.flyer) ------------------------------------------------
# Print-ready PDFs of every published page in every layout (see the README,
# "Flyers"). The worker renders them on publish; with 0, or when tasks run
# eagerly, they are rendered on first download instead.
FLYER_RENDER_ON_PUBLISH = env_bool("FLYER_RENDER_ON_PUBLISH", True)
# Most flyers one print-run PDF of the admin's "Flyer-Sammeldruck" may hold.
FLYER_BATCH_MAX_PAGES = env_int("FLYER_BATCH_MAX_PAGES", 60)
# WeasyPrint reports every step of every PDF at INFO.
LOGGING["loggers"]["weasyprint.progress"] = {"level": "WARNING"}

# Labels of the three editor roles; set up after every migrate by cms.editors.
HUB_GROUP_CITY_EDITORS = "Redaktion"
HUB_GROUP_CLUB_EDITORS = "Vereinsredaktion"
HUB_GROUP_DIGITAL_HELPERS = "Digitale Helfer*innen"

HUB_DEMO_PASSWORD = env_str("HUB_DEMO_PASSWORD", "hagen-demo-2026")
