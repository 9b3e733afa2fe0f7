"""Wagtail preview modes for every enabled channel: "So sieht es auf Mastodon aus"."""

from django.template.response import TemplateResponse

from channels.registry import channels_for, enabled_channels


class ChannelPreviewMixin:
    """Adds one preview mode per channel this page goes to; the default mode is the website."""

    def _preview_channels(self):
        wanted = channels_for(getattr(self, "item_kind", "page"))
        return {
            slug: channel
            for slug, channel in enabled_channels().items()
            if slug != "website" and slug in wanted
        }

    @property
    def preview_modes(self):
        return [("", "Website")] + [
            (slug, f"So sieht es aus: {channel.verbose_name}")
            for slug, channel in self._preview_channels().items()
        ]

    def serve_preview(self, request, mode_name):
        channel = self._preview_channels().get(mode_name)
        if channel is None:
            return super().serve_preview(request, mode_name)
        preview = channel.preview(self.to_item())
        return TemplateResponse(
            request,
            "channels/preview.html",
            {"page": self, "channel": channel, "preview": preview},
        )
