"""The index (IKM) for a period and optionally one service: element table, both scales,
grade, performance, sample adequacy and the bar chart over the grade bands."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from desk_app.models.core.dates import format_date, local_today
from desk_app.models.core.errors import UserError
from desk_app.models.core.periods import period_containing
from desk_app.models.skm import index as skm
from desk_app.ui.period_picker import PeriodPicker
from desk_app.ui.skm.chart import ScoreChart
from desk_app.ui.table_model import RIGHT, Column, TableModel
from desk_app.ui.widgets import show_error

MAX_SUGGESTIONS = 200


def _num(value, places: int) -> str:
    return "—" if value is None else f"{value:.{places}f}".replace(".", ",")


ELEMENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ElementsModel", "Kode"), lambda e: e.code),
    Column(QT_TRANSLATE_NOOP("ElementsModel", "Unsur"), lambda e: e.name),
    Column(QT_TRANSLATE_NOOP("ElementsModel", "Jawaban"), lambda e: str(e.answers),
           lambda e: e.answers, RIGHT),
    Column(QT_TRANSLATE_NOOP("ElementsModel", "NRR"), lambda e: _num(e.nrr, 4), lambda e: e.nrr, RIGHT),
    Column(QT_TRANSLATE_NOOP("ElementsModel", "Nilai (NRR × 25)"), lambda e: _num(e.score, 2),
           lambda e: e.score, RIGHT),
    Column(QT_TRANSLATE_NOOP("ElementsModel", "Mutu"), lambda e: e.grade or "—", align=RIGHT),
)


class SurveyIndexPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period = PeriodPicker(self)
        self.period.set_period(period_containing(local_today(session.tz), "month"))
        label = QLabel(self.tr("&Periode"), self)
        label.setBuddy(self.period.kind)
        top.addWidget(label)
        top.addWidget(self.period)
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
        self.model = TableModel(ELEMENT_COLUMNS, context="ElementsModel", parent=self)
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
        self.period.changed.connect(self.compute)
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
            period = self.period.period()
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
