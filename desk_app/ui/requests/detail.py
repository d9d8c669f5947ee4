"""One request: its data and status actions ("Ringkasan"), its timeline ("Riwayat"),
and pages other features add.

Adding a page (e.g. the SOP checklist) takes one line in the feature's module:

    from desk_app.ui.requests import detail as request_detail
    request_detail.EXTRA_PAGES.append(make_sop_page)

where `make_sop_page(session, request_id, parent) -> (title, QWidget)` builds the page.
The dialog calls every factory when it opens, in list order, after its own two pages.
A page whose widget has a `changed` signal gets it connected: emitting it reloads the
summary and the timeline (e.g. after a SOP step moved the status). `add_page(title,
widget)` adds a page to one open dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.dates import local_today
from desk_app.models.core.errors import UserError
from desk_app.models.core.nik import mask_nik
from desk_app.models.requests import flow as request_flow
from desk_app.models.requests import search as request_search
from desk_app.models.requests.tables import OPEN_STATUSES
from desk_app.models.skm import kiosk as kiosk_domain
from desk_app.ui.requests.receipt_actions import print_receipt, save_receipt_as
from desk_app.ui.sop.steps import make_sop_page
from desk_app.ui.table_model import Column, TableModel
from desk_app.ui.text import format_date, format_datetime, status_label
from desk_app.ui.widgets import ask_text, confirm, show_error

PageFactory = Callable[[object, str, QWidget], tuple[str, QWidget]]
EXTRA_PAGES: list[PageFactory] = [make_sop_page]


def timeline_columns(tz: str) -> list[Column]:
    """One request's timeline (`request_flow.TimelineEntry` rows)."""
    return [
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Waktu"), lambda e: format_datetime(e.at, tz),
               lambda e: e.at, tooltip=True),
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Peristiwa"), lambda e: e.label, tooltip=True),
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Petugas"), lambda e: e.actor, tooltip=True),
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Catatan"), lambda e: e.note, tooltip=True),
    ]


