"""The public API (Django REST framework, its OpenAPI schema) and who may read it."""

from cms.env import env_list

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
