"""The channels: which are enabled, where content goes, and each channel's own settings."""

from cms.env import env_bool, env_int, env_list, env_prefixed, env_str
from cms.settings.base import LOGGING
from cms.settings.security import HTTPS
from cms.settings.services import CELERY_BEAT_SCHEDULE
from cms.settings.site import DEFAULT_FROM_EMAIL

# --- Channels ---------------------------------------------------------------------------
# Every channel the hub knows; HUB_CHANNELS picks the enabled ones (all by default).
# Further channels from outside the hub: "slug=dotted.path.ToClass,…"; they
# receive every kind of content.
HUB_CHANNEL_PLUGINS = dict(entry.split("=", 1) for entry in env_list("HUB_CHANNEL_PLUGINS"))
HUB_CHANNEL_CLASSES = {
    "website": "channels.website.channel.WebsiteChannel",
    "mastodon": "channels.mastodon.channel.MastodonChannel",
    "newsletter": "channels.newsletter.channel.NewsletterChannel",
    "flyer": "channels.flyer.channel.FlyerChannel",
    **HUB_CHANNEL_PLUGINS,
}
HUB_CHANNELS = {
    slug: HUB_CHANNEL_CLASSES[slug]
    for slug in env_list("HUB_CHANNELS", list(HUB_CHANNEL_CLASSES))
    if slug in HUB_CHANNEL_CLASSES
}
# Each page type declares where its kind of content goes (ContentKind.channels in
# its model); plugin channels (HUB_CHANNEL_PLUGINS) receive every kind. An
# operator may override the channels of a kind here, e.g. {"course": ["website"]},
# or of every kind not named with "*".
HUB_CHANNEL_ROUTES: dict[str, list[str]] = {}
# Demo pages (marked "Beispielinhalt") go only to these channels, never to real
# followers or subscribers.
HUB_CHANNELS_FOR_EXAMPLES = ["website", "flyer"]
# The hashtag all clubs, initiatives and organisations share (without "#").
HUB_HASHTAG = env_str("HUB_HASHTAG", "EngagementHagen")
HUB_DELIVERY_MAX_ATTEMPTS = env_int("HUB_DELIVERY_MAX_ATTEMPTS", 8)
HUB_DELIVERY_RETRY_BASE_SECONDS = env_int("HUB_DELIVERY_RETRY_BASE_SECONDS", 30)
HUB_DELIVERY_RETRY_MAX_SECONDS = env_int("HUB_DELIVERY_RETRY_MAX_SECONDS", 3600)
# How long a claimed delivery is a worker's; renewed every third of it while the
# worker lives, so a dead worker's delivery is taken over after about this long.
HUB_DELIVERY_LEASE_SECONDS = env_int("HUB_DELIVERY_LEASE_SECONDS", 20)
# A pending delivery untouched this long is queued again by the sweeper.
HUB_DELIVERY_STALL_SECONDS = env_int("HUB_DELIVERY_STALL_SECONDS", 120)
# /health/ reports a problem when beat was not seen for this long, or a delivery
# has waited for this long (seconds).
HUB_HEALTH_BEAT_SECONDS = env_int("HUB_HEALTH_BEAT_SECONDS", 180)
HUB_HEALTH_PENDING_SECONDS = env_int("HUB_HEALTH_PENDING_SECONDS", 900)

# --- Mastodon channel and hashtag moderation (channels.mastodon) ------------------
# Accounts are connected in the admin (Hashtag → Mastodon-Konten), never here.
# Fernet keys encrypting their tokens at rest, comma-separated: the first
# encrypts, all decrypt (rotation). Empty: a key derived from the secret key.
MASTODON_TOKEN_KEYS = env_list("MASTODON_TOKEN_KEYS")
MASTODON_POST_VISIBILITY = env_str("MASTODON_POST_VISIBILITY", "public")
MASTODON_REQUEST_TIMEOUT = env_int("MASTODON_REQUEST_TIMEOUT", 30)
# Instances whose timeline of HUB_HASHTAG is read besides the hub account's own.
MASTODON_HASHTAG_INSTANCES = env_list("MASTODON_HASHTAG_INSTANCES")
MASTODON_INGEST_MAX_PAGES = env_int("MASTODON_INGEST_MAX_PAGES", 50)
# Late arrivals from other servers get ids from when they were written; each
# run looks this far back below its reading position for them.
MASTODON_INGEST_LOOKBACK_SECONDS = env_int("MASTODON_INGEST_LOOKBACK_SECONDS", 1800)
# Further hosts (besides the instances read and their subdomains) whose images
# the hub copies for the wall.
MASTODON_MEDIA_HOSTS = env_list("MASTODON_MEDIA_HOSTS")
CELERY_BEAT_SCHEDULE["mastodon-ingest-hashtag"] = {
    "task": "mastodon.ingest_hashtag",
    "schedule": float(env_int("MASTODON_INGEST_SECONDS", 300)),
}

