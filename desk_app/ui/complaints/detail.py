"""One complaint: its facts, the original text (read-only), the timeline, and the actions
the user's role allows at its stage. A hidden identity is shown only after "Tampilkan
identitas" with a reason (audited by the domain function); it stays in this dialog only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.complaints import flow as cf
from desk_app.models.complaints import identity as complaint_identity
from desk_app.models.complaints import views as complaint_views
from desk_app.models.complaints.tables import PROTECTION_CONFIDENTIAL
from desk_app.models.core.dates import format_short, local_today
from desk_app.models.core.errors import UserError
from desk_app.reports import complaint_docs
from desk_app.ui.complaints.actions import ActionDialog, ComplaintActions
from desk_app.ui.complaints.form import print_document, safe_file_name, save_document
from desk_app.ui.table_model import Column, TableModel
from desk_app.ui.text import format_date, format_datetime
from desk_app.ui.widgets import ask_text, show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineModel", text)


def _stage_text(row: dict) -> str:
    if row["stage_to"] and row["stage_from"]:
        return f"{row['stage_from']} → {row['stage_to']}"
    return row["stage_to"] or ""


def _event_text(row: dict) -> str:
    parts = [row["text"]]
    if row["unit"]:
        target = row["unit"] + (f" / {row['to_user']}" if row["to_user"] else "")
        parts.insert(0, _tr("Ke %1").replace("%1", target))
    return " — ".join(p for p in parts if p)


def timeline_columns(tz: str) -> list[Column]:
    """One complaint's timeline (the dicts of `complaints.flow.timeline`)."""
    return [
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Waktu"), lambda r: format_datetime(r["at"], tz),
               lambda r: r["at"], tooltip=True),
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Petugas"), lambda r: r["actor"], tooltip=True),
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Peristiwa"), lambda r: _tr(r["label"]), tooltip=True),
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Tahap"), _stage_text, tooltip=True),
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Batas"), lambda r: format_short(r["due_date"]),
               lambda r: r["due_date"], tooltip=True),
        # one line in the cell, the text as written in the tooltip
        Column(QT_TRANSLATE_NOOP("TimelineModel", "Keterangan"), lambda r: " ".join(_event_text(r).split()),
               tooltip=_event_text),
    ]


