"""Wagtail preview modes for every enabled channel: "So sieht es aus: Mastodon".

Registered on every hub page through the hooks of ``cms.core.extensions``
(see ``channels/wagtail_hooks.py``); the website is the page's own preview.
"""

from django.template.response import TemplateResponse

from channels.registry import channels_for, enabled_channels


def preview_channels(page) -> dict:
    wanted = channels_for(page.item_kind)
    return {
        slug: channel
        for slug, channel in enabled_channels().items()
        if slug != "website" and slug in wanted
    }


def preview_modes(page) -> list[tuple[str, str]]:
    return [
        (slug, f"So sieht es aus: {channel.verbose_name}")
        for slug, channel in preview_channels(page).items()
    ]


def serve_preview(page, request, mode_name: str):
    channel = preview_channels(page).get(mode_name)
    if channel is None:
        return None
    preview = channel.preview(page.to_item())
    return TemplateResponse(
        request,
        "channels/preview.html",
        {"page": page, "channel": channel, "preview": preview},
    )