class RequestDetailDialog(QDialog):
    """Open with `RequestDetailDialog(session, request_id, parent).exec()`; `changed` is
    emitted after every status change so the list can refresh."""

    changed = Signal(str)

    def __init__(self, session, request_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.request_id = request_id
        self.setWindowTitle(self.tr("Detail permohonan"))
        self.resize(820, 620)
        self.tabs = QTabWidget(self)
        self.summary = QWidget()
        self.history_view = QTableView()
        self.history_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.verticalHeader().hide()
        self.history = TableModel(timeline_columns(session.tz), context="TimelineModel", parent=self)
        self.history_view.setModel(self.history)
        self.tabs.addTab(self.summary, self.tr("&Ringkasan"))
        self.tabs.addTab(self.history_view, self.tr("Ri&wayat"))
        self._build_summary()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.tabs.setCurrentIndex(
            (self.tabs.currentIndex() + 1) % self.tabs.count()))
        self.reload()
        for factory in EXTRA_PAGES:
            try:
                title, widget = factory(session, request_id, self)
            except UserError as exc:
                show_error(self, exc)
                continue
            self.add_page(title, widget)

    def add_page(self, title: str, widget: QWidget) -> int:
        """Add a page; a `changed` signal on the widget reloads summary and timeline."""
        signal = getattr(widget, "changed", None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(lambda *_: self._after_change())
        return self.tabs.addTab(widget, title)

    # --- summary --------------------------------------------------------------------

    def _build_summary(self) -> None:
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.fields = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, label in (("service", self.tr("Layanan")), ("registered", self.tr("Didaftarkan")),
                           ("applicant", self.tr("Pemohon")), ("nik", self.tr("NIK")),
                           ("phone", self.tr("Telepon")), ("address", self.tr("Alamat")),
                           ("institution", self.tr("Lembaga")), ("due", self.tr("Jatuh tempo")),
                           ("status", self.tr("Status")), ("note", self.tr("Catatan status")),
                           ("delivered", self.tr("Diserahkan kepada"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = value
            self.fields.addRow(label + ":", value)
        self.documents = QLabel()
        self.documents.setWordWrap(True)
        docs_box = QGroupBox(self.tr("Berkas"))
        QVBoxLayout(docs_box).addWidget(self.documents)

        self.actions: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for status, text, slot in (
            ("diproses", self.tr("&Proses"), lambda: self._advance("diproses")),
            ("selesai", self.tr("&Selesai"), lambda: self._advance("selesai")),
            ("diserahkan", self.tr("Se&rahkan…"), self._handover),
            ("ditolak", self.tr("&Tolak…"), lambda: self._with_reason("ditolak")),
            ("dibatalkan", self.tr("&Batalkan…"), lambda: self._with_reason("dibatalkan")),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.actions[status] = button
            row.addWidget(button)
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("&Cetak ulang tanda terima"))
        self.print_button.clicked.connect(
            lambda: print_receipt(self, self.session, self.request_id, True) and self._after_change())
        self.save_button = QPushButton(self.tr("Simpan P&DF"))
        self.save_button.clicked.connect(self._save_pdf)
        self.kiosk_button = QPushButton(self.tr("Survei &kiosk (F9)"))
        self.kiosk_button.setToolTip(self.tr("Buka survei kepuasan di layar pemohon (tanpa nama)"))
        self.kiosk_button.clicked.connect(self._open_kiosk)
        QShortcut(QKeySequence("F9"), self, self._open_kiosk)
        self.correct_button = QPushButton(self.tr("&Ubah data pemohon… (F2)"))
        self.correct_button.setToolTip(self.tr("Koreksi nama, NIK, telepon, alamat atau lembaga "
                                               "dengan alasan (tercatat di jejak audit)"))
        self.correct_button.clicked.connect(self._correct)
        QShortcut(QKeySequence("F2"), self, self._correct)
        printing = QHBoxLayout()
        printing.addWidget(self.kiosk_button)
        printing.addWidget(self.correct_button)
        printing.addStretch(1)
        printing.addWidget(self.print_button)
        printing.addWidget(self.save_button)

        layout = QVBoxLayout(self.summary)
        layout.addWidget(self.title)
        layout.addLayout(self.fields)
        layout.addWidget(docs_box)
        layout.addLayout(row)
        layout.addLayout(printing)
        layout.addStretch(1)

    def reload(self) -> None:
        req = request_search.request_detail(self.request_id)
        tz = self.session.tz
        self.request = req
        self.setWindowTitle(self.tr("Permohonan %1").replace("%1", req.number))
        self.title.setText(f"<h2 style='margin:0'>{req.number}</h2>"
                           f"<span>{self.tr('Antrean')} {req.queue_number:03d}</span>")
        status = status_label(req.status)
        late = req.status in OPEN_STATUSES and req.due_date < local_today(tz)
        values = {
            "service": f"{req.service.code} — {req.standard.name}",
            "registered": self.tr("%1 oleh %2").replace("%1", format_datetime(req.registered_at, tz))
            .replace("%2", req.registered_by.full_name),
            "applicant": req.applicant_name, "nik": mask_nik(req.applicant_nik),
            "phone": req.applicant_phone or "", "address": req.applicant_address,
            "institution": req.applicant_institution,
            "due": format_date(req.due_date, weekday=True)
            + (self.tr(" — TERLAMBAT") if late else ""),
            "status": status, "note": req.status_note or req.void_reason or "",
            "delivered": (f"{req.delivered_to}, {format_datetime(req.delivered_at, tz)}"
                          if req.delivered_at else ""),
        }
        for key, value in values.items():
            self.labels[key].setText(value)
        lines = [("✔ " if d.get("received") else "✘ ") + d["name"]
                 + ("" if d.get("received") else self.tr(" (belum diserahkan)"))
                 for d in req.documents]
        self.documents.setText("\n".join(lines))
        allowed = request_flow.allowed_transitions(req.status)
        for status_key, button in self.actions.items():
            permitted = self.session.can("requests.void" if status_key == "dibatalkan"
                                         else "requests.advance")
            button.setEnabled(status_key in allowed and permitted)
            button.setVisible(permitted)
        self.kiosk_button.setVisible(self.session.can("surveys.kiosk"))
        self.correct_button.setVisible(self.session.can("requests.correct"))
        self.correct_button.setEnabled(not req.is_void)
        self.kiosk_button.setEnabled(req.status in kiosk_domain.HANDED_OVER and not req.is_void
                                     and not kiosk_domain.already_surveyed(req.id))
        self.history.set_rows(request_flow.timeline(self.request_id))
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit(self.request_id)

    def _run(self, func, *args, **kwargs) -> bool:
        try:
            func(*args, **kwargs)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._after_change()
        return True

    def _advance(self, status: str) -> None:
        self._run(request_flow.change_status, self.session.user, self.request_id, status)

    def _handover(self) -> None:
        name = ask_text(self, self.tr("Serahkan produk"),
                        self.tr("Nama orang yang mengambil produk:"), self.request.applicant_name)
        if name is None:
            return
        self._run(request_flow.handover_product, self.session.user, self.request_id, name)

    def _with_reason(self, status: str) -> None:
        if status == "ditolak":
            title, label = self.tr("Tolak permohonan"), self.tr("Alasan penolakan:")
        else:
            title, label = self.tr("Batalkan permohonan"), self.tr(
                "Alasan pembatalan (nomor tidak akan dipakai lagi):")
        reason = ask_text(self, title, label)
        if reason is None:
            return
        question = self.tr("%1 permohonan %2?").replace("%1", title).replace("%2", self.request.number)
        if reason.strip() and not confirm(self, question, title):
            return
        self._run(request_flow.change_status, self.session.user, self.request_id, status,
                  note=reason)

    def _open_kiosk(self) -> None:
        """At hand-over: the applicant answers the survey on the kiosk, anonymously."""
        if not self.kiosk_button.isEnabled():
            return
        from desk_app.ui.skm.kiosk_app import open_kiosk_for_request

        try:
            open_kiosk_for_request(self, self.session, self.request_id)
        except UserError as exc:
            show_error(self, exc)
        self._after_change()

    def _correct(self) -> None:
        """F2: correct the applicant's personal data, with a reason."""
        if not self.session.can("requests.correct") or self.request.is_void:
            return
        from desk_app.ui.requests.correct_dialog import CorrectApplicantDialog

        if CorrectApplicantDialog(self.session, self.request, self).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def _save_pdf(self) -> None:
        if save_receipt_as(self, self.session, self.request_id, self.request.number, True):
            self._after_change()