class ComplaintDetailDialog(ComplaintActions, QDialog):
    """`ComplaintDetailDialog(session, complaint_id, parent).exec()`; `changed` after each action."""

    changed = Signal(str)

    def __init__(self, session, complaint_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.complaint_id = complaint_id
        self.identity: complaint_identity.Identity | None = None
        self.setWindowTitle(self.tr("Detail pengaduan"))
        self.resize(900, 680)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QGridLayout()
        facts_box = QGroupBox(self.tr("Data pengaduan"))
        facts_box.setLayout(self.facts)
        self.original = QPlainTextEdit()
        self.original.setReadOnly(True)
        self.original.setTabChangesFocus(True)
        original_box = QGroupBox(self.tr("Isi pengaduan (asli, tidak dapat diubah)"))
        QVBoxLayout(original_box).addWidget(self.original)
        self.timeline = QTableView()
        self.timeline.verticalHeader().hide()
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.timeline.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.timeline_model = TableModel(timeline_columns(session.tz), context="TimelineModel",
                                         parent=self)
        self.timeline.setModel(self.timeline_model)
        for column, width in enumerate((170, 170, 120, 170, 84)):
            self.timeline.setColumnWidth(column, width)
        self.reply_view = QPlainTextEdit()
        self.reply_view.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("&Linimasa"))
        self.tabs.addTab(self.reply_view, self.tr("Jawaban dan &hasil"))
        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self._make_buttons()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup jendela"))
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(facts_box, 3)
        top.addWidget(original_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.reload()

    # --- building -------------------------------------------------------------------

    def _make_buttons(self) -> None:
        specs = [
            ("verify", self.tr("&Verifikasi"), self.do_verify),
            ("dispose", self.tr("&Disposisi"), self.do_dispose),
            ("follow_up", self.tr("Ti&ndak lanjut"), self.do_follow_up),
            ("reply", self.tr("&Jawab"), self.do_reply),
            ("close", self.tr("Selesai&kan"), self.do_close),
            ("side_exit", self.tr("Keluar jal&ur…"), self.do_side_exit),
            ("resume", self.tr("Lanjutk&an"), self.do_resume),
            ("note", self.tr("&Catatan"), self.do_note),
            ("print_reply", self.tr("Cetak &surat jawaban"), self.do_print_reply),
            ("reveal", self.tr("Tampilkan &identitas"), self.do_reveal),
        ]
        for key, label, slot in specs:
            button = QPushButton(label)
            button.clicked.connect(slot)
            self.actions_row.addWidget(button)
            self.action_buttons[key] = button
        receipt = QPushButton(self.tr("Tanda te&rima"))
        receipt.setToolTip(self.tr("Cetak ulang tanda terima"))
        receipt.clicked.connect(self.do_print_receipt)
        self.actions_row.addWidget(receipt)
        self.actions_row.addStretch(1)

    def reload(self) -> None:
        try:
            self.complaint = complaint_views.get_complaint(self.complaint_id)
        except UserError as exc:
            show_error(self, exc)
            return
        today = local_today(self.session.tz)
        view = complaint_views.public_view(self.complaint, today)
        self.view = view
        status = view["deadline_text"]
        colour = "#b00020" if view["overdue"] else "#8a6d00" if view["due_soon"] else "#0b5394"
        self.header.setText(
            f"<h2>{view['number']}</h2><b>{self.tr('Tahap')}: {view['stage']}</b>"
            + (f" · {self.tr('batas')} {format_date(view['stage_due'])}" if view["stage_due"] else "")
            + (f" · <span style='color:{colour}'><b>{self.tr(status)}</b></span>" if status else "")
            + (f"<br><i>{view['close_hint']}</i>" if view["close_hint"] else ""))
        self._fill_facts(view)
        # once revealed (audited), the original words of a rahasia complaint are shown
        self.original.setPlainText(self.identity.text if self.identity and self.identity.text else view["text"])
        self.timeline_model.set_rows(complaint_views.timeline(self.complaint_id))
        self.reply_view.setPlainText(self._reply_text(view))
        allowed = complaint_views.allowed_actions(self.session.user, self.complaint)
        for key, button in self.action_buttons.items():
            button.setVisible(key in allowed)
        self.action_buttons["reveal"].setEnabled(self.identity is None)

    def _fill_facts(self, view: dict) -> None:
        while self.facts.count():
            item = self.facts.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        complainant = view["complainant"]
        if self.identity is not None:
            complainant = self.tr("%1 (dibuka, tercatat di log audit)").replace("%1", self.identity.name)
        rows = [
            (self.tr("Diterima"), format_date(view["received_date"], weekday=True)),
            (self.tr("Jenis / saluran"), f"{view['kind']} / {view['channel']}"),
            (self.tr("Tiket"), view["external_ticket"]),
            (self.tr("Pelapor"), complainant),
            (self.tr("Kontak"), self.identity.contact if self.identity else view["contact"]),
            (self.tr("Alamat"), self.identity.address if self.identity else view["address"]),
            (self.tr("Kategori"), view["category"] + (self.tr(" · perlu pemeriksaan") if view["needs_examination"] else "")),
            (self.tr("Layanan"), view["service"]),
            (self.tr("No. permohonan"), view["request_number"]),
            (self.tr("Disposisi ke"), " / ".join(p for p in (view["assigned_unit"], view["assigned_to"]) if p)),
            (self.tr("Batas jawaban"), format_date(view["reply_deadline"])),
        ]
        row_index = 0
        for label, value in rows:
            if not value:
                continue
            name = QLabel(f"<b>{label}</b>")
            text = QLabel(value)
            text.setTextFormat(Qt.TextFormat.PlainText)  # names and units are typed by people
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addWidget(name, row_index, 0, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(text, row_index, 1)
            row_index += 1
        self.facts.setColumnStretch(1, 1)

    def _reply_text(self, view: dict) -> str:
        if not view["reply_number"]:
            return self.tr("Belum ada jawaban.")
        lines = [self.tr("Surat %1, tanggal %2").replace("%1", view["reply_number"])
                 .replace("%2", format_date(view["reply_date"])), "", view["reply_text"]]
        if view["outcome"]:
            lines += ["", self.tr("Hasil penyelesaian: %1").replace("%1", view["outcome"])]
        return "\n".join(lines)

    def _done(self) -> None:
        self.reload()
        self.changed.emit(self.complaint_id)

    def _run(self, dialog: ActionDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done()

    # --- actions ----------------------------------------------------------------------

    def do_resume(self) -> None:
        reason = ask_text(self, self.tr("Lanjutkan pengaduan"), self.tr("Alasan melanjutkan:"))
        if reason is None:
            return
        try:
            cf.resume(self.session.user, self.complaint_id, reason)
        except UserError as exc:
            show_error(self, exc)
            return
        self._done()

    def do_reveal(self) -> None:
        reason = ask_text(self, self.tr("Tampilkan identitas pelapor"),
                          self.tr("Identitas pelapor dirahasiakan. Tuliskan alasan membukanya\n"
                                  "(tercatat di log audit beserta nama Anda):"))
        if reason is None:
            return
        try:
            self.identity = complaint_identity.reveal_identity(self.session.user, self.complaint_id, reason)
        except UserError as exc:
            show_error(self, exc)
            return
        self._done()

    def do_print_reply(self) -> None:
        identity = None
        if self.identity is not None and self.complaint.protection == PROTECTION_CONFIDENTIAL:
            answer = QMessageBox.question(
                self, self.tr("Surat jawaban"),
                self.tr("Surat dikirim langsung kepada pelapor? Bila Ya, nama pelapor dicetak sebagai "
                        "alamat surat; bila Tidak, surat dialamatkan kepada \"Pelapor Pengaduan Nomor …\"."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            identity = self.identity if answer == QMessageBox.StandardButton.Yes else None
        cid = self.complaint_id
        write = lambda path: complaint_docs.write_reply_letter(cid, path, identity=identity)  # noqa: E731
        self._print_or_save(write, self.tr("Cetak surat jawaban %1").replace("%1", self.view["reply_number"]),
                            f"jawaban-{safe_file_name(self.view['number'])}.pdf")

    def do_print_receipt(self) -> None:
        cid = self.complaint_id
        self._print_or_save(lambda path: complaint_docs.write_complaint_receipt(cid, path),
                            self.tr("Cetak tanda terima %1").replace("%1", self.view["number"]),
                            f"tanda-terima-{safe_file_name(self.view['number'])}.pdf")

    def _print_or_save(self, write, title: str, file_name: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, self.tr("Cetak ke printer atau simpan sebagai PDF?"),
                          parent=self)
        print_button = box.addButton(self.tr("&Cetak"), QMessageBox.ButtonRole.AcceptRole)
        save_button = box.addButton(self.tr("&Simpan PDF"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("&Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is print_button:
            print_document(self, write, title)
        elif box.clickedButton() is save_button:
            save_document(self, write, file_name)
