"""The one handler for errors nobody planned for, shared by the command line and the window.

The user gets one Indonesian line: what failed, what to do, where the log is. The log
gets the traceback. Neither gets personal data: NIKs, phone numbers, e-mail addresses,
passwords in database URLs, quoted values (an address, a name in a repr) and the names
of complainants whose identity is protected are masked in every line written to the log
(`ScrubFilter` on the log file's handler) and in every message shown.

Faults of the machine rather than of the program (disk full, a read-only file, a missing
folder, a damaged file) are recognised and explained as such (`describe_fault`): they are
known failures (exit 1), though still logged.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path

from desk_app import config

LOG_FILE_NAME = "desk-app.log"
log = logging.getLogger("desk_app.crash")
log.propagate = False  # written by log_exception's own handler, once

_NIK = re.compile(r"(?<!\d)(\d{4})\d{8}(\d{4})(?!\d)")
_PHONE = re.compile(r"(?<![\d+])((?:\+?62|0)8\d)(?:[- .]?\d){5,10}?[- .]?(\d{2})(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_PASSWORD = re.compile(r"(\w+://[^:/@\s]+:)[^@\s]+@")
_KEY_VALUE = re.compile(r"\)=\([^)]*\)")  # PostgreSQL: Key (nik)=(5271...) already exists
_QUOTED = re.compile(r"'([^'\n]*)'|\"([^\"\n]*)\"")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")  # a column, table or command name


def _mask_quoted(match: re.Match) -> str:
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    quote = match.group(0)[0]
    if len(inner) <= 2 or _IDENTIFIER.fullmatch(inner):  # a column or table name: kept
        return match.group(0)
    return f"{quote}…{quote}"


def protected_names() -> list[str]:
    """Names and contacts of complainants whose identity is protected that this process
    held in plain text (registered, revealed or sealed here: the database keeps them only
    sealed, so a message can hold no other); empty before any complaint work. Kept in
    memory by models/complaints/sealing.py, never written anywhere."""
    sealing = sys.modules.get("desk_app.models.complaints.sealing")
    if sealing is None:  # the data layer is not loaded for this (login paints first)
        return []
    try:
        return sealing.names_in_memory()
    except Exception:  # noqa: BLE001 - the log must still be written
        return []


def scrub(text: str, names: list[str] | None = None, quoted: bool = True) -> str:
    """`text` with personal data masked; see the module docstring. `quoted=False` keeps
    quoted text (a traceback's file names) and masks the rest."""
    if not text:
        return text
    text = _URL_PASSWORD.sub(r"\1•••@", text)
    text = _EMAIL.sub("•••@•••", text)
    text = _NIK.sub(lambda m: m.group(1) + "•" * 8 + m.group(2), text)
    text = _PHONE.sub(lambda m: m.group(1) + "•" * (len(m.group(0)) - len(m.group(1)) - 2) + m.group(2), text)
    text = _KEY_VALUE.sub(")=(…)", text)
    if quoted:
        text = _QUOTED.sub(_mask_quoted, text)
    for name in protected_names() if names is None else names:
        if len(name) >= 3:
            text = re.sub(re.escape(name), "[identitas dirahasiakan]", text, flags=re.IGNORECASE)
    return text


def format_exception(exc: BaseException) -> str:
    """The traceback with the code lines kept and every exception message scrubbed."""
    parts = []
    for chunk in traceback.TracebackException.from_exception(exc).format():
        parts.append(scrub(chunk, quoted=not chunk.startswith("  File ")))
    return "".join(parts)


class ScrubFilter(logging.Filter):
    """Masks personal data in every record a handler writes (message and traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            record.msg, record.args = scrub(record.getMessage()), None
        except Exception:  # noqa: BLE001 - a bad format string: keep the raw text, masked
            record.msg, record.args = scrub(str(record.msg)), None
        if record.exc_info and record.exc_info[1] is not None:  # even if another formatter ran
            record.exc_text = format_exception(record.exc_info[1]).rstrip("\n")
        return True


def log_file() -> Path:
    return config.log_dir() / LOG_FILE_NAME


def file_handler(level: int = logging.INFO) -> logging.Handler:
    """The rotating log file (1 MB x 5) with the scrubbing filter."""
    handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    handler.addFilter(ScrubFilter())
    return handler


def log_exception(exc: BaseException, what: str) -> str | None:
    """Write `exc` with its (scrubbed) traceback to the log; returns the log's path, or
    None when the log cannot be written either."""
    try:
        handler = file_handler()
    except OSError:
        return None
    log.propagate = False  # written once, here, whatever configured logging since
    log.addHandler(handler)
    try:
        log.error("%s failed", what, exc_info=exc)
    finally:
        log.removeHandler(handler)
        handler.close()
    return str(log_file())


# --- what the user is told -------------------------------------------------------------

def _os_fault(exc: OSError, what: str) -> str | None:
    from desk_app.models.core.files import os_error_message

    return os_error_message(exc, what)


def describe_fault(exc: BaseException, what: str = "bekerja") -> str | None:
    """An Indonesian explanation when `exc`, or an exception it was raised from or while
    handling (SQLite's "disk is full" followed by a failed rollback), is a fault of the
    machine or of a file rather than of the program; None for a real bug."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        known = _describe_one(exc, what)
        if known:
            return known
        exc = exc.__cause__ or exc.__context__
    return None


def _describe_one(exc: BaseException, what: str) -> str | None:
    from desk_app.models.core.db_checks import corrupt_message

    if isinstance(exc, OSError) and exc.errno is not None:
        return _os_fault(exc, what)
    text = str(exc).lower()
    kind = f"{type(exc).__module__}.{type(exc).__name__}".lower()
    if "database or disk is full" in text or "no space left" in text or "diskfull" in kind:
        return _os_fault(OSError(errno.ENOSPC, "disk penuh"), what)
    if "readonly database" in text or "read-only transaction" in text \
            or ("read-only" in text and "database" in text):
        return (f"Basis data hanya bisa dibaca, jadi {what} tidak dapat menyimpan. Periksa izin "
                "berkas basis data (dan foldernya), lalu ulangi.")
    if "malformed" in text or "file is not a database" in text:
        from desk_app.models.core import db as dbmod

        path = dbmod.database.obj.database if dbmod.is_sqlite() else "basis data"
        return corrupt_message(Path(path), "pemeriksaan saat " + what)
    if "database is locked" in text or "database is busy" in text:
        return (f"Basis data sedang dipakai program lain terlalu lama saat {what}; tidak ada yang "
                "diubah. Tunggu sebentar lalu ulangi.")
    if "server closed the connection" in text or "connection refused" in text \
            or "could not connect" in text or "terminating connection" in text:
        return (f"Sambungan ke server PostgreSQL terputus saat {what}; perubahan yang belum "
                "selesai dibatalkan. Periksa jaringan dan server, lalu ulangi.")
    if "disk i/o error" in text:
        return _os_fault(OSError(errno.EIO, "I/O"), what)
    if "badzipfile" in kind or "parseerror" in kind or "xmlsyntaxerror" in kind \
            or "defusedxml" in kind or "amplification" in text or "entit" in text and "xml" in kind:
        return (f"Berkas yang dibuka saat {what} rusak atau berisi XML yang tidak aman, jadi "
                "tidak dibaca. Simpan ulang berkas itu dari Excel/aslinya lalu coba lagi.")
    return None


def unexpected_message(what: str, log_path: str | None, exc: BaseException) -> str:
    where = (f"rinciannya tercatat di {log_path}" if log_path else
             "rinciannya tidak dapat dicatat (folder log tidak dapat ditulis)")
    return (f"kesalahan tak terduga ({type(exc).__name__}) saat {what}; {where}. "
            "Coba ulangi; bila terulang, kirim berkas log itu kepada admin.")


def explain(exc: BaseException, what: str) -> tuple[str, bool]:
    """(one line for the user, whether it is a known fault). Always logs."""
    known = describe_fault(exc, what)
    log_path = log_exception(exc, what)
    if known:
        return scrub(known), True
    return unexpected_message(what, log_path, exc), False


def window_message(exc: BaseException, what: str = "bekerja") -> str:
    """The text of the window's message box for `exc` (logged); the app keeps running."""
    known = describe_fault(exc, what)
    log_path = log_exception(exc, what)
    if known:
        return scrub(known)
    where = (f"rinciannya dicatat di berkas log:\n{log_path}" if log_path else
             "rinciannya tidak dapat dicatat (folder log tidak dapat ditulis)")
    return (f"Terjadi kesalahan yang tidak terduga ({type(exc).__name__}) saat {what}. "
            f"Aplikasi tetap berjalan; coba ulangi, dan bila terulang kirim berkas log "
            f"kepada admin. {where}")
