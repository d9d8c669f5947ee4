"""Tanda terima (receipt) of a registered request: A5 sheet or 80 mm thermal roll.

    data = receipt_data(request_id)
    render_receipt(data, "tanda-terima.pdf", layout="a5")   # or layout="thermal"

The data object is gathered once from the database; the renderer only draws it.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.models.core.accounts import User
from desk_app.models.core.dates import format_date, format_datetime, office_zone
from desk_app.models.core.nik import mask_nik
from desk_app.models.core.notice_office import printed_notice
from desk_app.models.core.office import Office
from desk_app.models.core.phone import mask_phone
from desk_app.models.requests.registration import missing_documents
from desk_app.models.requests.search import request_detail
from desk_app.models.requests.tables import ServiceRequest
from desk_app.reports import pdf_common as pc

LAYOUTS = ("a5", "thermal")
THERMAL_WIDTH = 80 * mm


@dataclass
class ReceiptData:
    office: Office
    number: str
    registered: str  # "24 November 2026 10:05 WITA"
    queue_number: int
    service_code: str
    service_name: str
    applicant_name: str
    nik_masked: str
    phone_masked: str
    address: str
    institution: str
    documents: list[dict] = field(default_factory=list)  # {"name", "received"}
    due_date: dt.date | None = None
    time_frame_days: int = 0
    fee: str = ""
    product: str = ""
    officer_name: str = ""
    officer_nip: str = ""
    complaint_channel: str = ""
    status: str = ""
    place_date: str = ""  # "Mataram, 24 November 2026" above the officer's signature
    privacy_notice: str = ""  # filled in already (models/core/notice.py)

    @property
    def complete(self) -> bool:
        return not missing_documents(self.documents)


def receipt_data(request_id: str) -> ReceiptData:
    req: ServiceRequest = request_detail(request_id)
    office = Office.get_by_id(req.office)
    standard = req.standard
    officer = User.get_by_id(req.registered_by_id)
    return ReceiptData(
        office=office, number=req.number,
        registered=format_datetime(req.registered_at, office_zone(office)),
        queue_number=req.queue_number, service_code=req.service.code,
        service_name=standard.name, applicant_name=req.applicant_name,
        nik_masked=mask_nik(req.applicant_nik), phone_masked=mask_phone(req.applicant_phone),
        address=req.applicant_address, institution=req.applicant_institution,
        documents=list(req.documents), due_date=req.due_date,
        time_frame_days=standard.time_frame_days, fee=standard.fee, product=standard.product,
        officer_name=officer.full_name, officer_nip=officer.nip,
        complaint_channel=standard.complaint_channel, status=req.status,
        place_date=", ".join(p for p in (office.city, format_date(req.reg_date)) if p),
        privacy_notice=printed_notice(office.code),
    )


def qr_drawing(text: str, size: float) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


class _Styles:
    def __init__(self, scale: float):
        base = pc.base_styles()["body"]

        def style(name, size, bold=False, **kw):
            return ParagraphStyle(name, parent=base, fontSize=size * scale,
                                  leading=size * scale * 1.25,
                                  fontName=pc.FONT_BOLD if bold else pc.FONT, **kw)

        self.title = style("title", 11.5, True, alignment=TA_CENTER)
        self.label = style("label", 8.5)
        self.value = style("value", 8.5)
        self.bold = style("bold", 8.5, True)
        self.small = style("small", 7)
        self.number = style("number", 17, True, alignment=TA_CENTER)
        self.center = style("center", 8, alignment=TA_CENTER)
        self.warn = style("warn", 8.5, True, textColor=colors.HexColor("#9a1c1c"))


def _story(data: ReceiptData, width: float, thermal: bool, reprint: bool,
           scale: float = 1.0) -> list:
    s = _Styles(scale)
    e = pc.escape
    story: list = [pc.Letterhead(data.office, width), Spacer(1, 2 * mm),
                   Paragraph("TANDA TERIMA BERKAS PERMOHONAN LAYANAN", s.title)]
    if reprint:
        story.append(Paragraph("(CETAK ULANG)", s.center))
    story.append(Spacer(1, 2 * mm))
    number_block = [Paragraph("Nomor Registrasi", s.center), Paragraph(e(data.number), s.number),
                    Paragraph(f"Nomor antrean: <b>{data.queue_number:03d}</b>", s.center)]
    if thermal:
        story += number_block + [Spacer(1, 1.5 * mm), _centred(qr_drawing(data.number, 26 * mm), width)]
    else:
        box = Table([[number_block, qr_drawing(data.number, 24 * mm)]],
                    colWidths=[width - 30 * mm, 30 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("ALIGN", (1, 0), (1, 0), "CENTER")]))
        story.append(box)
    story.append(Spacer(1, 2.5 * mm))

    due = format_date(data.due_date, weekday=True)
    rows = [("Tanggal/jam", data.registered),
            ("Layanan", f"{data.service_code} — {data.service_name}"),
            ("Nama pemohon", data.applicant_name), ("NIK", data.nik_masked),
            ("Telepon", data.phone_masked)]
    if data.institution:
        rows.append(("Lembaga", data.institution))
    if data.address:
        rows.append(("Alamat", data.address))
    rows += [("Perkiraan selesai", f"<b>{e(due)}</b> ({data.time_frame_days} hari kerja)"),
             ("Biaya", data.fee)]
    label_w = 24 * mm if thermal else 30 * mm
    info = Table([[Paragraph(e(k), s.label), Paragraph(":", s.label),
                   Paragraph(v if k == "Perkiraan selesai" else e(v), s.value)] for k, v in rows],
                 colWidths=[label_w, 3 * mm, width - label_w - 3 * mm])
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]))
    story += [info, Spacer(1, 2.5 * mm)]
    story += _documents(data, width, s, thermal)
    story += _signature(data, width, s, thermal)
    if data.complaint_channel:
        story += [Spacer(1, 2 * mm), Paragraph("<b>Pengaduan, saran dan masukan:</b> "
                                               + e(data.complaint_channel), s.small)]
    story += [Spacer(1, 1.5 * mm), Paragraph(
        "Simpan tanda terima ini. Tunjukkan nomor registrasi saat menanyakan atau mengambil "
        "hasil layanan. Layanan ini tidak dipungut biaya di luar ketentuan.", s.small)]
    return story


NOTICE_SIZES = (6.3, 5.8, 5.3, 4.8)  # points; the last is still legible on a laser print
A5_SCALES = (1.0, 0.94, 0.88, 0.82, 0.76, 0.7)
A5_LAST_RESORT = (0.66, 0.62, 0.58)  # only to make room for the notice


def notice_block(text: str, width: float, size: float = NOTICE_SIZES[0]) -> list:
    """The privacy notice in small print under a thin rule (nothing when there is none);
    the admin's text escaped, its line breaks kept."""
    if not text:
        return []
    style = ParagraphStyle("notice", parent=pc.base_styles()["body"], fontName=pc.FONT,
                           fontSize=size, leading=size * 1.22,
                           textColor=colors.HexColor("#333333"))
    rule = Table([[""]], colWidths=[width], rowHeights=[0.5])
    rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.3, colors.HexColor("#888888"))]))
    return [Spacer(1, 1.5 * mm), rule, Spacer(1, 0.8 * mm), Paragraph(pc.escape(text), style)]


