"""A name search that forgives, as an officer types a returning applicant's name.

Matched: case, accents, apostrophes, hyphens and the spaces inside a name ignored
("nuraini" = "Nur'aini" = "Nur Aini"), the typed words in any order, each typed word
as the start of a word of the name (tier 0, what the search always did), as an infix
of three letters or more or across two words of the name (tier 1), or with one typo
(one letter added, dropped, changed or two swapped) in a word of five letters or more
(tier 2). A request's level is its worst word's tier; the list shows level 0 first,
then 1, then 2, each newest first, and pages on (level, reg_date, serial).

How it stays fast on 500,000 requests: the typed words are compared in memory with the
vocabulary of the names (names.RequestNameWord, a few tens of thousands of words), not
with the requests. The words found become ranges of the name parts' index. Where those
ranges hold up to BIG_PARTS entries, they are read and the requests fetched by id (for
several typed words, the requests under all of them are kept; where every typed word is
very common, the newest requests are walked with a LIKE on the words found, which soon
meets enough of them. Every candidate is then scored again on
its own name, so a range or a LIKE that says too much costs time, never a wrong row.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

import peewee

from desk_app.models.core.db import is_sqlite
from desk_app.models.requests import names as request_names
from desk_app.models.requests.names import RequestNamePart, RequestNameWord, name_key
from desk_app.models.requests.tables import ServiceRequest

LEVELS = (0, 1, 2)
INFIX_MIN = 3  # letters of a typed word before it is looked for inside words
TYPO_MIN = 5  # letters of a typed word before one typo is forgiven
LIKE_WORDS = 40  # the most words a walk's LIKE names, per typed word (best tiers first)
WALK_BATCH = 500
COMMON_PARTS = 5_000  # one typed word under this many parts (1 %): walk the newest


def query_keys(text: str) -> list[str]:
    return [key for key in (name_key(word) for word in text.split()) if key]


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion, substitution or swap of two
    neighbouring letters (and are not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def tier(query: str, key: str, joined: bool = False) -> int | None:
    """How `key` (a word of a name, or two joined) matches the typed word `query`."""
    if key.startswith(query):
        return 1 if joined else 0
    if len(query) >= INFIX_MIN and query in key:
        return 1
    if len(query) >= TYPO_MIN and not joined and one_edit(query, key):
        return 2
    return None


def name_level(queries: list[str], name: str) -> int | None:
    """The level of a name for the typed words (None: it does not match)."""
    keys = [k for k in (name_key(w) for w in name.split()) if k]
    items = [(k, False) for k in keys] + [(keys[i] + keys[i + 1], True) for i in range(len(keys) - 1)]
    level = 0
    for query in queries:
        tiers = [t for key, joined in items if (t := tier(query, key, joined)) is not None]
        if not tiers:
            return None
        level = max(level, min(tiers))
    return level


@dataclass
class Vocabulary:
    """The vocabulary of one database, in memory: keys sorted for prefix lookups."""

    stamp: tuple = ()
    keys: list[str] = field(default_factory=list)  # sorted
    words: list[list[tuple[str, bool]]] = field(default_factory=list)  # per key: (word, joined)

    def matches(self, query: str) -> dict[str, int]:
        """word -> best tier, for every vocabulary word the typed word matches."""
        found: dict[str, int] = {}

        def add(index: int) -> None:
            for word, joined in self.words[index]:
                best = tier(query, self.keys[index], joined)
                if best is not None and best < found.get(word, 9):
                    found[word] = best

        start = bisect.bisect_left(self.keys, query)
        end = bisect.bisect_left(self.keys, query + "\U0010ffff")
        for index in range(start, end):
            add(index)
        if len(query) >= INFIX_MIN:
            for index, key in enumerate(self.keys):
                if (index < start or index >= end) and (query in key or (
                        len(query) >= TYPO_MIN and abs(len(key) - len(query)) <= 1
                        and one_edit(query, key))):
                    add(index)
        return found


_cache: dict[int, Vocabulary] = {}


def vocabulary() -> Vocabulary:
    """The database's vocabulary, read again when it changed (another counter may have
    registered a new name): a count and the two ends of its key, from the index."""
    database = RequestNameWord._meta.database
    database = getattr(database, "obj", database)
    stamp = tuple(RequestNameWord.select(peewee.fn.COUNT(RequestNameWord.word),
                                         peewee.fn.MIN(RequestNameWord.word),
                                         peewee.fn.MAX(RequestNameWord.word)).tuples().get())
    stamp = (id(database), *stamp)
    cached = _cache.get(id(database))
    if cached is not None and cached.stamp == stamp:
        return cached
    by_key: dict[str, list[tuple[str, bool]]] = {}
    for word, key, joined in RequestNameWord.select(
            RequestNameWord.word, RequestNameWord.key, RequestNameWord.joined).tuples():
        by_key.setdefault(key, []).append((word, bool(joined)))
    keys = sorted(by_key)
    _cache.clear()  # one database at a time in a process
    _cache[id(database)] = Vocabulary(stamp, keys, [by_key[k] for k in keys])
    return _cache[id(database)]


# --- the search ---------------------------------------------------------------------

def _outer(words: set[str]) -> set[str]:
    """The words whose ranges hold all the others' ("siti" holds "siti azizah")."""
    kept: list[str] = []
    for word in sorted(words):
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)
    return set(kept)


