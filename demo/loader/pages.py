"""Finding a demo page below its parent by slug, or creating, validating and publishing it."""

from collections.abc import Callable
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from wagtail.fields import StreamField
from wagtail.models import Page

from demo.loader.report import Tally

P = TypeVar("P", bound=Page)


def ensure_page(
    parent: Page,
    model: type[P],
    slug: str,
    fields: dict,
    tally: Tally,
    *,
    user=None,
    prepare: Callable[[P], None] | None = None,
) -> P:
    """The child of ``parent`` with this slug; created and published if it is missing.

    An existing page is kept as it is, whatever editors changed. ``fields`` may
    hold many-to-many values and child objects (lists); ``prepare`` runs after
    the page exists (so it has a primary key, and an organisation its
    collection) and before it is validated and published.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        existing = existing.specific
        if not isinstance(existing, model):
            raise CommandError(
                f"Unter „{parent.title}“ gibt es schon eine Seite „{slug}“ vom Typ "
                f"{type(existing).__name__}, erwartet wurde {model.__name__}."
            )
        tally.kept("Seiten")
        return existing

    page = model(slug=slug, is_example=True, live=False, owner=user)
    for name, value in fields.items():
        setattr(page, name, value)
    parent.add_child(instance=page)
    if prepare is not None:
        prepare(page)
    publish(page, user=user)
    tally.created("Seiten")
    return page


def may_refresh(page: Page) -> bool:
    """Whether the demo may update a page it finds: an example with no pending draft.

    A draft means an editor is working on the page; their changes come first.
    """
    return page.is_example and not page.has_unpublished_changes


def publish(page: Page, *, user=None) -> None:
    """Validate every field, StreamField blocks included, and publish a new revision."""
    validate_streams(page)
    revision = page.save_revision(user=user, clean=True)
    revision.publish(user=user)


def validate_streams(page: Page) -> None:
    # Model validation does not look inside StreamFields; the editor's form would.
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            try:
                field.stream_block.clean(getattr(page, field.name))
            except ValidationError as error:
                raise CommandError(
                    f"Demo-Seite „{page.title}“, Feld {field.name}: {error.messages}"
                ) from error
