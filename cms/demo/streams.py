"""Turning the content modules' body tuples into BodyBlock StreamField data."""

from wagtail.models import Collection

from cms.demo.images import ensure_illustration
from cms.demo.report import Tally


def body_stream(parts: list[tuple], tally: Tally, collection: Collection | None = None) -> list:
    """("text", html), ("figure", caption) and ("quote", text, attribution) as blocks.

    A figure's illustration is drawn on first use and named after its caption;
    its alt text is the image's own description.
    """
    blocks = []
    for kind, *values in parts:
        if kind == "text":
            (html,) = values
            blocks.append({"type": "paragraph", "value": html})
        elif kind == "figure":
            (caption,) = values
            image = ensure_illustration(f"Abbildung: {caption}", tally, collection=collection)
            blocks.append(
                {
                    "type": "figure",
                    "value": {
                        "image": {
                            "image": image.pk,
                            "decorative": False,
                            "alt_text": image.description,
                        },
                        "caption": caption,
                    },
                }
            )
        elif kind == "quote":
            text, attribution = values
            blocks.append({"type": "quote", "value": {"text": text, "attribution": attribution}})
        else:
            raise ValueError(f"Unknown body part {kind!r}")
    return blocks
