"""Where the layers above attach themselves to every hub page, through Wagtail hooks.

Core knows no channel. The channels register these hooks in their
``wagtail_hooks.py``: the preview modes ("So sieht es aus: …"), the panels of
the "Verbreitung" section and the channels an editor may switch off.

- ``hub_page_preview_modes``: ``fn(page) -> list[(mode, label)]``
- ``hub_page_serve_preview``: ``fn(page, request, mode) -> HttpResponse | None``
- ``hub_page_distribution_panels``: ``fn() -> list[Panel]``
- ``hub_page_distribution_choices``: ``fn() -> list[(slug, label)]``
"""

from __future__ import annotations

from wagtail import hooks
from wagtail.admin.panels import MultiFieldPanel

PREVIEW_MODES = "hub_page_preview_modes"
SERVE_PREVIEW = "hub_page_serve_preview"
DISTRIBUTION_PANELS = "hub_page_distribution_panels"
DISTRIBUTION_CHOICES = "hub_page_distribution_choices"


def preview_modes(page) -> list[tuple[str, str]]:
    return [mode for hook in hooks.get_hooks(PREVIEW_MODES) for mode in hook(page)]


def serve_preview(page, request, mode: str):
    for hook in hooks.get_hooks(SERVE_PREVIEW):
        response = hook(page, request, mode)
        if response is not None:
            return response
    return None


def distribution_choices() -> list[tuple[str, str]]:
    return [choice for hook in hooks.get_hooks(DISTRIBUTION_CHOICES) for choice in hook()]


class ExtensionPanelGroup(MultiFieldPanel):
    """A panel group whose last panels come from a hook, added when the edit form is built."""

    def __init__(self, children=(), *args, hook_name: str, **kwargs):
        self.hook_name = hook_name
        super().__init__(children, *args, **kwargs)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "hook_name": self.hook_name}

    def on_model_bound(self):
        # Hooks are read here, not at import: page models load before the
        # wagtail_hooks modules that register them.
        self.children = [
            *self.children,
            *(panel for hook in hooks.get_hooks(self.hook_name) for panel in hook()),
        ]
        super().on_model_bound()
