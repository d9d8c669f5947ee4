"""The quick complaint log form (keyboard first) and the PDF helpers of the complaint tab.

Order of fields follows the counter conversation: kind, channel, date received,
protection (Alt+B / Alt+R / Alt+O), name, contact, address, category, service, request
number, external ticket (only for SP4N-LAPOR!/SIMDUMAS), the complaint text. Enter moves
to the next field; in the text, Tab leaves it. Ctrl+Enter saves; Ctrl+P prints the
receipt slip of the complaint just logged, Ctrl+Shift+S saves it as PDF.
The field mnemonics leave the menu bar's Alt+A, Alt+T and Alt+N (Aplikasi, Tampilan,
Bantuan) alone: Nama p&elapor, A&lamat, La&yanan, No&mor tiket (tests/test_counter_keys.py
checks the whole window for two mnemonics on one letter).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.complaints import flow as cf
from desk_app.models.complaints.tables import CATEGORIES, CHANNELS, KINDS
from desk_app.models.core.dates import local_today
from desk_app.models.core.errors import UserError
from desk_app.reports import complaint_docs
from desk_app.ui import text_limits
from desk_app.ui.widgets import DateEdit, focus_field, show_error, show_info

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintDocuments", text)


def print_document(parent: QWidget, write: Callable[[str], object], title: str) -> bool:
    """Render a PDF with `write(path)` and send it to Qt's print dialog (or, without
    QtPdf, offer to save it instead)."""
    try:
        from desk_app.ui.pdf_print import print_pdf
    except ImportError:
        log.warning("QtPdf not available; saving instead of printing")
        return save_document(parent, write, "dokumen.pdf")
    with tempfile.TemporaryDirectory(prefix="loket-pengaduan-") as folder:
        path = str(Path(folder) / "dokumen.pdf")
        try:
            write(path)
        except (UserError, OSError) as exc:
            show_error(parent, exc if isinstance(exc, UserError) else str(exc))
            return False
        return print_pdf(parent, path, title)


def save_document(parent: QWidget, write: Callable[[str], object], file_name: str) -> bool:
    from desk_app.ui.save_file import save_file_name

    path, _filter = save_file_name(parent, _tr("Simpan PDF"), file_name, _tr("PDF (*.pdf)"))
    if not path:
        return False
    try:
        write(path)
    except (UserError, OSError) as exc:
        show_error(parent, exc if isinstance(exc, UserError) else str(exc))
        return False
    show_info(parent, _tr("Tersimpan: %1").replace("%1", path))
    return True


def safe_file_name(number: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in number)


class ComplaintForm(QWidget):
    """Emits `registered(complaint_id)` after a complaint is logged."""

    registered = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.last_id: str | None = None
        self.last_number = ""
        self._build()
        self.clear()

    def _build(self) -> None:
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(self.tr(kind.capitalize()), kind)
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel, channel)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.received = DateEdit()
        self.named = QRadioButton(self.tr("&Bernama"))
        self.confidential = QRadioButton(self.tr("&Rahasia"))
        self.anonymous = QRadioButton(self.tr("An&onim"))
        self.protection = QButtonGroup(self)
        protection_row = QHBoxLayout()
        for button, value in ((self.named, "bernama"), (self.confidential, "rahasia"),
                              (self.anonymous, "anonim")):
            button.setProperty("protection", value)
            self.protection.addButton(button)
            protection_row.addWidget(button)
            button.toggled.connect(self._protection_changed)
        protection_row.addStretch(1)
        self.named.setToolTip(self.tr("Identitas dicatat dan terlihat oleh petugas"))
        self.confidential.setToolTip(self.tr("Identitas dicatat tetapi disembunyikan; membukanya perlu alasan "
                                             "dan tercatat di log audit"))
        self.anonymous.setToolTip(self.tr("Tidak ada identitas yang dicatat"))
        self.name = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("HP, telepon atau e-mail"))
        self.address = QLineEdit()
        self.category = QComboBox()
        for category in CATEGORIES:
            self.category.addItem(category, category)
        self.service = QComboBox()
        self.service.addItem(self.tr("(tidak terkait layanan tertentu)"), None)
        for service in catalogue.list_services(self.session.office_code):
            self.service.addItem(f"{service.code} {service.name}", service.id)
        self.service.setMaximumWidth(360)
        self.request_number = QLineEdit()
        self.request_number.setPlaceholderText(self.tr("boleh kosong, mis. PLY-2026-00012"))
        self.ticket = QLineEdit()
        self.ticket_label = QLabel(self.tr("No&mor tiket:"))
        self.text = QPlainTextEdit()
        for edit, length in ((self.name, 150), (self.contact, 150), (self.address, 500),
                             (self.request_number, 64), (self.ticket, 64), (self.text, 20_000)):
            text_limits.limit(edit, length)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Tulis isi pengaduan sesuai yang disampaikan pelapor. "
                                             "Setelah disimpan, isi ini tidak dapat diubah."))
        self.text.setMinimumHeight(110)
        for edit in (self.name, self.contact, self.address, self.request_number, self.ticket):
            edit.returnPressed.connect(self.focusNextChild)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        form.addRow(self.tr("&Jenis:"), self.kind)
        form.addRow(self.tr("&Saluran:"), self.channel)
        form.addRow(self.tr("&Diterima tanggal:"), self.received)
        form.addRow(self.tr("Pelapor:"), protection_row)
        form.addRow(self.tr("Nama p&elapor:"), self.name)
        form.addRow(self.tr("&Kontak:"), self.contact)
        form.addRow(self.tr("A&lamat:"), self.address)
        form.addRow(self.tr("Kate&gori:"), self.category)
        form.addRow(self.tr("La&yanan:"), self.service)
        form.addRow(self.tr("No. &permohonan:"), self.request_number)
        form.addRow(self.ticket_label, self.ticket)
        form.addRow(self.tr("&Isi pengaduan:"), self.text)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and isinstance(label.widget(), QLabel) and field and field.widget():
                label.widget().setBuddy(field.widget())

        self.save_button = QPushButton(self.tr("Simpan pengaduan (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Kosongkan"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        self.last_label = QLabel(self.tr("Belum ada pengaduan dicatat pada sesi ini."))
        self.last_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Cetak tanda terima (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_last)
        self.pdf_button = QPushButton(self.tr("Simpan PDF (Ctrl+Shift+S)"))
        self.pdf_button.clicked.connect(self.save_last_pdf)
        last = QFrame()
        last.setFrameShape(QFrame.Shape.StyledPanel)
        last_layout = QVBoxLayout(last)
        last_layout.addWidget(self.last_label)
        last_buttons = QHBoxLayout()
        last_buttons.addStretch(1)
        last_buttons.addWidget(self.print_button)
        last_buttons.addWidget(self.pdf_button)
        last_layout.addLayout(last_buttons)
        self._set_last(None, "")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(last)
        layout.addStretch(1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Return", self.save), ("Ctrl+Enter", self.save),
                           ("Ctrl+P", self.print_last), ("Ctrl+Shift+S", self.save_last_pdf)):
            QShortcut(QKeySequence(keys), self, slot).setContext(context)
        order = [self.kind, self.channel, self.received, self.named, self.confidential, self.anonymous,
                 self.name, self.contact, self.address, self.category, self.service,
                 self.request_number, self.ticket, self.text, self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.fields = {"kind": self.kind, "channel": self.channel, "received_date": self.received,
                       "protection": self.named, "complainant_name": self.name, "contact": self.contact,
                       "address": self.address, "category": self.category, "service": self.service,
                       "request_number": self.request_number, "external_ticket": self.ticket,
                       "text": self.text}

    # --- behaviour ----------------------------------------------------------------

    def current_protection(self) -> str:
        button = self.protection.checkedButton()
        return button.property("protection") if button else "bernama"

    def _protection_changed(self, _checked: bool = False) -> None:
        anonymous = self.current_protection() == "anonim"
        for edit in (self.name, self.contact, self.address):
            edit.setEnabled(not anonymous)
            if anonymous:
                edit.clear()

    def _channel_changed(self, _index: int = 0) -> None:
        external = self.channel.currentData() in cf.EXTERNAL_CHANNELS
        self.ticket.setEnabled(external)
        self.ticket_label.setEnabled(external)
        if not external:
            self.ticket.clear()
        else:
            self.ticket.setPlaceholderText(self.tr("wajib untuk %1").replace("%1", self.channel.currentData()))

    def clear(self) -> None:
        self.kind.setCurrentIndex(0)
        self.channel.setCurrentIndex(0)
        self.received.set_date_value(local_today(self.session.tz))
        self.named.setChecked(True)
        for edit in (self.name, self.contact, self.address, self.request_number, self.ticket):
            edit.clear()
        self.category.setCurrentIndex(0)
        self.service.setCurrentIndex(0)
        self.text.clear()
        self._channel_changed()
        self._protection_changed()
        self.kind.setFocus()

    def save(self) -> None:
        try:
            complaint = cf.register_complaint(
                self.session.user, self.kind.currentData(), self.channel.currentData(),
                self.received.date_value(), self.current_protection(), self.name.text(),
                self.contact.text(), self.address.text(), self.category.currentData(),
                self.text.toPlainText(), service_id=self.service.currentData(),
                request_number=self.request_number.text(), external_ticket=self.ticket.text())
        except UserError as exc:
            show_error(self, exc)
            focus_field(self.fields, exc)
            return
        self._set_last(complaint.id, complaint.number)
        if complaint.warnings:
            show_info(self, "\n".join(complaint.warnings), self.tr("Perhatian"))
        self.clear()
        self.registered.emit(complaint.id)

    def _set_last(self, complaint_id: str | None, number: str) -> None:
        self.last_id, self.last_number = complaint_id, number
        if complaint_id:
            self.last_label.setText(self.tr("Tercatat: <b>%1</b>. Berikan tanda terima kepada pelapor.")
                                    .replace("%1", number))
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(bool(complaint_id))

    def print_last(self) -> None:
        if self.last_id:
            complaint_id = self.last_id
            print_document(self, lambda path: complaint_docs.write_complaint_receipt(complaint_id, path),
                           self.tr("Cetak tanda terima %1").replace("%1", self.last_number))

    def save_last_pdf(self) -> None:
        if self.last_id:
            complaint_id = self.last_id
            save_document(self, lambda path: complaint_docs.write_complaint_receipt(complaint_id, path),
                          f"tanda-terima-{safe_file_name(self.last_number)}.pdf")
