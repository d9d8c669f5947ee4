"""Pieces of the Standar Pelayanan tab without its layout: the service list's columns, the
search filter, and the HTML rendering of a standard version (translated in the
"CatalogueTab" context)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel

from desk_app.models.catalogue.tables import Service, ServiceStandard
from desk_app.models.core.dates import format_date
from desk_app.ui.table_model import Column

CTX = "CatalogueTab"

PUBLIC_FIELDS = (
    ("requirements", QT_TRANSLATE_NOOP("CatalogueTab", "Persyaratan")),
    ("procedure", QT_TRANSLATE_NOOP("CatalogueTab", "Sistem, mekanisme dan prosedur")),
    ("time_frame_days", QT_TRANSLATE_NOOP("CatalogueTab", "Jangka waktu penyelesaian")),
    ("fee", QT_TRANSLATE_NOOP("CatalogueTab", "Biaya/tarif")),
    ("product", QT_TRANSLATE_NOOP("CatalogueTab", "Produk pelayanan")),
    ("complaint_channel", QT_TRANSLATE_NOOP("CatalogueTab", "Penanganan pengaduan, saran dan masukan")),
)
INTERNAL_FIELDS = (
    ("legal_basis", QT_TRANSLATE_NOOP("CatalogueTab", "Dasar hukum")),
    ("facilities", QT_TRANSLATE_NOOP("CatalogueTab", "Sarana, prasarana dan/atau fasilitas")),
    ("competence", QT_TRANSLATE_NOOP("CatalogueTab", "Kompetensi pelaksana")),
    ("supervision", QT_TRANSLATE_NOOP("CatalogueTab", "Pengawasan internal")),
    ("staffing", QT_TRANSLATE_NOOP("CatalogueTab", "Jumlah pelaksana")),
    ("service_guarantee", QT_TRANSLATE_NOOP("CatalogueTab", "Jaminan pelayanan")),
    ("security_guarantee", QT_TRANSLATE_NOOP("CatalogueTab", "Jaminan keamanan dan keselamatan pelayanan")),
    ("performance_evaluation", QT_TRANSLATE_NOOP("CatalogueTab", "Evaluasi kinerja pelaksana")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


# --- the service list ------------------------------------------------------------------

# the office's services (a few dozen at most: loaded whole)
SERVICE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CatalogueTab", "Kode"), lambda s: s.code, tooltip=True),
    Column(QT_TRANSLATE_NOOP("CatalogueTab", "Layanan"), lambda s: s.name, tooltip=True),
    Column(QT_TRANSLATE_NOOP("CatalogueTab", "Kategori"), lambda s: s.category, tooltip=True),
)


class ServiceFilter(QSortFilterProxyModel):
    """Search as you type: every word must appear in the code, name or category."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        if not self.words:
            return True
        service = self.sourceModel().row_at(row)
        haystack = f"{service.code} {service.name} {service.category}".casefold()
        return all(word in haystack for word in self.words)


# --- rendering a standard --------------------------------------------------------------

def _list_html(items: list[str]) -> str:
    if not items:
        return "–"
    return "<ol style='margin-top:0'>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ol>"


def _value_html(standard: ServiceStandard, key: str) -> str:
    value = getattr(standard, key)
    if isinstance(value, list):
        return _list_html(value)
    if key == "time_frame_days":
        text = QCoreApplication.translate("CatalogueTab", "%1 hari kerja")
        return html.escape(text.replace("%1", str(value)))
    return html.escape(value or "–").replace("\n", "<br>")


def components_html(standard: ServiceStandard, fields, heading: str) -> str:
    rows = "".join(
        f"<tr><td width='30%' style='padding:4px'><b>{html.escape(tr(label))}</b></td>"
        f"<td style='padding:4px'>{_value_html(standard, key)}</td></tr>"
        for key, label in fields)
    return (f"<h3>{html.escape(heading)}</h3>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>")


def standard_header_html(service: Service, standard: ServiceStandard) -> str:
    parts = [QCoreApplication.translate("CatalogueTab", "Versi %1").replace("%1", str(standard.version)),
             QCoreApplication.translate("CatalogueTab", "berlaku sejak %1").replace(
                 "%1", format_date(standard.effective_date, weekday=True))]
    if standard.sk_number:
        decree = QCoreApplication.translate("CatalogueTab", "SK nomor %1").replace("%1", standard.sk_number)
        if standard.sk_date:
            decree += " " + QCoreApplication.translate("CatalogueTab", "tanggal %1").replace(
                "%1", format_date(standard.sk_date, weekday=True))
    else:
        decree = QCoreApplication.translate("CatalogueTab", "Nomor SK belum diisi")
    parts.append(decree)
    category = f" · {html.escape(service.category)}" if service.category else ""
    lines = [f"<h2 style='margin-bottom:0'>{html.escape(standard.name)}</h2>",
             f"<p style='margin-top:2px'>{html.escape(service.code)}{category}<br>"
             f"<b>{html.escape(' · '.join(parts))}</b></p>"]
    if standard.change_note:
        label = QCoreApplication.translate("CatalogueTab", "Catatan perubahan")
        lines.append(f"<p><i>{html.escape(label)}:</i> {html.escape(standard.change_note)}</p>")
    if standard.description:
        lines.append(f"<p>{html.escape(standard.description)}</p>")
    return "".join(lines)
