"""The official SOP document (PermenPAN-RB 35/2012, "SOP AP" format), A4 landscape:

- page 1: the identity block (office with logo on the left; Nomor SOP, Tanggal
  Pembuatan/Revisi/Efektif, Disahkan oleh, Nama SOP on the right), then the pairs
  Dasar Hukum | Kualifikasi Pelaksana, Keterkaitan | Peralatan/Perlengkapan,
  Peringatan | Pencatatan dan Pendataan;
- then the flowchart table: No | Kegiatan | one Pelaksana column per actor | Mutu Baku
  (Kelengkapan, Waktu, Output) | Keterangan, drawn with the standard symbols: capsule
  (start/end), rectangle (activity), diamond (decision, "Ya"/"Tidak" branches), arrows,
  and off-page connectors (pentagons A, B, ...) where the chart continues on a new page.
  The header rows are repeated on every page.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Image, PageBreak, Paragraph, Spacer, Table, TableStyle

from desk_app import config
from desk_app.reports import pdf_common as pc
from desk_app.reports.sop_flowchart import FlowchartPage
from desk_app.reports.sop_layout import (
    GRID,
    HEAD_FILL,
    ID_LABEL,
    ID_SIGN,
    ID_VALUE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    OFFICE,
    PAIR,
    PAIR_HEAD,
    cell_para,
    make_layout,
    paginate,
)
from desk_app.reports.sop_sheet import SopSheet, sop_sheet

# --- page 1: identity ------------------------------------------------------------

def _numbered(items: list[str]) -> list[Paragraph]:
    if not items:
        return [cell_para("-", PAIR)]
    return [Paragraph(pc.escape(item), PAIR, bulletText=f"{i}.") for i, item in enumerate(items, 1)]


def _identity(sheet: SopSheet, width: float) -> list:
    left_w = width * 0.42
    right_w = width - left_w
    left: list = []
    logo = config.resource_path("logo.png")
    if logo.is_file():
        left += [Image(str(logo), width=2.2 * cm, height=2.2 * cm, kind="proportional"),
                 Spacer(1, 6)]
    left += [cell_para(line, OFFICE) for line in sheet.office_lines]
    if sheet.unit:
        left.append(cell_para(sheet.unit.upper(), OFFICE))
    signer = [cell_para(sheet.approved_by_position, ID_SIGN), Spacer(1, 26),
              cell_para(sheet.approved_by_name, ParagraphStyle("n", parent=ID_SIGN, fontName=pc.FONT_BOLD)),
              cell_para(f"NIP. {sheet.approved_by_nip}" if sheet.approved_by_nip else "", ID_SIGN)]
    rows = [
        [cell_para("Nomor SOP", ID_LABEL), cell_para(sheet.number, ID_VALUE)],
        [cell_para("Tanggal Pembuatan", ID_LABEL), cell_para(sheet.date_made, ID_LABEL)],
        [cell_para("Tanggal Revisi", ID_LABEL), cell_para(sheet.date_revised, ID_LABEL)],
        [cell_para("Tanggal Efektif", ID_LABEL), cell_para(sheet.effective_date, ID_LABEL)],
        [cell_para("Disahkan oleh", ID_LABEL), signer],
        [cell_para("Nama SOP", ID_LABEL), cell_para(sheet.title.upper(), ID_VALUE)],
    ]
    right = Table(rows, colWidths=[right_w * 0.3, right_w * 0.7])
    right.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    top = Table([[left, right]], colWidths=[left_w, right_w])
    top.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, GRID), ("LINEAFTER", (0, 0), (0, 0), 0.6, GRID),
        ("VALIGN", (0, 0), (0, 0), "MIDDLE"), ("VALIGN", (1, 0), (1, 0), "TOP"),
        ("LEFTPADDING", (1, 0), (1, 0), 0), ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("TOPPADDING", (1, 0), (1, 0), 0), ("BOTTOMPADDING", (1, 0), (1, 0), 0)]))
    pairs = [
        ("Dasar Hukum:", sheet.legal_basis, "Kualifikasi Pelaksana:", sheet.qualifications),
        ("Keterkaitan:", sheet.related_sops, "Peralatan/Perlengkapan:", sheet.equipment),
        ("Peringatan:", sheet.warnings, "Pencatatan dan Pendataan:", sheet.records),
    ]
    data = []
    for head_l, items_l, head_r, items_r in pairs:
        data.append([cell_para(head_l, PAIR_HEAD), cell_para(head_r, PAIR_HEAD)])
        data.append([_numbered(items_l), _numbered(items_r)])
    bottom = Table(data, colWidths=[width / 2, width / 2], splitByRow=1)
    style = [("GRID", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for r in range(0, len(data), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), HEAD_FILL))
    bottom.setStyle(TableStyle(style))
    return [top, bottom]


# --- the document ----------------------------------------------------------------

def render_sop_pdf(sheet: SopSheet, out) -> None:
    """Write the SOP document to `out` (a path or a binary file object)."""
    doc = pc.a4_document(out, title=sheet.title, landscape=True, leftMargin=MARGIN_X,
                         rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    width = doc.width - 12  # the frame's own padding, 6 pt each side
    height = doc.height - 12
    story: list = _identity(sheet, width)
    layout = make_layout(sheet, width)
    pages = paginate(sheet, layout, height, height)
    story.append(PageBreak())
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.append(FlowchartPage(sheet, layout, page, pages))
    footer = f"{sheet.number} — Revisi {sheet.revision}"
    doc.build(story, canvasmaker=pc.numbered_canvas(footer))


def write_sop_pdf(revision_id: str, out) -> SopSheet:
    sheet = sop_sheet(revision_id)
    render_sop_pdf(sheet, out)
    return sheet

