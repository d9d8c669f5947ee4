"""First start: the office, its first admin and the service catalogue in one go."""

from __future__ import annotations

from desk_app.models import accounts, catalogue, offices
from desk_app.models.db import write_transaction
from desk_app.models.office import Office
from desk_app.models.users import ROLE_ADMIN, User


def needs_setup() -> bool:
    return not Office.select().exists() or not User.select().exists()


def initialize(office_code: str, office_fields: dict, admin_username: str, admin_full_name: str,
               admin_password: str, admin_nip: str = "") -> User:
    """Create the office, its first admin account and load the seed catalogue, all in
    one transaction: a failure leaves the database empty, ready to try again."""
    with write_transaction():
        office = offices.create_office(None, office_code, **office_fields)
        admin = accounts.create_user(None, office.code, admin_username, admin_full_name,
                                     ROLE_ADMIN, admin_password, nip=admin_nip,
                                     position="Administrator Sistem")
        catalogue.load_catalogue(admin, office.code)
    return admin
