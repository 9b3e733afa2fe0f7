"""How long from "Veröffentlichen" to the website channel's delivery being sent?

Runs a real Celery worker process against Redis and PostgreSQL, publishes N new
offers one after another and prints the median (and spread) of the time from
the publish call to the delivery's `sent_at`, as written by the worker.

    .venv/bin/python bench/publish_latency.py [--runs 40]
        [--database-url postgres://postgres@127.0.0.1:5432/hub_bench]
        [--redis-url redis://127.0.0.1:6379/5]

It uses its own database (created if missing, migrated, filled with a minimal
tree) so it never touches the hub's data.
"""

import argparse
import statistics
import subprocess
import sys
import time

from hub_setup import ROOT, set_up_hub, wait_for_worker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/hub_bench")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/5")
    args = parser.parse_args()

    set_up_hub(args.database_url, redis_url=args.redis_url, HUB_CHANNELS="website")

    from channels.models import Delivery
    from tests import builders

    club = _existing_club() if _club_exists() else builders.site_tree().kulturverein

    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "cms",
            "worker",
            "--loglevel=warning",
            "--concurrency=2",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
    )
    try:
        wait_for_worker()
        latencies = []
        for run in range(args.runs):
            started = _now()
            offer = builders.offer(club, f"Benchmark-Angebot {run} ({time.time_ns()})")
            delivery = _wait_for_sent(Delivery, offer)
            latencies.append((delivery.sent_at - started).total_seconds() * 1000)
    finally:
        worker.terminate()
        worker.wait(timeout=30)

    latencies.sort()
    print(
        f"publish → website delivery sent, {len(latencies)} runs, real worker on Redis + PostgreSQL"
    )
    print(f"  median {statistics.median(latencies):7.1f} ms")
    print(f"  p90    {latencies[int(len(latencies) * 0.9) - 1]:7.1f} ms")
    print(f"  min    {latencies[0]:7.1f} ms   max {latencies[-1]:7.1f} ms")


def _now():
    from django.utils import timezone

    return timezone.now()


def _club_exists() -> bool:
    from cms.organisations.models import OrganisationPage

    return OrganisationPage.objects.filter(slug="kulturverein-haspe").exists()


def _existing_club():
    from cms.organisations.models import OrganisationPage

    return OrganisationPage.objects.get(slug="kulturverein-haspe")


def _wait_for_sent(Delivery, offer, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        delivery = Delivery.objects.filter(page=offer, channel="website").first()
        if delivery and delivery.state == Delivery.State.SENT:
            return delivery
        time.sleep(0.005)
    raise SystemExit(f"delivery for {offer.title} not sent within {timeout} s")


if __name__ == "__main__":
    main()