def _fit_a5(data: ReceiptData, width: float, room: float, reprint: bool) -> list:
    """The A5 story at the largest scale that fits one sheet with the privacy notice: the
    notice first shrinks on its own, then the receipt; past the old smallest scale the
    receipt shrinks further only when the notice is what does not fit, so a receipt that
    fitted without the notice still fits with it."""
    main_fits = False
    for scale in A5_SCALES + A5_LAST_RESORT:
        if scale in A5_LAST_RESORT and not main_fits:
            break
        story = _story(data, width, False, reprint, scale)
        used = _height(story, width)
        main_fits = used <= room
        if not main_fits:
            continue
        for size in NOTICE_SIZES:
            block = notice_block(data.privacy_notice, width, min(size, 7.5 * scale))
            if used + _height(block, width) <= room:
                return story + block
    # nothing fits: the smallest print (a requirement list too long for one sheet)
    return story + notice_block(data.privacy_notice, width, NOTICE_SIZES[-1])


def _centred(flowable, width: float) -> Table:
    table = Table([[flowable]], colWidths=[width])
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return table


def _documents(data: ReceiptData, width: float, s: _Styles, thermal: bool) -> list:
    e = pc.escape
    head = "Berkas yang diserahkan" + ("" if data.complete else " — BERKAS BELUM LENGKAP")
    out: list = [Paragraph(e(head), s.warn if not data.complete else s.bold), Spacer(1, 1 * mm)]
    mark_w = 14 * mm
    rows = [[Paragraph(f"{i}.", s.value), Paragraph(e(d["name"]), s.value),
             Paragraph("Ada" if d.get("received") else "<b>BELUM</b>", s.value)]
            for i, d in enumerate(data.documents, start=1)]
    table = Table(rows, colWidths=[6 * mm, width - 6 * mm - mark_w, mark_w])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
             ("RIGHTPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999"))]
    if not thermal:
        style.append(("BOX", (0, 0), (-1, -1), 0.5, colors.black))
    for i, d in enumerate(data.documents):
        if not d.get("received"):
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3e3e3")))
    table.setStyle(TableStyle(style))
    out.append(table)
    missing = missing_documents(data.documents)
    if missing:
        out += [Spacer(1, 1 * mm), Paragraph(
            f"{len(missing)} dokumen belum diserahkan. Permohonan tetap didaftarkan; proses "
            "diselesaikan setelah kekurangan dilengkapi.", s.small)]
    return out


