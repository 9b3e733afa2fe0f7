"""The flyer layouts and print modes: what a designer can pick from, and how big it is.

Like pretix's output providers, each layout is a small record with an
``identifier`` (used in file names and URLs), a German ``verbose_name`` and the
template that draws it (``templates/channels/flyer/``). The look lives in the
templates and ``flyer.css``; here are only the numbers Python needs: page size,
how many pages, where the picture goes (for print-resolution renditions), how
big the QR code is, and how many characters of each text fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Mode:
    identifier: str
    verbose_name: str | Promise
    description: str | Promise
    bleed_mm: float
    crop_marks: bool
    dpi: int  # resolution of pictures at their placed size


PRINT = Mode(
    "print",
    _("Druckerei"),
    _("mit 3 mm Beschnitt und Schnittmarken, Bilder in 300 dpi"),
    bleed_mm=3,
    crop_marks=True,
    dpi=300,
)
HOME = Mode(
    "home",
    _("Zum Selbstdrucken"),
    _("ohne Beschnitt, für Drucker zu Hause und im Büro"),
    bleed_mm=0,
    crop_marks=False,
    dpi=150,
)
MODES = {mode.identifier: mode for mode in (PRINT, HOME)}


@dataclass(frozen=True)
class Budgets:
    """How many characters of each text fit; longer texts end in an ellipsis.

    Measured with the shipped Noto Sans at the sizes in flyer.css, for German,
    which runs wider than English; the layout's CSS clamps lines as a guard.
    """

    title: int
    summary: int
    body: int
    line: int  # one line of facts: date, place, organisation

    def reduced(
        self, title: float = 1, summary: float = 1, body: float = 1, line: float = 1
    ) -> Budgets:
        """Smaller budgets, each text by its own factor (a title never below 24)."""
        return Budgets(
            title=max(min(24, self.title), int(self.title * title)),
            summary=int(self.summary * summary),
            body=int(self.body * body),
            line=max(min(20, self.line), int(self.line * line)),
        )


@dataclass(frozen=True)
class Layout:
    identifier: str
    verbose_name: str | Promise
    template: str
    width_mm: float  # the trimmed sheet, without bleed
    height_mm: float
    pages: int
    budgets: Budgets
    image_mm: tuple[float, float] | None  # placed size of the lead picture, without bleed
    qr_mm: float
    modes: tuple[str, ...] = (PRINT.identifier, HOME.identifier)
    # Sheets for office printers place copies of another layout ("tile") on A4.
    tile: str = ""
    copies: int = 1
    sort: int = 0

    @property
    def size_label(self) -> str:
        return f"{_mm(self.width_mm)} × {_mm(self.height_mm)} mm"


def _mm(value: float) -> str:
    return f"{value:g}".replace(".", ",")


A4_POSTER = Layout(
    identifier="a4-poster",
    verbose_name=_("Plakat A4"),
    template="channels/flyer/a4_poster.html",
    width_mm=210,
    height_mm=297,
    pages=1,
    budgets=Budgets(title=90, summary=300, body=420, line=70),
    image_mm=(210, 115),
    qr_mm=44,
    sort=10,
)
A5_FLYER = Layout(
    identifier="a5-flyer",
    verbose_name=_("Flyer A5 (Vorder- und Rückseite)"),
    template="channels/flyer/a5_flyer.html",
    width_mm=148,
    height_mm=210,
    pages=2,
    budgets=Budgets(title=80, summary=280, body=1100, line=60),
    image_mm=(148, 81),
    qr_mm=34,
    sort=20,
)
A6_POSTCARD = Layout(
    identifier="a6-postcard",
    verbose_name=_("Postkarte A6 (Vorder- und Rückseite)"),
    template="channels/flyer/a6_postcard.html",
    width_mm=105,
    height_mm=148,
    pages=2,
    budgets=Budgets(title=70, summary=200, body=240, line=42),
    image_mm=(105, 87),
    qr_mm=26,
    sort=30,
)
DIN_LONG = Layout(
    identifier="din-long",
    verbose_name=_("Handzettel DIN lang"),
    template="channels/flyer/din_long.html",
    width_mm=99,
    height_mm=210,
    pages=1,
    budgets=Budgets(title=70, summary=220, body=260, line=40),
    image_mm=(99, 59),
    qr_mm=28,
    sort=40,
)
A4_SHEET_2_A5 = Layout(
    identifier="a4-sheet-2xa5",
    verbose_name=_("A4-Bogen mit 2 Flyern A5"),
    template="channels/flyer/a4_sheet.html",
    width_mm=297,
    height_mm=210,
    pages=2,
    budgets=A5_FLYER.budgets,
    image_mm=A5_FLYER.image_mm,
    qr_mm=A5_FLYER.qr_mm,
    # Office printers cannot print to the edge nor cut: no bleed, no marks.
    modes=(HOME.identifier,),
    tile=A5_FLYER.identifier,
    copies=2,
    sort=50,
)
A4_SHEET_4_A6 = Layout(
    identifier="a4-sheet-4xa6",
    verbose_name=_("A4-Bogen mit 4 Postkarten A6"),
    template="channels/flyer/a4_sheet.html",
    width_mm=210,
    height_mm=297,
    pages=2,
    budgets=A6_POSTCARD.budgets,
    image_mm=A6_POSTCARD.image_mm,
    qr_mm=A6_POSTCARD.qr_mm,
    modes=(HOME.identifier,),
    tile=A6_POSTCARD.identifier,
    copies=4,
    sort=60,
)

# German on the front, the chosen language on the back: what a club hands out
# on a Hagen street. Both sides carry the whole message (title, summary,
# facts, a little text, the QR code), so either side up works; the budgets
# are the A5 front's, with room for a short text below the facts.
A5_BILINGUAL = Layout(
    identifier="a5-bilingual",
    verbose_name=_("Zweisprachiger Flyer A5 (Deutsch vorne, Übersetzung hinten)"),
    template="channels/flyer/a5_bilingual.html",
    width_mm=148,
    height_mm=210,
    pages=2,
    budgets=Budgets(title=80, summary=280, body=420, line=60),
    image_mm=None,
    qr_mm=30,
    sort=70,
)

LAYOUTS: dict[str, Layout] = {
    layout.identifier: layout
    for layout in sorted(
        (A4_POSTER, A5_FLYER, A6_POSTCARD, DIN_LONG, A4_SHEET_2_A5, A4_SHEET_4_A6),
        key=lambda layout: layout.sort,
    )
}


@dataclass(frozen=True)
class Variant:
    """One file: a layout in one mode."""

    layout: Layout
    mode: Mode

    @property
    def name(self) -> str:
        return f"{self.layout.identifier}-{self.mode.identifier}"


def variants() -> list[Variant]:
    """Every file the flyer channel makes for an item, in the order editors see them."""
    return [Variant(layout, MODES[mode]) for layout in LAYOUTS.values() for mode in layout.modes]


def bilingual_variants() -> list[Variant]:
    """The bilingual files: made on request only, one per language pair and mode."""
    return [Variant(A5_BILINGUAL, MODES[mode]) for mode in A5_BILINGUAL.modes]


def get_bilingual_variant(name: str) -> Variant:
    """The bilingual variant called ``name`` ("a5-bilingual-home"); LookupError if none."""
    for variant in bilingual_variants():
        if variant.name == name:
            return variant
    raise LookupError(name)


def get_variant(name: str) -> Variant:
    """The variant called ``name`` ("a5-flyer-print"); LookupError if there is none."""
    for variant in variants():
        if variant.name == name:
            return variant
    raise LookupError(name)
