import base64
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app.models.core import accounts
from desk_app.models.core.accounts import LOGIN_FAILED, MAX_FAILED_LOGINS, LoginFailed, User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.core.permissions import can

WORKER = Path(__file__).parent / "login_worker.py"


def _refused(username, password):
    with pytest.raises(LoginFailed) as info:
        accounts.authenticate(username, password)
    return info.value.message


def _checks(username) -> int:
    """Password checks done for the account: each ends as a login or a failure event."""
    user = User.get(User.username == username)
    return AuditEvent.select().where(
        (AuditEvent.entity == "User") & (AuditEvent.entity_id == user.id)
        & AuditEvent.action.in_(["login", "login_failed"])).count()


def test_login_with_the_right_password(db):
    user = accounts.authenticate("petugas", "petugas1")
    assert user.role == "counter"
    assert user.last_login_at is not None


def test_five_failures_lock_for_15_minutes_and_the_right_password_is_then_refused(db):
    messages = [_refused("petugas", "salah-sandi") for _ in range(MAX_FAILED_LOGINS)]
    assert set(messages) == {LOGIN_FAILED}
    assert _refused("petugas", "petugas1") == LOGIN_FAILED
    user = User.get(User.username == "petugas")
    assert user.locked_until - dt.datetime.now(dt.UTC).replace(tzinfo=None) > dt.timedelta(minutes=14)
    assert _checks("petugas") == MAX_FAILED_LOGINS  # the guess during the lock was not checked


def test_lock_expires(db):
    for _ in range(MAX_FAILED_LOGINS):
        _refused("petugas", "x")
    User.update(locked_until=dt.datetime(2000, 1, 1)).where(User.username == "petugas").execute()
    assert accounts.authenticate("petugas", "petugas1").username == "petugas"
    assert User.get(User.username == "petugas").failed_logins == 0


def test_unknown_inactive_and_wrong_get_one_message_in_about_the_same_time(db, admin, counter):
    accounts.set_active(admin, counter.id, False)

    def timed(username, password):
        times = []
        for _ in range(3):
            start = time.perf_counter()
            message = _refused(username, password)
            times.append(time.perf_counter() - start)
        return message, sorted(times)[1]

    unknown, t_unknown = timed("tidak-ada", "x")
    inactive, t_inactive = timed("petugas", "petugas1")
    wrong, t_wrong = timed("kasi", "salah")
    assert unknown == inactive == wrong == LOGIN_FAILED
    # every refusal pays for one password check: none answers in a fraction of another
    assert min(t_unknown, t_inactive) > 0.4 * t_wrong, (t_unknown, t_inactive, t_wrong)
    assert User.get_by_id(counter.id).active is False  # deactivated, never deleted


