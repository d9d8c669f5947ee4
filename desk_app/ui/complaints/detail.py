"""One complaint: its facts, the original text (read-only), the timeline, and the actions
the user's role allows at its stage. A hidden identity is shown only after "Tampilkan
identitas" with a reason (audited by the domain function); it stays in this dialog only.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from desk_app.models.complaints.tables import CATEGORIES, PROTECTION_CONFIDENTIAL, SIDE_EXITS
from desk_app.models.core.dates import format_short, local_today
from desk_app.models.core.errors import UserError
from desk_app.reports import complaint_docs
from desk_app.ui.complaints.form import print_document, safe_file_name, save_document
from desk_app.ui.text import format_date, format_datetime
from desk_app.ui.widgets import DateEdit, ask_text, confirm, focus_field, show_error

_ROOT = QModelIndex()
UNIT_SUGGESTIONS = ["Seksi Kepenghuluan dan Pemberdayaan KUA", "Bidang Penyelenggaraan Haji dan Umrah",
                    "Bidang Penerangan Agama Islam", "Subbagian Tata Usaha", "Unit PTSP"]


class TimelineModel(QAbstractTableModel):
    def __init__(self, rows: list[dict], tz: str, parent=None):
        super().__init__(parent)
        self.rows = rows
        self.tz = tz
        self.headers = (self.tr("Waktu"), self.tr("Petugas"), self.tr("Peristiwa"), self.tr("Tahap"),
                        self.tr("Batas"), self.tr("Keterangan"))

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return format_datetime(row["at"], self.tz)
        if column == 1:
            return row["actor"]
        if column == 2:
            return self.tr(row["label"])
        if column == 3:
            if row["stage_to"] and row["stage_from"]:
                return f"{row['stage_from']} → {row['stage_to']}"
            return row["stage_to"] or ""
        if column == 4:
            return format_short(row["due_date"])
        parts = [row["text"]]
        if row["unit"]:
            parts.insert(0, self.tr("Ke %1").replace("%1", row["unit"] + (f" / {row['to_user']}" if row["to_user"] else "")))
        text = " — ".join(p for p in parts if p)
        return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())


class ActionDialog(QDialog):
    """A small form for one action; `perform()` calls the domain function. The dialog
    stays open (with the cursor in the faulty field) when the input is refused."""

    def __init__(self, title: str, perform, parent: QWidget | None = None, hint: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.perform = perform
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            label.setStyleSheet("color: #0b5394;")
            layout.addWidget(label)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 200)

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        self.fields[key] = widget
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(90)
        return widget

    KEEP_OPEN = object()  # `perform` returns this when the user backed out of a confirmation

    def _accept(self) -> None:
        try:
            result = self.perform(self)
        except UserError as exc:
            show_error(self, exc)
            focus_field(self.fields, exc)
            return
        if result is not ActionDialog.KEEP_OPEN:
            self.accept()


def _text(widget: QPlainTextEdit) -> str:
    return widget.toPlainText()


class ComplaintDetailDialog(QDialog):
    """`ComplaintDetailDialog(session, complaint_id, parent).exec()`; `changed` after each action."""

    changed = Signal(str)

    def __init__(self, session, complaint_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.complaint_id = complaint_id
        self.identity: cf.Identity | None = None
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
            self.complaint = cf.get_complaint(self.complaint_id)
        except UserError as exc:
            show_error(self, exc)
            return
        today = local_today(self.session.tz)
        view = cf.public_view(self.complaint, today)
        self.view = view
        status = view["deadline_text"]
        colour = "#b00020" if view["overdue"] else "#8a6d00" if view["due_soon"] else "#0b5394"
        self.header.setText(
            f"<h2>{view['number']}</h2><b>{self.tr('Tahap')}: {view['stage']}</b>"
            + (f" · {self.tr('batas')} {format_date(view['stage_due'])}" if view["stage_due"] else "")
            + (f" · <span style='color:{colour}'><b>{self.tr(status)}</b></span>" if status else "")
            + (f"<br><i>{view['close_hint']}</i>" if view["close_hint"] else ""))
        self._fill_facts(view)
        self.original.setPlainText(view["text"])
        self.timeline.setModel(TimelineModel(cf.timeline(self.complaint_id), self.session.tz, self))
        for column, width in enumerate((170, 170, 120, 170, 84)):
            self.timeline.setColumnWidth(column, width)
        self.reply_view.setPlainText(self._reply_text(view))
        allowed = cf.allowed_actions(self.session.user, self.complaint)
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

    def do_verify(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Verifikasi pengaduan"), None, self,
                              self.tr("Lengkap dan dalam kewenangan kantor? Bila bukan wewenang, "
                                      "gunakan Keluar jalur."))
        category = dialog.add("category", self.tr("Kategori:"), QComboBox())
        for name in CATEGORIES:
            category.addItem(name, name)
        category.setCurrentIndex(CATEGORIES.index(self.complaint.category))
        exam = dialog.add("needs_examination", "", QCheckBox(self.tr("Perlu pemeriksaan (batas jawaban 60 hari kerja)")))
        exam.setChecked(self.complaint.needs_examination)
        note = dialog.add("note", self.tr("Catatan:"), QPlainTextEdit())
        dialog.perform = lambda d: cf.verify(user, cid, category=category.currentData(),
                                             needs_examination=exam.isChecked(), note=_text(note))
        self._run(dialog)

    def do_dispose(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Disposisi pengaduan"), None, self)
        unit = dialog.add("unit", self.tr("&Unit tujuan:"), QComboBox())
        unit.setEditable(True)
        unit.addItems(UNIT_SUGGESTIONS)
        unit.setCurrentText(self.complaint.assigned_unit or "")
        officer = dialog.add("to_user", self.tr("&Petugas:"), QComboBox())
        officer.addItem(self.tr("(tanpa petugas tertentu)"), None)
        for person in cf.list_assignable_users(self.session.office_code):
            officer.addItem(f"{person.full_name} ({person.role_label})", person.id)
        instruction = dialog.add("instruction", self.tr("&Instruksi:"), QPlainTextEdit())
        exam = dialog.add("needs_examination", "", QCheckBox(self.tr("Perlu pemeriksaan (batas jawaban 60 hari kerja)")))
        exam.setChecked(self.complaint.needs_examination)
        dialog.perform = lambda d: cf.dispose(user, cid, unit.currentText(), officer.currentData(),
                                              _text(instruction), needs_examination=exam.isChecked())
        self._run(dialog)

    def do_follow_up(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Catat tindak lanjut"), None, self)
        action = dialog.add("action", self.tr("&Tindakan:"), QPlainTextEdit())
        dialog.perform = lambda d: cf.record_follow_up(user, cid, _text(action))
        self._run(dialog)

    def do_reply(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Jawaban kepada pelapor"), None, self,
                              self.tr("Nomor surat resmi diberikan saat disimpan. Batas jawaban: %1.")
                              .replace("%1", format_date(self.view["reply_deadline"])))
        text = dialog.add("reply_text", self.tr("&Isi jawaban:"), QPlainTextEdit())
        text.setMinimumHeight(160)
        day = dialog.add("reply_date", self.tr("&Tanggal surat:"), DateEdit(value=local_today(self.session.tz)))
        dialog.perform = lambda d: cf.record_reply(user, cid, _text(text), day.date_value())
        dialog.resize(640, 360)
        self._run(dialog)

    def do_close(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Selesaikan pengaduan"), None, self, self.view["close_hint"])
        outcome = dialog.add("outcome", self.tr("&Hasil:"), QPlainTextEdit())
        dialog.perform = lambda d: cf.close(user, cid, _text(outcome))
        self._run(dialog)

    def do_side_exit(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Keluar jalur"), None, self,
                              self.tr("Ditunda dapat dilanjutkan kembali; bukan wewenang (dirujuk) dan "
                                      "diarsipkan hanya dapat diselesaikan."))
        exit_box = dialog.add("exit", self.tr("&Menjadi:"), QComboBox())
        for name in SIDE_EXITS:
            if name != self.complaint.stage:
                exit_box.addItem(name, name)
        reason = dialog.add("reason", self.tr("&Alasan:"), QPlainTextEdit())

        def perform(_d):
            if not confirm(self, self.tr("Pindahkan pengaduan ini ke \"%1\"?").replace("%1", exit_box.currentData())):
                return ActionDialog.KEEP_OPEN
            return cf.side_exit(user, cid, exit_box.currentData(), _text(reason))

        dialog.perform = perform
        self._run(dialog)

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

    def do_note(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Tambah catatan"), None, self,
                              self.tr("Catatan disimpan di linimasa; isi pengaduan asli tidak berubah."))
        note = dialog.add("note", self.tr("&Catatan:"), QPlainTextEdit())
        dialog.perform = lambda d: cf.add_note(user, cid, _text(note))
        self._run(dialog)

    def do_reveal(self) -> None:
        reason = ask_text(self, self.tr("Tampilkan identitas pelapor"),
                          self.tr("Identitas pelapor dirahasiakan. Tuliskan alasan membukanya\n"
                                  "(tercatat di log audit beserta nama Anda):"))
        if reason is None:
            return
        try:
            self.identity = cf.reveal_identity(self.session.user, self.complaint_id, reason)
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
