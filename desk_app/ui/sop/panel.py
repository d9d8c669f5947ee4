"""The "SOP" page of the Standar Pelayanan tab: the SOP revision in force (identity and
steps), any older revision through the revision picker, "Ubah SOP" for admins and
"Cetak SOP (PDF)" for everyone."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service
from desk_app.models.core import dates, worktime
from desk_app.models.core.permissions import ROLE_LABELS
from desk_app.models.sop.tables import SopRevision, SopStep
from desk_app.reports.sop_pdf import write_sop_pdf
from desk_app.ui.sop.editor import LIST_FIELDS
from desk_app.ui.sop.step_form import kind_label
from desk_app.ui.sop.steps import save_pdf
from desk_app.ui.table_model import Column, TableModel

CTX = "SopStepsModel"


def _kind_text(s: SopStep) -> str:
    kind = kind_label(s.kind)
    if s.kind == "decision":
        kind += QCoreApplication.translate(CTX, " (Ya→%1, Tidak→%2)").replace(
            "%1", str(s.yes_target)).replace("%2", str(s.no_target))
    return kind


def _column(title: str, value, sort=None) -> Column:
    return Column(title, value, sort, tooltip=True)


SOP_STEP_COLUMNS = (
    _column(QT_TRANSLATE_NOOP(CTX, "No"), lambda s: str(s.position), lambda s: s.position),
    _column(QT_TRANSLATE_NOOP(CTX, "Jenis"), _kind_text),
    _column(QT_TRANSLATE_NOOP(CTX, "Kegiatan"), lambda s: s.activity),
    _column(QT_TRANSLATE_NOOP(CTX, "Pelaksana"), lambda s: ", ".join(s.actors or [])),
    _column(QT_TRANSLATE_NOOP(CTX, "Peran"),
            lambda s: ", ".join(ROLE_LABELS.get(r, r) for r in s.roles or [])),
    _column(QT_TRANSLATE_NOOP(CTX, "Kelengkapan"), lambda s: s.requirements),
    _column(QT_TRANSLATE_NOOP(CTX, "Waktu"), worktime.format_standard),
    _column(QT_TRANSLATE_NOOP(CTX, "Output"), lambda s: s.output),
    _column(QT_TRANSLATE_NOOP(CTX, "Keterangan"), lambda s: s.note),
)


def identity_html(revision: SopRevision, in_force: bool) -> str:
    e = html.escape
    translate = QCoreApplication.translate
    rows = [(translate("SopPanel", "Nomor SOP"), revision.number), (translate("SopPanel", "Revisi"), str(revision.revision)),
            (translate("SopPanel", "Tanggal pembuatan"), dates.format_date(revision.date_made)),
            (translate("SopPanel", "Tanggal revisi"), dates.format_date(revision.date_revised) or "-"),
            (translate("SopPanel", "Tanggal efektif"), dates.format_date(revision.effective_date)),
            (translate("SopPanel", "Disahkan oleh"), f"{revision.approved_by_position} — {revision.approved_by_name}"
                                  f" (NIP {revision.approved_by_nip})"),
            (translate("SopPanel", "Unit"), revision.unit), (translate("SopPanel", "Pelaksana"), ", ".join(revision.actors or []))]
    if revision.change_note:
        rows.append((translate("SopPanel", "Catatan perubahan"), revision.change_note))
    status = translate("SopPanel", "berlaku sekarang") if in_force else translate("SopPanel", "tidak berlaku sekarang")
    parts = [f"<h3>{e(revision.title)} <small>({e(status)})</small></h3><table>"]
    parts += [f"<tr><td><b>{e(k)}</b>&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    for key, label in LIST_FIELDS:
        items = getattr(revision, key) or []
        parts.append(f"<p><b>{e(QCoreApplication.translate('SopEditor', label))}</b></p><ol>")
        parts += [f"<li>{e(item)}</li>" for item in items] or ["<li>-</li>"]
        parts.append("</ol>")
    return "".join(parts)


class SopPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.service: Service | None = None
        self.sop = None
        self.revision: SopRevision | None = None
        self.revisions = QComboBox()
        self.revisions.setObjectName("sop_revisions")
        self.revisions.setMinimumWidth(300)
        self.revisions.currentIndexChanged.connect(self._revision_changed)
        label = QLabel(self.tr("R&evisi SOP:"))
        label.setBuddy(self.revisions)
        self.edit_button = QPushButton(self.tr("Ubah S&OP…"))
        self.edit_button.setObjectName("edit_sop")
        self.edit_button.clicked.connect(self.edit_sop)
        self.edit_button.setVisible(session.can("sop.edit"))
        self.print_button = QPushButton(self.tr("Cetak SOP (PD&F)…"))
        self.print_button.setObjectName("print_sop")
        self.print_button.clicked.connect(self.print_sop)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.revisions)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.print_button)
        self.identity = QTextBrowser()
        self.model = TableModel(SOP_STEP_COLUMNS, context=CTX, parent=self)
        self.view = QTableView()
        self.view.setObjectName("sop_steps_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 32), (1, 120), (3, 140), (4, 110), (5, 140), (6, 70), (7, 120), (8, 120)):
            self.view.setColumnWidth(col, width)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.identity)
        splitter.addWidget(self.view)
        splitter.setSizes([220, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def set_service(self, service: Service | None, revision_id: str | None = None) -> None:
        self.service = service
        self.sop = catalogue.sop_for_service(service) if service is not None else None
        self.revisions.blockSignals(True)
        self.revisions.clear()
        in_force = catalogue.sop_revision_in_force(service) if self.sop else None
        self.in_force_id = in_force.id if in_force else None
        if self.sop is not None:
            for rev in self.sop.revisions.order_by(SopRevision.revision.desc()):
                text = self.tr("Revisi %1 — efektif %2").replace("%1", str(rev.revision)).replace(
                    "%2", dates.format_date(rev.effective_date))
                if rev.id == self.in_force_id:
                    text += " " + self.tr("(berlaku sekarang)")
                self.revisions.addItem(text, rev.id)
            wanted = revision_id or self.in_force_id
            self.revisions.setCurrentIndex(max(self.revisions.findData(wanted), 0))
        self.revisions.blockSignals(False)
        self._revision_changed()

    def _revision_changed(self, *_args) -> None:
        rev_id = self.revisions.currentData()
        self.revision = SopRevision.get_or_none(SopRevision.id == rev_id) if rev_id else None
        has = self.revision is not None
        self.print_button.setEnabled(has)
        self.edit_button.setEnabled(has)
        self.revisions.setEnabled(has)
        if not has:
            self.identity.setHtml(html.escape(self.tr("Layanan ini belum memiliki SOP.")))
            self.model.set_rows([])
            return
        self.identity.setHtml(identity_html(self.revision, self.revision.id == self.in_force_id))
        self.model.set_rows(catalogue.revision_steps(self.revision))

    def edit_sop(self) -> None:
        if self.sop is None or self.revision is None or not self.session.can("sop.edit"):
            return
        from desk_app.ui.sop.editor import SopEditorDialog

        latest = self.sop.revisions.order_by(SopRevision.revision.desc()).first()
        dialog = SopEditorDialog(self.session, self.sop, latest, self)
        if dialog.exec() == SopEditorDialog.DialogCode.Accepted and dialog.published is not None:
            self.set_service(self.service, dialog.published.id)

    def print_sop(self) -> None:
        if self.revision is None:
            return
        name = f"SOP-{self.service.code}-rev{self.revision.revision}.pdf"
        save_pdf(self, self.tr("Simpan dokumen SOP"), name,
                 lambda path: write_sop_pdf(self.revision.id, path))
