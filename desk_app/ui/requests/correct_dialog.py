"""Correcting the applicant's personal data on one request, with a reason (audited;
models/requests/correction.py). Opened from the request detail (F2)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.errors import UserError
from desk_app.models.requests.correction import correct_applicant
from desk_app.ui.widgets import focus_field, show_error


class CorrectApplicantDialog(QDialog):
    """`CorrectApplicantDialog(session, request, parent).exec()`; Accepted once saved."""

    def __init__(self, session, request, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.request = request
        self.setWindowTitle(self.tr("Koreksi data pemohon %1").replace("%1", request.number))
        self.setMinimumWidth(520)
        current = {"name": request.applicant_name, "nik": request.applicant_nik or "",
                   "phone": request.applicant_phone or "",
                   "address": request.applicant_address or "",
                   "institution": request.applicant_institution or ""}
        self.edits: dict[str, QWidget] = {}
        for key, value in current.items():
            edit = QLineEdit(value)
            edit.setObjectName(f"correct_{key}")
            edit.setCursorPosition(0)
            self.edits[key] = edit
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correct_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.edits["reason"] = self.reason
        form = QFormLayout()
        for key, label in (("name", self.tr("&Nama:")), ("nik", self.tr("N&IK:")),
                           ("phone", self.tr("&Telepon:")), ("address", self.tr("&Alamat:")),
                           ("institution", self.tr("&Lembaga:")),
                           ("reason", self.tr("Alasan &koreksi:"))):
            form.addRow(label, self.edits[key])
        note = QLabel(self.tr("Nilai lama tetap tercatat di jejak audit bersama alasan ini, "
                              "dan tercantum pada ekspor data pribadi."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.edits["name"].setFocus()

    def values(self) -> dict:
        return {key: edit.text() for key, edit in self.edits.items() if key != "reason"}

    def save(self) -> None:
        try:
            correct_applicant(self.session.user, self.request.id, self.values(),
                              self.reason.toPlainText())
        except UserError as exc:
            show_error(self, exc)
            focus_field(self.edits, exc)
            return
        self.accept()
