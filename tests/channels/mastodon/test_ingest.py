"""Reading the shared hashtag from fake Mastodon servers: every status once, incremental,
restart-safe, sanitised, screened by the helpers' rules."""

import datetime

import pytest
from django.conf import settings

from channels.mastodon import ingest as ingest_module
from channels.mastodon.ingest import Source, ingest, ingest_all, sources
from channels.mastodon.models import (
    AccountRule,
    HashtagPost,
    IngestCursor,
    ModerationDecision,
    ModerationSettings,
    StatusPosting,
    WordRule,
)
from channels.mastodon.tasks import ingest_hashtag

State = HashtagPost.State


def hashtag_source(fake) -> Source:
    return Source(fake.base_url, HashtagPost.Source.HASHTAG, settings.HUB_HASHTAG)


def statuses(fake, count: int, start: datetime.datetime | None = None, **extra) -> list[dict]:
    start = start or datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=2)
    made = [
        fake.make_status(
            f"<p>Beitrag {number} für #EngagementHagen</p>",
            username=f"person{number % 50}",
            moment=start + datetime.timedelta(milliseconds=number),
            **extra,
        )
        for number in range(count)
    ]
    fake.add_to_timeline(*made)
    return made


def test_new_statuses_become_pending_posts_with_author_content_media_language_and_link(
    db, fake, django_capture_on_commit_callbacks, settings
):
    settings.MASTODON_HASHTAG_INSTANCES = [fake.base_url]
    fake.serve_png("/system/media/tisch.png")
    local = fake.make_status(
        '<p>Wir bauen Bänke für den Park! <a href="https://hagen.example/park">Mehr</a> '
        '<a href="http://127.0.0.1/tags/engagementhagen" class="mention hashtag">#<span>EngagementHagen</span></a></p>',
        username="kulturverein",
        display_name="Kulturverein Haspe :verein:",
        media_attachments=[fake.image_attachment("/system/media/tisch.png", "Ein Holztisch.")],
        language="de",
    )
    remote = fake.make_status(
        "<p>Merhaba Hagen!</p>", username="ayse", host="social.example", language="tr"
    )
    fake.add_to_timeline(local, remote)

    with django_capture_on_commit_callbacks(execute=True):
        outcome = ingest(hashtag_source(fake))

    assert (outcome.fetched, outcome.stored, outcome.error) == (2, 2, "")
    post = HashtagPost.objects.get(uri=local["uri"])
    assert post.state == State.PENDING
    assert post.author_acct == f"kulturverein@{fake.netloc.split(':')[0]}"
    assert post.author_name == "Kulturverein Haspe :verein:"
    assert post.url == local["url"]
    assert post.language == "de"
    assert 'rel="nofollow noopener ugc"' in post.content_html
    assert post.content_text.startswith("Wir bauen Bänke für den Park! Mehr #EngagementHagen")
    assert post.media[0]["description"] == "Ein Holztisch."
    assert post.media[0]["local_url"]  # copied at once (tasks run eagerly in tests)
    other = HashtagPost.objects.get(uri=remote["uri"])
    assert (other.author_acct, other.language) == ("ayse@social.example", "tr")


def test_reading_is_incremental_and_starts_after_the_last_stored_status(db, fake):
    statuses(fake, 3)
    ingest(hashtag_source(fake))
    cursor = IngestCursor.objects.get()
    newest = max(fake.timeline, key=lambda s: int(s["id"]))
    assert cursor.since_id == newest["id"]

    later = statuses(fake, 2, start=datetime.datetime.now(datetime.UTC))
    outcome = ingest(hashtag_source(fake))

    # Only the two new statuses were asked for: the earlier three are not read again.
    assert outcome.fetched == 2
    assert outcome.stored == 2
    assert HashtagPost.objects.count() == 5
    assert {p.uri for p in HashtagPost.objects.all()} >= {s["uri"] for s in later}


