"""Finding requests by applicant name without reading the whole table.

A name search matches `applicant_name LIKE 'x%' OR LIKE '% x%'`: the text at the start
of any word of the name. `RequestNamePart` keeps, for every request, the name from each
of its words to the end, lower-cased ("siti aminah" and "aminah" for "Siti Aminah"), so
the requests a search can match are the parts in one index range (office, part >= x,
part < x + the highest character). The table is derived from `service_request`: it is
written here by every path that writes applicant names, never travels in bundles and is
rebuilt (not copied) by copy-db.

Case is folded by the database's own `lower()`, the same folding its case-insensitive
LIKE uses, so the parts never miss a request the LIKE would match.
"""

from __future__ import annotations

from collections.abc import Iterable

import peewee

from desk_app.models.base import BaseModel
from desk_app.models.requests import ServiceRequest

CHUNK = 2000
TOP_CHAR = "\U0010ffff"  # sorts after every character a name can hold


class CodePointText(peewee.TextField):
    """Text ordered by code point, so that "starts with x" is a plain index range.
    SQLite compares text that way already; PostgreSQL would use the database's language
    order, where for instance "hj." and "hj/" can sort as equal: the column gets "C"."""

    def ddl(self, ctx):
        node = super().ddl(ctx)
        database = self.model._meta.database
        if isinstance(getattr(database, "obj", database), peewee.PostgresqlDatabase):
            node.nodes.append(peewee.SQL('COLLATE "C"'))
        return node


class RequestNamePart(BaseModel):
    request = peewee.ForeignKeyField(ServiceRequest, on_delete="CASCADE", backref="+")
    office = peewee.CharField(max_length=32)
    part = CodePointText()  # the name from one word to the end, lower-cased
    reg_date = peewee.DateField()  # the request's, for newest-first and keyset paging
    serial = peewee.IntegerField()

    class Meta:
        primary_key = peewee.CompositeKey("request", "part")
        indexes = ((("office", "part", "reg_date", "serial"), False),)


def name_parts(name: str) -> list[str]:
    """The name from its start and from after every space: where `LIKE 'x%'` and
    `LIKE '% x%'` can begin to match."""
    starts = [0] + [i + 1 for i, ch in enumerate(name) if ch == " "]
    return [name[i:] for i in starts if name[i:]]


def _database() -> peewee.Database:
    # the model's database: the proxy's target, or the target copy-db bound it to
    database = RequestNamePart._meta.database
    return getattr(database, "obj", database)


def add_rows(rows: Iterable[tuple]) -> int:
    """Write the parts of requests given as (id, office, applicant_name, reg_date,
    serial) tuples, whose parts are not there yet. Returns how many parts were written."""
    database = _database()
    fields = [RequestNamePart.request, RequestNamePart.office, RequestNamePart.part,
              RequestNamePart.reg_date, RequestNamePart.serial]
    p = database.param
    sql = (f'INSERT INTO "{RequestNamePart._meta.table_name}" ('
           + ", ".join(f'"{f.column_name}"' for f in fields)
           + f") VALUES ({p}, {p}, lower({p}), {p}, {p})")
    written, batch = 0, []
    cursor = database.cursor()
    for request_id, office, name, reg_date, serial in rows:
        reg_date = RequestNamePart.reg_date.db_value(reg_date)
        batch += [(request_id, office, part, reg_date, serial) for part in name_parts(name or "")]
        if len(batch) >= CHUNK:
            cursor.executemany(sql, batch)
            written, batch = written + len(batch), []
    if batch:
        cursor.executemany(sql, batch)
        written += len(batch)
    return written


def add_request(request: ServiceRequest) -> None:
    """A newly registered request: write its name parts (same transaction)."""
    add_rows([(request.id, request.office, request.applicant_name, request.reg_date,
               request.serial)])


def _request_rows(query) -> list[tuple]:
    return list(query.select(ServiceRequest.id, ServiceRequest.office, ServiceRequest.applicant_name,
                             ServiceRequest.reg_date, ServiceRequest.serial).tuples())


def rebuild(request_ids: Iterable[str] | None = None) -> int:
    """Rewrite the name parts of the given requests (of every request when None): after
    a bundle import changed them, after copy-db, when the table is first filled.
    Returns how many parts were written."""
    written = 0
    if request_ids is None:
        RequestNamePart.delete().execute()
        last = ""
        while True:  # keyset over the primary key: a bounded batch in memory at a time
            batch = _request_rows(ServiceRequest.select().where(ServiceRequest.id > last)
                                  .order_by(ServiceRequest.id).limit(CHUNK * 5))
            if not batch:
                return written
            written += add_rows(batch)
            last = batch[-1][0]
    ids = sorted(set(request_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        RequestNamePart.delete().where(RequestNamePart.request.in_(chunk)).execute()
        written += add_rows(_request_rows(ServiceRequest.select().where(ServiceRequest.id.in_(chunk))))
    return written


def parts_starting_with(office: str, text: str):
    """The parts of `office` that start with `text`, case-insensitively (a query)."""
    lowest = peewee.fn.LOWER(text)
    return RequestNamePart.select().where(
        (RequestNamePart.office == office) & (RequestNamePart.part >= lowest)
        & (RequestNamePart.part < lowest.concat(TOP_CHAR)))
