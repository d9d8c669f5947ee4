"""The index (IKM) for a period and optionally one service: element table, both scales,
grade, performance, sample adequacy and the bar chart over the grade bands."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.dates import local_today
from desk_app.models.core.errors import UserError
from desk_app.models.core.periods import parse_period
from desk_app.models.skm import index as skm
from desk_app.ui.skm.chart import ScoreChart
from desk_app.ui.text import format_date
from desk_app.ui.widgets import show_error

MAX_SUGGESTIONS = 200


def _num(value, places: int) -> str:
    return "—" if value is None else f"{value:.{places}f}".replace(".", ",")


def period_choices(year: int, month: int) -> list[str]:
    """Common periods, newest first: this and last year, semesters, quarters, months."""
    quarter, semester = (month - 1) // 3 + 1, (month - 1) // 6 + 1
    codes = [f"{year}-{month:02d}", f"{year}-Q{quarter}", f"{year}-S{semester}", f"{year}"]
    codes += [f"{year}-{m:02d}" for m in range(month - 1, 0, -1)]
    codes += [f"{year}-Q{q}" for q in range(quarter - 1, 0, -1)]
    codes += [f"{year}-S1"] if semester == 2 else []
    codes += [f"{year - 1}", f"{year - 1}-S2", f"{year - 1}-S1"]
    codes += [f"{year - 1}-Q{q}" for q in (4, 3, 2, 1)]
    return codes


class ElementsModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("ElementsModel", "Kode"),
               QT_TRANSLATE_NOOP("ElementsModel", "Unsur"),
               QT_TRANSLATE_NOOP("ElementsModel", "Jawaban"),
               QT_TRANSLATE_NOOP("ElementsModel", "NRR"),
               QT_TRANSLATE_NOOP("ElementsModel", "Nilai (NRR × 25)"),
               QT_TRANSLATE_NOOP("ElementsModel", "Mutu"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[skm.ElementResult] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=None):  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None):  # noqa: N802
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (e.code, e.name, str(e.answers), _num(e.nrr, 4), _num(e.score, 2),
                    e.grade or "—")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SurveyIndexPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period_combo = QComboBox(self)
        self.period_combo.setEditable(True)
        today = local_today(session.tz)
        self.period_combo.addItems(period_choices(today.year, today.month))
        self.period_combo.setToolTip(self.tr("2026-10 bulan, 2026-Q3 triwulan, 2026-S2 semester, "
                                             "2026 tahun"))
        label = QLabel(self.tr("&Periode"), self)
        label.setBuddy(self.period_combo)
        top.addWidget(label)
        top.addWidget(self.period_combo)
        self.service_combo = QComboBox(self)
        self.service_combo.addItem(self.tr("Semua layanan"), None)
        for service in (Service.select().where(Service.office == session.office_code)
                        .order_by(Service.sort_order)):
            self.service_combo.addItem(f"{service.code} — {service.name}", service.id)
        label = QLabel(self.tr("La&yanan"), self)
        label.setBuddy(self.service_combo)
        top.addWidget(label)
        top.addWidget(self.service_combo, 1)
        self.compute_button = QPushButton(self.tr("&Hitung"), self)
        self.compute_button.clicked.connect(self.compute)
        top.addWidget(self.compute_button)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QSplitter(Qt.Orientation.Vertical, splitter)
        self.model = ElementsModel(self)
        self.table = QTableView(left)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser(left)
        self.details.setAccessibleName(self.tr("Profil responden dan saran"))
        left.addWidget(self.table)
        left.addWidget(self.details)
        left.setSizes([330, 300])
        self.chart = ScoreChart(splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.chart)
        splitter.setSizes([520, 480])
        layout.addWidget(splitter, 1)
        self.period_combo.lineEdit().returnPressed.connect(self.compute)
        self.period_combo.activated.connect(self.compute)
        self.service_combo.activated.connect(self.compute)
        self.result = None
        self._computed_once = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._computed_once:
            self._computed_once = True
            self.compute()

    def compute(self, *_args) -> None:
        try:
            period = parse_period(self.period_combo.currentText())
            result = skm.compute_index(period, self.service_combo.currentData(),
                                       self.session.office_code)
        except UserError as exc:
            show_error(self, exc)
            return
        self.result = result
        self.model.set_rows(result.elements)
        self.table.resizeColumnToContents(0)
        self.chart.set_data(
            [(f"{e.code} {e.name}" if len(e.name) < 26 else f"{e.code} {e.name[:24]}…",
              float(e.score) if e.score is not None else None) for e in result.elements],
            float(result.ikm) if result.ikm is not None else None)
        self.summary.setText(self.summary_html(result, period.label))
        service_id = self.service_combo.currentData()
        office = self.session.office_code
        self.details.setHtml(self.details_html(
            skm.respondent_profile(period, service_id, office),
            skm.suggestions(period, service_id, office, limit=MAX_SUGGESTIONS)))

    def details_html(self, profile, notes) -> str:
        """The respondent profile (four small tables) and the written suggestions."""
        if not profile.respondents:
            return ""
        groups = ((self.tr("Jenis kelamin"), profile.gender), (self.tr("Umur"), profile.age),
                  (self.tr("Pendidikan"), profile.education),
                  (self.tr("Pekerjaan"), profile.occupation))
        cells = []
        for title, rows in groups:
            lines = "".join(f"<tr><td>{html.escape(label)}</td><td align='right'>{n}</td></tr>"
                            for label, n in rows if n)
            cells.append(f"<td valign='top'><b>{title}</b><table cellspacing='0' "
                         f"cellpadding='2'>{lines}</table></td>")
        text = ("<b>" + self.tr("Profil responden") + "</b><table cellspacing='14'><tr>"
                + "".join(cells) + "</tr></table>")
        if notes:
            items = "".join(f"<li>{html.escape(n.text)} <i>({format_date(n.survey_date)}, "
                            f"{html.escape(n.service)}, no. {html.escape(n.serial)})</i></li>"
                            for n in notes)
            text += "<b>" + self.tr("Saran responden") + f"</b><ul>{items}</ul>"
        return text

    def summary_html(self, result, label: str) -> str:
        lines = [f"<b>{label}</b> — " + self.tr("%1 responden").replace("%1",
                                                                      str(result.respondents))]
        if result.ikm is None:
            reason = (self.tr("belum ada responden") if not result.respondents else
                      self.tr("unsur tanpa jawaban: %1")
                      .replace("%1", ", ".join(result.missing_elements)))
            lines.append(self.tr("IKM tidak dapat dihitung (%1).").replace("%1", reason))
        else:
            lines.append(
                self.tr("IKM <b>%1</b> (skala 25–100) · <b>%2</b> (skala 1–4) · mutu <b>%3</b> · "
                        "kinerja unit <b>%4</b>")
                .replace("%1", _num(result.ikm, 2)).replace("%2", _num(result.ikm_unit, 4))
                .replace("%3", result.grade).replace("%4", result.performance))
        if not result.population:
            lines.append("<span style='color:#9a5b00'>" + self.tr(
                "Populasi periode sebelumnya tidak tercatat (0 permohonan): minimal sampel "
                "Krejcie–Morgan tidak dapat ditentukan.") + "</span>")
            return "<br/>".join(lines)
        colour = "#1b6e20" if result.sample_met else "#b00020"
        state = self.tr("memenuhi") if result.sample_met else self.tr("BELUM memenuhi")
        lines.append(
            f"<span style='color:{colour}'>"
            + self.tr("Sampel %1 responden %2 minimal Krejcie–Morgan %3 (populasi periode "
                      "sebelumnya: %4 permohonan).")
            .replace("%1", str(result.respondents)).replace("%2", state)
            .replace("%3", str(result.sample_minimum)).replace("%4", str(result.population))
            + "</span>")
        return "<br/>".join(lines)
