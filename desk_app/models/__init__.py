"""Tables and the domain rules that act on them. Nothing here imports Qt widgets."""

# db goes first: it loads peewee without the PostgreSQL driver (see db.py).
from desk_app.models.core import db as _db  # noqa: F401
