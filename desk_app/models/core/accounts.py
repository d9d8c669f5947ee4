"""User accounts: the table, password hashing, logging in and managing accounts.
The GUI and the CLI ask the same questions (roles and permissions: permissions.py)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import re

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


SECRET_FIELDS = ("password_hash",)


class LoginFailed(UserError):
    pass


def authenticate(username: str, password: str) -> User:
    """Return the user, or raise LoginFailed with the message to show."""
    username = (username or "").strip().lower()
    user = User.get_or_none(User.username == username)
    if user is None or not user.active:
        raise LoginFailed("Nama pengguna atau sandi salah.")
    now = utcnow()
    if is_locked(user, now):
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise LoginFailed(
            f"Akun terkunci karena {MAX_FAILED_LOGINS} kali salah sandi. "
            f"Coba lagi dalam {minutes} menit atau hubungi admin."
        )
    if not password_matches(password or "", user.password_hash):
        with write_transaction():
            user = User.get_by_id(user.id)
            failed = user.failed_logins + 1
            locked_until = now + dt.timedelta(minutes=LOCK_MINUTES) if failed >= MAX_FAILED_LOGINS else None
            User.update(failed_logins=0 if locked_until else failed, locked_until=locked_until).where(
                User.id == user.id
            ).execute()
            audit.record(user, "login_failed", "User", user.id, user.office,
                         {"failed_logins": failed, "locked": bool(locked_until)})
        if locked_until:
            raise LoginFailed(
                f"Sandi salah {MAX_FAILED_LOGINS} kali. Akun dikunci {LOCK_MINUTES} menit."
            )
        left = MAX_FAILED_LOGINS - failed
        raise LoginFailed(f"Nama pengguna atau sandi salah. Sisa percobaan: {left}.")
    with write_transaction():
        User.update(failed_logins=0, locked_until=None, last_login_at=now).where(User.id == user.id).execute()
        audit.record(user, "login", "User", user.id, user.office)
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
    if not password_matches(old_password or "", user.password_hash):
        raise ValidationError("Sandi lama salah.", "old_password")
    _validate_password(new_password)
    with write_transaction():
        User.update(password_hash=hash_password(new_password)).where(User.id == user.id).execute()
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
