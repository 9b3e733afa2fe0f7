"""Calm abstract illustrations and round logos, drawn with Pillow, each with the alt text
that describes what was actually drawn.

Every picture is derived from a seed string, so the demo draws the same shapes
on every machine. Nothing is downloaded.
"""

import hashlib
import io
import math
import random
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 800)
LOGO_SIZE = (600, 600)
# Drawn twice as large and scaled down: smooth edges without slow antialiasing.
SCALE = 2


@dataclass(frozen=True)
class Palette:
    hills_name: str  # German adjective, dative plural: "auf grünen Hügeln"
    background: str
    hills: tuple[str, str, str]  # from far to near
    accents: tuple[str, str, str]  # light, sun yellow, dark


PALETTES = [
    Palette(
        hills_name="grünen",
        background="#f3ede2",
        hills=("#cfe0d4", "#9cc3ae", "#5f9c84"),
        accents=("#e9a46a", "#f2c94c", "#2f6f73"),
    ),
    Palette(
        hills_name="blauen",
        background="#eef3f7",
        hills=("#c9dbe8", "#93b7cf", "#4f7fa3"),
        accents=("#f2a07b", "#f6d186", "#2e4a62"),
    ),
    Palette(
        hills_name="rotbraunen",
        background="#f7efe9",
        hills=("#efd3c4", "#dca58f", "#b86f5c"),
        accents=("#7fb7a4", "#f3c969", "#4a5d7e"),
    ),
    Palette(
        hills_name="olivgrünen",
        background="#f1f4ea",
        hills=("#d9e4bf", "#b3cb8a", "#7a9a57"),
        accents=("#e38b6d", "#fbd76b", "#3e6b6f"),
    ),
    Palette(
        hills_name="violetten",
        background="#f4f0f7",
        hills=("#ddd3ea", "#b8a6d3", "#7e6aa8"),
        accents=("#f0a58f", "#f7d37b", "#3f7f77"),
    ),
    Palette(
        hills_name="türkisgrünen",
        background="#eef6f4",
        hills=("#cbe6df", "#8fcabc", "#3f8f80"),
        accents=("#f29e6d", "#f5cf66", "#35506b"),
    ),
]
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
NUMBERS = {3: "Drei", 4: "Vier", 5: "Fünf"}

T = TypeVar("T")


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


def _rng(seed: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big"))


def _pick(seed: str, options: list[T]) -> T:
    # Straight from the hash, which spreads the few options more evenly than
    # the first draw of a freshly seeded Random.
    return options[hashlib.sha256(seed.encode()).digest()[-1] % len(options)]


def _rgba(hex_colour: str, alpha: int = 255) -> tuple[int, int, int, int]:
    value = hex_colour.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), alpha)


def draw_illustration(seed: str, size: tuple[int, int] = SIZE) -> Drawing:
    """Rolling hills (Hagen lies at the gate to the Sauerland), a sun, soft circles and people."""
    rng = _rng(seed)
    palette = _pick(seed, PALETTES)
    width, height = size[0] * SCALE, size[1] * SCALE
    image = Image.new("RGB", (width, height), palette.background)
    draw = ImageDraw.Draw(image, "RGBA")

    sun_radius = rng.uniform(0.09, 0.14) * height
    sun_x, sun_y = rng.uniform(0.15, 0.85) * width, rng.uniform(0.18, 0.32) * height
    draw.ellipse(
        (sun_x - sun_radius, sun_y - sun_radius, sun_x + sun_radius, sun_y + sun_radius),
        fill=_rgba(palette.accents[1], 230),
    )
    for _ in range(rng.randint(3, 5)):
        radius = rng.uniform(0.03, 0.09) * height
        x, y = rng.uniform(0, width), rng.uniform(0.05, 0.5) * height
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=_rgba(rng.choice(palette.accents[:2]), 90),
        )

    for layer, colour in enumerate(palette.hills):
        base = height * (0.55 + 0.13 * layer)
        amplitude = height * rng.uniform(0.03, 0.07)
        waves = rng.uniform(1.0, 2.2)
        phase = rng.uniform(0, math.tau)
        points = [
            (x, base - amplitude * math.sin(phase + waves * math.tau * x / width))
            for x in range(0, width + 41, 40)
        ]
        draw.polygon([*points, (width, height), (0, height)], fill=colour)

    ground = height * 0.86
    people = rng.randint(3, 5)
    spacing = width / (people + 1)
    for index in range(people):
        x = spacing * (index + 1) + rng.uniform(-0.2, 0.2) * spacing
        body_height = rng.uniform(0.12, 0.17) * height
        body_width = body_height * 0.55
        head = body_width * 0.42
        colour = palette.accents[(index + rng.randrange(3)) % 3]
        top = ground - body_height
        draw.rounded_rectangle(
            (x - body_width / 2, top, x + body_width / 2, ground),
            radius=body_width / 2,
            fill=colour,
        )
        draw.ellipse((x - head, top - head * 2.3, x + head, top - head * 0.3), fill=colour)

    description = (
        f"Abstrakte Illustration: {NUMBERS[people]} stilisierte Menschen stehen auf "
        f"{palette.hills_name} Hügeln, darüber eine gelbe Sonne und blasse Kreise."
    )
    return Drawing(image.reduce(SCALE), description)


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
    draw.arc(
        (arc, arc, width - arc, height - arc),
        start=rng.randrange(0, 360),
        end=rng.randrange(0, 360),
        fill=_rgba(PALETTES[rng.randrange(len(PALETTES))].accents[1]),
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
