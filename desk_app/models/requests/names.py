"""Finding requests by applicant name without reading the whole table.

A name search matches `applicant_name LIKE 'x%' OR LIKE '% x%'`: the text at the start
of any word of the name. `RequestNamePart` holds, for every request, its name from each
word to the end, lower-cased ("siti aminah" and "aminah" for "Siti Aminah"), so the
requests a search can match are the parts in one index range (`part >= x AND part <
x + TOP_CHAR`) and a name that matches nobody is an empty range. request_flow uses the
parts for rare names and keeps the LIKE, so the results stay the LIKE's.

The case is folded by the database's own lower(), the folding its case-insensitive LIKE
applies. The table is derived from service_request: written at registration, rebuilt
for the requests a bundle import touched and by copy-db on its target (with the
target's own lower()); it never travels in bundles.

A search that forgives (name_search.py) also needs the words themselves, once each:
`RequestNameWord` is the vocabulary of the name parts — every word and every two
adjacent words as they stand in the parts ("nur'aini", "nur aini"), each with its key
(case folded, only letters and digits: "nuraini"). A few tens of thousands of rows
where the parts have a million: the search compares the typed words with the keys in
memory (infixes, one typo) and turns the words found into ranges of the parts. It is
derived like the parts (rebuilt with them; words that no longer occur in any name are
harmless: their ranges are empty) and created at open time when missing, from the
parts, so no schema version is needed for it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import peewee

from desk_app.models.core.base import BaseModel
from desk_app.models.requests.tables import ServiceRequest

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
    request = peewee.ForeignKeyField(ServiceRequest, on_delete="CASCADE", backref="+", index=False)
    office = peewee.CharField(max_length=32)
    part = CodePointText()  # the name from one word to the end, lower-cased
    reg_date = peewee.DateField()  # the request's, for newest-first and keyset paging
    serial = peewee.IntegerField()

    class Meta:
        primary_key = peewee.CompositeKey("request", "part")
        # request last: a search reads the ids of its newest matches from the index alone
        indexes = ((("office", "part", "reg_date", "serial", "request"), False),)


class RequestNameWord(BaseModel):
    word = CodePointText(primary_key=True)  # as in the parts: "nur'aini", "nur aini"
    key = peewee.TextField()  # case folded, letters and digits only: "nuraini"
    joined = peewee.BooleanField(default=False)  # two words of a name, as one


def name_key(text: str) -> str:
    """`text` folded for comparing names: no case, no accents, only letters and digits
    ("Nur'aini", "NUR-AINI" and "nur aini" all give "nuraini")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def vocabulary_of(parts: Iterable[str]) -> dict[str, tuple[str, bool]]:
    """The vocabulary rows for some name parts: word -> (key, joined)."""
    words: dict[str, tuple[str, bool]] = {}
    for part in parts:
        items = part.split(" ")
        for i, item in enumerate(items):
            key = name_key(item)
            if key:
                words[item] = (key, False)
            if i + 1 < len(items):
                pair = f"{item} {items[i + 1]}"
                pair_key = name_key(pair)
                if pair_key and pair_key != key:
                    words.setdefault(pair, (pair_key, True))
    return words


def _add_words(parts: Iterable[str]) -> None:
    if not _database().table_exists(RequestNameWord._meta.table_name):
        return  # an upgrade step before the vocabulary exists: made from the parts at open
    rows = [{"word": w, "key": k, "joined": j} for w, (k, j) in vocabulary_of(parts).items()]
    for start in range(0, len(rows), 500):
        RequestNameWord.insert_many(rows[start:start + 500]).on_conflict_ignore().execute()


def _parts_of(request_ids: list[str]) -> list[str]:
    return [part for (part,) in RequestNamePart.select(RequestNamePart.part)
            .where(RequestNamePart.request.in_(request_ids)).tuples()]


def ensure_vocabulary() -> None:
    """Create and fill the vocabulary when a database does not have it yet (at open)."""
    database = _database()
    if database.table_exists(RequestNameWord._meta.table_name):
        return
    with database.atomic():
        database.create_tables([RequestNameWord])
        _add_words(part for (part,) in RequestNamePart.select(RequestNamePart.part).distinct().tuples())


def _database() -> peewee.Database:
    # the model's database: the proxy's target, or the target copy-db bound it to
    database = RequestNamePart._meta.database
    return getattr(database, "obj", database)


def _add_parts(requests: peewee.Select) -> int:
    """Write the name parts of the requests `requests` selects, in one statement: the
    database splits the names (at every space, as LIKE '% x%' does) and folds the case
    (with the lower() its case-insensitive LIKE uses). Returns how many were written."""
    first_space = peewee.fn.INSTR if isinstance(_database(), peewee.SqliteDatabase) else peewee.fn.STRPOS
    names = requests.select(ServiceRequest.id, ServiceRequest.office,
                            ServiceRequest.applicant_name.cast("TEXT"),  # the type SUBSTR gives
                            ServiceRequest.reg_date, ServiceRequest.serial)
    rest = names.cte("name_rest", recursive=True,
                     columns=("request_id", "office", "rest", "reg_date", "serial"))
    after_space = peewee.Select([rest], [  # a plain select: the recursive term names the CTE
        rest.c.request_id, rest.c.office, peewee.fn.SUBSTR(rest.c.rest, first_space(rest.c.rest, " ") + 1),
        rest.c.reg_date, rest.c.serial]).where(first_space(rest.c.rest, " ") > 0)
    rest = rest.union_all(after_space)
    parts = rest.select_from(rest.c.request_id, rest.c.office, peewee.fn.LOWER(rest.c.rest),
                             rest.c.reg_date, rest.c.serial).where(rest.c.rest != "")
    parts = parts.order_by(rest.c.request_id)  # in key order: ten times faster in bulk
    fields = [RequestNamePart.request, RequestNamePart.office, RequestNamePart.part,
              RequestNamePart.reg_date, RequestNamePart.serial]
    return _database().execute(RequestNamePart.insert_from(parts, fields)).rowcount


def add_request(request: ServiceRequest) -> None:
    """A newly registered request: write its name parts and any new words of its name
    (in the caller's transaction)."""
    _add_parts(ServiceRequest.select().where(ServiceRequest.id == request.id))
    _add_words(_parts_of([request.id]))


def rebuild(request_ids: Iterable[str] | None = None) -> int:
    """Rewrite the name parts of the given requests (of every request when None): after
    a bundle import changed them, after copy-db, when the table is first filled.
    Returns how many parts were written."""
    with _database().atomic():
        if request_ids is None:  # the search index is built after the bulk fill: faster
            RequestNamePart._schema.drop_indexes()
            RequestNamePart.delete().execute()
            written = _add_parts(ServiceRequest.select())
            RequestNamePart._schema.create_indexes()
            if _database().table_exists(RequestNameWord._meta.table_name):
                RequestNameWord.delete().execute()
            _add_words(part for (part,) in
                       RequestNamePart.select(RequestNamePart.part).distinct().tuples())
            return written
        written, ids = 0, sorted(set(request_ids))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            RequestNamePart.delete().where(RequestNamePart.request.in_(chunk)).execute()
            written += _add_parts(ServiceRequest.select().where(ServiceRequest.id.in_(chunk)))
            _add_words(_parts_of(chunk))
        return written


def parts_starting_with(office: str, text: str):
    """The parts of `office` that start with `text`, case-insensitively (a query)."""
    lowest = peewee.fn.LOWER(text)
    return RequestNamePart.select().where(
        (RequestNamePart.office == office) & (RequestNamePart.part >= lowest)
        & (RequestNamePart.part < lowest.concat(TOP_CHAR)))
