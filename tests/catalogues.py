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
