"""Where finished flyers lie: ``MEDIA_ROOT/flyers/<page_id>/<revision_id>/<variant>.pdf``.

One folder per page revision, so a file never changes once written and any
process may serve it; a new revision gets a new folder and the old ones are
retired. Files are written to a temporary name and renamed into place, so a
reader never sees half a PDF, and two workers rendering the same flyer at once
both leave a whole one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from django.conf import settings

FOLDER = "flyers"


def root() -> Path:
    return Path(settings.MEDIA_ROOT) / FOLDER


def page_folder(page_id: int) -> Path:
    return root() / str(int(page_id))


def revision_folder(page_id: int, revision_id: int | None) -> Path:
    # A page that was never published has no revision; previews do not store.
    return page_folder(page_id) / str(int(revision_id or 0))


def flyer_path(page_id: int, revision_id: int | None, variant_name: str) -> Path:
    return revision_folder(page_id, revision_id) / f"{variant_name}.pdf"


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def retire_other_revisions(page_id: int, keep_revision_id: int | None) -> None:
    """Remove the flyers of every revision of the page but ``keep_revision_id``."""
    keep = revision_folder(page_id, keep_revision_id).name
    folder = page_folder(page_id)
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        if child.is_dir() and child.name != keep:
            shutil.rmtree(child, ignore_errors=True)


def remove_page(page_id: int) -> None:
    shutil.rmtree(page_folder(page_id), ignore_errors=True)
