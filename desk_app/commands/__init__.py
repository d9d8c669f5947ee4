"""Sub-commands of `desk-app`. Each module: `add_parser(subparsers)` and `run(args)`."""

from __future__ import annotations

import sys

from desk_app import config
from desk_app.models.core.schema import open_database


def open_db(args, create: bool = False):
    """Open the database chosen by --db / DESK_APP_DB / the default file."""
    url = getattr(args, "db", None) or config.default_database_url()
    return url, open_database(url, create=create)


def confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    answer = input(f"{question} [y/T] ").strip().lower()
    return answer in ("y", "ya")
