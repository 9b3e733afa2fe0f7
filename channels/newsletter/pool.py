"""The pool of candidates for the next issue, filled by the newsletter channel."""

from __future__ import annotations

from django.utils import timezone
from wagtail.models import Page

from channels.newsletter.models import Candidate
from channels.newsletter.segments import segment_of
from contract.item import Item


def remember(item: Item) -> Candidate:
    """Add a published item to the pool, or bring its entry up to date.

    An update keeps the time it was first queued: an edited offer is not news
    again. A page published again after being withdrawn is back in the pool.
    """
    segment = segment_of(item)
    # Items stored before they carried it: Wagtail's generic page row has it.
    translation_key = item.translation_key or (
        Page.objects.filter(pk=item.page_id).values_list("translation_key", flat=True).first()
    )
    candidate, _created = Candidate.objects.update_or_create(
        page_id=item.page_id,
        defaults={
            "translation_key": translation_key,
            "language": item.language,
            "kind": segment.kind,
            "topics": list(segment.topics),
            "districts": list(segment.districts),
            "item": item.to_json(),
            "withdrawn_at": None,
        },
    )
    return candidate


def forget(page_id: int) -> None:
    """The page was withdrawn: drop it from the pool, unless an issue already carried it."""
    candidate = Candidate.objects.filter(page_id=page_id).first()
    if candidate is None:
        return
    if candidate.sent_at is None:
        candidate.delete()
    else:
        candidate.withdrawn_at = timezone.now()
        candidate.save(update_fields=["withdrawn_at", "updated_at"])
