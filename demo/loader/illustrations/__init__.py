"""Calm abstract illustrations and round logos, drawn with Pillow, each with the alt text
that describes what was actually drawn.

Every picture is derived from a seed string and, where the page gives one, a
palette and a motif (illustrations.yaml): the same input draws the same picture
on every machine, and an organisation's pictures share its colours while the
motif tells the topic or the kind of page. Nothing is downloaded; all CC0.
"""

import hashlib
import io
import random
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from PIL import Image, ImageDraw, ImageFont

from demo.loader.data import section
from demo.loader.illustrations.motifs import MOTIFS

SIZE = (1200, 800)
LOGO_SIZE = (600, 600)
# Drawn twice as large and scaled down: smooth edges without slow antialiasing.
SCALE = 2
DEFAULT_MOTIF = "people"

# Dark enough for white initials (contrast at least 5.7:1); names in the dative.
LOGO_COLOURS = [
    ("#2f6f73", "petrolfarbenen"),
    ("#2e4a62", "dunkelblauen"),
    ("#7a3b2e", "rotbraunen"),
    ("#4a5d7e", "graublauen"),
    ("#3e6b3f", "dunkelgrünen"),
    ("#6a4c93", "violetten"),
    ("#8a3f5c", "weinroten"),
]

T = TypeVar("T")


@dataclass(frozen=True)
class Palette:
    name: str  # German adjective, dative plural: "auf grünen Hügeln", "in grünen Tönen"
    background: str
    bands: tuple[str, str, str]  # hills or stripes, from far to near
    accents: tuple[str, str, str]  # light, sun yellow, dark


@dataclass(frozen=True)
class Drawing:
    image: Image.Image
    description: str  # German alt text of exactly this picture

    def jpeg(self) -> bytes:
        # JPEG rather than PNG: several times faster to write and for Wagtail to
        # read back; no chroma subsampling keeps the flat shapes' edges clean.
        buffer = io.BytesIO()
        self.image.save(buffer, format="JPEG", quality=90, subsampling=0)
        return buffer.getvalue()


@cache
def palettes() -> dict[str, Palette]:
    return {
        key: Palette(
            name=value["name"],
            background=value["background"],
            bands=tuple(value["bands"]),
            accents=tuple(value["accents"]),
        )
        for key, value in section("illustrations")["palettes"].items()
    }


def motif_for(*, topics: list[str] = (), kind: str | None = None) -> str | None:
    """The motif of a page: its first topic that has one, else its kind's, else none."""
    spec = section("illustrations")
    for topic in topics:
        if topic in spec["topic_motifs"]:
            return spec["topic_motifs"][topic]
    return spec["kind_motifs"].get(kind)


def _rng(seed: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big"))


def _pick(seed: str, options: list[T]) -> T:
    # Straight from the hash, which spreads the few options more evenly than
    # the first draw of a freshly seeded Random.
    return options[hashlib.sha256(seed.encode()).digest()[-1] % len(options)]


def draw_illustration(
    seed: str,
    size: tuple[int, int] = SIZE,
    *,
    palette: str | None = None,
    motif: str | None = None,
) -> Drawing:
    """A picture for ``seed``: in the named palette and motif, or ones the seed picks."""
    rng = _rng(seed)
    colours = palettes()[palette] if palette else _pick(seed, list(palettes().values()))
    width, height = size[0] * SCALE, size[1] * SCALE
    image = Image.new("RGB", (width, height), colours.background)
    draw = ImageDraw.Draw(image, "RGBA")
    what = MOTIFS[motif or DEFAULT_MOTIF](draw, rng, colours, width, height)
    return Drawing(image.reduce(SCALE), f"Abstrakte Illustration: {what}.")


def draw_logo(seed: str, initials: str, size: tuple[int, int] = LOGO_SIZE) -> Drawing:
    """A round badge with white initials and a yellow arc."""
    rng = _rng(seed)
    colour, colour_name = _pick(seed, LOGO_COLOURS)
    width, height = size[0] * SCALE, size[1] * SCALE
    image = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image, "RGBA")
    margin = width * 0.06
    draw.ellipse((margin, margin, width - margin, height - margin), fill=colour)
    arc = width * 0.14
    all_palettes = list(palettes().values())
    draw.arc(
        (arc, arc, width - arc, height - arc),
        start=rng.randrange(0, 360),
        end=rng.randrange(0, 360),
        fill=all_palettes[rng.randrange(len(all_palettes))].accents[1],
        width=int(width * 0.025),
    )
    draw.text(
        (width / 2, height / 2),
        initials,
        fill="#ffffff",
        font=_font(int(height * 0.3)),
        anchor="mm",
    )
    description = (
        f"die Buchstaben {initials} in Weiß auf einem {colour_name} Kreis mit gelbem Bogen"
    )
    return Drawing(image.reduce(SCALE), description)


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)
