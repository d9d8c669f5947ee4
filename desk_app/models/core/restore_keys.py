"""Which office keys a database needs on this PC: before a backup is restored (read from
the SQLite backup file itself, nothing restored yet) or after (the open database, for a
PostgreSQL dump that cannot be read before). Plain SQL on table names, so that the core
does not load the complaint feature for it.

Needed: the keys whose fingerprints the office's sealed identities name (schema v8), or,
for an older backup that still holds plain identities of *rahasia* complaints, the
office's active key (the upgrade seals them to it). Missing: those without a private key
file in this PC's key folder. `desk-app restore` and the GUI restore ask for the office
key backup when something is missing (models/core/keybackup.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.models.core import keys

IMPORT_MARK = "_bundle_import"  # models/offices/bundles.py: an office that came with bundles


@dataclass
class KeyNeeds:
    office: str | None = None
    known: set[str] = field(default_factory=set)  # fingerprints of the office's key rows
    needed: set[str] = field(default_factory=set)
    protected: int = 0  # rahasia complaints whose identity needs a key

    @property
    def missing(self) -> list[str]:
        return sorted(fp for fp in self.needed if not keys.key_file(fp).exists())

    def describe(self) -> str:
        shorts = ", ".join(keys.short_fingerprint(fp) for fp in self.missing)
        return (f"Cadangan ini menyimpan {self.protected} identitas pelapor rahasia kantor {self.office} "
                f"yang terkunci dengan kunci kantor ({shorts}), dan kunci itu tidak ada di PC ini.")


def _needs(run: Callable[[str, tuple], list], tables: set[str], columns: set[str], mark: str) -> KeyNeeds:
    if "office" not in tables or "complaint" not in tables:
        return KeyNeeds()
    rows = run(f"SELECT code FROM office WHERE code NOT IN (SELECT office FROM setting WHERE key = {mark}) "
               "ORDER BY created_at LIMIT 1", (IMPORT_MARK,)) or run(
        "SELECT code FROM office ORDER BY created_at LIMIT 1", ())
    if not rows:
        return KeyNeeds()
    needs = KeyNeeds(office=rows[0][0])
    if "office_key" not in tables:
        return needs  # before v7: the upgrade makes new keys on this PC
    key_rows = run(f"SELECT fingerprint, revoked_at, created_at FROM office_key WHERE office = {mark}",
                   (needs.office,))
    needs.known = {r[0] for r in key_rows}
    if "sealed_identity" in columns:
        found = run(f"SELECT substr(sealed_identity, 5, 64), COUNT(*) FROM complaint WHERE office = {mark} "
                    "AND protection = 'rahasia' AND sealed_identity IS NOT NULL GROUP BY 1", (needs.office,))
        needs.needed = {r[0] for r in found if r[0]}
        needs.protected = sum(r[1] for r in found)
        return needs
    plain = run(f"SELECT COUNT(*) FROM complaint WHERE office = {mark} AND protection = 'rahasia' AND "
                "(complainant_name <> '' OR complainant_contact <> '' OR complainant_address <> '')",
                (needs.office,))[0][0]
    active = sorted((str(r[2]), r[0]) for r in key_rows if r[1] is None)
    if plain and active:
        needs.needed, needs.protected = {active[-1][1]}, plain
    return needs


def needs_of_backup(path: Path) -> KeyNeeds:
    """What a SQLite backup file needs (read-only; nothing is restored)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        columns = {r[1] for r in con.execute('PRAGMA table_info("complaint")')}
        return _needs(lambda sql, params: con.execute(sql, params).fetchall(), tables, columns, "?")
    except sqlite3.Error:
        return KeyNeeds()
    finally:
        con.close()


def needs_of_open_database() -> KeyNeeds:
    from desk_app.models.core.db import database

    db = database.obj
    tables = set(db.get_tables())
    columns = {c.name for c in db.get_columns("complaint")} if "complaint" in tables else set()
    return _needs(lambda sql, params: list(db.execute_sql(sql, params).fetchall()), tables, columns, db.param)