# --- Newsletter channel (channels.newsletter) -------------------------------------
# Subscriptions with double opt-in, issues the Redaktion composes, sending in
# batches through Django's mail backend (see the README, "Newsletter"). The
# channel reports "not configured" while mail goes to the console.
# Empty: Django's SMTP backend becomes the hub's (which commits each recipient
# just before the end of the SMTP transaction); any other EMAIL_BACKEND (a
# provider's, e.g. from django-anymail) is used as it is.
NEWSLETTER_EMAIL_BACKEND = env_str("NEWSLETTER_EMAIL_BACKEND", "")
# A provider's credentials for django-anymail, named as Anymail names them
# (ANYMAIL_MAILGUN_API_KEY=… becomes ANYMAIL["MAILGUN_API_KEY"]).
ANYMAIL = env_prefixed("ANYMAIL_")
NEWSLETTER_FROM_EMAIL = env_str("NEWSLETTER_FROM_EMAIL", "") or DEFAULT_FROM_EMAIL
# Where mail clients send the "mailto:" unsubscribe; empty: the sender's address.
NEWSLETTER_UNSUBSCRIBE_MAILTO = env_str("NEWSLETTER_UNSUBSCRIBE_MAILTO", "")
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 200)
# Mails per second for all workers together (counted in the cache); 0: no limit.
NEWSLETTER_MAX_PER_SECOND = env_int("NEWSLETTER_MAX_PER_SECOND", 20)
NEWSLETTER_SMTP_TIMEOUT = env_int("NEWSLETTER_SMTP_TIMEOUT", 30)
# A recipient claimed by a worker that died is sent again after this many seconds.
NEWSLETTER_CLAIM_LEASE_SECONDS = env_int("NEWSLETTER_CLAIM_LEASE_SECONDS", 120)
NEWSLETTER_MAX_ATTEMPTS = env_int("NEWSLETTER_MAX_ATTEMPTS", 5)
NEWSLETTER_CONFIRM_DAYS = env_int("NEWSLETTER_CONFIRM_DAYS", 7)
NEWSLETTER_SUBSCRIBE_PER_IP_PER_HOUR = env_int("NEWSLETTER_SUBSCRIBE_PER_IP_PER_HOUR", 10)
NEWSLETTER_SUBSCRIBE_PER_ADDRESS_PER_DAY = env_int("NEWSLETTER_SUBSCRIBE_PER_ADDRESS_PER_DAY", 3)
# Behind the documented reverse proxy the client's address is the last entry of
# X-Forwarded-For (the proxy appends it; clients cannot forge that one).
NEWSLETTER_TRUST_X_FORWARDED_FOR = env_bool("NEWSLETTER_TRUST_X_FORWARDED_FOR", HTTPS)
# A weekly digest for subscribers who chose "Wöchentliche Zusammenfassung".
NEWSLETTER_WEEKLY_DIGEST = env_bool("NEWSLETTER_WEEKLY_DIGEST", True)
CELERY_BEAT_SCHEDULE.update(
    {
        "newsletter-resume-sendings": {
            "task": "newsletter.resume_sendings",
            "schedule": float(env_int("HUB_SWEEP_SECONDS", 60)),
        },
        "newsletter-expire-unconfirmed": {
            "task": "newsletter.expire_unconfirmed",
            "schedule": 3600.0,
        },
        # Hourly; the task itself sends at most one digest per week, on Monday morning.
        "newsletter-weekly-digest": {"task": "newsletter.send_weekly_digest", "schedule": 3600.0},
    }
)

# --- Flyer channel (channels.flyer) ------------------------------------------------
# Print-ready PDFs of every published page in every layout (see the README,
# "Flyers"). The worker renders them on publish; with 0, or when tasks run
# eagerly, they are rendered on first download instead.
FLYER_RENDER_ON_PUBLISH = env_bool("FLYER_RENDER_ON_PUBLISH", True)
# Most flyers one print-run PDF of the admin's "Flyer-Sammeldruck" may hold.
FLYER_BATCH_MAX_PAGES = env_int("FLYER_BATCH_MAX_PAGES", 60)
# WeasyPrint reports every step of every PDF at INFO.
LOGGING["loggers"]["weasyprint.progress"] = {"level": "WARNING"}

# Labels of the three editor roles; set up after every migrate by cms.editors.
HUB_GROUP_CITY_EDITORS = "Redaktion"
HUB_GROUP_CLUB_EDITORS = "Vereinsredaktion"
HUB_GROUP_DIGITAL_HELPERS = "Digitale Helfer*innen"

HUB_DEMO_PASSWORD = env_str("HUB_DEMO_PASSWORD", "hagen-demo-2026")
