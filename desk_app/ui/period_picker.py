"""The one period picker: kind (monthly, quarterly, by semester, yearly), which part of
the year, and the year — three small fields a counter officer drives with the keyboard
(type a letter in a list, arrows, digits in the year). The period itself comes from the
domain's period functions (models/core/periods.py), so the picker, the reports and the
command line's `--period 2026-Q3` always mean the same dates.

Used by the Laporan tab, the SKM index page and the complaint list's filter (which may
also choose "every period": `allow_none=True`). `changed` is emitted once per real
change; the year is read when the user leaves it or presses Enter, not per digit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from desk_app.models.core.dates import MONTHS_ID
from desk_app.models.core.periods import (
    PARTS_PER_YEAR,
    PERIOD_KINDS,
    Period,
    parse_period,
    period_containing,
    period_of,
    period_part,
)

CTX = "PeriodPicker"
KIND_LABELS = {"month": QT_TRANSLATE_NOOP("PeriodPicker", "Bulanan"),
               "quarter": QT_TRANSLATE_NOOP("PeriodPicker", "Triwulan"),
               "semester": QT_TRANSLATE_NOOP("PeriodPicker", "Semester"),
               "year": QT_TRANSLATE_NOOP("PeriodPicker", "Tahunan")}
ROMAN = ("I", "II", "III", "IV")
PART_WIDTH = 10  # characters: "September", "Triwulan III" (narrower letters than "x")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def part_labels(kind: str) -> list[str]:
    """What each part of a year is called in the list: months, Triwulan I–IV, ..."""
    if kind == "month":
        return list(MONTHS_ID)
    if kind == "quarter":
        return [_tr("Triwulan %1").replace("%1", r) for r in ROMAN]
    if kind == "semester":
        return [_tr("Semester %1").replace("%1", r) for r in ROMAN[:2]]
    return [_tr("Setahun penuh")]


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_none: bool = False,
                 labels: tuple[str, str, str] | None = None, none_text: str | None = None):
        """`labels`: texts with mnemonics shown before the kind, part and year fields
        (e.g. "&Jenis:", "Pe&riode:", "Ta&hun:"); none: the fields stand alone."""
        super().__init__(parent)
        self.kind = QComboBox(self)
        if allow_none:
            self.kind.addItem(none_text or _tr("Semua periode"), None)
        for kind in PERIOD_KINDS:
            self.kind.addItem(_tr(KIND_LABELS[kind]), kind)
        self.part = QComboBox(self)
        # as wide as a long entry of any kind, so the row does not jump
        self.part.setMinimumContentsLength(PART_WIDTH)
        self.part.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setKeyboardTracking(False)  # one change when the year is complete
        self.year.setValue(dt.date.today().year)
        self.kind.setAccessibleName(_tr("Jenis periode"))
        self.part.setAccessibleName(_tr("Periode"))
        self.year.setAccessibleName(_tr("Tahun"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        for text, field in zip(labels or (None, None, None), (self.kind, self.part, self.year),
                               strict=True):
            if text:
                label = QLabel(text, self)
                label.setBuddy(field)
                self.labels.append(label)
                layout.addWidget(label)
            layout.addWidget(field)
        self.setFocusProxy(self.kind)
        self._quiet = False
        self._last: Period | None = None
        self._fill_parts()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.part.currentIndexChanged.connect(lambda _i: self._emit())
        self.year.valueChanged.connect(lambda _v: self._emit())
        self._last = self.period()

    # --- value ----------------------------------------------------------------------
    def period(self) -> Period | None:
        kind = self.kind.currentData()
        if kind is None:
            return None
        return period_of(kind, self.year.value(), self.part.currentData() or 1)

    def set_period(self, period: Period | str | None) -> None:
        """Show a period (a `Period` or its code such as "2026-Q3"; None: every period
        when the picker allows it)."""
        if isinstance(period, str):
            period = parse_period(period)
        self._quiet = True
        try:
            if period is None:
                index = self.kind.findData(None)
                self.kind.setCurrentIndex(max(index, 0))
            else:
                self.kind.setCurrentIndex(self.kind.findData(period.kind))
                self._fill_parts()
                self.part.setCurrentIndex(period_part(period) - 1)
                self.year.setValue(period.start.year)
        finally:
            self._quiet = False
        self._emit()

    def code(self) -> str:
        period = self.period()
        return period.code if period is not None else ""

    # --- inside -----------------------------------------------------------------------
    def _kind_changed(self, _index: int) -> None:
        """Another kind: the part that holds the period shown until now (October ->
        Triwulan IV, Semester II), or today's when none was."""
        kind = self.kind.currentData()
        day = self._last.start if self._last is not None else dt.date.today()
        self._fill_parts()
        if kind is not None:
            if self._last is None:
                self.year.blockSignals(True)
                self.year.setValue(day.year)
                self.year.blockSignals(False)
            self.part.blockSignals(True)
            self.part.setCurrentIndex(period_part(period_containing(day, kind)) - 1)
            self.part.blockSignals(False)
        self._emit()

    def _fill_parts(self) -> None:
        kind = self.kind.currentData()
        keep = self.part.currentIndex()
        self.part.blockSignals(True)
        self.part.clear()
        for i, text in enumerate(part_labels(kind) if kind else [], 1):
            self.part.addItem(text, i)
        if self.part.count():
            self.part.setCurrentIndex(min(max(keep, 0), self.part.count() - 1))
        self.part.blockSignals(False)
        self.part.setEnabled(kind is not None and PARTS_PER_YEAR[kind] > 1)
        self.year.setEnabled(kind is not None)

    def _emit(self) -> None:
        if self._quiet:
            return
        period = self.period()
        if period != self._last:
            self._last = period
            self.changed.emit()
