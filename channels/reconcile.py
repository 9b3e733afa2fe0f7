"""Make the deliveries match the pages, whatever went wrong on the way.

The publishing transaction writes the rows (``channels.publishing``), so a
crash there leaves the page not live. Still, pages can be live without their
deliveries: pages published before this check existed, a channel enabled
later, a row deleted by hand. Unpublished pages can still be out on a channel
when their withdrawal was lost. A beat task (``channels.reconcile``) finds both
and creates what is missing, so every such fault converges within a minute;
the health endpoint and the admin report count what it has not fixed yet.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from django.db import transaction
from django.db.models import F
from wagtail.models import Page, get_page_models

from channels.delivery import live_ref
from channels.dispatch import dispatch_published, dispatch_withdrawn
from channels.models import Delivery
from channels.registry import channels_for
from cms.core.kinds import key_of

logger = logging.getLogger(__name__)
State = Delivery.State
Action = Delivery.Action


def _syndicated_types() -> dict[int, type]:
    from django.contrib.contenttypes.models import ContentType

    models = [m for m in get_page_models() if not m._meta.abstract and hasattr(m, "to_item")]
    return {ContentType.objects.get_for_model(m).pk: m for m in models}


def expected_channels(page) -> set[str]:
    """Channels the page's live revision must have a row on (see ``dispatch_published``)."""
    switched_off = set(getattr(page, "distribution_off", None) or [])
    return {channel for channel in channels_for(page.item_kind) if channel not in switched_off}


def live_pages_missing_deliveries(limit: int = 200) -> list[tuple[Page, set[str]]]:
    """Live pages whose live revision lacks a row on a channel it should reach."""
    types = _syndicated_types()
    live = Page.objects.filter(
        live=True, live_revision__isnull=False, content_type_id__in=list(types)
    ).values_list("pk", "content_type_id")
    have: dict[int, set[str]] = defaultdict(set)
    # Read after the pages: a publish committing in between is seen with its rows.
    for page_id, channel in Delivery.objects.filter(
        page__live=True, revision_id=F("page__live_revision_id")
    ).values_list("page_id", "channel"):
        have[page_id].add(channel)
    # The channels of the kind are an upper bound; only pages short of it are
    # loaded, to read which channels their editors switched off.
    candidates = [
        pk for pk, type_id in live if set(channels_for(key_of(types[type_id]))) - have[pk]
    ]
    missing = []
    for page in Page.objects.filter(pk__in=candidates[: limit * 5]).specific():
        lacking = expected_channels(page) - have[page.pk]
        if lacking:
            missing.append((page, lacking))
        if len(missing) >= limit:
            break
    return missing


def unpublished_pages_still_out(limit: int = 200) -> list[Page]:
    """Pages no longer live that are still out on a channel with no withdrawal under way."""
    pairs = (
        Delivery.objects.filter(page__live=False, state=State.SENT)
        .exclude(external_id="")
        .values_list("page_id", "channel")
        .distinct()
    )
    withdrawing = set(
        Delivery.objects.filter(
            page__live=False, action=Action.WITHDRAW, state__in=[State.PENDING, State.RUNNING]
        ).values_list("page_id", "channel")
    )
    page_ids = []
    for page_id, channel in pairs:
        if (page_id, channel) in withdrawing or page_id in page_ids:
            continue
        if live_ref(page_id, channel) is not None:
            page_ids.append(page_id)
        if len(page_ids) >= limit:
            break
    return list(Page.objects.filter(pk__in=page_ids).specific())


def reconcile() -> dict[str, int]:
    """Create the deliveries that are missing; returns how many pages were mended."""
    created = 0
    mended = {"published": 0, "withdrawn": 0}
    for page, lacking in live_pages_missing_deliveries():
        with transaction.atomic():
            created += len(dispatch_published(page, page.live_revision))
        mended["published"] += 1
        logger.warning(
            "page %s was live without deliveries on %s; created them", page.pk, sorted(lacking)
        )
    for page in unpublished_pages_still_out():
        with transaction.atomic():
            created += len(dispatch_withdrawn(page))
        mended["withdrawn"] += 1
        logger.warning("page %s was unpublished but still out; queued its withdrawal", page.pk)
    mended["deliveries"] = created
    return mended
