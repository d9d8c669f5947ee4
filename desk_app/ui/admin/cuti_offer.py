"""The year's cuti bersama, suggested from the `holidays` package (the joint ministerial
decree's list), put to the admin at set-up and at the first start of a new year: each
day ticked, the admin unticks what the decree of the year does not hold and confirms.
Until a day of the year is recorded, an admin is asked again at each start ("Nanti
saja" = not now); deadlines around Idul Fitri are wrong without these days."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import workdays
from desk_app.models.core.errors import UserError
from desk_app.models.core.permissions import can
from desk_app.ui.text import format_date
from desk_app.ui.widgets import show_error

log = logging.getLogger(__name__)


class CutiOfferDialog(QDialog):
    def __init__(self, year: int, days: dict[dt.date, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cuti bersama %1").replace("%1", str(year)))
        intro = QLabel(self.tr(
            "Belum ada cuti bersama tahun %1. Usulan berikut berasal dari SKB cuti bersama; "
            "hapus centang tanggal yang tidak berlaku, lalu simpan. Tanggal tersimpan tidak "
            "dihitung sebagai hari kerja pada tenggat.").replace("%1", str(year)))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: list[tuple[QCheckBox, dt.date, str]] = []
        for day, name in days.items():
            box = QCheckBox(f"{format_date(day, weekday=True)} — {name}")
            box.setChecked(True)
            layout.addWidget(box)
            self.boxes.append((box, day, name))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Simpan tanggal tercentang"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton(self.tr("&Nanti saja"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.boxes:
            self.boxes[0][0].setFocus()

    def chosen(self) -> dict[dt.date, str]:
        return {day: name for box, day, name in self.boxes if box.isChecked()}


def offer_cuti_bersama(parent: QWidget | None, user, office: str, year: int) -> CutiOfferDialog | None:
    """Put the year's suggested cuti bersama to an admin when none is recorded yet: the
    dialog opens over `parent` without blocking (returned; None when nothing to ask)."""
    if not can(user, "admin.holidays"):
        return None
    try:
        days = workdays.cuti_bersama_to_confirm(year)
    except Exception:  # a broken holidays package must not stop the start: logged only
        log.exception("cuti bersama suggestions for %s could not be read", year)
        return None
    if not days:
        return None
    dialog = CutiOfferDialog(year, days, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def save() -> None:
        try:
            workdays.confirm_cuti_bersama(user, office, dialog.chosen())
        except UserError as exc:
            show_error(parent, exc)

    dialog.accepted.connect(save)
    dialog.open()
    return dialog