def _old_scrypt(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${2**14}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_new_hashes_are_argon2id_and_an_old_scrypt_hash_is_upgraded_at_login(db):
    assert User.get(User.username == "kasi").password_hash.startswith("$argon2id$")
    User.update(password_hash=_old_scrypt("kasi1234")).where(User.username == "kasi").execute()
    _refused("kasi", "salah")  # a failure does not touch the hash
    assert User.get(User.username == "kasi").password_hash.startswith("scrypt$")
    accounts.authenticate("kasi", "kasi1234")
    stored = User.get(User.username == "kasi").password_hash
    assert stored.startswith("$argon2id$") and accounts.password_matches("kasi1234", stored)
    assert accounts.authenticate("kasi", "kasi1234").username == "kasi"


def test_change_own_password_is_limited_and_audited(db, counter):
    for left in range(MAX_FAILED_LOGINS - 1, 0, -1):
        with pytest.raises(ValidationError, match=f"Sisa percobaan: {left}"):
            accounts.change_own_password(counter, "tebakan", "sandibaru1")
    with pytest.raises(ValidationError, match="dikunci"):
        accounts.change_own_password(counter, "tebakan", "sandibaru1")
    with pytest.raises(ValidationError, match="dikunci"):  # not even checked now
        accounts.change_own_password(counter, "petugas1", "sandibaru1")
    failed = AuditEvent.select().where((AuditEvent.entity_id == counter.id)
                                       & (AuditEvent.action == "change_password_failed")).count()
    assert failed == MAX_FAILED_LOGINS
    assert _refused("petugas", "petugas1") == LOGIN_FAILED  # the lock holds for logging in too
    assert accounts.password_matches("petugas1", User.get_by_id(counter.id).password_hash)


def test_change_own_password_with_the_right_one(db, counter):
    accounts.change_own_password(counter, "petugas1", "sandibaru1")
    assert accounts.authenticate("petugas", "sandibaru1").username == "petugas"


def _burst(db_url, username, passwords_per_worker):
    start_at = time.time() + 2.5  # every worker imported and connected by then
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parent.parent))
    procs = [subprocess.Popen([sys.executable, str(WORKER), db_url, username, str(start_at), *pw],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for pw in passwords_per_worker]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results += json.loads(out)
    return results


def test_parallel_wrong_passwords_get_at_most_five_checks_and_end_locked(db, db_url):
    results = _burst(db_url, "petugas", [["salah-1", "salah-2", "salah-3"]] * 7)
    assert results.count("refused") == 21
    assert _checks("petugas") == MAX_FAILED_LOGINS
    user = User.get(User.username == "petugas")
    assert user.locked_until is not None  # no late failure lifted the lock
    assert _refused("petugas", "petugas1") == LOGIN_FAILED


def test_a_right_password_in_a_burst_after_the_lock_does_not_log_in(db, db_url):
    for _ in range(MAX_FAILED_LOGINS):
        _refused("petugas", "salah")
    results = _burst(db_url, "petugas", [["salah", "petugas1"], ["petugas1", "salah"]] * 3)
    assert "ok" not in results
    assert _checks("petugas") == MAX_FAILED_LOGINS
    assert User.get(User.username == "petugas").last_login_at is None


def test_only_admin_manages_users(db, head, counter, office):
    with pytest.raises(PermissionDenied):
        accounts.create_user(head, office, "baru", "Orang Baru", "counter", "rahasia123")
    with pytest.raises(PermissionDenied):
        accounts.reset_password(counter, head.id, "sandibaru1")


def test_create_user_validates_and_audits(db, admin, office):
    with pytest.raises(ValidationError, match="minimal 8"):
        accounts.create_user(admin, office, "baru", "Orang Baru", "counter", "pendek")
    with pytest.raises(ValidationError, match="sudah dipakai"):
        accounts.create_user(admin, office, "petugas", "Orang Baru", "counter", "panjang123")
    with pytest.raises(ValidationError, match="NIP harus 18 digit"):
        accounts.create_user(admin, office, "baru", "Orang Baru", "counter", "panjang123", nip="123")
    user = accounts.create_user(admin, office, "Baru", "Orang Baru", "counter", "panjang123")
    assert user.username == "baru"
    event = AuditEvent.get((AuditEvent.entity == "User") & (AuditEvent.entity_id == user.id))
    assert event.actor == "admin"
    assert "password_hash" not in event.diff["after"]


def test_last_admin_cannot_be_deactivated(db, admin, office):
    other = accounts.create_user(admin, office, "admin2", "Admin Dua", "admin", "panjang123")
    accounts.set_active(admin, other.id, False)
    with pytest.raises(ValidationError, match="akun Anda sendiri"):
        accounts.set_active(admin, admin.id, False)


def test_reset_password_unlocks(db, admin):
    for _ in range(MAX_FAILED_LOGINS):
        _refused("kasi", "x")
    accounts.reset_password(admin, User.get(User.username == "kasi").id, "sandibaru1")
    assert accounts.authenticate("kasi", "sandibaru1").username == "kasi"


def test_role_permissions(db, admin, head, counter):
    assert can(counter, "requests.register") and not can(counter, "admin.users")
    assert can(head, "complaints.reveal_identity") and not can(counter, "complaints.reveal_identity")
    assert can(admin, "catalogue.edit") and not can(head, "catalogue.edit")
    counter.active = False
    assert not can(counter, "requests.view")
