"""The keyboard-first registration form of the Permohonan tab.

Flow without the mouse: type part of the service's name or code, Enter (or pick from
the suggestions with the arrow keys) -> the standard's requirements appear as a
checklist (Space ticks one, Alt+S ticks all) -> NIK (a returning applicant fills the
form) -> name, phone, address, institution (Enter moves on) -> Ctrl+Enter, or Enter in
the last field, saves. Missing documents: register as "berkas belum lengkap" or decline.
After saving, Ctrl+P prints the receipt and Ctrl+Shift+S saves it as PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service
from desk_app.models.core.dates import format_date
from desk_app.models.core.errors import UserError, ValidationError
from desk_app.models.core.nik import clean_nik
from desk_app.models.requests import flow as request_flow
from desk_app.models.requests import registration as request_registration
from desk_app.ui import text_limits
from desk_app.ui.requests.receipt_actions import print_receipt, save_receipt_as
from desk_app.ui.widgets import show_error

REGISTER, DECLINE = "register", "decline"


class RegistrationForm(QWidget):
    registered = Signal(str)  # request id

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.service: Service | None = None
        self.checks: list[QCheckBox] = []
        self.last_request_id: str | None = None
        self.last_number = ""
        self._services: dict[str, Service] = {}
        self._build()
        self.reload_services()

    # --- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(self.tr("Ketik sebagian nama atau kode layanan, lalu Enter"))
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModel(QStringListModel(self))
        self.completer.activated.connect(self._pick_service)
        self.service_edit.setCompleter(self.completer)
        self.service_edit.returnPressed.connect(self._service_entered)
        self.service_info = QLabel()
        self.service_info.setWordWrap(True)

        self.checklist = QWidget()
        self.checklist_layout = QVBoxLayout(self.checklist)
        self.checklist_layout.setContentsMargins(4, 4, 4, 4)
        self.no_service = QLabel(self.tr("Pilih layanan: persyaratannya tampil di sini sebagai daftar periksa."))
        self.no_service.setWordWrap(True)
        self.no_service.setStyleSheet("color: #666;")
        self.checklist_layout.addWidget(self.no_service)
        self.checklist_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.checklist)
        scroll.setMinimumHeight(150)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.all_button = QPushButton(self.tr("Semua dokumen ada (Alt+S)"))
        self.all_button.setToolTip(self.tr("Centang semua persyaratan"))
        self.all_button.clicked.connect(self.check_all)

        self.nik_edit = QLineEdit()
        self.nik_edit.setPlaceholderText(self.tr("16 digit"))
        self.nik_edit.setMaxLength(24)
        self.nik_edit.textChanged.connect(self._nik_changed)
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("08xx atau +62"))
        self.phone_edit.editingFinished.connect(self._phone_finished)
        self.address_edit = QLineEdit()
        self.institution_edit = QLineEdit()
        self.institution_edit.setPlaceholderText(self.tr("boleh kosong"))
        for edit, length in ((self.name_edit, 150), (self.phone_edit, 20), (self.address_edit, 500),
                             (self.institution_edit, 200)):
            text_limits.limit(edit, length)  # the domain's limits (requests/registration.py)
        self.returning = QLabel()
        self.returning.setStyleSheet("color: #0b5394;")
        for edit in (self.nik_edit, self.name_edit, self.phone_edit, self.address_edit):
            edit.returnPressed.connect(self.focusNextChild)
        self.institution_edit.returnPressed.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("&Layanan:"), self.service_edit)
        form.addRow("", self.service_info)
        docs_head = QHBoxLayout()
        docs_head.addWidget(QLabel(self.tr("Berkas yang diserahkan (Spasi mencentang):")))
        docs_head.addStretch(1)
        docs_head.addWidget(self.all_button)
        form.addRow(docs_head)
        form.addRow(scroll)
        form.addRow(self.tr("NI&K:"), self.nik_edit)
        form.addRow("", self.returning)
        form.addRow(self.tr("&Nama pemohon:"), self.name_edit)
        form.addRow(self.tr("&Telepon/HP:"), self.phone_edit)
        form.addRow(self.tr("Ala&mat:"), self.address_edit)
        form.addRow(self.tr("Lembaga/&instansi:"), self.institution_edit)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label and isinstance(label.widget(), QLabel):
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if field and field.widget():
                    label.widget().setBuddy(field.widget())

        self.save_button = QPushButton(self.tr("Simpan pendaftaran (Ctrl+Enter)"))
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Kosongkan (Ctrl+N)"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        self.last_label = QLabel(self.tr("Belum ada pendaftaran pada sesi ini."))
        self.last_label.setWordWrap(True)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Kertas A5"), "a5")
        self.paper.addItem(self.tr("Struk 80 mm"), "thermal")
        self.print_button = QPushButton(self.tr("Cetak tanda terima (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_last)
        self.pdf_button = QPushButton(self.tr("Simpan PDF (Ctrl+Shift+S)"))
        self.pdf_button.clicked.connect(self.save_last_pdf)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(False)
        last = QFrame()
        last.setFrameShape(QFrame.Shape.StyledPanel)
        last_layout = QVBoxLayout(last)
        last_layout.addWidget(self.last_label)
        last_buttons = QHBoxLayout()
        last_buttons.addWidget(self.paper)
        last_buttons.addStretch(1)
        last_buttons.addWidget(self.print_button)
        last_buttons.addWidget(self.pdf_button)
        last_layout.addLayout(last_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(last)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Return", self.save), ("Ctrl+Enter", self.save),
                           ("Ctrl+P", self.print_last), ("Alt+S", self.check_all), ("Ctrl+Shift+S", self.save_last_pdf)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(context)
        self.setTabOrder(self.service_edit, self.all_button)

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.service is None:
            self.reload_services()  # the catalogue may have changed in another tab

    # --- services ---------------------------------------------------------------

    def reload_services(self) -> None:
        services = catalogue.list_services(self.session.office_code)
        self._services = {f"{s.code} — {s.name}": s for s in services}
        self.completer.model().setStringList(list(self._services))

    def _service_entered(self) -> None:
        text = self.service_edit.text().strip()
        if text in self._services:
            self._pick_service(text)
            return
        low = text.lower()
        matches = [label for label in self._services if low and low in label.lower()]
        if len(matches) == 1:
            self._pick_service(matches[0])
        elif matches:
            self.completer.setCompletionPrefix(text)
            self.completer.complete()
        else:
            self.service_info.setText(self.tr("Tidak ada layanan yang cocok dengan '%1'.").replace("%1", text))

    def _pick_service(self, label: str) -> None:
        service = self._services.get(label)
        if service is None:
            return
        self.service = service
        self.service_edit.setText(label)
        standard = catalogue.standard_in_force(service)
        self.service_info.setText(self.tr("Jangka waktu %1 hari kerja · %2").replace(
            "%1", str(standard.time_frame_days)).replace("%2", standard.fee))
        self._set_requirements(standard.requirements)
        self.completer.popup().hide()
        target = self.checks[0] if self.checks else self.nik_edit
        target.setFocus()
        QTimer.singleShot(0, target.setFocus)  # after the completer gives focus back

    def _set_requirements(self, requirements: list[str]) -> None:
        for box in self.checks:
            self.checklist_layout.removeWidget(box)
            box.deleteLater()
        self.checks = []
        self.no_service.setVisible(not requirements)
        previous = self.all_button
        for text in requirements:
            box = QCheckBox(text)
            box.setToolTip(text)
            self.checklist_layout.insertWidget(self.checklist_layout.count() - 1, box)
            box.setVisible(self.isVisible())
            self.setTabOrder(previous, box)
            previous = box
            self.checks.append(box)
        self.setTabOrder(previous, self.nik_edit)

    def check_all(self) -> None:
        for box in self.checks:
            box.setChecked(True)
        self.nik_edit.setFocus()

    # --- applicant --------------------------------------------------------------

    def _nik_changed(self, text: str) -> None:
        nik = clean_nik(text)
        if len(nik) == 16 and nik.isdigit():
            self._fill(request_registration.find_applicant(nik=nik, office=self.session.office_code))

    def _phone_finished(self) -> None:
        if not clean_nik(self.nik_edit.text()) and self.phone_edit.text().strip():
            self._fill(request_registration.find_applicant(phone=self.phone_edit.text(),
                                                   office=self.session.office_code))

    def _fill(self, person) -> None:
        if person is None:
            self.returning.setText("")
            return
        self.nik_edit.blockSignals(True)
        self.nik_edit.setText(person.nik or "")
        self.nik_edit.blockSignals(False)
        self.name_edit.setText(person.name)
        self.phone_edit.setText(person.phone or "")
        self.address_edit.setText(person.address)
        self.institution_edit.setText(person.institution)
        self.returning.setText(self.tr("Pemohon lama: data diisi dari pendaftaran sebelumnya."))

    def applicant(self) -> dict:
        return {"name": self.name_edit.text(), "nik": self.nik_edit.text(),
                "phone": self.phone_edit.text(), "address": self.address_edit.text(),
                "institution": self.institution_edit.text()}

    def documents(self) -> list[dict]:
        return [{"name": box.text(), "received": box.isChecked()} for box in self.checks]

    # --- saving -----------------------------------------------------------------

    def ask_incomplete(self, missing: list[str]) -> str | None:
        """REGISTER (as "berkas belum lengkap"), DECLINE, or None to go back."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Berkas belum lengkap"))
        box.setText(self.tr("%n dokumen belum diserahkan:", "", len(missing)))
        box.setInformativeText("\n".join(f"• {m}" for m in missing))
        register = box.addButton(self.tr("&Daftarkan (berkas belum lengkap)"),
                                 QMessageBox.ButtonRole.AcceptRole)
        decline = box.addButton(self.tr("&Tolak permohonan"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Kembali"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(register)
        box.exec()
        clicked = box.clickedButton()
        return REGISTER if clicked is register else DECLINE if clicked is decline else None

    def save(self) -> None:
        if self.service is None:
            show_error(self, self.tr("Pilih layanan terlebih dahulu."))
            self.service_edit.setFocus()
            return
        docs = self.documents()
        missing = request_registration.missing_documents(docs)
        user, service_id = self.session.user, self.service.id
        try:
            request_registration.clean_applicant(self.applicant())  # report input faults first
            choice = REGISTER
            if missing:
                choice = self.ask_incomplete(missing)
                if choice is None:
                    return
            if choice == DECLINE:
                request = request_registration.decline_request(user, service_id, self.applicant(), docs)
            else:
                request = request_registration.register_request(user, service_id, self.applicant(), docs,
                                                        accept_incomplete=bool(missing))
        except ValidationError as exc:
            show_error(self, exc)
            self._focus_field(exc.field)
            return
        except UserError as exc:
            show_error(self, exc)
            return
        self._registered(request)

    def _focus_field(self, field: str | None) -> None:
        widget = {"nik": self.nik_edit, "name": self.name_edit, "phone": self.phone_edit,
                  "documents": self.all_button}.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _registered(self, request) -> None:
        self.last_request_id, self.last_number = request.id, request.number
        if request.status == "ditolak":
            text = self.tr("%1 dicatat sebagai DITOLAK (berkas tidak lengkap).").replace("%1", request.number)
        else:
            text = self.tr("Terdaftar <b>%1</b> · antrean %2 · selesai %3").replace(
                "%1", request.number).replace("%2", f"{request.queue_number:03d}").replace(
                "%3", format_date(request.due_date, weekday=True))
            if not request.complete:
                text += self.tr(" · <b>berkas belum lengkap</b>")
        self.last_label.setText(text)
        self.print_button.setEnabled(request.status != "ditolak")
        self.pdf_button.setEnabled(request.status != "ditolak")
        self.clear()
        self.registered.emit(request.id)

    def clear(self) -> None:
        self.service = None
        self.service_edit.clear()
        self.service_info.clear()
        self._set_requirements([])
        for edit in (self.nik_edit, self.name_edit, self.phone_edit, self.address_edit,
                     self.institution_edit):
            edit.clear()
        self.returning.clear()
        self.service_edit.setFocus()

    def print_last(self) -> None:
        if self.last_request_id and self.print_button.isEnabled():
            reprint = request_flow.receipt_printed_before(self.last_request_id)
            print_receipt(self, self.session, self.last_request_id, reprint, self.paper.currentData())

    def save_last_pdf(self) -> None:
        if self.last_request_id and self.pdf_button.isEnabled():
            reprint = request_flow.receipt_printed_before(self.last_request_id)
            save_receipt_as(self, self.session, self.last_request_id, self.last_number, reprint)
