"""The privacy notice of one office as printed today: the `privacy_notice` setting with its
placeholders filled in from the office's name, the retention setting and the contact
(the rules of the text are in models/core/notice.py; this module reads the database)."""

from __future__ import annotations

from desk_app.models.core import notice, settings
from desk_app.models.core.office import Office


def printed_notice(office_code: str, template: str | None = None) -> str:
    """The notice of one office as printed today (`template`: a text not yet saved)."""
    office = Office.get_or_none(Office.code == office_code)
    values = settings.get_all(office_code)
    name = office.name if office else office_code
    phone = (office.phone or "") if office else ""
    if template is None:
        template = values[notice.KEY] or notice.DEFAULT
    return notice.fill(template, name, values["retention_years"],
                       notice.contact_line(str(values.get("complaint_whatsapp") or ""), phone))
