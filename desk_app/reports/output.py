"""Saving a rendered document safely: written to a temporary file beside the target,
then renamed over it (models/core/files.replacing), so a failure (a full disk, a
cancelled task, a crash) never leaves half a report under the real name and never
spoils an older copy. Used by the command line and by the window's saves.

    save_atomically("laporan.pdf", lambda path: render_pdf(data, path))
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desk_app.models.core.files import replacing


def save_atomically(target: str | Path, write: Callable[[str], object]) -> Path:
    """Call `write(path)` for a temporary path beside `target`, then move it into place.
    Raises UserError (one Indonesian line) when the file cannot be written."""
    with replacing(target, "menyimpan laporan") as partial:
        write(str(partial))
    return Path(target)
