"""The Admin tab: a QTabWidget of sections. This module provides Pengguna (users),
Kantor (office identity and letterhead), Penanda tangan (head of section on signed
reports) and Cuti bersama. Other features add theirs with one call::

    admin_tab.add_section(self.tr("Cadangan"), BackupSection(session, admin_tab))
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import accounts, settings, setup
from desk_app.models.core.accounts import User, is_locked
from desk_app.models.core.errors import UserError
from desk_app.models.core.office import Office
from desk_app.ui import ui_state
from desk_app.ui.admin.backups_panel import BackupsPanel
from desk_app.ui.admin.bundles_panel import BundlesPanel
from desk_app.ui.admin.cuti_section import CutiBersamaSection
from desk_app.ui.admin.dialogs import ResetPasswordDialog, UserDialog
from desk_app.ui.admin.enrolment_panel import EnrolmentPanel
from desk_app.ui.admin.letterhead_preview import LetterheadPreview
from desk_app.ui.admin.office_key_panel import OfficeKeyPanel
from desk_app.ui.admin.person_panel import PersonPanel
from desk_app.ui.admin.settings_section import SettingsSection
from desk_app.ui.first_run_dialog import TIME_ZONES
from desk_app.ui.main_window import role_label
from desk_app.ui.session import Session
from desk_app.ui.table_model import ROW_ROLE, Column, Look, TableModel
from desk_app.ui.text import format_datetime
from desk_app.ui.widgets import confirm, focus_field, show_error, show_info


class AdminTab(QTabWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.sections: dict[str, QWidget] = {}
        if session.can("admin.users"):
            self.add_section(self.tr("&Pengguna"), UsersSection(session, self), "Pengguna")
        if session.can("admin.office"):
            self.add_section(self.tr("&Kantor"), OfficeSection(session, self), "Kantor")
        if session.can("admin.settings"):
            self.add_section(self.tr("Penanda &tangan"), SignerSection(session, self), "Penanda tangan")
            self.add_section(self.tr("Pen&gaturan"), SettingsSection(session, self), "Pengaturan")
        if session.can("admin.holidays"):
            self.add_section(self.tr("Cuti &bersama"), CutiBersamaSection(session, self), "Cuti bersama")
        if session.can("admin.bundles"):
            self.add_section(self.tr("Pe&ndaftaran kantor"), EnrolmentPanel(session, self),
                             "Pendaftaran kantor")
            self.add_section(self.tr("Kiriman &data (bundel)"), BundlesPanel(session, self))
        if session.can("admin.backup"):
            self.add_section(self.tr("C&adangan"), BackupsPanel(session, self))
            self.add_section(self.tr("Cadangan k&unci kantor"), OfficeKeyPanel(session, self),
                             "Cadangan kunci kantor")
        if session.can("privacy.person"):
            self.add_section(self.tr("Data pr&ibadi"), PersonPanel(session, self), "Data pribadi")

    def add_section(self, title: str, widget: QWidget, key: str | None = None) -> QWidget:
        """Add a section page titled `title` (translated); `sections[key]` finds it again
        (key defaults to the title without its '&'). Returns the widget."""
        self.addTab(widget, title)
        self.sections[key or title.replace("&", "")] = widget
        return widget


# --- users ----------------------------------------------------------------------------

CTX_USERS = "UsersModel"
INACTIVE_FG = QColor("gray")


def _user_status(user: User) -> str:
    if not user.active:
        return QCoreApplication.translate(CTX_USERS, "Nonaktif")
    if is_locked(user):
        return QCoreApplication.translate(CTX_USERS, "Terkunci")
    return QCoreApplication.translate(CTX_USERS, "Aktif")


def user_columns(tz: str) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("UsersModel", "Nama pengguna"), lambda u: u.username),
        Column(QT_TRANSLATE_NOOP("UsersModel", "Nama lengkap"), lambda u: u.full_name),
        Column(QT_TRANSLATE_NOOP("UsersModel", "NIP"), lambda u: u.nip),
        Column(QT_TRANSLATE_NOOP("UsersModel", "Peran"), lambda u: role_label(u.role)),
        Column(QT_TRANSLATE_NOOP("UsersModel", "Status"), _user_status),
        Column(QT_TRANSLATE_NOOP("UsersModel", "Masuk terakhir"),
               lambda u: format_datetime(u.last_login_at, tz), lambda u: u.last_login_at),
    ]


def user_look(user: User, _column: Column) -> Look | None:
    return None if user.active else Look(foreground=INACTIVE_FG)


class UsersSection(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = TableModel(user_columns(session.tz), context=CTX_USERS, look=user_look,
                                parent=self)
        self.table = QTableView()
        self.table.setObjectName("users")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (2, 170), (3, 130), (4, 90), (5, 190)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.edit_user)
        self.add_button = QPushButton(self.tr("&Tambah pengguna…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self.tr("U&bah…"))
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = QPushButton(self.tr("Atur ulang &sandi…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("&Nonaktifkan"))
        self.active_button.setObjectName("toggle_active")
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        note = QLabel(self.tr("Akun tidak pernah dihapus; akun yang tidak dipakai lagi dinonaktifkan."))
        note.setStyleSheet("color: gray;")
        layout.addWidget(note)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.reload()
        ui_state.track_table(self.table, "admin/users")

    def reload(self, select_id: str | None = None) -> None:
        self.model.set_rows(accounts.list_users())
        row = max(self.model.row_of(select_id), 0)
        if self.model.rows:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> User | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        user = self.selected()
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("&Aktifkan kembali") if user is not None and not user.active
                                   else self.tr("&Nonaktifkan"))

    def add_user(self) -> None:
        dialog = UserDialog(self.session, None, self)
        if dialog.exec() == UserDialog.DialogCode.Accepted and dialog.result_user:
            self.reload(dialog.result_user.id)

    def edit_user(self, *_args) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self.session, user, self)
        if dialog.exec() == UserDialog.DialogCode.Accepted and dialog.result_user:
            self.reload(user.id)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.session, user, self)
        if dialog.exec() == ResetPasswordDialog.DialogCode.Accepted:
            show_info(self, self.tr("Sandi %1 sudah diatur ulang; kunciannya dibuka.")
                      .replace("%1", user.username))
            self.reload(user.id)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        activate = not user.active
        question = (self.tr("Aktifkan kembali akun %1 (%2)?") if activate
                    else self.tr("Nonaktifkan akun %1 (%2)? Pengguna ini tidak dapat masuk lagi "
                                 "sampai diaktifkan kembali."))
        if not confirm(self, question.replace("%1", user.username).replace("%2", user.full_name)):
            return
        try:
            accounts.set_active(self.session.user, user.id, activate)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload(user.id)


# --- office identity ------------------------------------------------------------------

class OfficeSection(QWidget):
    TEXT_FIELDS = ("name", "unit", "address", "city", "phone", "email", "website", "letter_code")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        office = session.office
        self.edits: dict[str, QWidget] = {key: QLineEdit(getattr(office, key) or "")
                                          for key in self.TEXT_FIELDS}
        for key in self.TEXT_FIELDS:
            self.edits[key].setCursorPosition(0)
        self.letterhead = QPlainTextEdit("\n".join(office.letterhead or []))
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setFixedHeight(110)
        self.edits["letterhead"] = self.letterhead
        self.time_zone = QComboBox()
        for tz in TIME_ZONES:
            self.time_zone.addItem(tz, tz)
        self.time_zone.setCurrentIndex(max(self.time_zone.findData(office.time_zone), 0))
        self.edits["time_zone"] = self.time_zone
        labels = {"name": self.tr("&Nama kantor:"), "unit": self.tr("&Unit/bidang:"),
                  "address": self.tr("&Alamat:"), "city": self.tr("Ko&ta:"),
                  "phone": self.tr("Telep&on:"), "email": self.tr("Sur&el:"),
                  "website": self.tr("&Laman:"), "letter_code": self.tr("Kode s&urat:")}
        form = QFormLayout()
        form.addRow(self.tr("Kode kantor:"), QLabel(f"<b>{office.code}</b>"))
        for key in self.TEXT_FIELDS:
            form.addRow(labels[key], self.edits[key])
        form.addRow(self.tr("Kop su&rat (satu baris per baris; baris huruf kapital dicetak tebal):"),
                    self.letterhead)
        self.preview = LetterheadPreview()
        form.addRow(self.tr("Pratinjau kop:"), self.preview)
        self.letterhead.textChanged.connect(self._preview)
        self.edits["name"].textChanged.connect(self._preview)
        form.addRow(self.tr("&Zona waktu:"), self.time_zone)
        save = QPushButton(self.tr("&Simpan identitas kantor"))
        save.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)
        layout.addStretch(1)

    def _preview(self) -> None:
        lines = [line.strip() for line in self.letterhead.toPlainText().splitlines() if line.strip()]
        self.preview.update_lines(lines, self.edits["name"].text().upper(), self.edits["address"].text())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._preview()

    def values(self) -> dict:
        values = {key: self.edits[key].text() for key in self.TEXT_FIELDS}
        values["letterhead"] = self.letterhead.toPlainText()
        values["time_zone"] = self.time_zone.currentData()
        return values

    def save(self) -> None:
        try:
            setup.update_office(self.session.user, self.session.office_code, **self.values())
        except UserError as exc:
            show_error(self, exc)
            focus_field(self.edits, exc)
            return
        self.session.office = Office.get(Office.code == self.session.office_code)
        show_info(self, self.tr("Identitas kantor tersimpan. Kop surat baru dipakai pada "
                                "dokumen berikutnya."))


# --- head of section (signer of reports) ------------------------------------------------

class SignerSection(QWidget):
    KEYS = ("head_position", "head_name", "head_nip")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        values = settings.get_all(session.office_code)
        self.edits = {key: QLineEdit(str(values[key] or "")) for key in self.KEYS}
        self.edits["head_nip"].setPlaceholderText(self.tr("18 digit"))
        self.from_user = QComboBox()
        self.from_user.addItem(self.tr("— isi dari akun kepala seksi —"), None)
        for user in accounts.list_users(include_inactive=False):
            if user.role == "head":
                self.from_user.addItem(f"{user.full_name} ({user.username})", user.id)
        self.from_user.activated.connect(self._fill_from_user)
        form = QFormLayout()
        form.addRow(self.tr("Ambil &dari akun:"), self.from_user)
        form.addRow(self.tr("&Jabatan:"), self.edits["head_position"])
        form.addRow(self.tr("&Nama:"), self.edits["head_name"])
        form.addRow(self.tr("NI&P:"), self.edits["head_nip"])
        note = QLabel(self.tr("Nama, NIP dan jabatan ini dicetak di bawah tanda tangan laporan dan "
                              "lembar standar pelayanan."))
        note.setWordWrap(True)
        save = QPushButton(self.tr("&Simpan penanda tangan"))
        save.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)
        layout.addStretch(1)

    def _fill_from_user(self, index: int) -> None:
        user_id = self.from_user.itemData(index)
        user = User.get_or_none(User.id == user_id) if user_id else None
        if user is not None:
            self.edits["head_name"].setText(user.full_name)
            self.edits["head_nip"].setText(user.nip)
            if user.position:
                self.edits["head_position"].setText(user.position)

    def save(self) -> None:
        nip = self.edits["head_nip"].text().replace(" ", "")
        if nip and (not nip.isdigit() or len(nip) != 18):
            show_error(self, self.tr("NIP harus 18 digit angka."))
            self.edits["head_nip"].setFocus()
            return
        values = {key: edit.text() for key, edit in self.edits.items()}
        values["head_nip"] = nip
        try:
            settings.set_many(self.session.user, self.session.office_code, values)
        except UserError as exc:
            show_error(self, exc)
            focus_field(self.edits, exc)
            return
        show_info(self, self.tr("Penanda tangan tersimpan."))
