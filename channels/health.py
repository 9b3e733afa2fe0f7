"""How the hub is doing, for monitoring (``/health/``, JSON) and the operator's admin report.

Each check answers on its own: a database that is down does not hide that the
broker is up. The status is 200 when every check passes, else 503.
"""

from __future__ import annotations

import datetime
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from channels.models import Delivery, Heartbeat


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""
    data: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"ok": self.ok, "detail": self.detail, **self.data}


def _guarded(name: str, probe) -> Check:
    started = time.monotonic()
    try:
        check = probe()
    except Exception as error:
        check = Check(name, False, f"{type(error).__name__}: {error}"[:300])
    check.data.setdefault("ms", round((time.monotonic() - started) * 1000, 1))
    return check


def _database() -> Check:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return Check("database", True)


def _cache() -> Check:
    from django.core.cache import cache

    client = getattr(cache, "client", None)
    if client is not None and hasattr(client, "get_client"):
        # django-redis ignores connection errors on every cache call: ask Redis itself.
        client.get_client(write=True).ping()
        return Check("cache", True)
    probe = f"health-probe-{time.monotonic_ns()}"
    cache.set(probe, 1, 10)
    ok = cache.get(probe) == 1
    cache.delete(probe)
    return Check("cache", ok, "" if ok else _("Der Cache speichert nichts."))


def _broker() -> Check:
    from cms.celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, timeout=2)
    return Check("broker", True)


def _beat() -> Check:
    seen = Heartbeat.objects.filter(name="beat").values_list("seen_at", flat=True).first()
    if seen is None:
        return Check("beat", False, _("Beat ist noch nie gelaufen."), {"last_seen": None})
    age = (timezone.now() - seen).total_seconds()
    ok = age <= settings.HUB_HEALTH_BEAT_SECONDS
    detail = "" if ok else _("Beat ist seit %(s)d Sekunden still.") % {"s": age}
    return Check("beat", ok, detail, {"last_seen": seen.isoformat(), "age_seconds": round(age)})


def _deliveries() -> Check:
    unfinished = Delivery.objects.filter(state__in=[Delivery.State.PENDING, Delivery.State.RUNNING])
    oldest = unfinished.order_by("created_at").values_list("created_at", flat=True).first()
    age = (timezone.now() - oldest).total_seconds() if oldest else 0
    ok = age <= settings.HUB_HEALTH_PENDING_SECONDS
    detail = "" if ok else _("Eine Verbreitung wartet seit %(m)d Minuten.") % {"m": age // 60}
    return Check(
        "deliveries",
        ok,
        detail,
        {
            "unfinished": unfinished.count(),
            "oldest_pending_seconds": round(age),
            "failed": Delivery.objects.filter(state=Delivery.State.FAILED).count(),
        },
    )


def _pages() -> Check:
    from channels.reconcile import live_pages_missing_deliveries

    # A page published in the last sweep may be waiting for the reconcile task.
    grace = timezone.now() - datetime.timedelta(seconds=settings.HUB_HEALTH_BEAT_SECONDS)
    missing = [
        (page, lacking)
        for page, lacking in live_pages_missing_deliveries()
        if page.last_published_at and page.last_published_at < grace
    ]
    detail = (
        _("%(n)d Seiten sind live ohne ihre Verbreitungen.") % {"n": len(missing)}
        if missing
        else ""
    )
    return Check(
        "pages",
        not missing,
        detail,
        {
            "live_without_deliveries": len(missing),
            "examples": [
                {"page": page.pk, "title": page.title, "channels": sorted(lacking)}
                for page, lacking in missing[:10]
            ],
        },
    )


def run_checks() -> list[Check]:
    checks = [_guarded("database", _database), _guarded("cache", _cache)]
    checks.append(_guarded("broker", _broker))
    if checks[0].ok:
        checks += [
            _guarded("beat", _beat),
            _guarded("deliveries", _deliveries),
            _guarded("pages", _pages),
        ]
    return checks


@never_cache
def health(request):
    checks = run_checks()
    ok = all(check.ok for check in checks)
    body = {
        "status": "ok" if ok else "problem",
        "checks": {check.name: check.as_json() for check in checks},
    }
    return JsonResponse(body, status=200 if ok else 503)
