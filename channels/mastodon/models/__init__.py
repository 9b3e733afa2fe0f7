from channels.mastodon.models.accounts import MastodonAccount, StatusPosting
from channels.mastodon.models.posts import HashtagPost, IngestCursor, ModerationDecision
from channels.mastodon.models.rules import AccountRule, ModerationSettings, WordRule
from channels.mastodon.models.wall import HashtagWallPage

__all__ = [
    "AccountRule",
    "HashtagPost",
    "HashtagWallPage",
    "IngestCursor",
    "MastodonAccount",
    "ModerationDecision",
    "ModerationSettings",
    "StatusPosting",
    "WordRule",
]
