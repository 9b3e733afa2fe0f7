"""HTTPS, cookies, headers, passwords and the checks that refuse unsafe production settings."""

from django.core.exceptions import ImproperlyConfigured

from cms.env import env_bool, env_int
from cms.settings.base import DEBUG, DEV_SECRET_KEY, SECRET_KEY

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