def _ranges(words, office: str):
    condition = None
    for word in words:
        term = ((RequestNamePart.office == office) & (RequestNamePart.part >= word)
                & (RequestNamePart.part < word + request_names.TOP_CHAR))
        condition = term if condition is None else condition | term
    return condition


def _like(words):
    condition = None
    for word in words:
        if any(ch in word for ch in "%_\\"):
            continue
        term = (ServiceRequest.applicant_name ** f"{word}%") | (ServiceRequest.applicant_name ** f"% {word}%")
        condition = term if condition is None else condition | term
    return condition


def _after_condition(after: tuple[dt.date, int] | None):
    if after is None:
        return None
    day, serial = after
    return (ServiceRequest.reg_date < day) | ((ServiceRequest.reg_date == day) & (ServiceRequest.serial < serial))


def search(base: peewee.Select, office: str, text: str, after: tuple | None, limit: int,
           date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[tuple[int, tuple]]:
    """(level, row) for one page of `base` (the request list's query with every other
    condition of the filter) restricted to names matching `text`, best level first,
    then newest first; `after` is the last row's (level, reg_date, serial)."""
    queries = query_keys(text)
    if not queries:
        return []
    vocab = vocabulary()
    matched = [vocab.matches(q) for q in queries]
    if not all(matched):
        return []
    rows: list[tuple[int, tuple]] = []
    start_level, position = (after[0], (after[1], after[2])) if after else (0, None)
    previous: list[set[str]] = []
    for level in LEVELS:
        words = [_outer({w for w, t in m.items() if t <= level}) for m in matched]
        if level < start_level or not all(words) or words == previous:
            previous = words  # nothing new at this level: nothing to show
            continue
        previous = words
        wanted = limit - len(rows)
        page = _level_page(base, office, queries, words, level, position, wanted, date_from, date_to)
        rows += [(level, row) for row in page]
        if len(rows) >= limit:
            break
        position = None
    return rows[:limit]


def walks(queries: list[str], words: list[set[str]], office: str) -> bool:
    """Whether the newest requests are walked (see _level_page), not the name parts."""
    if all(len(q) < INFIX_MIN for q in queries):
        return True
    return len(words) == 1 and RequestNamePart.select(RequestNamePart.request).where(
        _ranges(words[0], office)).limit(COMMON_PARTS).count() >= COMMON_PARTS


def _level_page(base, office, queries, words, level, position, wanted, date_from, date_to):
    """One level's rows: the name parts under the first typed word's ranges (and under
    every other typed word's), newest first, a batch at a time, sorted by the database
    from the index; their requests fetched by id. Typed words of one or two letters only,
    or one word that very many names have, walk the newest requests instead."""
    keep = lambda row: name_level(queries, row[6]) == level  # noqa: E731 (row[6]: the name)
    if walks(queries, words, office):
        return _walk_page(base, words, position, wanted, keep)
    order = sorted(range(len(words)), key=lambda i: -len(queries[i]))  # the longest drives
    parts = (RequestNamePart.select(RequestNamePart.request, RequestNamePart.reg_date,
                                    RequestNamePart.serial).where(_ranges(words[order[0]], office)))
    for i in order[1:]:
        column = RequestNamePart.request
        if is_sqlite():  # unary +: SQLite keeps to the ranges' index, not one probe per id
            column = peewee.NodeList((peewee.SQL("+"), RequestNamePart.request), glue="")
        parts = parts.where(column.in_(
            RequestNamePart.select(RequestNamePart.request).where(_ranges(words[i], office))))
    if date_from:
        parts = parts.where(RequestNamePart.reg_date >= date_from)
    if date_to:
        parts = parts.where(RequestNamePart.reg_date <= date_to)
    parts = parts.order_by(RequestNamePart.reg_date.desc(), RequestNamePart.serial.desc())
    rows, seen = [], set()
    while len(rows) < wanted:
        page = parts
        if position is not None:
            day, serial = position
            page = page.where((RequestNamePart.reg_date < day) | (
                (RequestNamePart.reg_date == day) & (RequestNamePart.serial < serial)))
        found = list(page.limit(WALK_BATCH).tuples())
        batch = [i for i in dict.fromkeys(request_id for request_id, _d, _s in found) if i not in seen]
        seen.update(batch)
        by_id = {row[0]: row for row in base.where(ServiceRequest.id.in_(batch)).tuples()} if batch else {}
        rows += [by_id[i] for i in batch if i in by_id and keep(by_id[i])]
        if len(found) < WALK_BATCH:
            break
        position = (found[-1][1], found[-1][2])
    return rows[:wanted]


def _walk_page(base, words, position, wanted, keep):
    query = base
    for word_set in words:
        best = sorted(word_set, key=lambda w: (len(w), w))[:LIKE_WORDS]
        query = query.where(_like(best))
    query = query.order_by(ServiceRequest.reg_date.desc(), ServiceRequest.serial.desc())
    rows = []
    while len(rows) < wanted:
        page = query
        if position is not None:
            page = page.where(_after_condition(position))
        fetched = list(page.limit(WALK_BATCH).tuples())
        rows += [row for row in fetched if keep(row)]
        if len(fetched) < WALK_BATCH:
            break
        position = (fetched[-1][2], fetched[-1][3])
    return rows[:wanted]
