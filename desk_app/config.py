"""Where things live on this machine: the database, backups, logs.

`DESK_APP_HOME` points every folder at one directory (tests, demos, a USB stick);
otherwise the platform's standard user folders are used. `DESK_APP_DB` chooses the
database when `--db` is not given.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "LoketPrima"


def home_dir() -> Path | None:
    value = os.environ.get("DESK_APP_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = home_dir()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_DIR_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = home_dir()
    path = home / "logs" if home else Path(platformdirs.user_log_dir(APP_DIR_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return os.environ.get("DESK_APP_DB") or str(data_dir() / "loket-prima.db")


def resource_path(*parts: str) -> Path:
    """A file under resources/, in a source tree, an installed copy or a frozen build."""
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "desk-app" / "resources")
    for base in candidates:
        if base.is_dir():
            return base.joinpath(*parts)
    return candidates[-1].joinpath(*parts)
