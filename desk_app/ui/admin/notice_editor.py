"""The privacy notice's editor in the admin's "Pengaturan" section: a multi-line field cut
at the notice's limit, a count of characters and lines, a button back to the default text
and a live preview of the notice as it will be printed (placeholders filled in from the
values on screen, so a changed retention period shows at once). The rules themselves are
in desk_app/models/core/notice.py; saving goes through settings.set_many with the rest of
the section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import notice
from desk_app.ui import text_limits


class NoticeEditor(QWidget):
    """`context()` returns (office name, retention years, contact line) for the preview."""

    def __init__(self, text: str, context: Callable[[], tuple[str, int, str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(notice.KEY)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(text)
        lines = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(lines * (notice.MAX_LINES + 2) + 12)
        text_limits.limit(self.edit, notice.LIMIT)
        hint = QLabel(self.tr("Boleh memakai {office} (nama kantor), {years} (masa simpan data, "
                              "tahun) dan {contact} (loket dan nomor WhatsApp/telepon)."))
        hint.setWordWrap(True)
        self.count = QLabel()
        reset = QPushButton(self.tr("Kembalikan ke teks ba&waan"))
        reset.setObjectName("noticeDefault")
        reset.clicked.connect(self.fill_default)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(reset)
        self.preview = QLabel()
        self.preview.setObjectName("noticePreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setContentsMargins(6, 4, 6, 4)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a1c1c")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Pratinjau seperti tercetak pada tanda terima dan kiosk:")))
        layout.addWidget(self.preview)
        layout.addWidget(self.warning)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.update_preview)
        self.edit.textChanged.connect(self.timer.start)
        self.update_preview()

    def text(self) -> str:
        return self.edit.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (the Qt spelling of its siblings)
        self.edit.setPlainText(text)
        self.update_preview()

    def fill_default(self) -> None:
        self.setText(notice.DEFAULT)
        self.edit.setFocus()

    def update_preview(self) -> None:
        text = self.text()
        shown = notice.normalise(text)
        lines = shown.count("\n") + 1 if shown else 0
        self.count.setText(self.tr("%1 dari %2 karakter, %3 dari %4 baris")
                           .replace("%1", str(len(shown))).replace("%2", str(notice.LIMIT))
                           .replace("%3", str(lines)).replace("%4", str(notice.MAX_LINES)))
        self.count.setStyleSheet("color: #9a1c1c" if lines > notice.MAX_LINES else "")
        office, years, contact = self.context()
        self.preview.setText(notice.fill(shown, office, years, contact))
        unknown = notice.unknown_placeholders(shown)
        self.warning.setText(self.tr("Tidak dikenal, tercetak apa adanya: %1")
                             .replace("%1", ", ".join(unknown)) if unknown else "")
        self.warning.setVisible(bool(unknown))
