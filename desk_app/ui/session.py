"""What every tab is given: who is logged in, for which office, on which database, and
the task runner through which it runs slow work (the main window's; a widget built on
its own, as in a test, gets a runner of its own)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.models.core.accounts import User
from desk_app.models.core.dates import office_zone
from desk_app.models.core.office import Office
from desk_app.models.core.permissions import can
from desk_app.ui.tasks import TaskRunner


@dataclass
class Session:
    user: User
    office: Office
    db_url: str
    tasks: TaskRunner = field(default_factory=TaskRunner, compare=False, repr=False)

    def can(self, action: str) -> bool:
        return can(self.user, action)

    @property
    def office_code(self) -> str:
        return self.office.code

    @property
    def tz(self) -> str:
        return office_zone(self.office)
