"""The motifs of the demo's illustrations: each draws on a palette's sky and says in
German what it drew (the picture's alt text).

A motif is ``(draw, rng, palette, width, height) -> description``; the random
generator is seeded by the picture's title, so positions vary from picture to
picture and stay the same for the same title.
"""

import math

NUMBERS = {2: "Zwei", 3: "Drei", 4: "Vier", 5: "Fünf", 6: "Sechs", 7: "Sieben", 8: "Acht"}


def _rgba(hex_colour: str, alpha: int = 255) -> tuple[int, int, int, int]:
    value = hex_colour.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), alpha)


def _sky(draw, rng, palette, width, height) -> None:
    """A sun and a few pale circles in the upper half."""
    radius = rng.uniform(0.09, 0.14) * height
    x, y = rng.uniform(0.15, 0.85) * width, rng.uniform(0.18, 0.32) * height
    draw.ellipse(
        (x - radius, y - radius, x + radius, y + radius), fill=_rgba(palette.accents[1], 230)
    )
    for _ in range(rng.randint(3, 5)):
        radius = rng.uniform(0.03, 0.09) * height
        x, y = rng.uniform(0, width), rng.uniform(0.05, 0.5) * height
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=_rgba(rng.choice(palette.accents[:2]), 90),
        )


def _hills(draw, rng, palette, width, height, top: float = 0.55) -> None:
    for layer, colour in enumerate(palette.bands):
        base = height * (top + 0.13 * layer)
        amplitude = height * rng.uniform(0.03, 0.07)
        waves = rng.uniform(1.0, 2.2)
        phase = rng.uniform(0, math.tau)
        points = [
            (x, base - amplitude * math.sin(phase + waves * math.tau * x / width))
            for x in range(0, width + 41, 40)
        ]
        draw.polygon([*points, (width, height), (0, height)], fill=colour)


def people(draw, rng, palette, width, height) -> str:
    _sky(draw, rng, palette, width, height)
    _hills(draw, rng, palette, width, height)
    ground = height * 0.86
    count = rng.randint(3, 5)
    spacing = width / (count + 1)
    for index in range(count):
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
    return (
        f"{NUMBERS[count]} stilisierte Menschen stehen auf {palette.name} Hügeln, "
        "darüber eine gelbe Sonne und blasse Kreise"
    )


def trees(draw, rng, palette, width, height) -> str:
    _sky(draw, rng, palette, width, height)
    _hills(draw, rng, palette, width, height, top=0.62)
    count = rng.randint(4, 7)
    spacing = width / count
    for index in range(count):
        x = spacing * (index + 0.5) + rng.uniform(-0.2, 0.2) * spacing
        ground = height * rng.uniform(0.78, 0.9)
        crown = rng.uniform(0.07, 0.12) * height
        trunk = crown * 0.22
        draw.rectangle(
            (x - trunk, ground - crown * 2.2, x + trunk, ground), fill=palette.accents[2]
        )
        top = ground - crown * 2.4
        colour = palette.bands[rng.randrange(3)] if index % 2 else palette.accents[2]
        draw.ellipse((x - crown, top - crown, x + crown, top + crown), fill=_rgba(colour, 235))
    return f"{NUMBERS[count]} runde Bäume auf {palette.name} Hügeln unter einer gelben Sonne"


