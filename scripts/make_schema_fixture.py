#!/usr/bin/env python3
"""Write tests/fixtures/schema_v<N>.db: a small database of the current schema version.

Run once when a schema version is released (after adding a migration), and commit the
file: tests/test_core_schema.py upgrades every fixture to the current version.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DESK_APP_HOME", tempfile.mkdtemp())

from desk_app.models.core import accounts, settings, setup  # noqa: E402
from desk_app.models.core.schema import SCHEMA_VERSION, open_database  # noqa: E402
from desk_app.models.core.setup import NTB_DEFAULTS  # noqa: E402


def main() -> int:
    target = ROOT / "tests" / "fixtures" / f"schema_v{SCHEMA_VERSION}.db"
    if target.exists():
        target.unlink()
    database = open_database(str(target))
    fields = {k: v for k, v in NTB_DEFAULTS.items() if k != "code"}
    admin = setup.initialize("Kw.18", fields, "admin", "Admin Fixture", "admin123")
    accounts.create_user(admin, "Kw.18", "petugas", "Petugas Fixture", "counter", "petugas1")
    settings.set_many(admin, "Kw.18", {"head_name": "Kepala Fixture"})
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.execute_sql("PRAGMA journal_mode=DELETE")
    database.close()
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
