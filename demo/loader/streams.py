"""Turning the data files' body parts into BodyBlock StreamField data."""

from wagtail.models import Collection

from demo.loader.images import ensure_illustration
from demo.loader.report import Tally


def body_stream(parts: list[dict], tally: Tally, collection: Collection | None = None) -> list:
    """{text: html}, {figure: caption} and {quote: text, by: attribution} as blocks.

    A figure's illustration is drawn on first use and named after its caption;
    its alt text is the image's own description.
    """
    blocks = []
    for part in parts:
        if "text" in part:
            blocks.append({"type": "paragraph", "value": part["text"]})
        elif "figure" in part:
            caption = part["figure"]
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
        elif "quote" in part:
            blocks.append(
                {"type": "quote", "value": {"text": part["quote"], "attribution": part["by"]}}
            )
        else:
            raise ValueError(f"Unknown body part {part!r}")
    return blocks
