"""Small generated downloads for the board-support pages: a text PDF and a plain text file.

The PDF is written by hand (one font, real text, so it can be searched, copied
and read aloud) because no PDF library is a dependency of the hub.
"""

import textwrap

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from demo.loader.report import Tally

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
FONT_SIZE, LEADING, HEADING_SIZE = 11, 16, 16
CHARS_PER_LINE = 88  # Helvetica 11 pt across the text width


def ensure_document(spec: dict, tally: Tally, collection: Collection | None = None):
    """The document titled ``spec["title"]``; generated if it does not exist yet."""
    Document = get_document_model()
    existing = Document.objects.filter(title=spec["title"]).first()
    if existing:
        return existing  # counted by count_kept_documents()
    if spec["filename"].endswith(".pdf"):
        content = text_pdf(spec["heading"], spec["lines"], title=spec["title"])
    else:
        content = "\n".join([spec["heading"], "", *spec["lines"], ""]).encode("utf-8")
    document = Document(
        title=spec["title"],
        collection=collection or Collection.get_first_root_node(),
        file=ContentFile(content, name=spec["filename"]),
    )
    document._set_document_file_metadata()
    document.full_clean()
    document.save()
    tally.created("Dokumente")
    return document


def count_kept_documents(specs: list[dict], tally: Tally) -> None:
    """Report the demo documents that were there already (documents of kept pages
    are never looked at)."""
    titles = [spec["title"] for spec in specs]
    existing = get_document_model().objects.filter(title__in=titles).count()
    tally.kept("Dokumente", existing - tally.created_count("Dokumente"))


def text_pdf(heading: str, lines: list[str], *, title: str, language: str = "de-DE") -> bytes:
    """A plain A4 PDF with a bold heading and wrapped lines of text, in German (cp1252)."""
    wrapped = [part for line in lines for part in (textwrap.wrap(line, CHARS_PER_LINE) or [""])]
    per_page = (PAGE_HEIGHT - 2 * MARGIN - 2 * LEADING) // LEADING
    chunks = [wrapped[i : i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]

    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree exists
    pages = add(b"")
    regular = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for number, chunk in enumerate(chunks):
        text = [b"BT", f"/F2 {HEADING_SIZE} Tf {LEADING} TL".encode()]
        text.append(f"{MARGIN} {PAGE_HEIGHT - MARGIN - HEADING_SIZE} Td".encode())
        if number == 0:
            text += [_string(heading) + b" Tj", b"T*"]
        text.append(f"/F1 {FONT_SIZE} Tf".encode())
        text += [b"T* " + _string(line) + b" Tj" for line in chunk]
        text.append(b"ET")
        stream = b"\n".join(text)
        contents = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                % (pages, PAGE_WIDTH, PAGE_HEIGHT, contents, regular, bold)
            )
        )
    objects[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    objects[catalog - 1] = (
        b"<< /Type /Catalog /Pages %d 0 R /Lang %s "
        b"/ViewerPreferences << /DisplayDocTitle true >> >>" % (pages, _string(language))
    )
    info = add(b"<< /Title %s /Producer (Engagement Hub Hagen) >>" % _string(title))

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info,
        xref,
    )
    return bytes(output)


def _string(text: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252), which covers German umlauts, ß, „“ and –."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
