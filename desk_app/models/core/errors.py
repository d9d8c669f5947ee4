"""Errors a user can understand. Their message is Indonesian and fit to show as is."""


class UserError(Exception):
    """Expected failure: bad input, a rule that forbids the action, a missing file."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class ValidationError(UserError):
    """Input that does not satisfy a rule; `field` names the input at fault."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class PermissionDenied(UserError):
    pass


class NotFound(UserError):
    pass


class DatabaseError(UserError):
    """The database cannot be opened or used (bad URL, locked, corrupt, too new)."""
