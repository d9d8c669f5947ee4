"""The public standard sheet of one service (the sheet that hangs at the counter):
A4, office letterhead, service name, SK number and date, version, and the six public
components as a table; requirements and procedure as numbered lists.

    sheet = build_sheet(office, service, standard, signer)   # plain data
    render_pdf(sheet, "/tmp/standar.pdf")                      # or a file object
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk_app.models.core import settings
from desk_app.models.core.dates import format_date
from desk_app.reports import pdf_common as pc

PUBLIC_LABELS = (
    "Persyaratan",
    "Sistem, Mekanisme dan Prosedur",
    "Jangka Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Pelayanan",
    "Penanganan Pengaduan, Saran dan Masukan",
)


@dataclass
class Signer:
    city: str = ""
    position: str = ""
    name: str = ""
    nip: str = ""


@dataclass
class StandardSheet:
    office: object  # the Office row (letterhead lines, name, address)
    unit: str
    service_code: str
    service_name: str
    description: str
    version: int
    effective_date: dt.date
    sk_number: str
    sk_date: dt.date | None
    requirements: list[str]
    procedure: list[str]
    time_frame_days: int
    fee: str
    product: str
    complaint_channel: str
    signer: Signer = field(default_factory=Signer)
    printed_on: dt.date = field(default_factory=dt.date.today)


def build_sheet(office, service, standard, printed_on: dt.date | None = None) -> StandardSheet:
    """Gather the sheet's data from the Office row, the Service and one ServiceStandard."""
    signer = Signer(city=office.city or "",
                    position=settings.get(office.code, "head_position"),
                    name=settings.get(office.code, "head_name"),
                    nip=settings.get(office.code, "head_nip"))
    return StandardSheet(
        office=office, unit=office.unit or "", service_code=service.code,
        service_name=standard.name, description=standard.description or "",
        version=standard.version, effective_date=standard.effective_date,
        sk_number=standard.sk_number or "", sk_date=standard.sk_date,
        requirements=list(standard.requirements or []), procedure=list(standard.procedure or []),
        time_frame_days=standard.time_frame_days, fee=standard.fee or "",
        product=standard.product or "", complaint_channel=standard.complaint_channel or "",
        signer=signer, printed_on=printed_on or dt.date.today())


def _numbered(items: list[str], style) -> Table:
    rows = [[Paragraph(f"{i}.", style), Paragraph(pc.escape(item), style)]
            for i, item in enumerate(items, start=1)]
    table = Table(rows, colWidths=[18, None], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _text(text: str, style) -> Paragraph:
    return Paragraph(pc.escape(text) or "–", style)


def _days(days: int) -> str:
    return "Selesai pada hari yang sama" if days == 0 else f"{days} hari kerja"


def _component_table(sheet: StandardSheet, width: float, styles) -> Table:
    cell, bold = styles["cell"], styles["cell_bold"]
    values = [
        _numbered(sheet.requirements, cell),
        _numbered(sheet.procedure, cell),
        _text(_days(sheet.time_frame_days), cell),
        _text(sheet.fee, cell),
        _text(sheet.product, cell),
        _text(sheet.complaint_channel, cell),
    ]
    header = [Paragraph("No", bold), Paragraph("Komponen", bold), Paragraph("Uraian", bold)]
    rows = [header] + [[Paragraph(str(i), cell), Paragraph(label, bold), value]
                       for i, (label, value) in enumerate(zip(PUBLIC_LABELS, values, strict=True),
                                                          start=1)]
    table = Table(rows, colWidths=[26, 120, width - 146], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8df")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _signature(sheet: StandardSheet, width: float, styles) -> Table | None:
    signer = sheet.signer
    if not (signer.position or signer.name):
        return None
    day = sheet.sk_date or sheet.effective_date
    place = f"{signer.city}, " if signer.city else ""
    body = styles["body"]
    block: list = [Paragraph(pc.escape(f"{place}{format_date(day)}"), body),
                   Paragraph(pc.escape(signer.position), body), Spacer(1, 32)]
    if signer.name:
        block.append(Paragraph(f"<b>{pc.escape(signer.name)}</b>", body))
    if signer.nip:
        block.append(Paragraph(pc.escape(f"NIP. {signer.nip}"), body))
    table = Table([["", block]], colWidths=[width * 0.55, width * 0.45])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _sheet_styles(size: float = 8.8) -> dict:
    """The shared styles, a little tighter so a usual standard fits on one page."""
    styles = pc.base_styles()
    for key in ("cell", "cell_bold"):
        styles[key].fontSize, styles[key].leading = size, size * 1.2
    styles["body"].fontSize, styles["body"].leading = size + 0.2, (size + 0.2) * 1.24
    styles["title"].fontSize, styles["title"].leading, styles["title"].spaceAfter = 13, 16, 2
    return styles


def story(sheet: StandardSheet, width: float, size: float = 8.8) -> list:
    styles = _sheet_styles(size)
    items: list = [pc.Letterhead(sheet.office, width), Spacer(1, 4),
                   Paragraph("STANDAR PELAYANAN", styles["title"]),
                   Paragraph(pc.escape(sheet.service_name), styles["title"])]
    decree = f"Ditetapkan dengan Keputusan Nomor {sheet.sk_number}" if sheet.sk_number else ""
    if decree and sheet.sk_date:
        decree += f" tanggal {format_date(sheet.sk_date)}"
    info = [decree, f"Versi {sheet.version}, berlaku sejak {format_date(sheet.effective_date)}"]
    items.append(Paragraph(pc.escape(" · ".join(x for x in info if x)), styles["subtitle"]))
    if sheet.description:
        items += [Spacer(1, 4), Paragraph(pc.escape(sheet.description), styles["body"])]
    items += [Spacer(1, 8), _component_table(sheet, width, styles)]
    signature = _signature(sheet, width, styles)
    if signature is not None:
        items += [Spacer(1, 8), KeepTogether(signature)]
    return items


FONT_SIZES = (8.8, 8.3, 7.8)  # tried in turn until the sheet fits on one page


def render_pdf(sheet: StandardSheet, out) -> None:
    """Write the sheet as an A4 PDF to a path or a binary file object. The sheet hangs at
    the counter, so a slightly smaller font is used when that keeps it on one page; a
    very long standard simply continues on the next page."""
    footer = (f"{sheet.service_code} · versi {sheet.version} · dicetak "
              f"{format_date(sheet.printed_on)}")
    best = None
    for size in FONT_SIZES:
        buffer = io.BytesIO()
        doc = pc.a4_document(buffer, title=f"Standar Pelayanan — {sheet.service_name}",
                             topMargin=1.2 * cm, bottomMargin=1.7 * cm)
        doc.build(story(sheet, doc.width, size), canvasmaker=pc.numbered_canvas(footer))
        best = buffer.getvalue() if best is None or doc.page == 1 else best
        if doc.page == 1:
            break
    if hasattr(out, "write"):
        out.write(best)
    else:
        with open(out, "wb") as handle:
            handle.write(best)


def write_standard_sheet(out, office, service, standard) -> None:
    render_pdf(build_sheet(office, service, standard), out)