def _signature(data: ReceiptData, width: float, s: _Styles, thermal: bool) -> list:
    e = pc.escape
    officer = [Paragraph(e(data.place_date), s.value), Paragraph("Petugas penerima,", s.value), Spacer(1, 9 * mm if not thermal else 6 * mm),
               Paragraph(f"<u>{e(data.officer_name)}</u>", s.bold)]
    if data.officer_nip:
        officer.append(Paragraph(f"NIP {e(data.officer_nip)}", s.value))
    applicant = [Paragraph("&nbsp;", s.value), Paragraph("Pemohon,", s.value), Spacer(1, 9 * mm if not thermal else 6 * mm),
                 Paragraph(f"<u>{e(data.applicant_name)}</u>", s.bold)]
    if thermal:
        return [Spacer(1, 2.5 * mm)] + officer
    table = Table([[applicant, officer]], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 3 * mm), table]


def render_receipt(data: ReceiptData, out, layout: str = "a5", reprint: bool = False) -> None:
    """Write the receipt PDF to `out` (path or binary file object). A5 always fits one
    sheet (the text shrinks a little for long requirement lists); the thermal roll is
    one page as long as its content."""
    if layout not in LAYOUTS:
        raise ValueError(layout)
    meta = {"title": f"Tanda terima {data.number}", "author": "Loket Prima"}
    pad = 12  # the frame's own padding, 6 pt each side
    if layout == "a5":
        margin = 11 * mm
        width = A5[0] - 2 * margin - pad
        room = A5[1] - 18 * mm - pad
        story = _fit_a5(data, width, room, reprint)
        doc = SimpleDocTemplate(out, pagesize=A5, leftMargin=margin, rightMargin=margin,
                                topMargin=9 * mm, bottomMargin=9 * mm, **meta)
        doc.build(story)
        return
    margin = 3 * mm
    width = THERMAL_WIDTH - 2 * margin - pad
    story = _story(data, width, True, reprint, 0.92) + notice_block(data.privacy_notice, width)
    height = _height(story, width) + 10 * mm + pad + 8 * mm
    doc = SimpleDocTemplate(out, pagesize=(THERMAL_WIDTH, height), leftMargin=margin,
                            rightMargin=margin, topMargin=5 * mm, bottomMargin=5 * mm, **meta)
    doc.build(_story(data, width, True, reprint, 0.92) + notice_block(data.privacy_notice, width))


def _height(story: list, width: float) -> float:
    return sum(f.wrap(width, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)


def write_receipt(request_id: str, out, layout: str = "a5", reprint: bool = False) -> ReceiptData:
    """Render the receipt to `out`: a file object, or a path written through a temporary
    file beside it (a failure leaves no half file)."""
    data = receipt_data(request_id)
    if isinstance(out, (str, os.PathLike)):
        from desk_app.models.core.files import replacing

        with replacing(out, "menyimpan tanda terima") as partial:
            render_receipt(data, str(partial), layout, reprint)
    else:
        render_receipt(data, out, layout, reprint)
    return data
