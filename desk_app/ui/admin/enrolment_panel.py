"""Admin section "Pendaftaran kantor": this office's public card with its fingerprint
shown large (to read aloud), the offices trusted here, registering another office's card
after comparing its fingerprint, revoking it, and replacing this office's own keys.
Each is quick (a small file, one transaction), so it runs on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.dates import format_datetime
from desk_app.models.core.keys import short_fingerprint
from desk_app.models.offices import trust
from desk_app.ui.session import Session
from desk_app.ui.widgets import ask_text, confirm, show_error, show_info


def fingerprint_label(text: str, parent: QWidget) -> QLabel:
    """A fingerprint in large monospaced type, selectable, to be read aloud."""
    label = QLabel(text, parent)
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(22)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class TrustedModel(QAbstractTableModel):
    def __init__(self, tz: str, parent=None):
        super().__init__(parent)
        self.tz = tz
        self.rows = []
        self.headers = (self.tr("Kode"), self.tr("Kantor"), self.tr("Sidik jari"),
                        self.tr("Didaftarkan"), self.tr("Oleh"))

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = trust.trusted_offices()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (r.office, r.name, short_fingerprint(r.fingerprint),
                format_datetime(r.trusted_at, self.tz), r.trusted_by)[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class TrustCardDialog(QDialog):
    """Shows a card's office and fingerprint large; Daftarkan only once the user ticked
    that the fingerprint matches the one read by the other office."""

    def __init__(self, card: trust.Card, replacing: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        self.setWindowTitle(self.tr("Daftarkan kantor %1").replace("%1", card.office))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{card.office}</b> — {card.name}", self))
        layout.addWidget(QLabel(self.tr("Sidik jari kartu ini:"), self))
        self.fingerprint = fingerprint_label(card.short, self)
        layout.addWidget(self.fingerprint)
        hint = QLabel(self.tr(
            "Telepon kantor tersebut dan minta petugasnya membacakan sidik jari kartunya. "
            "Daftarkan hanya bila keenam kelompok sama persis."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        if replacing:
            warn = QLabel(self.tr("Kantor ini sudah terdaftar dengan kunci lain: kunci lama akan dicabut."), self)
            warn.setWordWrap(True)
            layout.addWidget(warn)
        self.checked = QCheckBox(self.tr("Sidik jari sudah saya &cocokkan dan sama"), self)
        layout.addWidget(self.checked)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Daftarkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.checked.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class EnrolmentPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(self._own_box())
        layout.addWidget(self._trusted_box(), 1)
        self.refresh()

    def _own_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kartu kantor ini"), self)
        col = QVBoxLayout(box)
        self.own_label = QLabel(box)
        col.addWidget(self.own_label)
        self.own_fingerprint = fingerprint_label("", box)
        col.addWidget(self.own_fingerprint)
        row = QHBoxLayout()
        self.card_button = QPushButton(self.tr("&Simpan kartu kantor…"), box)
        self.card_button.clicked.connect(self.choose_card_file)
        self.replace_button = QPushButton(self.tr("&Ganti kunci kantor…"), box)
        self.replace_button.clicked.connect(self.replace_keys)
        row.addWidget(self.card_button)
        row.addWidget(self.replace_button)
        row.addStretch(1)
        col.addLayout(row)
        return box

    def _trusted_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kantor yang terdaftar di sini"), self)
        col = QVBoxLayout(box)
        self.model = TrustedModel(self.session.tz, self)
        self.view = QTableView(box)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        col.addWidget(self.view)
        row = QHBoxLayout()
        self.trust_button = QPushButton(self.tr("&Daftarkan kartu kantor lain…"), box)
        self.trust_button.clicked.connect(self.choose_card_to_trust)
        self.revoke_button = QPushButton(self.tr("&Cabut pendaftaran…"), box)
        self.revoke_button.clicked.connect(self.revoke_selected)
        row.addWidget(self.trust_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        col.addLayout(row)
        return box

    def refresh(self) -> None:
        try:
            card = trust.own_card()
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            self.own_label.setText(str(getattr(exc, "message", exc)))
            self.own_fingerprint.setText("")
        else:
            self.own_label.setText(self.tr("%1 — %2. Sidik jari kunci kantor ini:")
                                   .replace("%1", card.office).replace("%2", card.name))
            self.own_fingerprint.setText(card.short)
        self.model.reload()

    def choose_card_file(self) -> None:
        name = f"kartu-{self.session.office_code}.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan kartu kantor"), str(Path.home() / name),
                                              self.tr("Kartu kantor (*.json)"))
        if path:
            self.save_card(Path(path))

    def save_card(self, path: Path) -> None:
        try:
            card = trust.write_card(path, actor=self.session.user)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        show_info(self, self.tr("Kartu kantor tersimpan: %1\nSidik jari: %2")
                  .replace("%1", str(path)).replace("%2", card.short))

    def choose_card_to_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Buka kartu kantor"), str(Path.home()),
                                              self.tr("Kartu kantor (*.json)"))
        if path:
            self.trust_file(Path(path))

    def trust_file(self, path: Path) -> None:
        try:
            card = trust.read_card(path)
            old = trust.trusted(card.office)
            dialog = TrustCardDialog(card, old is not None and old.fingerprint != card.fingerprint, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            _row, what = trust.trust_card(card, actor=self.session.user)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh()
        show_info(self, {"baru": self.tr("Kantor %1 terdaftar."),
                         "ganti": self.tr("Kunci kantor %1 diganti; kunci lama dicabut."),
                         "sama": self.tr("Kantor %1 sudah terdaftar dengan kunci ini.")}[what]
                  .replace("%1", card.office))

    def revoke_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            show_error(self, self.tr("Pilih dulu kantor yang akan dicabut pendaftarannya."))
            return
        office = self.model.rows[rows[0].row()].office
        reason = ask_text(self, self.tr("Cabut pendaftaran"),
                          self.tr("Alasan mencabut pendaftaran kantor %1:").replace("%1", office))
        if reason is None:
            return
        try:
            trust.revoke_trust(office, actor=self.session.user, reason=reason)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh()

    def replace_keys(self) -> None:
        if not confirm(self, self.tr(
                "Buat kunci kantor baru? Kunci lama dicabut; setiap kantor yang mendaftarkan kantor "
                "ini harus mendaftarkan kartu barunya, dan bundel untuk kunci lama tidak dapat dibuka.")):
            return
        reason = ask_text(self, self.tr("Ganti kunci kantor"), self.tr("Alasan (mis. kunci hilang):"))
        if reason is None:
            return
        try:
            trust.replace_own_keys(actor=self.session.user, reason=reason)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh()
