import datetime as dt

import pytest

from desk_app.models.core import accounts
from desk_app.models.core.accounts import LoginFailed, User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.core.permissions import can


def test_login_with_the_right_password(db):
    user = accounts.authenticate("petugas", "petugas1")
    assert user.role == "counter"
    assert user.last_login_at is not None


def test_wrong_password_counts_down_and_five_failures_lock_for_15_minutes(db):
    messages = []
    for _ in range(5):
        with pytest.raises(LoginFailed) as info:
            accounts.authenticate("petugas", "salah-sandi")
        messages.append(info.value.message)
    assert "Sisa percobaan: 4" in messages[0]
    assert "dikunci 15 menit" in messages[4]
    # Even the right password is refused while locked.
    with pytest.raises(LoginFailed) as info:
        accounts.authenticate("petugas", "petugas1")
    assert "Akun terkunci" in info.value.message
    user = User.get(User.username == "petugas")
    assert user.locked_until - dt.datetime.now(dt.UTC).replace(tzinfo=None) > dt.timedelta(minutes=14)


def test_lock_expires(db):
    for _ in range(5):
        with pytest.raises(LoginFailed):
            accounts.authenticate("petugas", "x")
    User.update(locked_until=dt.datetime(2000, 1, 1)).where(User.username == "petugas").execute()
    assert accounts.authenticate("petugas", "petugas1").username == "petugas"


def test_unknown_user_and_deactivated_user_get_the_same_message(db, admin, counter):
    with pytest.raises(LoginFailed) as unknown:
        accounts.authenticate("tidak-ada", "x")
    accounts.set_active(admin, counter.id, False)
    with pytest.raises(LoginFailed) as inactive:
        accounts.authenticate("petugas", "petugas1")
    assert unknown.value.message == inactive.value.message == "Nama pengguna atau sandi salah."
    # deactivated, never deleted
    assert User.get_by_id(counter.id).active is False


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
    for _ in range(5):
        with pytest.raises(LoginFailed):
            accounts.authenticate("kasi", "x")
    accounts.reset_password(admin, User.get(User.username == "kasi").id, "sandibaru1")
    assert accounts.authenticate("kasi", "sandibaru1").username == "kasi"


def test_role_permissions(db, admin, head, counter):
    assert can(counter, "requests.register") and not can(counter, "admin.users")
    assert can(head, "complaints.reveal_identity") and not can(counter, "complaints.reveal_identity")
    assert can(admin, "catalogue.edit") and not can(head, "catalogue.edit")
    counter.active = False
    assert not can(counter, "requests.view")
