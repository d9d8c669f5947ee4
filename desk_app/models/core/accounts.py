"""User accounts: the table, password hashing, logging in and managing accounts.
The GUI and the CLI ask the same questions (roles and permissions: permissions.py)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import re
import threading

import argon2
import peewee

from desk_app.models.core import audit
from desk_app.models.core.base import Record, snapshot, utcnow
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, UserError, ValidationError
from desk_app.models.core.permissions import ROLE_LABELS, ROLES, require
from desk_app.models.core.text import check_text

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8

# Argon2id with OWASP's second recommended setting (19 MiB, 2 passes, 1 lane): ~25 ms
# per check on the build machine, memory-hard. Older scrypt hashes still verify and are
# replaced by an Argon2id hash at the next successful login.
_HASHER = argon2.PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

# One answer for an unknown user, a wrong password, an inactive or a locked account, so
# that nobody learns which usernames exist or whether a guess during a lock was right.
LOGIN_FAILED = (f"Nama pengguna atau sandi salah, atau akun sedang dikunci sementara "
                f"({MAX_FAILED_LOGINS} kali salah sandi mengunci akun {LOCK_MINUTES} menit).")


class User(Record):
    username = peewee.CharField(max_length=64, unique=True)
    full_name = peewee.CharField(max_length=150)
    nip = peewee.CharField(max_length=32, default="")
    position = peewee.CharField(max_length=150, default="")  # jabatan, printed under a signature
    role = peewee.CharField(max_length=16)
    password_hash = peewee.CharField(max_length=255)
    active = peewee.BooleanField(default=True)
    failed_logins = peewee.IntegerField(default=0)  # attempts checked since the last success
    locked_until = peewee.DateTimeField(null=True)
    last_login_at = peewee.DateTimeField(null=True)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def __str__(self) -> str:
        return self.full_name


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def _scrypt_matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n),
                                   r=int(r), p=int(p), dklen=32, maxmem=2**28)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def password_matches(password: str, stored: str) -> bool:
    if (stored or "").startswith("$argon2"):
        try:
            return _HASHER.verify(stored, password)
        except argon2.exceptions.VerificationError:
            return False
        except argon2.exceptions.InvalidHashError:
            return False
    return _scrypt_matches(password, stored or "")


def needs_rehash(stored: str) -> bool:
    if not (stored or "").startswith("$argon2"):
        return True
    try:
        return _HASHER.check_needs_rehash(stored)
    except argon2.exceptions.InvalidHashError:
        return True


_dummy = threading.local()


def _burn_time(password: str) -> None:
    """Verify against a hash made once: an unknown or refused account costs the same
    time as a wrong password."""
    if getattr(_dummy, "hash", None) is None:
        _dummy.hash = hash_password(os.urandom(16).hex())
    password_matches(password, _dummy.hash)


USERNAME_RE = re.compile(r"^[a-z0-9._-]{3,64}$")


def is_locked(user: User, now: dt.datetime | None = None) -> bool:
    now = now or utcnow()
    return user.locked_until is not None and user.locked_until > now


SECRET_FIELDS = ("password_hash",)


class LoginFailed(UserError):
    pass


def _claim_attempt(user_id: str, now: dt.datetime) -> int | None:
    """Take one of the MAX_FAILED_LOGINS checks allowed before the lock, in one
    conditional UPDATE: the database decides, so parallel attempts from any number of
    counters never get more checks, and a late failure never lifts a lock. The claim that
    takes the last check also sets the lock. Returns the attempt number, or None when
    the account is locked. Call inside the write transaction."""
    expired = User.locked_until.is_null(False) & (User.locked_until <= now)
    attempt = peewee.Case(None, [(expired, 1)], User.failed_logins + 1)
    lock = now + dt.timedelta(minutes=LOCK_MINUTES)
    rows = list(
        User.update(failed_logins=attempt,
                    locked_until=peewee.Case(None, [(attempt >= MAX_FAILED_LOGINS, lock)], None))
        .where((User.id == user_id) & (User.locked_until.is_null() | expired)
               & ((User.failed_logins < MAX_FAILED_LOGINS) | expired))
        .returning(User.failed_logins)
        .execute()
    )
    return rows[0].failed_logins if rows else None


def _checked_attempt(user: User, action: str) -> int | None:
    """Claim an attempt and audit it (the audit event seals the row as it now stands)."""
    now = utcnow()
    with write_transaction():
        attempt = _claim_attempt(user.id, now)
        audit.record(user, action, "User", user.id, user.office,
                     {"attempt": attempt, "locked": attempt is None or attempt >= MAX_FAILED_LOGINS})
    return attempt


def authenticate(username: str, password: str) -> User:
    """Return the user, or raise LoginFailed with the one message for every refusal."""
    username = (username or "").strip().lower()
    password = password or ""
    user = User.get_or_none(User.username == username)
    if user is None or not user.active:
        _burn_time(password)
        raise LoginFailed(LOGIN_FAILED)
    attempt = _checked_attempt(user, "login_attempt")
    if attempt is None:
        _burn_time(password)
        raise LoginFailed(LOGIN_FAILED)
    if not password_matches(password, user.password_hash):
        with write_transaction():
            audit.record(user, "login_failed", "User", user.id, user.office,
                         {"attempt": attempt, "locked": attempt >= MAX_FAILED_LOGINS})
        raise LoginFailed(LOGIN_FAILED)
    now = utcnow()
    with write_transaction():
        values = {User.failed_logins: 0, User.locked_until: None, User.last_login_at: now}
        upgraded = needs_rehash(user.password_hash)
        if upgraded:
            values[User.password_hash] = hash_password(password)
        User.update(values).where(User.id == user.id).execute()
        audit.record(user, "login", "User", user.id, user.office,
                     {"attempt": attempt, "hash_upgraded": upgraded} if upgraded else {"attempt": attempt})
    return User.get_by_id(user.id)


def _validate_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"Sandi minimal {MIN_PASSWORD_LENGTH} karakter.", "password")


def create_user(actor, office: str, username: str, full_name: str, role: str, password: str,
                nip: str = "", position: str = "") -> User:
    require(actor, "admin.users", "mengelola pengguna")
    username = (username or "").strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            "Nama pengguna 3–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda minus.",
            "username",
        )
    if not check_text((full_name or "").strip(), "Nama lengkap", "full_name", 150):
        raise ValidationError("Nama lengkap wajib diisi.", "full_name")
    check_text(position, "Jabatan", "position", 150)
    if role not in ROLES:
        raise ValidationError("Peran tidak dikenal.", "role")
    nip = (nip or "").replace(" ", "")
    if nip and (not nip.isdigit() or len(nip) != 18):
        raise ValidationError("NIP harus 18 digit angka.", "nip")
    _validate_password(password)
    with write_transaction():
        if User.select().where(User.username == username).exists():
            raise ValidationError(f"Nama pengguna '{username}' sudah dipakai.", "username")
        user = User.create(office=office, username=username, full_name=full_name.strip(),
                           role=role, nip=nip, position=(position or "").strip(),
                           password_hash=hash_password(password))
        audit.record_change(actor, "create", user, None, snapshot(user, SECRET_FIELDS))
    return user


def _get_user(user_id: str) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound("Pengguna tidak ditemukan.")
    return user


def update_user(actor, user_id: str, **fields) -> User:
    require(actor, "admin.users", "mengelola pengguna")
    allowed = {"full_name", "nip", "position", "role"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(f"Kolom tidak dapat diubah: {', '.join(sorted(unknown))}")
    if "role" in fields and fields["role"] not in ROLES:
        raise ValidationError("Peran tidak dikenal.", "role")
    with write_transaction():
        user = _get_user(user_id)
        before = snapshot(user, SECRET_FIELDS)
        for key, value in fields.items():
            check_text(value if isinstance(value, str) else None, key, key, 150)
            setattr(user, key, value.strip() if isinstance(value, str) else value)
        if user.id == getattr(actor, "id", None) and user.role != before["role"]:
            raise ValidationError("Anda tidak dapat mengubah peran akun Anda sendiri.", "role")
        user.save()
        audit.record_change(actor, "update", user, before, snapshot(user, SECRET_FIELDS))
    return user


def reset_password(actor, user_id: str, new_password: str) -> None:
    require(actor, "admin.users", "mengatur ulang sandi")
    _validate_password(new_password)
    with write_transaction():
        user = _get_user(user_id)
        user.password_hash = hash_password(new_password)
        user.failed_logins = 0
        user.locked_until = None
        user.save()
        audit.record(actor, "reset_password", "User", user.id, user.office)


def change_own_password(user: User, old_password: str, new_password: str) -> None:
    """The current password is checked under the same limit as a login: every attempt
    audited, MAX_FAILED_LOGINS wrong guesses lock the account."""
    _validate_password(new_password)
    current = _get_user(user.id)
    attempt = _checked_attempt(current, "password_attempt")
    if attempt is None:
        _burn_time(old_password or "")
        raise ValidationError(
            f"Terlalu banyak sandi lama yang salah: akun dikunci {LOCK_MINUTES} menit. "
            "Coba lagi nanti atau minta admin mengatur ulang sandi.", "old_password")
    if not password_matches(old_password or "", current.password_hash):
        with write_transaction():
            audit.record(user, "change_password_failed", "User", user.id, user.office,
                         {"attempt": attempt, "locked": attempt >= MAX_FAILED_LOGINS})
        if attempt >= MAX_FAILED_LOGINS:
            raise ValidationError(
                f"Sandi lama salah {MAX_FAILED_LOGINS} kali: akun dikunci {LOCK_MINUTES} menit.",
                "old_password")
        raise ValidationError(
            f"Sandi lama salah. Sisa percobaan: {MAX_FAILED_LOGINS - attempt}.", "old_password")
    with write_transaction():
        User.update(password_hash=hash_password(new_password), failed_logins=0,
                    locked_until=None).where(User.id == user.id).execute()
        audit.record(user, "change_password", "User", user.id, user.office)


def set_active(actor, user_id: str, active: bool) -> User:
    """Deactivate (or reactivate) an account; users are never deleted."""
    require(actor, "admin.users", "mengelola pengguna")
    with write_transaction():
        user = _get_user(user_id)
        if not active and user.id == getattr(actor, "id", None):
            raise ValidationError("Anda tidak dapat menonaktifkan akun Anda sendiri.")
        if not active and user.role == "admin" and user.active:
            admins = User.select().where((User.role == "admin") & User.active).count()
            if admins <= 1:
                raise ValidationError("Admin aktif terakhir tidak dapat dinonaktifkan.")
        before = snapshot(user, SECRET_FIELDS)
        user.active = active
        user.save()
        audit.record_change(actor, "activate" if active else "deactivate", user, before,
                            snapshot(user, SECRET_FIELDS))
    return user


def list_users(include_inactive: bool = True) -> list[User]:
    query = User.select().order_by(User.active.desc(), User.full_name)
    if not include_inactive:
        query = query.where(User.active)
    return list(query)
