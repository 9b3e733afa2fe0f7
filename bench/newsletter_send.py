"""How fast does one worker deliver a newsletter to 10,000 subscribers?

Starts a local SMTP sink (aiosmtpd, in its own process, counting what it
accepts), one Celery worker process (solo pool) on Redis and PostgreSQL with
the hub's SMTP backend pointed at the sink, sends one issue to N subscribers
in a few segments (languages, kinds of content), and prints mails per second
from "Versenden" to the last recipient recorded as sent, plus the worker's
peak memory (VmHWM). At the end it checks that the sink got exactly one mail
per recipient.

    .venv/bin/python bench/newsletter_send.py [--subscribers 10000]
        [--database-url postgres://postgres@127.0.0.1:5432/newsletterbench]
        [--redis-url redis://127.0.0.1:6379/8] [--batch-size 200] [--port 8219]

It uses its own database (created if missing and migrated) and flushes its
Redis database first, so it never touches the hub's data.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hub_setup import ROOT, set_up_hub, wait_for_worker


def run_sink(port: int, summary: Path) -> None:
    """The SMTP sink process: count mails per recipient, write them out on SIGTERM."""
    import asyncio
    from collections import Counter

    from aiosmtpd.controller import Controller

    counts: Counter = Counter()

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            counts.update(envelope.rcpt_tos)
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    stop = asyncio.Event()

    def finish(*_):
        summary.write_text(json.dumps(counts))
        controller.stop()
        os._exit(0)

    signal.signal(signal.SIGTERM, finish)
    print("sink ready", flush=True)
    while not stop.is_set():
        time.sleep(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/newsletterbench"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/8")
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--port", type=int, default=8219)
    parser.add_argument("--sink", nargs=2, metavar=("PORT", "SUMMARY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sink:
        run_sink(int(args.sink[0]), Path(args.sink[1]))
        return

    set_up_hub(args.database_url, redis_url=args.redis_url, HUB_CHANNELS="website")
    issue = prepare(args.subscribers)

    summary = Path(f"/tmp/newsletter-bench-sink-{os.getpid()}.json")
    sink = subprocess.Popen(
        [sys.executable, __file__, "--sink", str(args.port), str(summary)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert sink.stdout.readline().strip() == "sink ready"
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "cms",
            "worker",
            "--pool=solo",
            "--loglevel=warning",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(args.port),
            "NEWSLETTER_MAX_PER_SECOND": "0",
            "NEWSLETTER_BATCH_SIZE": str(args.batch_size),
        },
    )
    try:
        wait_for_worker()
        from channels.newsletter import sending
        from channels.newsletter.models import Sending, SendLog

        started = time.monotonic()
        sending.start(issue)
        while Sending.objects.get(issue=issue).state != Sending.State.DONE:
            time.sleep(0.05)
            if time.monotonic() - started > 1800:
                raise SystemExit("not done within 30 minutes")
        elapsed = time.monotonic() - started
        peak_kib = _peak_memory_kib(worker.pid)
        sent = SendLog.objects.filter(issue=issue, state=SendLog.State.SENT).count()
    finally:
        worker.terminate()
        worker.wait(timeout=60)
        sink.terminate()
        sink.wait(timeout=30)

    counts = json.loads(summary.read_text())
    summary.unlink()
    recipients = [f"bench{n:05d}@example.org" for n in range(args.subscribers)]
    exactly_once = all(counts.get(address) == 1 for address in recipients)
    print(
        f"newsletter to {args.subscribers} subscribers, one worker (solo pool), "
        f"batches of {args.batch_size}, Redis + PostgreSQL, local SMTP sink"
    )
    print(f"  sent       {sent} in {elapsed:.1f} s")
    print(f"  throughput {sent / elapsed:.0f} mails/s")
    print(f"  peak RSS   {peak_kib / 1024:.0f} MiB (worker, VmHWM)")
    print(f"  exactly one mail per recipient at the sink: {'yes' if exactly_once else 'NO'}")
    if not exactly_once:
        raise SystemExit(1)


def prepare(count: int):
    """A draft issue with three items and `count` active subscribers in a few segments."""
    from django.utils import timezone

    from channels.newsletter.models import (
        IssueItem,
        NewsletterArchiveIndexPage,
        NewsletterIssuePage,
        Subscriber,
    )
    from cms.organisations.models import OfferPage
    from tests import builders

    tree = None
    if not OfferPage.objects.exists():
        tree = builders.site_tree()
    home = tree.home if tree else OfferPage.objects.first().get_ancestors().get(depth=2)
    archive = NewsletterArchiveIndexPage.objects.first() or builders.add_child(
        home, NewsletterArchiveIndexPage(title="Newsletter", slug="newsletter", summary="Archiv")
    )
    offers = list(OfferPage.objects.live()[:3])
    stamp = int(time.time())
    issue = NewsletterIssuePage(
        title=f"Benchmark {stamp}",
        slug=f"benchmark-{stamp}",
        summary="Benchmark",
        intro="Liebe Engagierte,\n\nhier ist das Neueste.",
        fill_automatically=False,
        include_community=False,
    )
    issue.picked_items = [IssueItem(page=page, sort_order=n) for n, page in enumerate(offers)]
    issue = builders.add_child(archive, issue, live=False)

    Subscriber.objects.filter(email__startswith="bench").delete()
    segments = [("de", []), ("en", []), ("de", ["offer"]), ("tr", ["offer", "course"])]
    now = timezone.now()
    Subscriber.objects.bulk_create(
        [
            Subscriber(
                email=f"bench{n:05d}@example.org",
                language=segments[n % len(segments)][0],
                kinds=segments[n % len(segments)][1],
                status=Subscriber.Status.ACTIVE,
                confirmed_at=now,
            )
            for n in range(count)
        ],
        batch_size=2000,
    )
    return issue


def _peak_memory_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    main()
