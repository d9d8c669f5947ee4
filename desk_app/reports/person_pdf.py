"""What the office holds on one person (models/privacy/person.py), as an A4 PDF under the
letterhead: requests with the personal data as held, the applicant record, receipts
printed, timeline and SOP step notes, named complaints and corrections, each with its
date and who recorded it; "Halaman x dari y" on every page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk_app.models.core import dates
from desk_app.models.core.nik import mask_nik
from desk_app.models.privacy.person import PersonRecord
from desk_app.reports import pdf_common as pc

_S = pc.base_styles()
CELL = ParagraphStyle("person_cell", parent=_S["small"], fontSize=8, leading=9.8)
HEAD = ParagraphStyle("person_head", parent=CELL, fontName=pc.FONT_BOLD)
NONE = ParagraphStyle("person_none", parent=CELL, fontName=pc.FONT_ITALIC,
                      textColor=colors.HexColor("#555555"))
HEADING = ParagraphStyle("person_heading", parent=_S["heading"], keepWithNext=1)
GREY = colors.HexColor("#e8e8e8")


def _p(text, style=CELL) -> Paragraph:
    return Paragraph(pc.escape(text), style)


def _grid(head: list[str], rows: list[list[str]], widths: list[float | None],
          width: float) -> Table:
    fixed = sum(w for w in widths if w)
    free = [i for i, w in enumerate(widths) if not w]
    widths = [w or (width - fixed) / len(free) for w in widths]
    data = [[_p(h, HEAD) for h in head]] + [[_p(v) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), GREY)]))
    return table


def _pairs(rows: list[tuple[str, str]], width: float) -> Table:
    table = Table([[_p(k, HEAD), _p(v)] for k, v in rows], colWidths=[3.6 * cm, width - 3.6 * cm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


class _Writer:
    def __init__(self, person: PersonRecord, width: float):
        self.person = person
        self.tz = person.tz
        self.width = width

    def when(self, at) -> str:
        return dates.format_datetime(at, self.tz) if at else "-"

    def section(self, title: str, body, count: int, none_text: str) -> list:
        heading = Paragraph(pc.escape(f"{title} ({count})"), HEADING)
        if not count:
            return [heading, _p(none_text, NONE)]
        return [heading, body() if callable(body) else body]

    def requests(self) -> list:
        blocks = []
        for r in self.person.requests:
            rows = [("Nomor permohonan", r.number), ("Layanan", r.service),
                    ("Didaftarkan", f"{self.when(r.registered_at)} oleh {r.registered_by}"),
                    ("Batas penyelesaian", dates.format_date(r.due_date)),
                    ("Status", r.status + (f" — {r.status_note}" if r.status_note else "")),
                    ("Nama", r.name), ("NIK", r.nik), ("Telepon", r.phone or "-"),
                    ("Alamat", r.address or "-"), ("Lembaga", r.institution or "-"),
                    ("Berkas diserahkan", "; ".join(r.documents) or "-")]
            if r.finished_at:
                rows.append(("Selesai", self.when(r.finished_at)))
            if r.delivered_at:
                rows.append(("Diserahkan", f"{self.when(r.delivered_at)} kepada {r.delivered_to}"))
            table = _pairs(rows, self.width)
            table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black)]))
            blocks.append(KeepTogether([table, Spacer(1, 4)]))
        return blocks

    def applicants(self) -> Table:
        rows = [[a.name, a.nik, a.phone or "-", a.address or "-", a.institution or "-",
                 self.when(a.updated_at)] for a in self.person.applicants]
        return _grid(["Nama", "NIK", "Telepon", "Alamat", "Lembaga", "Terakhir diperbarui"],
                     rows, [3.2 * cm, 3.1 * cm, 2.4 * cm, None, 2.4 * cm, 2.6 * cm], self.width)

    def entries(self, entries, third: str) -> Table:
        rows = [[self.when(e.at), e.number, e.what, e.by, e.text] for e in entries]
        return _grid(["Waktu", "Nomor", third, "Dicatat oleh", "Catatan"], rows,
                     [2.5 * cm, 2.6 * cm, 5.0 * cm, 2.8 * cm, None], self.width)

    def receipts(self) -> Table:
        rows = [[self.when(e.at), e.number, e.what, e.by] for e in self.person.receipts]
        return _grid(["Waktu", "Nomor permohonan", "Peristiwa", "Petugas"], rows,
                     [3.2 * cm, 3.4 * cm, None, 4.2 * cm], self.width)

    def complaints(self) -> list:
        blocks = []
        for c in self.person.complaints:
            rows = [("Nomor pengaduan", c.number),
                    ("Diterima", f"{dates.format_date(c.received_date)}; dicatat "
                                 f"{self.when(c.registered_at)} oleh {c.registered_by}"),
                    ("Terkait karena", c.tied_by),
                    ("Jenis / saluran", f"{c.kind} / {c.channel} / {c.category}"),
                    ("Tahap", c.stage)]
            if c.by_person:
                rows[4:4] = [("Nama pelapor", c.name), ("Kontak", c.contact or "-"),
                             ("Alamat", c.address or "-"), ("Isi pengaduan", c.text)]
            if c.reply_text:
                rows.append(("Jawaban", f"{dates.format_date(c.reply_date)}: {c.reply_text}"))
            for e in c.events:
                rows.append((self.when(e.at), f"{e.what} — {e.by}" + (f": {e.text}" if e.text else "")))
            table = _pairs(rows, self.width)
            table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black)]))
            blocks.append(table)
            blocks.append(Spacer(1, 4))
        return blocks

    def corrections(self) -> Table:
        rows = [[self.when(c.at), c.number, c.label, c.old, c.new, c.by, c.reason]
                for c in self.person.corrections]
        return _grid(["Waktu", "Nomor", "Data", "Semula", "Menjadi", "Oleh", "Alasan"], rows,
                     [2.3 * cm, 2.7 * cm, 1.6 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, None], self.width)


def render_person_pdf(person: PersonRecord, out, printed_by: str = "") -> None:
    doc = pc.a4_document(out, title=f"Data pribadi NIK {mask_nik(person.nik)}",
                         leftMargin=1.8 * cm, rightMargin=1.8 * cm)
    w = _Writer(person, doc.width)
    counts = person.counts()
    printed = w.when(person.gathered_at) + (f" oleh {printed_by}" if printed_by else "")
    story = [
        pc.Letterhead(person.office, doc.width),
        Paragraph("DATA PRIBADI YANG DISIMPAN KANTOR", _S["title"]),
        Paragraph(pc.escape("Atas permintaan pemilik data (UU 27/2022 tentang Pelindungan "
                            "Data Pribadi)"), _S["subtitle"]),
        Spacer(1, 6),
        _pairs([("NIK", person.nik), ("Kantor", f"{person.office.name} ({person.office.code})"),
                ("Disusun", printed),
                ("Tidak termasuk", "formulir survei kepuasan masyarakat (anonim, tidak terkait "
                                   "dengan orang) dan identitas pelapor pengaduan rahasia atau "
                                   "anonim")], doc.width),
    ]
    story += w.section("A. Permohonan layanan", w.requests, counts["requests"],
                       "Tidak ada permohonan dengan NIK ini.")
    story += w.section("B. Data pemohon tersimpan", w.applicants, counts["applicants"],
                       "Tidak ada data pemohon tersimpan.")
    story += w.section("C. Tanda terima dicetak", w.receipts, counts["receipts"],
                       "Tidak ada tanda terima yang tercatat dicetak.")
    story += w.section("D. Riwayat dan catatan permohonan",
                       lambda: w.entries(person.notes, "Peristiwa"), counts["notes"],
                       "Tidak ada riwayat.")
    story += w.section("E. Catatan langkah SOP",
                       lambda: w.entries(person.step_notes, "Langkah"), counts["step_notes"],
                       "Tidak ada catatan pada langkah SOP.")
    story += w.section("F. Pengaduan bernama terkait pemilik data", w.complaints, counts["complaints"],
                       "Tidak ada pengaduan bernama yang terkait.")
    story += w.section("G. Koreksi data pribadi", w.corrections, counts["corrections"],
                       "Tidak ada koreksi.")
    flat = []
    for item in story:
        flat.extend(item if isinstance(item, list) else [item])
    footer = f"Data pribadi NIK {mask_nik(person.nik)} — disusun {printed}"
    doc.build(flat, canvasmaker=pc.numbered_canvas(footer))
