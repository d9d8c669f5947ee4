"""Documents of a complaint: the receipt slip (A5) and the reply letter (A4).

    write_complaint_receipt(complaint_id, "tanda-terima.pdf")
    write_reply_letter(complaint_id, "jawaban.pdf")                 # protection rules apply
    write_reply_letter(complaint_id, "jawaban.pdf", identity=who)    # `who` from reveal_identity

Addressing the reply (decided here, DOMAIN.md §4 leaves it open):
* *bernama*: "Yth. Sdr./Sdri. <name>", with the address when one was given.
* *rahasia*: "Yth. Pelapor Pengaduan Nomor <number>" — the name is never printed from the
  record. A letter that goes to the complainant themself may carry the name only when the
  caller passes the `Identity` returned by `complaints.identity.reveal_identity` (which needs a
  permitted role and a reason, and is audited each time).
* *anonim*: "Yth. Pelapor Pengaduan Nomor <number>": nothing else is known; the letter is
  kept on file and handed over to whoever asks with the number.
Complaints from SP4N-LAPOR!/SIMDUMAS also name the channel and its ticket in the address.
Texts shown come from `complaints.identity.safe_text` (a confidential name written into the
complaint text is blanked).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import deadlines as complaint_deadlines
from desk_app.models.complaints import identity as complaint_identity
from desk_app.models.complaints import views as complaint_views
from desk_app.models.complaints.tables import PROTECTION_CONFIDENTIAL, PROTECTION_NAMED
from desk_app.models.core import settings
from desk_app.models.core.accounts import User
from desk_app.models.core.dates import format_date, format_datetime, local_today, office_zone
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.notice_office import printed_notice
from desk_app.models.core.office import Office
from desk_app.reports import pdf_common as pc
from desk_app.reports.formats import excerpt
from desk_app.reports.receipt import (
    A5_LAST_RESORT,
    A5_SCALES,
    NOTICE_SIZES,
    notice_block,
    qr_drawing,
)

KIND_TITLES = {"pengaduan": "PENGADUAN", "aspirasi": "ASPIRASI",
               "permintaan informasi": "PERMINTAAN INFORMASI"}


# --- data ----------------------------------------------------------------------------

@dataclass
class ComplaintReceipt:
    office: Office
    number: str
    kind: str
    channel: str
    external_ticket: str
    received: str  # "23 Desember 2026"
    registered: str  # "23 Desember 2026 10:00 WITA"
    protection: str
    complainant: str  # label: a name only for named complaints
    category: str
    service: str
    request_number: str
    summary: str
    reply_by: dt.date
    reply_days: int
    follow_up: list[str] = field(default_factory=list)
    officer_name: str = ""
    officer_nip: str = ""
    privacy_notice: str = ""  # filled in already (models/core/notice.py)


def follow_up_channels(office: Office) -> list[str]:
    """How a complainant asks about progress, from the office's own details."""
    lines = ["Datang langsung ke loket pelayanan" + (f", {office.address}" if office.address else "")]
    if office.phone:
        lines.append(f"Telepon {office.phone}")
    whatsapp = settings.get(office.code, "complaint_whatsapp")
    if whatsapp:
        lines.append(f"WhatsApp {whatsapp}")
    if office.website:
        lines.append(f"Laman {office.website}")
    if office.email:
        lines.append(f"Pos-el {office.email}")
    return lines


def receipt_data(complaint_id: str) -> ComplaintReceipt:
    c = complaint_views.get_complaint(complaint_id)
    office = Office.get_by_id(c.office)
    service = Service.get_or_none(Service.id == c.service_id) if c.service_id else None
    officer = User.get_by_id(c.registered_by_id)
    view = complaint_views.public_view(c)
    return ComplaintReceipt(
        office=office, number=c.number, kind=c.kind, channel=c.channel,
        external_ticket=c.external_ticket, received=format_date(c.received_date),
        registered=format_datetime(c.registered_at, office_zone(office)), protection=c.protection,
        complainant=complaint_identity.complainant_label(c), category=c.category,
        service=service.name if service else "", request_number=view["request_number"],
        summary=excerpt(complaint_identity.safe_text(c), 420), reply_by=view["reply_deadline"],
        reply_days=complaint_deadlines.reply_days(c), follow_up=follow_up_channels(office),
        officer_name=officer.full_name, officer_nip=officer.nip,
        privacy_notice=printed_notice(office.code),
    )


@dataclass
class ReplyLetter:
    office: Office
    letter_number: str
    place_date: str  # "Mataram, 10 Desember 2026"
    subject: str
    addressee: list[str]
    opening: str
    body: list[str]
    closing: str
    signer_position: str
    signer_name: str
    signer_nip: str


