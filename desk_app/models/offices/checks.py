"""The first pass over a bundle: every row checked, nothing written.

Row by row (validate.check_row); then per chunk of rows, against this database: a row
whose key is already a record of another office, a change to a column that local entry
never changes (a complaint's original words, a request's number), a reference to a
record of another office or to one that is nowhere, an audit event naming another
office's record. The first problems (up to MAX_PROBLEMS) are listed in one BundleError
naming table, line, record and reason.
"""

from __future__ import annotations

from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.base import utcnow
from desk_app.models.core.office import Office
from desk_app.models.offices.bundles import CHUNK, BundleError, _name
from desk_app.models.offices.reading import Bundle
from desk_app.models.offices.validate import (
    IMMUTABLE,
    SENT_TABLES,
    RowProblem,
    check_row,
    entity_model,
    references,
)

MAX_PROBLEMS = 10
# tables other tables of a bundle point at: their ids are kept while checking
REFERENCED = {rel for model in SENT_TABLES for _name_, rel in references(model)}


class _Problems:
    def __init__(self, bundle: Bundle):
        self.bundle = bundle
        self.items: list[str] = []

    def add(self, model, line: int, row, reason: str) -> None:
        ident = row.get("id", row.get("seq")) if isinstance(row, dict) else None
        self.items.append(f"{_name(model)} baris {line}" + (f" ({str(ident)[:40]})" if ident else "")
                          + f": {reason}")
        if len(self.items) >= MAX_PROBLEMS:
            self.raise_()

    def raise_(self) -> None:
        if self.items:
            listed = "\n".join(f"- {item}" for item in self.items)
            raise BundleError(
                f"Bundel {self.bundle.manifest.path.name} dari kantor {self.bundle.manifest.office} "
                f"ditolak: {len(self.items)}{'+' if len(self.items) >= MAX_PROBLEMS else ''} baris "
                f"tidak sah. Tidak ada yang diubah.\n{listed}")


def check(bundle: Bundle) -> None:
    office = bundle.manifest.office
    if Office.get_or_none(Office.code == office) is None:
        raise BundleError(f"Kantor {office} belum dikenal di sini; daftarkan kartunya terlebih dahulu.")
    problems = _Problems(bundle)
    now = utcnow()
    ids: dict[type, set[str]] = {}
    last_audit = None
    for model in SENT_TABLES:
        keep = ids.setdefault(model, set()) if model in REFERENCED else None
        chunk: list[tuple[int, dict]] = []
        previous_seq = 0
        for line, row in bundle.rows(model):
            try:
                check_row(model, row, office, now)
                if model is AuditEvent:
                    if row["seq"] <= previous_seq:
                        raise RowProblem("nomor urut peristiwa audit tidak naik")
                    previous_seq, last_audit = row["seq"], row
            except RowProblem as exc:
                problems.add(model, line, row, str(exc))
                continue
            chunk.append((line, row))
            if keep is not None:
                keep.add(row["id"])
            if len(chunk) == CHUNK:
                _check_chunk(model, chunk, office, ids, problems)
                chunk = []
        if chunk:
            _check_chunk(model, chunk, office, ids, problems)
    problems.raise_()
    head = bundle.manifest.head
    if last_audit is not None and (head["seq"], head["hash"]) != (last_audit["seq"], last_audit["hash"]):
        raise BundleError(f"Bundel {bundle.manifest.path.name} ditolak: kepala jejak audit di manifes "
                          "tidak sama dengan peristiwa terakhirnya. Tidak ada yang diubah.")


def _check_chunk(model, chunk: list[tuple[int, dict]], office: str, ids: dict, problems: _Problems) -> None:
    if model is AuditEvent:
        _check_audit_entities(chunk, office, problems)
        return
    pk = model._meta.primary_key
    immutable = IMMUTABLE.get(model, ())
    columns = [pk, model._meta.fields["office"]] + [model._meta.fields[n] for n in immutable]
    local = {r[pk.name]: r for r in model.select(*columns).where(pk.in_([row["id"] for _l, row in chunk]))
             .dicts()}
    for line, row in chunk:
        mine = local.get(row["id"])
        if mine is not None and mine["office"] != office:
            problems.add(model, line, row, f"menimpa data kantor {mine['office']}")
            continue
        if mine is not None:
            from desk_app.models.offices import rowcodec

            enc = rowcodec.encode_row(model, mine)
            changed = [n for n in immutable if enc.get(n) != row.get(n)]
            if changed:
                problems.add(model, line, row, f"mengubah kolom yang tidak boleh diubah: {', '.join(changed)}")
    for column, target in references(model):
        wanted = {row[column] for _l, row in chunk if row.get(column) is not None} - ids.get(target, set())
        if not wanted:
            continue
        tpk = target._meta.primary_key
        found = dict(target.select(tpk, target._meta.fields["office"]).where(tpk.in_(sorted(wanted))).tuples())
        for line, row in chunk:
            value = row.get(column)
            if value not in wanted:
                continue
            owner = found.get(value)
            if owner is None:
                problems.add(model, line, row, f"kolom {column} merujuk data yang tidak ada di bundel maupun "
                                               "di sini (mungkin bundel sebelumnya belum diimpor)")
            elif owner != office:
                problems.add(model, line, row, f"kolom {column} merujuk data kantor {owner}")


def _check_audit_entities(chunk, office: str, problems: _Problems) -> None:
    by_model: dict[type, set[str]] = {}
    for _line, row in chunk:
        model = entity_model(row["entity"])
        if model is not None:
            by_model.setdefault(model, set()).add(row["entity_id"])
    foreign: set[tuple[str, str]] = set()
    for model, wanted in by_model.items():
        pk = model._meta.primary_key
        query = model.select(pk).where(pk.in_(sorted(wanted)) & (model._meta.fields["office"] != office))
        foreign |= {(model.__name__, str(value)) for (value,) in query.tuples()}
    for line, row in chunk:
        if (row["entity"], row["entity_id"]) in foreign:
            problems.add(AuditEvent, line, row, f"peristiwa audit pada data kantor lain ({row['entity']})")
