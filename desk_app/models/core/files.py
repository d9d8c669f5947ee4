"""Writing a file the user asked for: whole or not at all.

Every document (backup, questionnaire, receipt, export) is written to a temporary file
beside its target, in the same folder and so on the same disk, and renamed over the
target only when complete: a full disk, a pulled USB stick or a crash leaves either the
old file or the new one, never half of one, and the temporary file is removed on any
failure. Errors of the disk become one Indonesian sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from desk_app.models.core.errors import UserError, ValidationError


def os_error_message(exc: OSError, what: str) -> str | None:
    """An Indonesian sentence for the disk faults a user can fix; None for the others."""
    place = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return (f"Disk penuh saat {what}{place}. Kosongkan ruang disk lalu ulangi; perubahan "
                "yang belum selesai dibatalkan, data yang sudah tersimpan aman.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (f"Tidak boleh menulis saat {what}{place}: berkas atau folder hanya bisa dibaca "
                "atau sedang dibuka program lain. Periksa izinnya atau pilih folder lain, lalu ulangi.")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"Berkas atau folder tidak ada saat {what}{place}. Periksa nama dan foldernya."
    if exc.errno == errno.EIO:
        return (f"Kesalahan baca/tulis disk saat {what}{place}. Periksa disk atau flashdisk; "
                "bila terulang, pulihkan dari cadangan.")
    if exc.errno == errno.ENAMETOOLONG:
        return f"Nama berkas terlalu panjang saat {what}. Pilih nama yang lebih pendek."
    return None


def check_target(target: str | os.PathLike, label: str = "berkas") -> Path:
    """The target as a Path; a folder or a missing folder is refused before any work."""
    path = Path(target)
    if path.is_dir():
        raise ValidationError(f"'{path}' adalah folder; sebutkan nama {label}.")
    if not path.parent.is_dir():
        raise ValidationError(f"Folder '{path.parent}' tidak ada; buat dulu atau pilih folder lain.")
    return path


def temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.sebagian-{os.getpid()}")


@contextlib.contextmanager
def replacing(target: str | os.PathLike, what: str = "menyimpan berkas") -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it becomes `target`, on any
    failure it is removed. A disk fault is raised as a UserError naming `what`."""
    path = check_target(target)
    partial = temporary_name(path)
    try:
        yield partial
        os.replace(partial, path)
    except OSError as exc:
        _remove(partial)
        message = os_error_message(exc, what)
        if message is None:
            raise
        raise UserError(message) from exc
    except BaseException:
        _remove(partial)
        raise


def _remove(path: Path) -> None:
    for extra in ("", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(path) + extra).unlink()
