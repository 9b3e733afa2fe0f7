"""The demo's generated pictures: the same input draws the same picture, different
palettes and motifs draw pictures that differ, and the alt text says what was drawn."""

import itertools
import math

import pytest
from PIL import ImageStat

from demo.loader.illustrations import draw_illustration, draw_logo, motif_for, palettes
from demo.loader.illustrations.motifs import MOTIFS

SIZE = (300, 200)


def mean_colour(drawing) -> list[float]:
    return ImageStat.Stat(drawing.image).mean


@pytest.mark.parametrize("motif", sorted(MOTIFS))
def test_the_same_seed_palette_and_motif_draw_the_same_picture(motif):
    first = draw_illustration("Titelbild: Sprachcafé", SIZE, palette="tuerkis", motif=motif)
    again = draw_illustration("Titelbild: Sprachcafé", SIZE, palette="tuerkis", motif=motif)
    assert first.image.tobytes() == again.image.tobytes()
    assert first.description == again.description
    assert first.jpeg() == again.jpeg()


def test_every_motif_draws_something_of_its_own_and_says_so():
    drawings = {
        motif: draw_illustration("Titelbild: Gleich", SIZE, palette="blau", motif=motif)
        for motif in MOTIFS
    }
    assert len({drawing.image.tobytes() for drawing in drawings.values()}) == len(MOTIFS)
    assert len({drawing.description for drawing in drawings.values()}) == len(MOTIFS)
    for drawing in drawings.values():
        assert drawing.description.startswith("Abstrakte Illustration: ")
        assert "blauen" in drawing.description


def test_the_palettes_can_be_told_apart_by_their_colours():
    means = {
        name: mean_colour(
            draw_illustration("Titelbild: Gleich", SIZE, palette=name, motif="people")
        )
        for name in palettes()
    }
    for first, second in itertools.combinations(means, 2):
        assert math.dist(means[first], means[second]) >= 15, (first, second)


def test_the_motif_follows_the_first_topic_that_has_one_then_the_kind():
    assert motif_for(topics=["naturschutz", "bildung"]) == "trees"
    assert motif_for(topics=["unbekannt", "bildung"]) == "books"
    assert motif_for(kind="resource") == "checklist"
    assert motif_for(topics=["unbekannt"], kind="page") is None
    assert (
        "Bäume" in draw_illustration("x", SIZE, motif=motif_for(topics=["naturschutz"])).description
    )


def test_without_a_palette_the_seed_picks_one_and_the_same_one_every_time():
    first = draw_illustration("Abbildung: Streuobstwiese", SIZE)
    assert (
        first.image.tobytes()
        == draw_illustration("Abbildung: Streuobstwiese", SIZE).image.tobytes()
    )
    assert any(palette.name in first.description for palette in palettes().values())


def test_logos_are_deterministic_and_describe_the_initials():
    logo = draw_logo("Logo: Brücken bauen", "BB", (120, 120))
    assert (
        logo.image.tobytes() == draw_logo("Logo: Brücken bauen", "BB", (120, 120)).image.tobytes()
    )
    assert "BB" in logo.description