def test_a_flood_is_read_page_by_page_and_a_crash_mid_way_loses_and_repeats_nothing(
    db, fake, monkeypatch
):
    # The first reading sees the newest page only, as a fresh start does.
    first = statuses(fake, 1)
    ingest(hashtag_source(fake))
    flood = statuses(fake, 5000, start=datetime.datetime.now(datetime.UTC))

    # The third page's transaction fails (the worker dies): pages 1 and 2 stay stored.
    real_store = ingest_module.storing.store_statuses
    calls = {"n": 0}

    def store_then_die(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("worker killed")
        return real_store(*args, **kwargs)

    monkeypatch.setattr(ingest_module.storing, "store_statuses", store_then_die)
    with pytest.raises(RuntimeError):
        ingest(hashtag_source(fake), max_pages=50)
    assert HashtagPost.objects.count() == 1 + 80
    monkeypatch.setattr(ingest_module.storing, "store_statuses", real_store)

    # Later runs go on from there, 50 pages (2,000 statuses) at most per run.
    runs = 0
    while ingest(hashtag_source(fake), max_pages=50).fetched:
        runs += 1
    assert runs == 3
    stored = set(HashtagPost.objects.values_list("uri", flat=True))
    assert stored == {s["uri"] for s in [*first, *flood]}
    assert HashtagPost.objects.count() == 5001
    assert IngestCursor.objects.get().since_id == flood[-1]["id"]


def test_the_same_status_read_on_two_instances_is_one_post(db, fake, other_fake, settings):
    settings.MASTODON_HASHTAG_INSTANCES = [fake.base_url, other_fake.base_url]
    uri = "https://kulturverein.example/users/vorstand/statuses/42"
    fake.add_to_timeline(
        fake.make_status("<p>Hallo</p>", username="vorstand", host="kulturverein.example", uri=uri)
    )
    other_fake.add_to_timeline(
        other_fake.make_status(
            "<p>Hallo</p>", username="vorstand", host="kulturverein.example", uri=uri
        )
    )

    outcomes = ingest_all()

    assert [o.stored for o in outcomes] == [1, 0]
    assert HashtagPost.objects.get().instance_url == fake.base_url
    assert IngestCursor.objects.count() == 2


def test_mentions_of_the_hub_account_are_read_but_never_private_ones(db, fake, hub_account):
    public = fake.make_status("<p>@engagementhagen Schaut mal!</p>", username="nachbarin")
    direct = fake.make_status(
        "<p>@engagementhagen privat</p>", username="nachbar", visibility="direct"
    )
    fake.mention(public)
    fake.mention(direct)

    [_, mentions] = [ingest(source) for source in sources()]

    assert mentions.fetched == 2 and mentions.stored == 1
    post = HashtagPost.objects.get()
    assert (post.uri, post.source) == (public["uri"], HashtagPost.Source.MENTION)


def test_boosts_and_statuses_that_are_not_public_are_left_out(db, fake):
    original = fake.make_status("<p>Original</p>", username="a")
    boost = fake.make_status("", username="b", reblog=original)
    unlisted = fake.make_status("<p>leise</p>", username="c", visibility="unlisted")
    fake.add_to_timeline(boost, unlisted)

    outcome = ingest(hashtag_source(fake))

    assert outcome.fetched == 2 and outcome.stored == 0 and outcome.skipped == 2


def test_the_hubs_own_statuses_are_not_brought_in_again(db, fake, hub_account):
    own = fake.make_status("<p>Neues Angebot</p>", username=fake.account_username)
    StatusPosting.objects.create(
        idempotency_key="k", account=hub_account, item_url="https://x/", status_uri=own["uri"]
    )
    fake.add_to_timeline(own)

    assert ingest(hashtag_source(fake)).stored == 0


@pytest.mark.parametrize("status", [500, 503])
def test_a_refusing_server_stops_the_reading_and_the_next_run_goes_on(db, fake, status):
    statuses(fake, 3)
    fake.fail_next("GET", "/api/v1/timelines/tag/", status=status, reset_in=60)

    stopped = ingest(hashtag_source(fake))

    assert str(status) in stopped.error and stopped.stored == 0
    cursor = IngestCursor.objects.get()
    assert cursor.since_id == "" and str(status) in cursor.last_error
    resumed = ingest(hashtag_source(fake))
    assert resumed.stored == 3 and resumed.error == ""


def test_after_a_429_the_server_is_left_alone_until_its_rate_limit_resets(db, fake, monkeypatch):
    statuses(fake, 3)
    fake.fail_next("GET", "/api/v1/timelines/tag/", status=429, reset_in=120)

    stopped = ingest(hashtag_source(fake))
    asked = len(fake.requests)
    waiting = ingest(hashtag_source(fake))

    assert "429" in stopped.error and stopped.stored == 0
    assert "429" in IngestCursor.objects.get().last_error
    assert waiting.stored == 0 and "429" in waiting.error
    assert len(fake.requests) == asked  # not asked again before the reset
    later = ingest_module.pauses.clock() + 125
    monkeypatch.setattr(ingest_module.pauses, "clock", lambda: later)
    resumed = ingest(hashtag_source(fake))
    assert resumed.stored == 3 and resumed.error == ""


def test_a_late_arrival_below_the_reading_position_is_found_by_looking_back(db, fake, settings):
    settings.MASTODON_INGEST_LOOKBACK_SECONDS = 1800
    statuses(fake, 2, start=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=1))
    ingest(hashtag_source(fake))
    # Written ten minutes ago on a slow server, arriving now: its id lies below the cursor.
    late = fake.make_status(
        "<p>Verspätet</p>",
        username="langsam",
        host="slow.example",
        moment=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=10),
    )
    fake.add_to_timeline(late)

    assert ingest(hashtag_source(fake)).stored == 1
    assert HashtagPost.objects.filter(uri=late["uri"]).exists()


