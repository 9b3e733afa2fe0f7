"""The reader's language: which one a request reads in, and the honest German fallback.

A reader who chose Turkish stays in Turkish: the interface (navigation, search,
footer, forms) speaks Turkish on every page, and a page that has no Turkish
version yet is shown in German under the Turkish prefix (``/tr/finden/``), with
a notice and ``lang="de"`` on its content. Links to German pages made while a
reader reads in another language lead to that fallback, not out of the language.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale


@dataclass
class _Reading:
    language: str
    codes_by_locale: dict[int, str] = field(default_factory=dict)


_reading: ContextVar[_Reading | None] = ContextVar("reader_language", default=None)


def configured_languages() -> list[tuple[str, str]]:
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


def reader_language() -> str | None:
    """The language a reader chose by the URL prefix, if it is not the default one."""
    reading = _reading.get()
    return reading.language if reading else None


@contextmanager
def reading_in(language: str | None) -> Iterator[None]:
    """Make links to German pages lead to the fallback in ``language`` meanwhile
    (``None`` or German: links lead to the German pages themselves)."""
    reading = None if not language or language == settings.LANGUAGE_CODE else _Reading(language)
    token = _reading.set(reading)
    try:
        yield
    finally:
        _reading.reset(token)


class ReaderLanguageMiddleware:
    """Marks requests under a language prefix (/tr/…) as read in that language.

    Only the public site's prefixed paths count: the admin speaks its user's
    language and must keep showing German pages at their German address.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language()
        if language and request.path_info.startswith(f"/{language}/"):
            with reading_in(language):
                return self.get_response(request)
        return self.get_response(request)


def language_of_locale(locale_id: int | None) -> str:
    """The language code of a locale id, looked up once per request."""
    if locale_id is None:
        return settings.LANGUAGE_CODE
    reading = _reading.get()
    cache = reading.codes_by_locale if reading else {}
    if locale_id not in cache:
        code = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
        cache[locale_id] = code or settings.LANGUAGE_CODE
    return cache[locale_id]


def fallback_path(path: str, language: str) -> str:
    """A German page's path as seen by a reader of ``language``: ``/finden/`` → ``/tr/finden/``."""
    if not path.startswith("/") or language == settings.LANGUAGE_CODE:
        return path
    prefix = f"/{language}/"
    if path.startswith(prefix) or path == prefix.rstrip("/"):
        return path
    return prefix + path.lstrip("/")


def path_in(path: str, language: str) -> str:
    """A non-page path (feeds, newsletter forms) in another language, by Django's URLs."""
    return translate_url(path, language)


def is_fallback(page, language: str | None = None) -> bool:
    """True if ``page`` is shown in another language than the reader's."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    return language_of_locale(getattr(page, "locale_id", None)) != language
