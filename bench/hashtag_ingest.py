"""How fast does the hub read the shared hashtag? Statuses per second, parsed, sanitised,
screened and stored.

Serves 5,000 statuses (text with links, mentions, hashtags and some hostile
HTML, content warnings, media, remote and local accounts) from the test
suite's fake Mastodon server and reads them the way the beat task does:
Mastodon.py fetches pages of 40 forward from the reading position, every
status is parsed and sanitised (nh3), screened by the helpers' rules and
stored with the cursor in one transaction per page. Prints the median of
several runs, and what parsing and sanitising alone take.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/mastodonbench \\
        .venv/bin/python bench/hashtag_ingest.py [--statuses 5000] [--runs 3]

It uses its own database (created if missing, migrated); each run starts from
an empty table. Copying images is a separate task and not timed here.
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing
import os
import random
import statistics
import tempfile
import threading
import time

from hub_setup import set_up_hub

TEXTS = [
    "<p>Sommerfest im Kulturverein! Wir suchen noch Helfer*innen für die Kuchentheke. "
    '<a href="https://hagen.example/sommerfest" rel="nofollow noopener" target="_blank">'
    '<span class="invisible">https://</span><span class="ellipsis">hagen.example/sommerfes'
    '</span><span class="invisible">t</span></a> '
    '<a href="https://mastodon.example/tags/EngagementHagen" class="mention hashtag" rel="tag">'
    "#<span>EngagementHagen</span></a></p>",
    '<p><span class="h-card"><a href="https://social.example/@nachbarin" class="u-url mention">'
    "@<span>nachbarin</span></a></span> danke fürs Mitanpacken beim Repair-Café :blobheart:"
    "</p><p>Nächster Termin: Dienstag, 18 Uhr.</p>",
    "<p>Krötenzaun am Hengsteysee: 38 Kröten, 11 Molche.<br>Wer kommt morgen früh mit?</p>",
    '<p>Klick <a href="javascript:alert(1)" onclick="x()">hier</a><script>alert(1)</script>'
    '<img src=x onerror=alert(1) alt=":party:"></p>',
    "<p>" + "Ein langer Bericht aus der Bezirksvertretung. " * 12 + "</p>",
    "<p>Großes Gewinnspiel!!! Jetzt klicken</p>",
]


def fill(fake, count: int) -> None:
    rng = random.Random(2026)
    start = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=3)
    statuses = []
    for number in range(count):
        remote = number % 3 == 0
        extra = {}
        if number % 10 == 0:
            extra["spoiler_text"] = "Politik"
        if number % 7 == 0:
            extra["media_attachments"] = [
                fake.image_attachment(f"/system/media/{number}.png", "Menschen am Infostand.")
            ]
        statuses.append(
            fake.make_status(
                rng.choice(TEXTS),
                username=f"verein{number % 300}",
                display_name=f"Verein Nummer {number % 300} :hagen:",
                host="social.example" if remote else None,
                moment=start + datetime.timedelta(milliseconds=number),
                language=rng.choice(["de", "de", "de", "tr", "en", "ar", "uk"]),
                **extra,
            )
        )
    fake.add_to_timeline(*statuses)


def serve(count: int, ready) -> None:
    """The fake server in a process of its own, so it does not compete with the hub for
    the interpreter lock, as a real server would not."""
    from tests.channels.mastodon.fake_server import start_fake

    fake = start_fake()
    fill(fake, count)
    ready.put((fake.base_url, list(fake.timeline)))
    threading.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statuses", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/mastodonbench"),
    )
    args = parser.parse_args()

    set_up_hub(
        args.database_url,
        HUB_VAR_DIR=os.environ.get("HUB_VAR_DIR") or tempfile.mkdtemp(prefix="bench-"),
        MASTODON_INGEST_LOOKBACK_SECONDS="0",
    )
    from django.db import connection
    from django.db.models import Count

    from channels.mastodon import tasks
    from channels.mastodon.ingest import Source, ingest, parse_status
    from channels.mastodon.models import (
        AccountRule,
        HashtagPost,
        IngestCursor,
        ModerationDecision,
        WordRule,
    )

    queued_copies = []
    tasks.copy_post_media.delay = queued_copies.append  # a separate task; not timed

    ready = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(args.statuses, ready), daemon=True)
    server.start()
    base_url, statuses = ready.get(timeout=120)
    source = Source(base_url, HashtagPost.Source.HASHTAG, "EngagementHagen")
    AccountRule.objects.get_or_create(acct="verein3@social.example", defaults={"kind": "trusted"})
    AccountRule.objects.get_or_create(acct="verein6@social.example", defaults={"kind": "blocked"})
    WordRule.objects.get_or_create(word="Gewinnspiel")

    def reset() -> None:
        ModerationDecision.objects.all().delete()
        HashtagPost.objects.all().delete()
        # A reading position just below the first status: the run reads all of them.
        first = min(int(status["id"]) for status in statuses)
        IngestCursor.objects.update_or_create(
            instance_url=source.instance_url,
            source=source.key,
            defaults={"since_id": str(first - 1), "statuses_read": 0},
        )

    seconds = []
    for _ in range(args.runs):
        reset()
        started = time.perf_counter()
        outcome = ingest(source, max_pages=args.statuses // 40 + 2)
        seconds.append(time.perf_counter() - started)
        assert outcome.error == "", outcome.error
        assert HashtagPost.objects.count() == args.statuses, HashtagPost.objects.count()

    started = time.perf_counter()
    for status in statuses:
        parse_status(status, source)
    parse_seconds = time.perf_counter() - started
    server.terminate()

    median = statistics.median(seconds)
    vendor = connection.vendor
    version = connection.cursor().connection.info.server_version if vendor == "postgresql" else ""
    print(
        f"{args.statuses} statuses in pages of 40, {vendor} {version} ({connection.settings_dict['NAME']})"
    )
    print(
        f"end to end (fetch with Mastodon.py, parse, sanitise, screen, store): "
        f"median {median:.2f} s = {args.statuses / median:,.0f} statuses/s "
        f"(runs: {', '.join(f'{s:.2f} s' for s in seconds)})"
    )
    print(
        f"parse and sanitise alone: {parse_seconds:.2f} s = "
        f"{len(statuses) / parse_seconds:,.0f} statuses/s"
    )
    states = dict(HashtagPost.objects.values_list("state").annotate(n=Count("pk")))
    print(
        f"stored {HashtagPost.objects.count()} posts (no duplicates: unique URI), states {states}, "
        f"{ModerationDecision.objects.count()} automatic decisions logged, "
        f"{len(queued_copies) // args.runs} image copies queued per run"
    )


if __name__ == "__main__":
    main()