def test_the_helpers_rules_decide_on_arrival_and_say_so_in_the_log(db, fake):
    host = fake.netloc.split(":")[0]
    AccountRule.objects.create(acct=f"kulturverein@{host}", kind=AccountRule.Kind.TRUSTED)
    AccountRule.objects.create(acct=f"spam@{host}", kind=AccountRule.Kind.BLOCKED)
    WordRule.objects.create(word="Gewinnspiel")
    trusted = fake.make_status("<p>Sommerfest am Samstag</p>", username="kulturverein")
    warned = fake.make_status(
        "<p>Bilder vom Unfall</p>", username="kulturverein", spoiler_text="Unfall"
    )
    blocked = fake.make_status("<p>Kauft!</p>", username="spam")
    word = fake.make_status("<p>Großes GEWINNSPIEL heute</p>", username="jemand")
    plain = fake.make_status("<p>Hallo</p>", username="jemand")
    fake.add_to_timeline(trusted, warned, blocked, word, plain)

    ingest(hashtag_source(fake))

    state = dict(HashtagPost.objects.values_list("uri", "state"))
    assert state == {
        trusted["uri"]: State.APPROVED,
        warned["uri"]: State.PENDING,
        blocked["uri"]: State.HIDDEN,
        word["uri"]: State.HIDDEN,
        plain["uri"]: State.PENDING,
    }
    assert HashtagPost.objects.get(uri=warned["uri"]).screening_note.startswith(
        "Inhaltswarnung: „Unfall“"
    )
    log = {(d.post.uri, d.action, d.automatic, d.user) for d in ModerationDecision.objects.all()}
    assert log == {
        (trusted["uri"], "approve", True, None),
        (blocked["uri"], "hide", True, None),
        (word["uri"], "hide", True, None),
    }
    assert "Gewinnspiel" in HashtagPost.objects.get(uri=word["uri"]).decision_reason


def test_content_warnings_of_trusted_accounts_pass_when_the_helpers_switch_holding_off(db, fake):
    AccountRule.objects.create(
        acct=f"kulturverein@{fake.netloc.split(':')[0]}", kind=AccountRule.Kind.TRUSTED
    )
    ModerationSettings.objects.create(hold_content_warnings=False)
    fake.add_to_timeline(
        fake.make_status("<p>Spoiler</p>", username="kulturverein", spoiler_text="Filmende")
    )

    ingest(hashtag_source(fake))

    assert HashtagPost.objects.get().state == State.APPROVED


def test_the_beat_task_reads_every_source_and_is_scheduled(db, fake, hub_account):
    statuses(fake, 2)

    assert ingest_hashtag.delay().get() == 2
    assert settings.CELERY_BEAT_SCHEDULE["mastodon-ingest-hashtag"]["task"] == ingest_hashtag.name
