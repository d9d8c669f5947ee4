"""Rows of any table as plain JSON-friendly dicts and back, for bundles and copies.

Works from the model's field types only, so a table added later is covered without
code here. Values are keyed by field name (a foreign key holds the referenced id).
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal

import peewee

from desk_app.models.core.base import JSONField


def encode_value(field: peewee.Field, value):
    if value is None:
        return None
    if isinstance(field, JSONField):
        return value
    if isinstance(field, peewee.ForeignKeyField):
        return encode_value(field.rel_field, value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(field, peewee.BooleanField):
        return bool(value)
    return value


def decode_value(field: peewee.Field, value):
    if value is None or isinstance(field, JSONField):
        return value
    if isinstance(field, peewee.ForeignKeyField):
        return decode_value(field.rel_field, value)
    if isinstance(field, peewee.DateTimeField):
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(field, peewee.DateField):
        return dt.date.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(field, peewee.TimeField):
        return dt.time.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(field, peewee.DecimalField):
        return decimal.Decimal(value)
    if isinstance(field, peewee.BlobField):
        return base64.b64decode(value)
    return value


def encode_row(model: type[peewee.Model], row: dict) -> dict:
    fields = model._meta.fields
    return {name: encode_value(fields[name], row.get(name)) for name in fields if name in row}


def decode_row(model: type[peewee.Model], row: dict) -> dict:
    fields = model._meta.fields
    return {name: decode_value(fields[name], value) for name, value in row.items()}


def key_of(model: type[peewee.Model], row: dict) -> tuple:
    """The primary key of an encoded or decoded row, as a tuple (composite keys too)."""
    return tuple(row.get(f.name) for f in model._meta.get_primary_keys())


def key_condition(model: type[peewee.Model], key: tuple):
    cond = None
    for field, value in zip(model._meta.get_primary_keys(), key, strict=True):
        part = field == value
        cond = part if cond is None else (cond & part)
    return cond


def order_by_key(model: type[peewee.Model]) -> list[peewee.Field]:
    return list(model._meta.get_primary_keys())
