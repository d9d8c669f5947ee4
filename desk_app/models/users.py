"""Users, roles and what each role may do. The GUI and the CLI ask the same questions."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import re

import peewee

from desk_app.models.base import Record, utcnow

ROLE_COUNTER = "counter"
ROLE_HEAD = "head"
ROLE_ADMIN = "admin"
ROLES = (ROLE_COUNTER, ROLE_HEAD, ROLE_ADMIN)
ROLE_LABELS = {
    ROLE_COUNTER: "Petugas Loket",
    ROLE_HEAD: "Kepala Seksi",
    ROLE_ADMIN: "Administrator",
}

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8

# scrypt: memory-hard and in the standard library; ~50 ms per check on an office PC.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class User(Record):
    username = peewee.CharField(max_length=64, unique=True)
    full_name = peewee.CharField(max_length=150)
    nip = peewee.CharField(max_length=32, default="")
    position = peewee.CharField(max_length=150, default="")  # jabatan, printed under a signature
    role = peewee.CharField(max_length=16)
    password_hash = peewee.CharField(max_length=255)
    active = peewee.BooleanField(default=True)
    failed_logins = peewee.IntegerField(default=0)
    locked_until = peewee.DateTimeField(null=True)
    last_login_at = peewee.DateTimeField(null=True)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def __str__(self) -> str:
        return self.full_name


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest))


USERNAME_RE = re.compile(r"^[a-z0-9._-]{3,64}$")


def is_locked(user: User, now: dt.datetime | None = None) -> bool:
    now = now or utcnow()
    return user.locked_until is not None and user.locked_until > now
