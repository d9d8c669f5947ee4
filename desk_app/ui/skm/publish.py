"""Saving the SKM report (PDF or Word) and the poster from the window: the same data
and writers as `desk-app skm-report` / `skm-poster`, built off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk_app.models.core.periods import parse_period
from desk_app.reports.output import save_atomically
from desk_app.ui.save_file import save_file_name
from desk_app.ui.widgets import show_error, show_info


def tr(text: str) -> str:
    return QCoreApplication.translate("SkmPublish", text)


def _ask_path(parent: QWidget, title: str, name: str, filters: str) -> Path | None:
    path, _chosen = save_file_name(parent, title, name, filters)
    return Path(path) if path else None


def _build(parent: QWidget, session, period_code: str, target: Path, render) -> None:
    from desk_app.reports.skm_report_data import gather_skm_report

    period = parse_period(period_code)
    office = session.office_code

    def work(progress):
        progress(0, 0, tr("Menyusun…"))
        data = gather_skm_report(period, office)
        save_atomically(target, lambda path: render(data, path))
        return target

    session.tasks.run(parent, work, on_done=lambda path: show_info(
        parent, tr("Disimpan: %1").replace("%1", str(path))),
        on_error=lambda exc: show_error(parent, exc), title=tr("Menyusun dokumen SKM"))


def save_skm_report(parent: QWidget, session, period_code: str) -> None:
    target = _ask_path(parent, tr("Simpan laporan SKM"), f"laporan-skm-{period_code}.pdf",
                       tr("PDF (*.pdf);;Word (*.docx)"))
    if target is None:
        return
    if target.suffix.lower() == ".docx":
        from desk_app.reports.skm_report_docx import render_skm_report_docx as render
    else:
        from desk_app.reports.skm_report_pdf import render_skm_report_pdf as render

        target = target.with_suffix(".pdf")
    _build(parent, session, period_code, target, render)


def save_skm_poster(parent: QWidget, session, period_code: str) -> None:
    target = _ask_path(parent, tr("Simpan poster SKM"), f"poster-skm-{period_code}.pdf",
                       tr("PDF (*.pdf)"))
    if target is None:
        return
    from desk_app.reports.skm_poster import render_skm_poster

    _build(parent, session, period_code, target.with_suffix(".pdf"), render_skm_poster)