def houses(draw, rng, palette, width, height) -> str:
    _sky(draw, rng, palette, width, height)
    ground = height * 0.82
    count = rng.randint(4, 6)
    spacing = width / count
    for index in range(count):
        left = spacing * index + spacing * 0.08
        right = spacing * (index + 1) - spacing * 0.08
        top = ground - height * rng.uniform(0.22, 0.38)
        colour = palette.bands[(index + rng.randrange(3)) % 3]
        draw.rectangle((left, top, right, ground), fill=colour)
        roof = (right - left) * rng.uniform(0.35, 0.6)
        draw.polygon(
            [(left - 8, top), ((left + right) / 2, top - roof), (right + 8, top)],
            fill=palette.accents[2],
        )
        pane = (right - left) * 0.18
        for row in range(int((ground - top) // (pane * 2.2))):
            y = top + pane * 0.8 + row * pane * 2.2
            for column in (0.28, 0.72):
                x = left + (right - left) * column
                draw.rectangle((x - pane / 2, y, x + pane / 2, y + pane), fill=palette.accents[0])
    draw.rectangle((0, ground, width, height), fill=palette.bands[2])
    return f"{NUMBERS[count]} Häuser mit Giebeldächern in {palette.name} Tönen, darüber eine gelbe Sonne"


def books(draw, rng, palette, width, height) -> str:
    shelf = height * 0.8
    draw.rectangle((0, shelf, width, height), fill=palette.bands[2])
    draw.ellipse(
        (width * 0.72, height * 0.08, width * 0.92, height * 0.08 + width * 0.2),
        fill=_rgba(palette.accents[1], 200),
    )
    count = rng.randint(6, 8)
    x = width * rng.uniform(0.08, 0.16)
    colours = [*palette.bands, palette.accents[0], palette.accents[2]]
    for index in range(count):
        spine = width * rng.uniform(0.06, 0.09)
        top = shelf - height * rng.uniform(0.35, 0.55)
        colour = colours[(index + rng.randrange(len(colours))) % len(colours)]
        draw.rectangle((x, top, x + spine, shelf), fill=colour)
        draw.rectangle(
            (x + spine * 0.2, top + height * 0.05, x + spine * 0.8, top + height * 0.07),
            fill=palette.accents[1],
        )
        x += spine + width * 0.01
    return f"{NUMBERS[count]} Bücher stehen nebeneinander auf einem Regal, in {palette.name} Tönen"


def bubbles(draw, rng, palette, width, height) -> str:
    count = rng.randint(3, 4)
    colours = [palette.bands[1], palette.bands[2], palette.accents[0], palette.accents[2]]
    for index in range(count):
        w, h = width * rng.uniform(0.3, 0.42), height * rng.uniform(0.25, 0.34)
        left = width * (0.06 + 0.5 * (index % 2)) + rng.uniform(-0.04, 0.04) * width
        top = height * (0.08 + 0.24 * index) * (1.0 if count == 3 else 0.8)
        colour = colours[index % len(colours)]
        draw.rounded_rectangle(
            (left, top, left + w, top + h), radius=h * 0.3, fill=_rgba(colour, 235)
        )
        tail_x = left + w * (0.2 if index % 2 else 0.75)
        draw.polygon(
            [
                (tail_x, top + h - 2),
                (tail_x + w * 0.1, top + h - 2),
                (tail_x - w * 0.05, top + h + h * 0.35),
            ],
            fill=_rgba(colour, 235),
        )
        line = palette.accents[1] if colour == palette.accents[2] else palette.accents[2]
        for row in range(3):
            y = top + h * (0.3 + 0.2 * row)
            draw.rounded_rectangle(
                (left + w * 0.12, y, left + w * rng.uniform(0.55, 0.88), y + h * 0.08),
                radius=h * 0.04,
                fill=_rgba(line, 160),
            )
    return (
        f"{NUMBERS[count]} Sprechblasen, die sich im Gespräch abwechseln, in {palette.name} Tönen"
    )


def hearts(draw, rng, palette, width, height) -> str:
    _hills(draw, rng, palette, width, height, top=0.66)
    count = rng.randint(3, 5)
    spacing = width / (count + 1)
    for index in range(count):
        size = height * rng.uniform(0.08, 0.14)
        x = spacing * (index + 1) + rng.uniform(-0.15, 0.15) * spacing
        y = height * rng.uniform(0.2, 0.45)
        colour = palette.accents[2] if index % 2 else palette.bands[2]
        draw.ellipse((x - size, y - size / 2, x, y + size / 2), fill=colour)
        draw.ellipse((x, y - size / 2, x + size, y + size / 2), fill=colour)
        draw.polygon(
            [
                (x - size * 0.97, y + size * 0.15),
                (x + size * 0.97, y + size * 0.15),
                (x, y + size * 1.3),
            ],
            fill=colour,
        )
    return f"{NUMBERS[count]} Herzen schweben über {palette.name} Hügeln"


def checklist(draw, rng, palette, width, height) -> str:
    draw.rectangle((0, height * 0.7, width, height), fill=palette.bands[0])
    left, right = width * rng.uniform(0.25, 0.33), width * rng.uniform(0.67, 0.75)
    top, bottom = height * 0.12, height * 0.92
    draw.rounded_rectangle((left, top, right, bottom), radius=width * 0.02, fill=palette.bands[2])
    draw.rounded_rectangle(
        (left + width * 0.03, top + height * 0.06, right - width * 0.03, bottom - height * 0.04),
        radius=width * 0.01,
        fill=palette.accents[0],
    )
    middle = (left + right) / 2
    draw.rounded_rectangle(
        (middle - width * 0.07, top - height * 0.03, middle + width * 0.07, top + height * 0.06),
        radius=width * 0.015,
        fill=palette.accents[2],
    )
    rows = rng.randint(3, 5)
    ticked = rng.randint(1, rows - 1)
    box = height * 0.07
    for row in range(rows):
        y = top + height * 0.14 + row * (bottom - top - height * 0.2) / rows
        x = left + width * 0.07
        draw.rectangle((x, y, x + box, y + box), outline=palette.accents[2], width=int(box * 0.12))
        if row < ticked:
            draw.line(
                [
                    (x + box * 0.15, y + box * 0.5),
                    (x + box * 0.42, y + box * 0.8),
                    (x + box * 0.95, y - box * 0.1),
                ],
                fill=palette.bands[2],
                width=int(box * 0.2),
            )
        draw.rounded_rectangle(
            (
                x + box * 1.6,
                y + box * 0.3,
                right - width * 0.08 - rng.uniform(0, 0.12) * width,
                y + box * 0.7,
            ),
            radius=box * 0.2,
            fill=_rgba(palette.accents[2], 120),
        )
    return f"ein Klemmbrett mit einer Liste aus {rows} Punkten, {ticked} davon abgehakt, in {palette.name} Tönen"


MOTIFS = {
    "people": people,
    "trees": trees,
    "houses": houses,
    "books": books,
    "bubbles": bubbles,
    "hearts": hearts,
    "checklist": checklist,
}
