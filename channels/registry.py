"""Which channels are enabled, and which kinds of content go where.

``HUB_CHANNELS`` maps a channel slug to the dotted path of its class. Each page
type declares the channels its kind goes to by default (``ContentKind.channels``);
``HUB_CHANNEL_ROUTES`` lets an operator override that per kind (``"*"`` for
every kind not named), and channels from ``HUB_CHANNEL_PLUGINS`` receive every
kind. Editors switch single channels off per page.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from cms.core.kinds import default_channels
from contract.channel import Channel


@cache
def _load(slug: str, dotted_path: str) -> Channel:
    channel = import_string(dotted_path)()
    if channel.slug != slug:
        raise ValueError(f"{dotted_path} has slug {channel.slug!r}, configured as {slug!r}")
    return channel


def enabled_channels() -> dict[str, Channel]:
    return {slug: _load(slug, path) for slug, path in settings.HUB_CHANNELS.items()}


def get_channel(slug: str) -> Channel:
    try:
        return _load(slug, settings.HUB_CHANNELS[slug])
    except KeyError:
        raise LookupError(f"channel {slug!r} is not enabled") from None


def channels_for(kind: str) -> list[str]:
    """Enabled channels that items of this kind go to by default."""
    routes = settings.HUB_CHANNEL_ROUTES
    if kind in routes:
        wanted = routes[kind]
    elif "*" in routes:
        wanted = routes["*"]
    else:
        wanted = [*default_channels(kind), *settings.HUB_CHANNEL_PLUGINS]
    return [slug for slug in dict.fromkeys(wanted) if slug in settings.HUB_CHANNELS]


def choices() -> list[tuple[str, str]]:
    return [(slug, channel.verbose_name) for slug, channel in enabled_channels().items()]
