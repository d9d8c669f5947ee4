"""Admin section "Cadangan kunci kantor": save the office key to a passphrase-protected
file, show (and print) the recovery code, put a key backup back on this PC; and the
dialog that asks for the key backup, also used by the restore (backups_panel.py).

The work is done by models/core/keybackup.py (admin only, audited)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import keybackup, keys
from desk_app.models.core.errors import UserError
from desk_app.ui.save_file import open_file_name, save_file_name
from desk_app.ui.session import Session
from desk_app.ui.widgets import confirm, show_error, show_info


class PassphraseDialog(QDialog):
    """A new passphrase for the key file, typed twice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kata sandi berkas kunci"))
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Kata sandi:"), self.first)
        form.addRow(self.tr("&Ulangi:"), self.second)
        note = QLabel(self.tr("Paling sedikit %1 karakter. Catat di tempat yang aman, terpisah dari "
                              "berkasnya: tanpa kata sandi ini berkas kunci tidak dapat dipakai.")
                      .replace("%1", str(keybackup.MIN_PASSPHRASE)))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            keybackup.check_passphrase(self.first.text(), self.second.text())
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()


class KeyInputDialog(QDialog):
    """The office key backup to put on this PC: a key file and its passphrase, or the
    recovery code typed from paper. `result_keys` holds what was read; in a restore,
    `without_key` is set when the user chose to go on without it."""

    def __init__(self, parent: QWidget | None, message: str, allow_without: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cadangan kunci kantor"))
        self.result_keys: keybackup.OfficeKeys | None = None
        self.without_key = False
        text = QLabel(message)
        text.setWordWrap(True)
        self.use_file = QRadioButton(self.tr("Berkas &kunci"), self)
        self.use_code = QRadioButton(self.tr("Kode &pemulihan (dari kertas)"), self)
        self.use_file.setChecked(True)
        self.file = QLineEdit(self)
        browse = QPushButton(self.tr("Pi&lih…"), self)
        browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QPlainTextEdit(self)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        row = QHBoxLayout()
        row.addWidget(self.file)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.use_file)
        form.addRow(self.tr("Berkas:"), row)
        form.addRow(self.tr("Kata &sandi:"), self.passphrase)
        form.addRow(self.use_code)
        form.addRow(self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if allow_without:
            without = buttons.addButton(self.tr("Pulihkan &tanpa kunci…"), QDialogButtonBox.ButtonRole.ActionRole)
            without.clicked.connect(self._without)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _chosen = open_file_name(self, self.tr("Pilih berkas kunci kantor"),
                                       self.tr("Kunci kantor (*.lpkey *.json)"))
        if path:
            self.file.setText(path)
            self.use_file.setChecked(True)

    def _without(self) -> None:
        if confirm(self, self.tr("Tanpa kunci kantor, identitas pelapor rahasia dalam cadangan ini "
                                 "tidak dapat dibuka sampai kuncinya dipasang. Tetap pulihkan?")):
            self.without_key = True
            super().accept()

    def accept(self) -> None:
        try:
            if self.use_code.isChecked():
                self.result_keys = keybackup.parse_recovery_code(self.code.toPlainText())
            elif not self.file.text().strip():
                raise UserError(self.tr("Pilih berkas kunci kantor."))
            else:
                self.result_keys = keybackup.read_key_file(self.file.text().strip(), self.passphrase.text())
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()


class RecoveryCodeDialog(QDialog):
    def __init__(self, parent: QWidget | None, office: str, code: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kode pemulihan kunci kantor"))
        self.office, self.code = office, code
        note = QLabel(self.tr("Cetak atau salin kode ini dengan tangan, simpan di brankas kantor, jangan "
                              "difoto dan jangan disimpan di PC ini. Siapa pun yang memegangnya dapat "
                              "membuka identitas pelapor rahasia."))
        note.setWordWrap(True)
        self.view = QPlainTextEdit(code, self)
        self.view.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 12))
        self.view.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        printing = buttons.addButton(self.tr("&Cetak…"), QDialogButtonBox.ButtonRole.ActionRole)
        printing.clicked.connect(self.print_code)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setDefaultFont(QFont("DejaVu Sans Mono", 12))
        doc.setPlainText(self.tr("Kode pemulihan kunci kantor %1\n\n").replace("%1", self.office) + self.code
                         + self.tr("\n\nSimpan di brankas. Dipakai saat memulihkan Loket Prima di PC baru."))
        return doc

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.document().print_(printer)


class OfficeKeyPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        info = QLabel(self.tr(
            "Kunci kantor membuka identitas pelapor rahasia dan menandatangani kiriman data. Kunci "
            "itu tidak ikut dalam cadangan basis data: tanpa cadangan kunci, identitas tersebut tidak "
            "dapat dibuka lagi di PC baru. Simpan berkas kunci di media terpisah (bukan di samping "
            "cadangan) atau cetak kode pemulihan dan simpan di brankas."))
        info.setWordWrap(True)
        self.status = QLabel(self)
        self.save_button = QPushButton(self.tr("&Simpan berkas kunci…"), self)
        self.code_button = QPushButton(self.tr("Tampilkan &kode pemulihan…"), self)
        self.import_button = QPushButton(self.tr("&Pasang kunci dari cadangan…"), self)
        self.save_button.clicked.connect(self.save_key_file)
        self.code_button.clicked.connect(self.show_code)
        self.import_button.clicked.connect(self.import_key)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.code_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addStretch()
        self.refresh()

    def refresh(self) -> None:
        row = keys.active_key(self.session.office_code)
        if row is None:
            self.status.setText(self.tr("Kantor ini belum mempunyai kunci kantor."))
        elif keys.key_file(row.fingerprint).exists():
            self.status.setText(self.tr("Kunci kantor %1 ada di PC ini.").replace(
                "%1", keys.short_fingerprint(row.fingerprint)))
        else:
            self.status.setText(self.tr("Kunci kantor %1 TIDAK ada di PC ini: pasang dari cadangan kunci.")
                                .replace("%1", keys.short_fingerprint(row.fingerprint)))

    # seams for tests: each asks the user, returns None when cancelled
    def ask_passphrase(self) -> str | None:
        dialog = PassphraseDialog(self)
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_save_path(self) -> str | None:
        name = f"kunci-kantor-{self.session.office_code.replace('.', '')}.lpkey"
        path, _chosen = save_file_name(self, self.tr("Simpan berkas kunci kantor"), name,
                                       self.tr("Kunci kantor (*.lpkey *.json)"))
        return path or None

    def ask_keys(self) -> keybackup.OfficeKeys | None:
        dialog = KeyInputDialog(self, self.tr("Pasang kunci kantor ini dari berkas kunci atau kode pemulihan."))
        return dialog.result_keys if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_key_file(self) -> None:
        passphrase = self.ask_passphrase()
        path = self.ask_save_path() if passphrase else None
        if not path:
            return
        try:
            found = keybackup.export_key_file(self.session.user, path, passphrase)
        except UserError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Berkas kunci (%1 kunci) tersimpan di %2. Pindahkan ke media terpisah, "
                                "jangan disimpan di samping cadangan basis data.")
                  .replace("%1", str(len(found.pairs))).replace("%2", path))

    def show_code(self) -> None:
        if not confirm(self, self.tr("Kode pemulihan memuat kunci rahasia kantor. Pastikan tidak ada orang "
                                     "lain yang melihat layar. Tampilkan? (Tercatat di log audit.)")):
            return
        try:
            code = keybackup.recovery_code(self.session.user)
        except UserError as exc:
            show_error(self, exc)
            return
        RecoveryCodeDialog(self, self.session.office_code, code).exec()

    def import_key(self) -> None:
        found = self.ask_keys()
        if found is None:
            return
        try:
            keybackup.import_keys(self.session.user, found)
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
        show_info(self, self.tr("Kunci kantor terpasang di PC ini."))
