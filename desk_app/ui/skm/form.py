"""The fast keyed SKM form: one widget owns the keyboard and walks a row of cells.

Cells, in the paper form's order: gender (L/P), age (two digits), education (number key),
occupation (number key), then the nine answers in the questionnaire's question order
(1–4 or a–d). 0 or space leaves a cell empty (a skipped answer). Every valid key fills
its cell and moves on; any other key is refused on the spot with a hint. Backspace goes
back, arrows move, F2 jumps to the suggestion (Saran) field, Enter asks to save. With
"simpan otomatis" the form asks to save as soon as its last cell is filled.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desk_app.models.skm.index import EDUCATION, ELEMENT_ANSWERS, ELEMENT_NAMES, OCCUPATIONS
from desk_app.ui.text import domain

CTX = "FastSurveyForm"
UNSET = object()  # not typed yet (a skipped cell holds None)
ANSWER_KEYS = {"1": 1, "2": 2, "3": 3, "4": 4, "a": 1, "b": 2, "c": 3, "d": 4}
SKIP_KEYS = ("0", " ")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


@dataclass(frozen=True)
class Cell:
    key: str  # gender / age / education / occupation / U1..U9
    title: str
    hint: str


def build_cells(order: list[str]) -> list[Cell]:
    education = "  ".join(f"{i}={domain(label)}" for i, (_, label) in enumerate(EDUCATION, start=1))
    occupation = "  ".join(f"{i}={domain(label)}" for i, (_, label) in enumerate(OCCUPATIONS, start=1))
    cells = [
        Cell("gender", _tr("Jenis kelamin"), _tr("L = laki-laki, P = perempuan, 0/spasi = kosong")),
        Cell("age", _tr("Umur"), _tr("dua angka (10–99), 0/spasi = kosong")),
        Cell("education", _tr("Pendidikan"), education + _tr("  0/spasi = kosong")),
        Cell("occupation", _tr("Pekerjaan"), occupation + _tr("  0/spasi = kosong")),
    ]
    for number, code in enumerate(order, start=1):
        answers = ELEMENT_ANSWERS[code]
        legend = "  ".join(f"{i}/{'abcd'[i - 1]}={domain(text)}" for i, text in enumerate(answers, start=1))
        cells.append(Cell(code, f"{number}. {domain(ELEMENT_NAMES[code])} ({code})",
                          legend + _tr("  0/spasi = dilewati")))
    return cells


def legend_html() -> str:
    """The keys of every cell, always on screen."""
    education = "<br/>".join(f"&nbsp;{i} = {domain(label)}"
                              for i, (_, label) in enumerate(EDUCATION, start=1))
    occupation = "<br/>".join(f"&nbsp;{i} = {domain(label)}"
                               for i, (_, label) in enumerate(OCCUPATIONS, start=1))
    return ("<table><tr><td valign='top'><b>" + _tr("Pendidikan") + "</b><br/>" + education
            + "</td><td width='12'></td><td valign='top'><b>" + _tr("Pekerjaan") + "</b><br/>"
            + occupation + "</td></tr></table>"
            + _tr("<b>Jenis kelamin</b> L / P · <b>Umur</b> dua angka<br/>"
                  "<b>Jawaban</b> 1–4 atau a–d<br/>0 atau spasi = kosong/dilewati<br/>"
                  "Backspace kembali · F2 saran · Enter simpan · Ctrl+Z batalkan terakhir"))


class Callbacks:
    """`connect`/`emit` in plain Python. PySide6 6.12.0's SignalInstance.emit() drops a
    reference to Py_True on every call from Python (the interpreter aborts with
    "bool_dealloc" once enough emits accumulated), and this form emits on every key."""

    def __init__(self):
        self._slots = []

    def connect(self, slot) -> None:
        self._slots.append(slot)

    def emit(self, *args) -> None:
        for slot in list(self._slots):
            slot(*args)


class FastForm(QWidget):
    """Calls `save_requested` on Enter (or when the last cell is filled with autosave),
    `comment_requested` on F2, `hint_changed(text, is_error)` for the hint line."""

    def __init__(self, order: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.save_requested = Callbacks()
        self.comment_requested = Callbacks()
        self.hint_changed = Callbacks()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_tr("Formulir survei cepat"))
        self.autosave = True
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._grid_host: QWidget | None = None
        self.set_order(order)

    # --- structure ------------------------------------------------------------------
    def set_order(self, order: list[str]) -> None:
        """The cells for a questionnaire order (always 4 profile cells and 9 answers)."""
        self.order = list(order)
        self.cells = build_cells(self.order)
        if self._grid_host is None:
            self._build_boxes()
        for cell, (_frame, title, _value) in zip(self.cells, self.boxes, strict=True):
            title.setText(cell.title)
        self.clear()

    def _build_boxes(self) -> None:
        self._grid_host = QWidget(self)
        grid = QGridLayout(self._grid_host)
        grid.setSpacing(4)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[QFrame, QLabel, QLabel]] = []
        for index in range(len(self.cells)):
            frame = QFrame(self._grid_host)
            frame.setObjectName("cell")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            box.setContentsMargins(6, 3, 6, 3)
            title = QLabel(frame)
            title.setStyleSheet("color: #555; font-size: 9pt;")
            title.setWordWrap(True)  # long element names wrap: the grid fits 1024 px
            value = QLabel("", frame)
            value.setStyleSheet("font-size: 13pt; font-weight: bold;")
            value.setWordWrap(True)
            value.setMinimumHeight(24)
            box.addWidget(title)
            box.addWidget(value)
            row, col = (0, index) if index < 4 else (1 + (index - 4) // 3, (index - 4) % 3)
            grid.addWidget(frame, row, col)
            self.boxes.append((frame, title, value))
        self.legend = QLabel(self._grid_host)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend.setStyleSheet("background: #f4f6f8; padding: 4px; font-size: 9pt;")
        self.legend.setText(legend_html())
        self.legend.setWordWrap(True)
        grid.addWidget(self.legend, 1, 3, 3, 1)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self._layout.addWidget(self._grid_host)

    def clear(self) -> None:
        self.values = {cell.key: UNSET for cell in self.cells}
        self.age_buffer = ""
        self.index = 0
        self._refresh()

    # --- values ---------------------------------------------------------------------
    def missing(self) -> list[Cell]:
        return [c for c in self.cells if self.values[c.key] is UNSET]

    def form_data(self) -> dict:
        def get(key):
            value = self.values[key]
            return None if value is UNSET else value

        return {"answers": {code: get(code) for code in self.order}, "gender": get("gender"),
                "age": get("age"), "education": get("education"),
                "occupation": get("occupation")}

    def load(self, data: dict) -> None:
        """Fill the cells from saved values (u1..u9 / U1..U9 and profile keys)."""
        for cell in self.cells:
            key = cell.key
            self.values[key] = data.get(key, data.get(key.lower()))
        self.index = len(self.cells)
        self._refresh()

    # --- keys -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            event.ignore()
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
        elif key == Qt.Key.Key_F2:
            self.comment_requested.emit()
        elif key == Qt.Key.Key_Backspace:
            self._back()
        elif key == Qt.Key.Key_Left:
            self._move(self.index - 1)
        elif key == Qt.Key.Key_Right:
            self._move(self.index + 1)
        elif key == Qt.Key.Key_Home:
            self._move(0)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
            event.ignore()
            return super().keyPressEvent(event)
        elif text and text.isprintable():
            self.type_text(text)
        else:
            event.ignore()
            return super().keyPressEvent(event)
        event.accept()

    def type_text(self, text: str) -> None:
        if self.index >= len(self.cells):
            self._refuse(_tr("Formulir sudah terisi: Enter untuk menyimpan, Backspace untuk "
                             "memperbaiki."))
            return
        cell = self.cells[self.index]
        char = text.lower()
        accepted = {
            "gender": self._gender, "age": self._age, "education": self._education,
            "occupation": self._occupation,
        }.get(cell.key, self._answer)(cell, char)
        if accepted is False:
            self._refuse(_tr("Tombol '%1' tidak berlaku untuk %2. %3")
                         .replace("%1", text).replace("%2", cell.title).replace("%3", cell.hint))

    def _fill(self, key: str, value) -> None:
        self.values[key] = value
        self.age_buffer = ""
        self.index += 1
        self._refresh()
        if self.index >= len(self.cells) and self.autosave and not self.missing():
            self.save_requested.emit()

    def _gender(self, cell, char):
        if char in ("l", "p"):
            return self._fill(cell.key, char.upper())
        if char in SKIP_KEYS:
            return self._fill(cell.key, None)
        return False

    def _age(self, cell, char):
        if char in SKIP_KEYS and not self.age_buffer:
            return self._fill(cell.key, None)
        if not char.isdigit() or not char.isascii():
            return False
        self.age_buffer += char
        if len(self.age_buffer) == 2:
            return self._fill(cell.key, int(self.age_buffer))
        self._refresh()
        return None

    def _pick(self, cell, char, options):
        if char in SKIP_KEYS:
            return self._fill(cell.key, None)
        if char.isdigit() and 1 <= int(char) <= len(options):
            return self._fill(cell.key, options[int(char) - 1][0])
        return False

    def _education(self, cell, char):
        return self._pick(cell, char, EDUCATION)

    def _occupation(self, cell, char):
        return self._pick(cell, char, OCCUPATIONS)

    def _answer(self, cell, char):
        if char in ANSWER_KEYS:
            return self._fill(cell.key, ANSWER_KEYS[char])
        if char in SKIP_KEYS:
            return self._fill(cell.key, None)
        return False

    def _back(self) -> None:
        if self.age_buffer:
            self.age_buffer = ""
        elif self.index > 0:
            self.index -= 1
            self.values[self.cells[self.index].key] = UNSET
        self._refresh()

    def _move(self, index: int) -> None:
        self.age_buffer = ""
        self.index = max(0, min(index, len(self.cells)))
        self._refresh()

    def go_to_first_missing(self) -> None:
        missing = self.missing()
        if missing:
            self._move(self.cells.index(missing[0]))

    def _refuse(self, text: str) -> None:
        self.hint_changed.emit(text, True)

    # --- display --------------------------------------------------------------------
    def display(self, cell: Cell) -> str:
        value = self.values[cell.key]
        if cell.key == "age" and self.age_buffer and self.cells[self.index] is cell:
            return self.age_buffer + "_"
        if value is UNSET:
            return ""
        if value is None:
            return "—"
        if cell.key == "gender":
            return {"L": _tr("L (laki-laki)"), "P": _tr("P (perempuan)")}[value]
        if cell.key == "education":
            return domain(dict(EDUCATION).get(value, value))
        if cell.key in ELEMENT_ANSWERS:
            return f"{value} · {domain(ELEMENT_ANSWERS[cell.key][value - 1])}"
        return str(value)

    def _refresh(self) -> None:
        for index, (cell, (frame, _title, label)) in enumerate(zip(self.cells, self.boxes,
                                                                   strict=True)):
            label.setText(self.display(cell))
            current = index == self.index
            frame.setStyleSheet("QFrame#cell { background: #fff6c8; border: 2px solid #d4a000; }"
                                if current else "QFrame#cell { border: 1px solid #bbb; }")
        if self.index < len(self.cells):
            cell = self.cells[self.index]
            self.hint_changed.emit(f"{cell.title}: {cell.hint}", False)
        else:
            self.hint_changed.emit(_tr("Formulir lengkap — Enter untuk menyimpan (F2: saran)."),
                                   False)
