"""The roles and what each may do. One table, asked by the GUI (to show or hide) and enforced
by the domain functions (so the command line obeys the same rules)."""

from __future__ import annotations

from desk_app.models.core.errors import PermissionDenied

ROLE_COUNTER = "counter"
ROLE_HEAD = "head"
ROLE_ADMIN = "admin"
ROLES = (ROLE_COUNTER, ROLE_HEAD, ROLE_ADMIN)
ROLE_LABELS = {
    ROLE_COUNTER: "Petugas Loket",
    ROLE_HEAD: "Kepala Seksi",
    ROLE_ADMIN: "Administrator",
}

C, H, A = ROLE_COUNTER, ROLE_HEAD, ROLE_ADMIN

PERMISSIONS: dict[str, frozenset[str]] = {
    # catalogue and SOPs
    "catalogue.view": frozenset({C, H, A}),
    "catalogue.edit": frozenset({A}),
    "sop.edit": frozenset({A}),
    # requests
    "requests.view": frozenset({C, H, A}),
    "requests.register": frozenset({C, H}),
    "requests.advance": frozenset({C, H}),
    "requests.void": frozenset({H}),
    "requests.reassign_all": frozenset({H}),
    "requests.correct": frozenset({C, H}),  # personal fields, with a reason (audited)
    # complaints
    "complaints.view": frozenset({C, H, A}),
    "complaints.register": frozenset({C, H}),
    "complaints.verify": frozenset({C, H}),
    "complaints.note": frozenset({C, H}),
    "complaints.dispose": frozenset({H}),
    "complaints.follow_up": frozenset({C, H}),
    "complaints.reply": frozenset({H}),
    "complaints.close": frozenset({H}),
    "complaints.side_exit": frozenset({H}),
    "complaints.reveal_identity": frozenset({H}),
    # surveys
    "surveys.view": frozenset({C, H, A}),
    "surveys.enter": frozenset({C, H}),
    "surveys.import": frozenset({C, H, A}),
    "surveys.correct": frozenset({H}),
    "surveys.kiosk": frozenset({C, H}),
    "surveys.plan": frozenset({H}),
    # reports
    "reports.view": frozenset({H, A}),
    # administration
    "admin.users": frozenset({A}),
    "admin.office": frozenset({A}),
    "admin.settings": frozenset({A}),
    "admin.holidays": frozenset({A}),
    "admin.backup": frozenset({A}),
    "admin.bundles": frozenset({A}),
    "admin.audit": frozenset({A, H}),
    "admin.view": frozenset({A, H}),  # the Admin tab; each section asks its own permission
    # personal data (UU 27/2022)
    "privacy.person": frozenset({A, H}),
}

DENIED_MESSAGE = "Anda tidak berwenang: {what}."


def can(user, action: str) -> bool:
    """`user` None is the command line run by the machine's operator: allowed."""
    if action not in PERMISSIONS:
        raise KeyError(action)
    if user is None:
        return True
    return bool(getattr(user, "active", False)) and user.role in PERMISSIONS[action]


def require(user, action: str, what: str | None = None) -> None:
    if not can(user, action):
        raise PermissionDenied(DENIED_MESSAGE.format(what=what or action))
