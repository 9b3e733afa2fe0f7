"""Publish a burst while Redis restarts and workers are killed mid-post, against a
Mastodon-API server that ignores Idempotency-Key; count what arrived, and how often.

Runs real Celery worker processes (with beat) on a Redis server of its own (so
it can stop it) and PostgreSQL, with the hub's default settings for leases and
sweeps. It publishes N offers (website + Mastodon each); Redis is stopped after
a third of them and started again after half; the worker is SIGKILLed at every
K-th status the fake server receives, before its answer leaves, and started
again. It prints publishes, deliveries expected and sent, duplicate and lost
statuses, and the seconds from the end of the last fault until all delivered.

    .venv/bin/python bench/publish_faults.py [--publishes 100] [--kill-every 12]
        [--database-url postgres://postgres@127.0.0.1:5432/hub_bench_faults]
"""

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from hub_setup import ROOT, set_up_hub

from tests.services import OwnRedis


class Worker:
    def __init__(self, env: dict[str, str], log: Path):
        self.env, self.log, self.process, self.starts = env, log, None, 0
        self.lock = threading.Lock()

    def start(self) -> None:
        self.starts += 1
        schedule = self.log.parent / "beat-schedule"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "cms",
                "worker",
                "--beat",
                f"--schedule={schedule}",
                "--loglevel=warning",
                "--concurrency=2",
                "--without-gossip",
                "--without-mingle",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("a"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self) -> None:
        with self.lock:
            if self.process and self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)

    def dead(self) -> bool:
        return self.process is None or self.process.poll() is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--publishes", type=int, default=100)
    parser.add_argument("--kill-every", type=int, default=12)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/hub_bench_faults"
    )
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="hub-bench-faults-"))
    redis_server = OwnRedis(workdir).start()
    var_dir = workdir / "var"
    set_up_hub(
        args.database_url,
        redis_url=redis_server.url,
        HUB_CHANNELS="website,mastodon",
        HUB_VAR_DIR=str(var_dir),
        FLYER_RENDER_ON_PUBLISH="0",
    )

    from channels.mastodon.marker import carries_marker
    from channels.models import Delivery
    from cms.organisations.models import OrganisationPage
    from tests import builders
    from tests.channels.mastodon.conftest import connect
    from tests.channels.mastodon.fake_server import start_fake

    fake = start_fake(honours_idempotency_key=False)
    from channels.mastodon.models import MastodonAccount

    MastodonAccount.objects.all().delete()
    connect(fake)
    club = OrganisationPage.objects.filter(slug="kulturverein-haspe").first()
    club = club or builders.site_tree().kulturverein

    worker = Worker({**os.environ, "CELERY_TASK_ALWAYS_EAGER": "0"}, workdir / "worker.log")
    posts, kills = [0], [0]
    last_fault = [time.monotonic()]

    def kill_mid_post(status):
        posts[0] += 1
        if posts[0] % args.kill_every == 0:
            kills[0] += 1
            worker.kill()
            last_fault[0] = time.monotonic()

    fake.after_post = kill_mid_post
    worker.start()
    offers, stamp = [], time.time_ns()
    try:
        for number in range(args.publishes):
            if number == args.publishes // 3:
                redis_server.stop()
            if number == args.publishes // 2:
                redis_server.start()
                last_fault[0] = time.monotonic()
            offers.append(builders.offer(club, f"Belastungsprobe {stamp} Nr. {number}"))
            if worker.dead():
                worker.start()
        expected = 2 * len(offers)
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            if worker.dead():
                worker.start()
            rows = Delivery.objects.filter(page__in=offers)
            sent = rows.filter(state=Delivery.State.SENT).count()
            if sent >= expected:
                break
            time.sleep(0.5)
        until_delivered = time.monotonic() - last_fault[0]
    finally:
        worker.kill()
        redis_server.stop()
        fake.stop()

    statuses = list(fake.statuses.values())
    per_page = [sum(carries_marker(s, offer.full_url) for s in statuses) for offer in offers]
    print("publish burst: Redis restarted, workers killed mid-post, server ignores keys")
    print(f"  publishes            {len(offers)}")
    print(f"  deliveries expected  {expected}")
    print(f"  deliveries sent      {sent}")
    print(f"  worker kills         {kills[0]} (worker started {worker.starts} times)")
    print(f"  duplicate statuses   {sum(n - 1 for n in per_page if n > 1)}")
    print(f"  lost statuses        {per_page.count(0)}")
    print(f"  all delivered        {until_delivered:.1f} s after the last fault ended")


if __name__ == "__main__":
    main()
