"""A report file appears whole or not at all: it is rendered under a temporary name
beside the target (`<name>.sebagian`, same folder, so the rename cannot cross disks) and
renamed over the target only once the renderer returned. A failure or a cancelled job
leaves neither a partial file nor a damaged older copy. Used by the command line and by
the window's saves alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desk_app.models.core.errors import UserError


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + ".sebagian")


def write_atomically(target, render: Callable[[str], None]) -> Path:
    """Call `render(path)` on a temporary name beside `target`, then rename it over
    `target`. Any exception removes the temporary file; a file-system error becomes one
    Indonesian UserError, anything else (e.g. a cancelled job) is re-raised as is."""
    target = Path(target)
    partial = partial_path(target)
    try:
        render(str(partial))
        partial.replace(target)
    except PermissionError:
        partial.unlink(missing_ok=True)
        raise UserError(f"Berkas '{target}' tidak dapat ditulis (sedang dibuka di "
                        "program lain atau folder tidak boleh ditulisi).") from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Berkas '{target}' tidak dapat ditulis: {exc.strerror or exc}.") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