def _addressee(c, identity: complaint_identity.Identity | None) -> list[str]:
    show_name = c.protection == PROTECTION_NAMED or (identity is not None and c.protection == PROTECTION_CONFIDENTIAL)
    if show_name:
        name = identity.name if identity else c.complainant_name
        address = identity.address if identity else c.complainant_address
        lines = [f"Yth. Sdr./Sdri. {name}"] + [line for line in (address or "").splitlines() if line.strip()]
    else:
        lines = [f"Yth. Pelapor Pengaduan Nomor {c.number}"]
    if c.external_ticket:
        lines.append(f"melalui {c.channel} (tiket {c.external_ticket})")
    lines.append("di Tempat")
    return lines


def reply_letter_data(complaint_id: str, identity: complaint_identity.Identity | None = None) -> ReplyLetter:
    """The letter's content. `identity` (from `reveal_identity`) is used only for a
    *rahasia* complaint whose letter goes to the complainant themself."""
    c = complaint_views.get_complaint(complaint_id)
    if not c.reply_number or not c.reply_date:
        raise ValidationError("Jawaban belum dicatat; surat jawaban belum dapat dicetak.", "reply")
    office = Office.get_by_id(c.office)
    ticket = f" (tiket {c.channel} {c.external_ticket})" if c.external_ticket else ""
    opening = (f"Menindaklanjuti {c.kind} Saudara yang kami terima pada tanggal "
               f"{format_date(c.received_date)} melalui {c.channel} dengan nomor {c.number}{ticket}, "
               f"mengenai {c.category}, dengan hormat kami sampaikan hal-hal sebagai berikut:")
    days = settings.get(c.office, "complaint_days_close")
    closing = (f"Apabila Saudara belum puas dengan jawaban ini, kami menunggu tanggapan Saudara paling "
               f"lambat {days} hari kerja sejak surat ini diterima, dengan menyebut nomor pengaduan di atas. "
               "Demikian kami sampaikan. Atas perhatian dan partisipasi Saudara dalam perbaikan "
               "pelayanan publik, kami ucapkan terima kasih.")
    return ReplyLetter(
        office=office, letter_number=c.reply_number,
        place_date=f"{office.city or 'Mataram'}, {format_date(c.reply_date)}",
        subject=f"Jawaban atas {c.kind.capitalize()} Nomor {c.number}",
        addressee=_addressee(c, identity), opening=opening,
        body=[p.strip() for p in c.reply_text.split("\n\n") if p.strip()], closing=closing,
        signer_position=settings.get(c.office, "head_position"),
        signer_name=settings.get(c.office, "head_name"), signer_nip=settings.get(c.office, "head_nip"),
    )


# --- rendering -----------------------------------------------------------------------

def _style(name: str, size: float, bold: bool = False, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, parent=pc.base_styles()["body"], fontSize=size, leading=size * 1.3,
                          fontName=pc.FONT_BOLD if bold else pc.FONT, **kw)


