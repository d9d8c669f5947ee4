"""Admin section "Data pribadi": what the office holds on one person, found by NIK
(models/privacy/person.py), shown as one list and exported to PDF or JSON for the
person who asked (UU 27/2022). Admin and head of section (`privacy.person`).

Keyboard: type the NIK, Enter searches; Alt+E / Alt+J export. Searching and exporting
run on the window's task runner; each writes one audit event (viewed / exported), the
NIK masked and hashed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.errors import UserError
from desk_app.models.core.nik import mask_nik, validate_nik
from desk_app.models.privacy.person import PersonRecord, gather_person, record_access
from desk_app.ui import ui_state
from desk_app.ui.session import Session
from desk_app.ui.table_model import Column, TableModel
from desk_app.ui.text import format_datetime

CTX = "PersonModel"


@dataclass(frozen=True)
class HeldRow:
    """One line of the list: what kind of record, its number, when, by whom, what."""

    kind: str  # source text, translated in CTX
    number: str
    at: dt.datetime | dt.date | None
    by: str
    text: str


KINDS = {
    "request": QT_TRANSLATE_NOOP("PersonModel", "Permohonan"),
    "applicant": QT_TRANSLATE_NOOP("PersonModel", "Data pemohon"),
    "receipt": QT_TRANSLATE_NOOP("PersonModel", "Tanda terima"),
    "note": QT_TRANSLATE_NOOP("PersonModel", "Riwayat"),
    "step": QT_TRANSLATE_NOOP("PersonModel", "Langkah SOP"),
    "complaint": QT_TRANSLATE_NOOP("PersonModel", "Pengaduan"),
    "correction": QT_TRANSLATE_NOOP("PersonModel", "Koreksi"),
}


def held_rows(person: PersonRecord) -> list[HeldRow]:
    """Every record of `person` as one list, in the export's order."""
    rows = [HeldRow(KINDS["request"], r.number, r.registered_at, r.registered_by,
                    f"{r.service}; {r.status}; {r.name}, {r.phone}, {r.address}"
                    + (f", {r.institution}" if r.institution else ""))
            for r in person.requests]
    rows += [HeldRow(KINDS["applicant"], "", a.updated_at, "",
                     f"{a.name}, {a.phone}, {a.address}") for a in person.applicants]
    rows += [HeldRow(KINDS["receipt"], e.number, e.at, e.by, e.what) for e in person.receipts]
    rows += [HeldRow(KINDS["note"], e.number, e.at, e.by,
                     e.what + (f": {e.text}" if e.text else "")) for e in person.notes]
    rows += [HeldRow(KINDS["step"], e.number, e.at, e.by, f"{e.what}: {e.text}")
             for e in person.step_notes]
    rows += [HeldRow(KINDS["complaint"], c.number, c.registered_at, c.registered_by,
                     f"{c.name}, {c.contact}: {c.text}" if c.by_person else c.tied_by)
             for c in person.complaints]
    rows += [HeldRow(KINDS["correction"], c.number, c.at, c.by,
                     f"{c.label}: {c.old} → {c.new} ({c.reason})") for c in person.corrections]
    return rows


def _when(value, tz: str) -> str:
    if isinstance(value, dt.datetime):
        return format_datetime(value, tz)
    return value.strftime("%d-%m-%Y") if value else ""


def person_columns(tz: str) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("PersonModel", "Jenis"),
               lambda r: QCoreApplication.translate(CTX, r.kind)),
        Column(QT_TRANSLATE_NOOP("PersonModel", "Nomor"), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("PersonModel", "Waktu"), lambda r: _when(r.at, tz),
               lambda r: r.at),
        Column(QT_TRANSLATE_NOOP("PersonModel", "Dicatat oleh"), lambda r: r.by, tooltip=True),
        Column(QT_TRANSLATE_NOOP("PersonModel", "Isi"), lambda r: r.text, tooltip=True),
    ]


class PersonPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.person: PersonRecord | None = None
        self.task = None
        info = QLabel(self.tr(
            "Semua data yang disimpan kantor tentang satu orang menurut NIK: permohonan, "
            "tanda terima, catatan, pengaduan bernama dan koreksi (UU 27/2022). Formulir "
            "survei dan identitas pelapor rahasia tidak pernah disertakan. Setiap pencarian "
            "dan ekspor dicatat di jejak audit."))
        info.setWordWrap(True)
        self.nik = QLineEdit()
        self.nik.setObjectName("person_nik")
        self.nik.setMaxLength(24)
        self.nik.setPlaceholderText(self.tr("16 digit"))
        self.nik.returnPressed.connect(self.search)
        label = QLabel(self.tr("NIK pe&milik data:"))
        label.setBuddy(self.nik)
        self.search_button = QPushButton(self.tr("&Cari"))
        self.search_button.clicked.connect(self.search)
        self.pdf_button = QPushButton(self.tr("&Ekspor PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.json_button = QPushButton(self.tr("Ekspor &JSON…"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.nik, 1)
        for button in (self.search_button, self.pdf_button, self.json_button):
            row.addWidget(button)
        self.status = QLabel()
        self.status.setObjectName("person_status")
        self.status.setWordWrap(True)
        self.model = TableModel(person_columns(session.tz), context=CTX, parent=self)
        self.table = QTableView()
        self.table.setObjectName("person_records")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (1, 130), (2, 160), (3, 150)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._set_person(None)
        ui_state.track_table(self.table, "admin/person")

    # --- searching ------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def _set_person(self, person: PersonRecord | None) -> None:
        self.person = person
        self.model.set_rows(held_rows(person) if person is not None else [])
        found = person is not None and not person.empty
        self.pdf_button.setEnabled(found)
        self.json_button.setEnabled(found)

    def search(self) -> None:
        try:
            nik = validate_nik(self.nik.text())
        except UserError as exc:
            self._say(exc.message, error=True)
            self.nik.setFocus()
            return
        user, office = self.session.user, self.session.office_code

        def job(progress):
            person = gather_person(user, nik, office)
            record_access(user, person, "person.view", via="window")
            return person

        self._set_person(None)
        self._say(self.tr("Mencari…"))
        self.task = self.session.tasks.run(self, job, on_done=self._found, on_error=self._failed,
                                           title=self.tr("Mencari data pribadi"), quiet=True)

    def _found(self, person: PersonRecord) -> None:
        self._set_person(person)
        if person.empty:
            self._say(self.tr("Tidak ada data tersimpan untuk NIK %1 di kantor ini.")
                      .replace("%1", mask_nik(person.nik)))
            return
        c = person.counts()
        self._say(self.tr("NIK %1: %2 permohonan, %3 pengaduan bernama, %4 tanda terima, "
                          "%5 catatan, %6 koreksi.")
                  .replace("%1", mask_nik(person.nik)).replace("%2", str(c["requests"]))
                  .replace("%3", str(c["complaints"])).replace("%4", str(c["receipts"]))
                  .replace("%5", str(c["notes"] + c["step_notes"]))
                  .replace("%6", str(c["corrections"])))
        self.table.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._say(exc.message, error=True)
        else:
            from desk_app import crash

            self._say(crash.window_message(exc), error=True)

    # --- exporting ------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        if self.person is None or self.person.empty:
            return
        from desk_app.ui.save_file import save_file_name

        nik = self.person.nik
        suggested = f"data-pribadi-{nik[:4]}-{nik[-4:]}.{fmt}"
        filters = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("JSON (*.json)")
        path, _chosen = save_file_name(self, self.tr("Simpan data pribadi"), suggested, filters)
        if not path:
            return
        user, office = self.session.user, self.session.office_code
        printed_by = user.full_name

        def job(progress):
            from desk_app.reports.person_export import export_person

            export_person(user, nik, path, office, printed_by=printed_by, via="window")
            return path

        self._say(self.tr("Menyimpan…"))
        self.task = self.session.tasks.run(
            self, job, on_done=lambda saved: self._say(self.tr("Tersimpan: %1").replace("%1", saved)),
            on_error=self._failed, title=self.tr("Mengekspor data pribadi"))
