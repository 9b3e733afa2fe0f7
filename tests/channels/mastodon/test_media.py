"""Images of hashtag posts: copied (re-encoded) only from allowed servers and only with a
description; a hidden post keeps no copy; the wall never loads anything from elsewhere."""

import io

from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image

from channels.mastodon.inbound_media import copy_media, is_allowed
from channels.mastodon.moderation import decide
from channels.mastodon.tasks import copy_post_media
from tests.channels.mastodon.conftest import make_post


def test_only_the_servers_read_their_subdomains_and_configured_hosts_are_allowed():
    origins = {"mastodon.social": {"https"}, "cdn.masto.host": {"https"}}

    assert is_allowed("https://files.mastodon.social/media/a.png", origins)
    assert is_allowed("https://mastodon.social/system/a.png", origins)
    assert is_allowed("https://cdn.masto.host/x/a.png", origins)
    assert not is_allowed("http://files.mastodon.social/media/a.png", origins)  # no TLS
    assert not is_allowed("https://evilmastodon.social/a.png", origins)
    assert not is_allowed("https://mastodon.social.evil.example/a.png", origins)
    assert not is_allowed("https://169.254.169.254/latest/meta-data", origins)


def test_a_described_image_is_copied_re_encoded_and_an_undescribed_one_is_not(db, fake, settings):
    settings.MASTODON_HASHTAG_INSTANCES = [fake.base_url]
    fake.serve_png("/system/media/bank.png", size=(2400, 1600))
    fake.serve_png("/system/media/ohne.png")
    media = [
        fake.image_attachment("/system/media/bank.png", "Eine neue Parkbank."),
        fake.image_attachment("/system/media/ohne.png", ""),
        {**fake.image_attachment("/x.png", "Fremd"), "preview_url": "https://evil.example/x.png"},
    ]
    entries = [
        {
            "type": m["type"],
            "remote_url": m["preview_url"],
            "original_url": m["url"],
            "description": m["description"],
        }
        for m in media
    ]

    copied = copy_media(entries)

    name = copied[0]["local_name"]
    with default_storage.open(name) as handle, Image.open(handle) as image:
        assert image.format == "JPEG" and max(image.size) == 1200
    assert (copied[0]["width"], copied[0]["height"]) == (1200, 800)
    assert "local_name" not in copied[1]
    assert copied[2]["error"] == "Nicht von einem erlaubten Server."
    assert not any(path == "/x.png" for _, path in fake.requests)


def test_hiding_a_post_deletes_its_copies_and_approving_fetches_them_again(
    db, fake, settings, digital_helper, django_capture_on_commit_callbacks
):
    settings.MASTODON_HASHTAG_INSTANCES = [fake.base_url]
    fake.serve_png("/system/media/fest.png")
    post = make_post(
        1,
        state="approved",
        media=[
            {
                "type": "image",
                "remote_url": f"{fake.base_url}/system/media/fest.png",
                "description": "Ein Fest.",
            }
        ],
    )
    copy_post_media(post.pk)
    post.refresh_from_db()
    name = post.media[0]["local_name"]
    assert default_storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        decide([post.pk], "hide", digital_helper, "Bildrechte unklar")

    post.refresh_from_db()
    assert not default_storage.exists(name)
    assert "local_url" not in post.media[0]

    with django_capture_on_commit_callbacks(execute=True):
        decide([post.pk], "approve", digital_helper, "Geklärt")

    post.refresh_from_db()
    assert default_storage.exists(post.media[0]["local_name"])


def test_a_copy_that_arrives_after_the_post_was_hidden_is_thrown_away(db, fake, settings):
    settings.MASTODON_HASHTAG_INSTANCES = [fake.base_url]
    fake.serve_png("/system/media/spaet.png")
    post = make_post(
        1,
        state="hidden",
        media=[
            {
                "type": "image",
                "remote_url": f"{fake.base_url}/system/media/spaet.png",
                "description": "Zu spät.",
            }
        ],
    )

    assert copy_post_media(post.pk) == 0
    assert not any(path.endswith("spaet.png") for _, path in fake.requests)


def test_the_command_reads_every_source_now(db, fake, hub_account):
    fake.add_to_timeline(fake.make_status("<p>Hallo Hagen</p>", username="nachbarin"))
    out = io.StringIO()

    call_command("ingest_hashtag", stdout=out)

    assert "tag:EngagementHagen: 1 gelesen, 1 neu" in out.getvalue()
    assert "mentions: 0 gelesen" in out.getvalue()
