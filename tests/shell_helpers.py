"""Helpers for the desktop-shell tests: a Session for a seeded user."""

from __future__ import annotations

from conftest import OFFICE, TEST_USERS

from desk_app.models.core.accounts import User
from desk_app.models.core.office import Office
from desk_app.ui.session import Session


def session_for(key: str, db_url: str = "") -> Session:
    user = User.get(User.username == TEST_USERS[key][0])
    return Session(user=user, office=Office.get(Office.code == OFFICE), db_url=db_url)