def _receipt_story(data: ComplaintReceipt, width: float, k: float) -> tuple[list, Table]:
    """The slip's story at scale `k` (1: the normal size), and its signature block."""
    e = pc.escape
    label, value = _style("label", 8.5 * k), _style("value", 8.5 * k)
    bold, small = _style("bold", 8.5 * k, True), _style("small", 7.5 * k)
    center = _style("center", 8 * k, alignment=TA_CENTER)
    story: list = [pc.Letterhead(data.office, width), Spacer(1, 2 * mm),
                   Paragraph(f"TANDA TERIMA {KIND_TITLES.get(data.kind, 'PENGADUAN')}",
                             _style("title", 11.5 * k, True, alignment=TA_CENTER)), Spacer(1, 2 * mm)]
    number_block = [Paragraph("Nomor Pengaduan", center),
                    Paragraph(e(data.number), _style("number", 17 * k, True, alignment=TA_CENTER)),
                    Paragraph(f"Diterima {e(data.received)}", center)]
    box = Table([[number_block, qr_drawing(data.number, 22 * mm)]], colWidths=[width - 28 * mm, 28 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [box, Spacer(1, 2.5 * mm)]
    rows = [("Jenis", data.kind.capitalize()), ("Saluran", data.channel)]
    if data.external_ticket:
        rows.append((f"Nomor tiket {data.channel}", data.external_ticket))
    rows += [("Pelapor", data.complainant), ("Kategori", data.category)]
    if data.service:
        rows.append(("Layanan", data.service))
    if data.request_number:
        rows.append(("Nomor permohonan", data.request_number))
    rows += [("Pokok pengaduan", data.summary), ("Dicatat", data.registered)]
    table = Table([[Paragraph(e(k), label), Paragraph(e(v), value)] for k, v in rows],
                  colWidths=[32 * mm, width - 32 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    story += [table, Spacer(1, 2 * mm),
              Paragraph(f"Jawaban paling lambat <b>{e(format_date(data.reply_by, weekday=True))}</b> "
                        f"({data.reply_days} hari kerja sejak diterima).", value)]
    if data.protection != PROTECTION_NAMED:
        note = ("Identitas pelapor dirahasiakan." if data.protection == PROTECTION_CONFIDENTIAL
                else "Pengaduan anonim: simpan nomor ini, jawaban diberikan kepada pemegang nomor.")
        story.append(Paragraph(e(note), value))
    story += [Spacer(1, 2 * mm),
              Paragraph("Tanyakan perkembangan dengan menyebut nomor pengaduan di atas, melalui:", bold)]
    story += [Paragraph(f"- {e(line)}", small) for line in data.follow_up]
    officer = [Paragraph("Petugas penerima,", value), Spacer(1, 9 * mm),
               Paragraph(f"<u>{e(data.officer_name)}</u>", bold)]
    if data.officer_nip:
        officer.append(Paragraph(f"NIP {e(data.officer_nip)}", value))
    sign = Table([["", officer]], colWidths=[width / 2, width / 2])
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return story + [Spacer(1, 2 * mm)], sign


def _height(flowables: list, width: float) -> float:
    return sum(f.wrap(width, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def render_receipt(data: ComplaintReceipt, out) -> None:
    """The A5 slip handed (or sent) to the complainant, on one sheet: a long summary and
    many follow-up channels shrink the print a little, the privacy notice shrinks first."""
    margin = 11 * mm
    width = A5[0] - 2 * margin - 12
    room = A5[1] - 18 * mm - 12
    fitted = None
    for k in A5_SCALES + A5_LAST_RESORT:
        story, sign = _receipt_story(data, width, k)
        used = _height(story + [sign], width)
        for size in NOTICE_SIZES:
            block = notice_block(data.privacy_notice, width, min(size, 7.5 * k))
            fitted = story + [KeepTogether(sign)] + block
            if used + _height(block, width) <= room:
                break
        else:
            continue
        break
    doc = SimpleDocTemplate(out, pagesize=A5, leftMargin=margin, rightMargin=margin, topMargin=9 * mm,
                            bottomMargin=9 * mm, title=f"Tanda terima {data.number}", author="Loket Prima")
    doc.build(fitted)


def render_reply_letter(data: ReplyLetter, out) -> None:
    """The official A4 reply letter: letterhead, Nomor/Lampiran/Perihal, addressee, body,
    signature block of the head (office options head_position/head_name/head_nip)."""
    e = pc.escape
    doc = pc.a4_document(out, title=f"Surat {data.letter_number}", topMargin=1.2 * cm)
    body = _style("letter", 11, alignment=TA_JUSTIFY, spaceAfter=7)
    plain = _style("plain", 11)
    story: list = [pc.Letterhead(data.office, doc.width), Spacer(1, 4 * mm)]
    head = [[Paragraph("Nomor", plain), Paragraph(":", plain), Paragraph(e(data.letter_number), plain),
             Paragraph(e(data.place_date), _style("date", 11, alignment=2))],
            [Paragraph("Lampiran", plain), Paragraph(":", plain), Paragraph("-", plain), ""],
            [Paragraph("Perihal", plain), Paragraph(":", plain), Paragraph(e(data.subject), plain), ""]]
    inner = doc.width - 12  # the frame's own padding
    table = Table(head, colWidths=[2.2 * cm, 0.4 * cm, inner - 8.6 * cm, 6 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [table, Spacer(1, 8 * mm)]
    story += [Paragraph(e(line), plain) for line in data.addressee]
    story += [Spacer(1, 8 * mm), Paragraph(e(data.opening), body)]
    story += [Paragraph(e(p), _style("reply", 11, alignment=TA_JUSTIFY, spaceAfter=7, leftIndent=0.8 * cm))
              for p in data.body]
    story += [Paragraph(e(data.closing), body), Spacer(1, 6 * mm)]
    signer = [Paragraph(e(data.signer_position) + ",", plain), Spacer(1, 22 * mm),
              Paragraph(f"<b><u>{e(data.signer_name) or '&nbsp;' * 40}</u></b>", plain)]
    if data.signer_nip:
        signer.append(Paragraph(f"NIP {e(data.signer_nip)}", plain))
    sign = Table([["", signer]], colWidths=[inner - 8 * cm, 8 * cm], hAlign="LEFT")
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(KeepTogether(sign))
    printed = format_date(local_today(office_zone(data.office)))
    doc.build(story, canvasmaker=pc.numbered_canvas(f"Jawaban pengaduan, dicetak {printed}"))


def write_complaint_receipt(complaint_id: str, out) -> ComplaintReceipt:
    data = receipt_data(complaint_id)
    render_receipt(data, out)
    return data


def write_reply_letter(complaint_id: str, out, identity: complaint_identity.Identity | None = None) -> ReplyLetter:
    data = reply_letter_data(complaint_id, identity)
    render_reply_letter(data, out)
    return data
