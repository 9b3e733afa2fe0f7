"""The shared vocabularies (districts, topics, target groups), found by what they declare.

A vocabulary model (``cms.taxonomy``) declares ``vocabulary_key = "district"``;
it has a ``slug`` (the same in every language) and a ``name`` per locale. Core,
the feeds and the channels read the terms from here without importing the app
that defines them.
"""

from __future__ import annotations

from functools import cache

from django.apps import apps
from django.db.models import QuerySet

DISTRICT = "district"
TOPIC = "topic"
TARGET_GROUP = "target_group"


@cache
def _models() -> dict:
    return {
        model.vocabulary_key: model
        for model in apps.get_models()
        if getattr(model, "vocabulary_key", None)
    }


def terms(key: str, locale=None) -> QuerySet:
    """The terms of one vocabulary (in one locale), in their editorial order."""
    model = _models().get(key)
    if model is None:
        raise LookupError(f"no vocabulary {key!r} is installed")
    queryset = model.objects.all()
    return queryset.filter(locale=locale) if locale is not None else queryset


def label(key: str, slug: str, locale) -> str | None:
    """A term's name in the locale, or None if there is no such term."""
    return terms(key, locale).filter(slug=slug).values_list("name", flat=True).first()
