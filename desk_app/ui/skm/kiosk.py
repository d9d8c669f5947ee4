"""The customer-facing survey window (kiosk): the applicant answers U1–U9 with large
buttons (four faces with the regulation's words; mouse, touch or keys 1–4), the optional
profile and a suggestion, then sees a thank-you page and the kiosk resets itself.

It shows nothing of the rest of the app and holds no request: a `KioskTicket` (service
and date) from models/skm/kiosk.py is all it knows. A kiosk left idle resets and drops
what was half answered. In ticket mode (opened by the counter at hand-over) it waits for
the next ticket after each form; in walk-in mode (`desk-app kiosk`) the applicant first
picks the service.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.errors import UserError
from desk_app.models.core.notice_office import printed_notice
from desk_app.models.skm import kiosk as kiosk_domain
from desk_app.models.skm.index import EDUCATION, ELEMENTS, OCCUPATIONS, QUESTIONS

log = logging.getLogger(__name__)
IDLE_RESET_MS = 90_000  # an applicant who walked away: start over
THANKS_MS = 6_000
FACE_COLOURS = ("#D9534F", "#F0AD4E", "#8BC34A", "#2E7D32")


def face_icon(score: int, size: int = 96) -> QIcon:
    """A face for answer 1–4: from a frown (red) to a broad smile (green)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(FACE_COLOURS[score - 1]))
    painter.setPen(QPen(QColor("#333333"), size / 32))
    painter.drawEllipse(QRectF(size * 0.06, size * 0.06, size * 0.88, size * 0.88))
    painter.setBrush(QColor("#333333"))
    for x in (0.35, 0.65):
        painter.drawEllipse(QPointF(size * x, size * 0.38), size * 0.06, size * 0.06)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#333333"), size / 20))
    mouth = QRectF(size * 0.28, size * 0.5, size * 0.44, size * 0.26)
    if score <= 2:  # frown: the top of an ellipse, lower
        span = 120 if score == 1 else 70
        painter.drawArc(mouth.translated(0, size * 0.12), (90 - span // 2) * 16, span * 16)
    else:  # smile: the bottom of an ellipse
        span = 110 if score == 3 else 160
        painter.drawArc(mouth.translated(0, -size * 0.08), (270 - span // 2) * 16, span * 16)
    painter.end()
    return QIcon(pixmap)


def _big(widget, points: int = 20, bold: bool = False):
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)
    return widget


class NoticeArea(QScrollArea):
    """Holds the notice's text at its full height when the screen has room; on a small
    screen with many service buttons it gives way first (down to three lines, the rest
    scrolls), so the buttons keep their size."""

    def __init__(self, label: QLabel, parent=None):
        super().__init__(parent)
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.setMinimumHeight(label.fontMetrics().lineSpacing() * 3)

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        width = self.viewport().width() if self.isVisible() else max(hint.width(), 800)
        hint.setHeight(self.label.heightForWidth(width) + 2 * self.frameWidth())
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # a new width wraps the text to another height


class QuestionPage(QWidget):
    answered = Signal(int)

    def __init__(self, number: int, code: str, answers: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.code = code
        self.progress = _big(QLabel(self.tr("Pertanyaan %1 dari 9").replace("%1", str(number))), 14)
        question = _big(QLabel(QUESTIONS[code]), 24, True)
        question.setWordWrap(True)
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        self.buttons: list[QToolButton] = []
        for score, text in enumerate(answers, start=1):
            button = _big(QToolButton(), 16)
            button.setText(f"{score}\n{text}")
            button.setIcon(face_icon(score))
            button.setIconSize(face_icon(score).availableSizes()[0])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setCheckable(True)
            button.setMinimumSize(200, 200)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, s=score: self.answered.emit(s))
            self.buttons.append(button)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        layout.addWidget(question)
        layout.addSpacing(30)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_choice(self, score: int | None) -> None:
        for index, button in enumerate(self.buttons, start=1):
            button.setChecked(index == score)


class KioskWindow(QWidget):
    """`KioskWindow(office)`; `start(ticket)` begins a form. `walk_in=True` lets the
    applicant pick the service first (`services`: [(id, name)])."""

    submitted = Signal(str)  # the form's serial (never its answers)

    def __init__(self, office: str, walk_in: bool = False, services=(), parent=None,
                 unlock=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.office, self.walk_in = office, walk_in
        self.unlock = unlock  # callable(parent) -> bool, asked before the kiosk closes
        self.closing = False  # set by the owner (the main window) to close without asking
        self.ticket: kiosk_domain.KioskTicket | None = None
        self.answers: dict[str, int] = {}
        self.setWindowTitle(self.tr("Survei Kepuasan Masyarakat"))
        self.stack = QStackedWidget(self)
        QVBoxLayout(self).addWidget(self.stack)
        self.waiting = self._message_page(self.tr("Survei Kepuasan Masyarakat"), self.tr(
            "Silakan menunggu petugas. Terima kasih."))
        self.welcome = self._welcome_page(services)
        self.questions = []
        for number, (code, _name, answers) in enumerate(ELEMENTS, start=1):
            page = QuestionPage(number, code, answers)
            page.answered.connect(lambda score, c=code: self.answer(c, score))
            self.questions.append(page)
            self.stack.addWidget(page)
        self.profile = self._profile_page()
        self.thanks = self._message_page(self.tr("Terima kasih!"), self.tr(
            "Jawaban Anda membantu kami memperbaiki pelayanan."))
        self.idle = QTimer(self, singleShot=True, interval=IDLE_RESET_MS, timeout=self.reset)
        self.thanks_timer = QTimer(self, singleShot=True, interval=THANKS_MS, timeout=self.reset)
        self.reset()

    # --- pages -----------------------------------------------------------------------

    def _message_page(self, title: str, text: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for label in (_big(QLabel(title), 32, True), _big(QLabel(text), 18)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.stack.addWidget(page)
        return page

    def _welcome_page(self, services) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = _big(QLabel(self.tr("Bagaimana pelayanan kami hari ini?")), 30, True)
        note = _big(QLabel(self.tr(
            "Survei ini tanpa nama: jawaban Anda tidak dapat dihubungkan dengan diri Anda "
            "maupun permohonan Anda. Jawab dengan menekan wajah atau tombol 1–4.")), 15)
        for label in (title, note):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(note)
        self.service_buttons: list[QPushButton] = []
        grid = QGridLayout()
        for index, (service_id, name) in enumerate(services):
            button = _big(QPushButton(name), 14)
            button.setMinimumHeight(60)
            button.clicked.connect(lambda _=False, s=service_id: self.start_walk_in(s))
            self.service_buttons.append(button)
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        self.start_button = _big(QPushButton(self.tr("Mulai (Enter)")), 20, True)
        self.start_button.setMinimumHeight(70)
        self.start_button.clicked.connect(lambda: self.show_question(0))
        self.start_button.setVisible(not self.walk_in)
        layout.addWidget(self.start_button)
        layout.addStretch(1)
        layout.addWidget(self._notice_box())
        self.stack.addWidget(page)
        return page

    def _notice_box(self) -> QFrame:
        """The office's privacy notice at the foot of the welcome page, read before the
        first question. Plain text: the admin's words are never taken as markup."""
        box = QFrame()
        box.setObjectName("privacyNotice")
        box.setStyleSheet("QFrame#privacyNotice { background: #F3F5F7; border: 1px solid #C5CBD1;"
                          " border-radius: 6px; } QLabel { color: #333333; }")
        heading = _big(QLabel(self.tr("Pelindungan data pribadi")), 13, True)
        self.notice_text = _big(QLabel(), 13)
        self.notice_text.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_text.setWordWrap(True)
        self.notice_area = NoticeArea(self.notice_text)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 10, 16, 12)
        inner.addWidget(heading)
        inner.addWidget(self.notice_area)
        return box

    def refresh_notice(self) -> None:
        """Read the notice again (the admin may have changed it since the kiosk opened)."""
        try:
            self.notice_text.setText(printed_notice(self.office))
            self.notice_area.updateGeometry()
        except Exception:  # noqa: BLE001 - a kiosk keeps the text it showed before
            log.warning("privacy notice not refreshed", exc_info=True)

    def _profile_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        self.gender = QComboBox()
        self.gender.addItem(self.tr("(tidak diisi)"), None)
        self.gender.addItem(self.tr("Laki-laki"), "L")
        self.gender.addItem(self.tr("Perempuan"), "P")
        self.age = QSpinBox()
        self.age.setRange(0, 110)
        self.age.setSpecialValueText(self.tr("(tidak diisi)"))
        self.education = QComboBox()
        self.occupation = QComboBox()
        for combo, items in ((self.education, EDUCATION), (self.occupation, OCCUPATIONS)):
            combo.addItem(self.tr("(tidak diisi)"), None)
            for code, label in items:
                combo.addItem(label, code)
        self.comment = QLineEdit()
        self.comment.setMaxLength(500)
        self.comment.setPlaceholderText(self.tr("Saran untuk perbaikan pelayanan (boleh kosong)"))
        for row, (label, widget) in enumerate((
                (self.tr("Jenis kelamin"), self.gender), (self.tr("Umur"), self.age),
                (self.tr("Pendidikan"), self.education), (self.tr("Pekerjaan"), self.occupation),
                (self.tr("Saran"), self.comment))):
            grid.addWidget(_big(QLabel(label), 16), row, 0)
            grid.addWidget(_big(widget, 16), row, 1)
        self.send_button = _big(QPushButton(self.tr("Kirim (Enter)")), 20, True)
        self.send_button.setMinimumHeight(70)
        self.send_button.clicked.connect(self.send)
        self.comment.returnPressed.connect(self.send)
        self.error = _big(QLabel(), 14)
        self.error.setStyleSheet("color: #B00020")
        layout = QVBoxLayout(page)
        title = _big(QLabel(self.tr("Tentang Anda (boleh dilewati)")), 26, True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.send_button)
        layout.addStretch(1)
        self.stack.addWidget(page)
        return page

    # --- flow --------------------------------------------------------------------------

    def reset(self) -> None:
        """Drop whatever was half answered and wait (ticket mode) or welcome (walk-in)."""
        self.thanks_timer.stop()
        self.idle.stop()
        self.answers = {}
        for page in self.questions:
            page.show_choice(None)
        self.gender.setCurrentIndex(0)
        self.age.setValue(0)
        self.education.setCurrentIndex(0)
        self.occupation.setCurrentIndex(0)
        self.comment.clear()
        self.error.clear()
        self.refresh_notice()
        if self.walk_in:
            self.ticket = None
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.ticket = None
            self.stack.setCurrentWidget(self.waiting)

    def start(self, ticket: kiosk_domain.KioskTicket) -> None:
        """Begin a form for the person at the counter (ticket mode)."""
        self.reset()
        self.ticket = ticket
        self.stack.setCurrentWidget(self.welcome)
        self.start_button.setFocus()
        self.idle.start()

    def start_walk_in(self, service_id: str) -> None:
        try:
            self.ticket = kiosk_domain.open_walk_in(self.office, service_id)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.show_question(0)

    def show_question(self, index: int) -> None:
        if self.ticket is None:
            return
        page = self.questions[index]
        page.show_choice(self.answers.get(page.code))
        self.stack.setCurrentWidget(page)
        page.setFocus()
        self.idle.start()

    def answer(self, code: str, score: int) -> None:
        self.answers[code] = score
        index = [p.code for p in self.questions].index(code)
        if index + 1 < len(self.questions):
            self.show_question(index + 1)
        else:
            self.stack.setCurrentWidget(self.profile)
            self.send_button.setFocus()
            self.idle.start()

    def send(self) -> None:
        if self.ticket is None:
            return
        try:
            serial = kiosk_domain.submit(
                self.ticket, dict(self.answers), gender=self.gender.currentData(),
                age=self.age.value() or None, education=self.education.currentData(),
                occupation=self.occupation.currentData(), comment=self.comment.text())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.answers = {}
        self.ticket = None
        self.stack.setCurrentWidget(self.thanks)
        self.idle.stop()
        self.thanks_timer.start()
        self.submitted.emit(serial)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """An applicant cannot close the kiosk: the officer's password is asked first."""
        if self.closing or self.unlock is None or self.unlock(self):
            self.idle.stop()
            self.thanks_timer.stop()
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.idle.start() if self.ticket is not None else None
        page = self.stack.currentWidget()
        key = event.key()
        if page in self.questions and Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.answer(page.code, key - Qt.Key.Key_0)
        elif page in self.questions and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left):
            index = self.questions.index(page)
            if index:
                self.show_question(index - 1)
        elif page is self.welcome and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.ticket is not None:
            self.show_question(0)
        elif page is self.profile and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.send()
        elif page is self.profile and key == Qt.Key.Key_Backspace and not self.comment.hasFocus():
            self.show_question(len(self.questions) - 1)
        else:
            super().keyPressEvent(event)
