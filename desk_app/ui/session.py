"""What every tab is given: who is logged in, for which office, on which database."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.models.core.accounts import User
from desk_app.models.core.office import Office
from desk_app.models.core.permissions import can


@dataclass
class Session:
    user: User
    office: Office
    db_url: str

    def can(self, action: str) -> bool:
        return can(self.user, action)

    @property
    def office_code(self) -> str:
        return self.office.code

    @property
    def tz(self) -> str:
        return self.office.time_zone
