"""Looking into a flyer PDF with real PDF libraries: pypdf for its structure,
pdfium for what is drawn where, zxing-cpp for the QR code on the rendered page."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pypdfium2
import zxingcpp
from pypdf import PdfReader

PT_PER_MM = 72 / 25.4
TEXT = 1  # pdfium's FPDF_PAGEOBJ_TEXT
IMAGE = 3  # FPDF_PAGEOBJ_IMAGE


@dataclass
class PdfFacts:
    page_sizes_mm: list[tuple[float, float]]
    trim_sizes_mm: list[tuple[float, float]]
    title: str
    language: str
    tagged: bool
    fonts: set[str]  # base font names without the subset prefix
    unembedded_fonts: set[str]
    text: str
    image_sizes: list[tuple[int, int]] = field(default_factory=list)
    drawn_outside: list[str] = field(default_factory=list)
    qr_codes: list[str] = field(default_factory=list)
    colours: set[tuple[int, int, int]] = field(default_factory=set)  # of the first page
    alt_texts: list[str] = field(default_factory=list)  # of figures in the structure tree


def inspect(pdf: bytes, *, decode_qr: bool = True) -> PdfFacts:
    reader = PdfReader(io.BytesIO(pdf))
    fonts: set[str] = set()
    unembedded: set[str] = set()
    images: list[tuple[int, int]] = []
    for page in reader.pages:
        _collect(page.get("/Resources"), fonts, unembedded, images, seen=set())
    root = reader.trailer["/Root"]
    facts = PdfFacts(
        page_sizes_mm=[_size(page.mediabox) for page in reader.pages],
        trim_sizes_mm=[_size(page.trimbox) for page in reader.pages],
        title=(reader.metadata or {}).get("/Title", ""),
        language=str(root.get("/Lang", "")),
        tagged=bool(root.get("/MarkInfo", {}).get("/Marked")) and "/StructTreeRoot" in root,
        fonts=fonts,
        unembedded_fonts=unembedded,
        text="\n".join(page.extract_text() or "" for page in reader.pages),
        image_sizes=images,
        alt_texts=_alt_texts(root.get("/StructTreeRoot")),
    )
    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in range(len(document)):
            page = document[number]
            facts.drawn_outside += _outside(page, number)
            if number == 0:
                thumbnail = page.render(scale=0.5).to_pil().convert("RGB")
                facts.colours = {colour for _, colour in thumbnail.getcolors(maxcolors=1 << 16)}
            if decode_qr:
                image = page.render(scale=200 / 72).to_pil()
                facts.qr_codes += [code.text for code in zxingcpp.read_barcodes(image)]
            page.close()
    finally:
        document.close()
    return facts


def _alt_texts(node, found=None) -> list[str]:
    found = [] if found is None else found
    node = node.get_object() if node is not None else None
    if not isinstance(node, dict):
        return found
    if "/Alt" in node:
        found.append(str(node["/Alt"]))
    kids = node.get("/K")
    for kid in kids if isinstance(kids, list) else [kids]:
        if kid is not None and hasattr(kid, "get_object"):
            _alt_texts(kid, found)
    return found


def _size(box) -> tuple[float, float]:
    return (round(float(box.width) / PT_PER_MM, 1), round(float(box.height) / PT_PER_MM, 1))


def _collect(resources, fonts, unembedded, images, seen) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        name = str(font["/BaseFont"]).lstrip("/")
        name = name.split("+", 1)[1] if "+" in name[:7] else name
        fonts.add(name)
        descriptor = (
            font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if "/DescendantFonts" in font
            else font.get("/FontDescriptor")
        )
        descriptor = descriptor.get_object() if descriptor is not None else {}
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            unembedded.add(name)
    for xobject in (resources.get("/XObject") or {}).values():
        if xobject.idnum in seen:
            continue
        seen.add(xobject.idnum)
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Image":
            images.append((int(xobject["/Width"]), int(xobject["/Height"])))
        elif xobject.get("/Subtype") == "/Form":
            _collect(xobject.get("/Resources"), fonts, unembedded, images, seen)


def _outside(page, number: int, tolerance: float = 0.5) -> list[str]:
    """Text outside the trimmed page, pictures outside the sheet (bleed included)."""
    media = page.get_mediabox()
    trim = page.get_trimbox()
    problems = []
    for obj in page.get_objects(max_depth=1):
        if obj.type not in (TEXT, IMAGE):
            continue
        left, bottom, right, top = obj.get_bounds()
        box = trim if obj.type == TEXT else media
        if (
            left < box[0] - tolerance
            or bottom < box[1] - tolerance
            or right > box[2] + tolerance
            or top > box[3] + tolerance
        ):
            kind = "Text" if obj.type == TEXT else "Bild"
            problems.append(
                f"Seite {number + 1}: {kind} bei {left:.0f},{bottom:.0f}–{right:.0f},{top:.0f}"
            )
    return problems
