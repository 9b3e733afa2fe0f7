"""How long does a flyer take to render, per layout, and how much memory does it need?

Builds a small hub in a throwaway SQLite database (one page of every kind, a
3000 × 2000 px photo on the offer and the story), renders every layout in
every mode for every page ``--runs`` times after one warm-up, and prints the
median time per layout and mode, and the process's peak memory. A second
process then renders the A4 poster for the print shop from a 12,000 × 8,000 px
original, the worst picture Wagtail accepts, and reports its peak memory.

    .venv/bin/python bench/flyer_render.py [--runs 3]
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hub_setup import set_up_hub


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup(var_dir: Path) -> None:
    set_up_hub(
        f"sqlite:///{var_dir / 'hub.sqlite3'}",
        HUB_VAR_DIR=str(var_dir),
        DJANGO_MEDIA_ROOT=str(var_dir / "media"),
        CELERY_TASK_ALWAYS_EAGER="1",
        HUB_LOG_LEVEL="WARNING",
    )


def pages():
    from tests import builders
    from tests.channels.flyer.pictures import picture

    tree = builders.site_tree()
    photo = picture(3000, 2000, title="Sommerfest im Hasper Bürgerpark")
    offer = tree.kultur_offer
    offer.lead_image = photo
    offer = builders.publish(offer)
    campaign = builders.campaign()
    return [
        tree.kulturverein,
        offer,
        builders.course(builders.course_index(tree.home), "Vereinsrecht kompakt"),
        builders.resource(builders.resource_index(tree.home), "Die Kassenprüfung"),
        builders.story(
            builders.campaign_index(tree.home, campaign),
            "Vom Sprachcafé in den Vorstand",
            campaign=campaign,
            lead_image=photo,
        ),
    ]


def bench(runs: int) -> None:
    from channels.flyer.layouts import variants
    from channels.flyer.render import render_pdf

    items = [page.to_item() for page in pages()]
    before = peak_mb()
    print(f"{len(items)} pages (organisation, offer, course, resource, story), {runs} runs each")
    print(f"{'layout':<16} {'mode':<6} {'median':>8} {'min':>8} {'max':>8} {'size':>8}")
    for variant in variants():
        times, size = [], 0
        for item in items:
            render_pdf(item, variant)  # warm-up: renditions, fonts, templates
            for _ in range(runs):
                started = time.perf_counter()
                size = len(render_pdf(item, variant))
                times.append(time.perf_counter() - started)
        print(
            f"{variant.layout.identifier:<16} {variant.mode.identifier:<6} "
            f"{statistics.median(times) * 1000:>6.0f}ms {min(times) * 1000:>6.0f}ms "
            f"{max(times) * 1000:>6.0f}ms {size / 1024:>6.0f}KB"
        )
    print(f"peak memory (RSS): {peak_mb():.0f} MB, {before:.0f} MB before the first flyer")


def huge_original(path: Path) -> None:
    """A 12,000 × 8,000 px JPEG, made before the measured process starts."""
    from PIL import Image

    image = Image.new("RGB", (12000, 8000), (40, 110, 140))
    image.paste((230, 200, 90), (0, 3000, 12000, 4000))
    image.save(path, format="JPEG", quality=70)


def huge(path: Path) -> None:
    """The worst picture Wagtail accepts, on the A4 poster for the print shop."""
    import warnings
    from dataclasses import replace

    from django.core.files.images import ImageFile
    from wagtail.models import Collection

    from channels.flyer.layouts import LAYOUTS, PRINT, Variant
    from channels.flyer.render import render_pdf
    from cms.core.models import HubImage
    from contract.item import ItemImage
    from tests import builders

    warnings.simplefilter("ignore")  # Pillow's DecompressionBombWarning: on purpose here
    tree = builders.site_tree()
    with path.open("rb") as file:
        image = HubImage(
            title="Riesenbild",
            description="Ein Testbild mit 12.000 × 8.000 Pixeln",
            collection=Collection.get_first_root_node(),
            file=ImageFile(file, name="huge.jpg"),
        )
        image._set_image_file_metadata()
        image.save()
    item = replace(tree.kultur_offer.to_item(), image=ItemImage("", "Foto", 12000, 8000, image.pk))
    before = peak_mb()
    started = time.perf_counter()
    render_pdf(item, Variant(LAYOUTS["a4-poster"], PRINT))
    seconds = time.perf_counter() - started
    print(
        f"A4 poster from a 12,000 × 8,000 px original: {seconds:.1f} s "
        f"(rendition included), peak memory {peak_mb():.0f} MB ({before:.0f} MB before)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--huge", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="flyer-bench-") as folder:
        setup(Path(folder))
        if args.huge:
            huge(args.huge)
            return
        bench(args.runs)
    with tempfile.TemporaryDirectory(prefix="flyer-bench-") as folder:
        # A fresh process, so that its peak memory is the huge picture's alone.
        original = Path(folder) / "huge.jpg"
        huge_original(original)
        env = {**os.environ, "HUB_VAR_DIR": folder}
        subprocess.run([sys.executable, __file__, "--huge", str(original)], env=env, check=True)


if __name__ == "__main__":
    main()
