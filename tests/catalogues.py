"""Compiled catalogues for the test run: `make test` compiles them, a bare `pytest` too.

Without the .mo files Django would not know Leichte Sprache (de-x-ls) at all and
every other language would fall back to German, so the language tests would test
nothing. Only stale or missing files are compiled, with the same msgfmt call as
the Makefile.
"""

import shutil
import subprocess
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[1] / "locale"


def compile_stale_catalogues() -> None:
    msgfmt = shutil.which("msgfmt")
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/django.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        if msgfmt is None:
            raise RuntimeError("msgfmt (GNU gettext) is needed to compile the catalogues")
        subprocess.run([msgfmt, "--check", "--strict", "-o", str(mo), str(po)], check=True)


def read_catalogue(path: Path) -> list[dict]:
    """The entries of a .po file: msgid, msgid_plural, msgstr / msgstr[n], flags.

    Enough of the format for the hub's catalogues (no msgctxt is used), so the
    tests need no extra package.
    """
    entries: list[dict] = []
    entry: dict = {"flags": set()}
    key = None

    def finish():
        nonlocal entry
        if "msgid" in entry:
            entries.append(entry)
        entry = {"flags": set()}

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            finish()
            key = None
        elif line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"') and key:
            entry[key] += _unquote(line)
        else:
            key, _, value = line.partition(" ")
            if key == "msgid" and "msgid" in entry:
                finish()
            entry[key] = _unquote(value)
    finish()
    return [e for e in entries if e["msgid"]]


def _unquote(text: str) -> str:
    return text.strip()[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")


def translations(entry: dict) -> list[str]:
    return [value for key, value in entry.items() if key.startswith("msgstr")]
