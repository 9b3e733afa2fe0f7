"""Languages, static and uploaded files, Wagtail, mail."""

from pathlib import Path

from django.conf.locale import LANG_INFO

from cms.env import env_bool, env_int, env_str
from cms.settings.base import BASE_DIR, DEBUG, SITE_URL

# --- Internationalisation ---------------------------------------------------------
# German is the source language; the others are those of Hagen's largest groups of
# newcomers. Each is named in itself, as the language switch shows it.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    # Leichte Sprache is German: a private-use subtag keeps screen readers on their
    # German voice (BCP 47 "de-x-ls"), while Django and Wagtail treat it as a
    # language of its own with its own catalogue and its own page tree.
    ("de-x-ls", "Leichte Sprache"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("ro", "Română"),
    ("bg", "Български"),
    ("pl", "Polski"),
]
# Django knows no language "de-x-ls"; templates and Wagtail's locale names ask it.
EXTRA_LANG_INFO = {
    "de-x-ls": {
        "bidi": False,
        "code": "de-x-ls",
        "name": "German (Easy Language)",
        "name_local": "Leichte Sprache",
    },
}
LANG_INFO.update(EXTRA_LANG_INFO)
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
