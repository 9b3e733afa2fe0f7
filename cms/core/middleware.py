import datetime

from django.core.cache import cache
from django.db.models import Max
from django.http import HttpResponseBadRequest
from django.middleware import http
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import http_date, parse_http_date_safe
from wagtail.models import Page

PUBLIC_PREFIXES = ("/api/v2/", "/api/finder/")
MAX_AGE = 60


class RejectNullCharactersMiddleware:
    """A query with a NUL character gets a clear 400 instead of reaching the database.

    PostgreSQL cannot compare text with NUL, so a search such as ``?search=%00``
    would end in a server error in whatever view passes it on (Wagtail's API
    searches, the finder). Forms already refuse NUL; this covers query strings.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                return HttpResponseBadRequest(
                    "Die Anfrage enthält ein Nullzeichen und kann nicht bearbeitet werden.",
                    content_type="text/plain; charset=utf-8",
                )
        return self.get_response(request)


class ConditionalGetMiddleware(http.ConditionalGetMiddleware):
    """Django's conditional GET, for HEAD as well.

    Django's middleware handles GET only, so a HEAD answer lacked the ETag its
    GET has, although a HEAD must carry the same headers (RFC 9110, 9.3.2) and
    clients use it to check for changes without downloading.
    """

    def process_response(self, request, response):
        if request.method != "HEAD":
            return super().process_response(request, response)
        if self.needs_etag(response) and not response.has_header("ETag"):
            set_response_etag(response)
        etag = response.get("ETag")
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        if etag or last_modified:
            return get_conditional_response(
                request, etag=etag, last_modified=last_modified, response=response
            )
        return response


class PublicCacheHeadersMiddleware:
    """Cache headers for the public API: clients and proxies may keep answers for a
    minute, and ask again cheaply with If-Modified-Since (Django's
    ConditionalGetMiddleware, further out, answers 304 and adds an ETag).

    No public answer can be newer than the last publication on the site, so that
    moment is an honest Last-Modified for every one of them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method in ("GET", "HEAD")
            and request.path.startswith(PUBLIC_PREFIXES)
            and response.status_code == 200
            and not request.user.is_authenticated
        ):
            response.headers.setdefault("Cache-Control", f"public, max-age={MAX_AGE}")
            if modified := last_publication():
                response.headers.setdefault("Last-Modified", http_date(modified.timestamp()))
        return response


def last_publication() -> datetime.datetime | None:
    return cache.get_or_set(
        "website:last-publication",
        lambda: Page.objects.live().aggregate(latest=Max("last_published_at"))["latest"],
        timeout=10,
    )
