"""The kinds of content the finder lists: the syndicated kinds marked ``in_finder``."""

from cms.core.content_kinds import CONTENT_KINDS, kind_of

KINDS = {kind.slug: kind for kind in CONTENT_KINDS if kind.in_finder}

__all__ = ["KINDS", "kind_of"]
