"""Reading the demo's data files (demo/data/*.yaml) into plain Python values.

The files are the demo's content; the other modules of this package turn what
they read into pages, images and rows. Nothing here touches the database.
"""

import datetime
from functools import cache
from pathlib import Path

import yaml

from demo.loader.dates import WEEKDAYS, Upcoming

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def section(name: str):
    """The parsed contents of ``demo/data/<name>.yaml`` (read once per process).

    Callers must not change what they get: the same objects serve every load.
    """
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def upcoming(spec: dict | None) -> Upcoming | None:
    """``{weekday: saturday, weeks: 3}`` as the relative date it stands for."""
    if spec is None:
        return None
    return Upcoming(int(spec["weeks"]), WEEKDAYS.index(spec["weekday"]))


def on(spec: dict | None, today: datetime.date) -> datetime.date | None:
    """The day a relative date from the data files falls on, counted from ``today``."""
    relative = upcoming(spec)
    return relative.on(today) if relative else None
