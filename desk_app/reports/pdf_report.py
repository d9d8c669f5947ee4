"""The period report as an A4 PDF (reportlab platypus), rendered from ReportData.

    render_pdf(data, "laporan.pdf")      # or a binary file object
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.reports import pdf_common as pc
from desk_app.reports.charts import GRADE_BANDS, hbar_chart
from desk_app.reports.formats import NO_DATA, excerpt, number, percent, service_list
from desk_app.reports.report_data import ReportData

HEADER_BG = colors.HexColor("#DCE6F1")
TOTAL_BG = colors.HexColor("#F2F2F2")
GRID = colors.HexColor("#808080")
TOP_DEVIATIONS = 20  # the weakest steps; the workbook lists every one
CELL_SIZE, CELL_LEADING = 9, 11  # table text, whether a plain cell or a paragraph


class _LetterheadLines(Flowable):
    """The letterhead from the lines gathered into ReportData (no Office row needed)."""

    def __init__(self, lines: list[str], name: str, width: float):
        super().__init__()
        self.office = type("_Office", (), {"letterhead": lines, "name": name, "address": ""})()
        self.width = width
        self.height = pc.letterhead_height(self.office, width)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        pc.draw_letterhead(self.canv, self.office, 0, self.height, self.width)


class _Para(Paragraph):
    """A paragraph that breaks its lines once per width. A table wraps every cell to size
    its row, again for what is left of it on each new page, and again to draw it."""

    _wrapped: tuple | None = None  # (width, size)

    def wrap(self, avail_width, avail_height):
        if self._wrapped is None or self._wrapped[0] != avail_width:
            self._wrapped = (avail_width, super().wrap(avail_width, avail_height))
        return self._wrapped[1]


class _Text:
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


class PdfReport:
    """One method per part of the document; `build()` assembles the story."""

    def __init__(self, data: ReportData):
        self.data = data
        self.s = pc.base_styles()
        self.s["cell"] = ParagraphStyle("cell9", parent=self.s["cell"], fontSize=CELL_SIZE,
                                        leading=CELL_LEADING)
        self.s["head"] = ParagraphStyle("head", parent=self.s["cell"], fontName=pc.FONT_BOLD,
                                        fontSize=8.5, leading=10)
        self.width = 0.0

    # --- small helpers -----------------------------------------------------------------
    def p(self, text: str, style: str = "cell") -> Paragraph:
        """A paragraph from trusted markup (callers escape user text first)."""
        return _Para(text, self.s[style])

    def u(self, text, style: str = "cell") -> Paragraph:
        """A paragraph from user text, escaped."""
        return _Para(pc.escape(latin1(text)), self.s[style])

    def t(self, text) -> _Text:
        """User text for a table cell: a plain string, broken into lines when it does not
        fit its column (decided in `table`, which knows the widths)."""
        return _Text(latin1(text))

    def _fit(self, cell, width: float):
        """User text as a plain cell (drawn as is: no markup is interpreted), broken into
        lines here when it does not fit: a paragraph per cell, its markup parsed and its
        lines broken again on every page, made the long listings several times slower."""
        if not isinstance(cell, _Text):
            return cell
        room = width - 8  # the cell's left and right padding
        if "\n" not in cell.text and stringWidth(cell.text, pc.FONT, CELL_SIZE) <= room:
            return cell.text
        return "\n".join(pc.split_lines(cell.text, pc.FONT, CELL_SIZE, room))

    def table(self, rows: list[list], widths: list[float], numeric_from: int = 1,
              total_row: bool = False, text_cols: tuple[int, ...] = ()) -> Table:
        header = [self.p(h, "head") if isinstance(h, str) else h for h in rows[0]]
        body = [[self._fit(cell, w) for cell, w in zip(row, widths, strict=False)]
                for row in rows[1:]]
        table = Table([header] + body, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), pc.FONT),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        style += [("ALIGN", (col, 1), (col, -1), "LEFT") for col in text_cols]
        if total_row:
            style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
                      ("FONTNAME", (0, -1), (-1, -1), pc.FONT_BOLD)]
        table.setStyle(TableStyle(style))
        return table

    def figures(self, pairs: list[tuple[str, str]]) -> Table:
        """A two-column 'Uraian | Jumlah' table of key figures."""
        rows = [["Uraian", "Jumlah"]] + [[self.p(label), value] for label, value in pairs]
        return self.table(rows, [self.width * 0.7, self.width * 0.3])

    def heading(self, text: str) -> list:
        return [CondPageBreak(4 * cm), self.p(text, "heading")]

    def sub(self, text: str) -> list:
        """A sub-heading kept on the same page as the start of what follows it."""
        return [CondPageBreak(3.5 * cm), self.p(text, "bold")]

    def no_data(self) -> Paragraph:
        return self.p(f"<i>{NO_DATA}</i>", "body")

    # --- parts --------------------------------------------------------------------------
    def cover(self) -> list:
        c = self.data.cover
        story = [_LetterheadLines(c.letterhead, c.office_name, self.width), Spacer(1, 6)]
        story.append(self.p(pc.escape(c.title.upper()), "title"))
        story.append(self.u(c.office_name, "subtitle"))
        if c.unit:
            story.append(self.u(c.unit, "subtitle"))
        story.append(self.p(f"Periode: {pc.escape(c.period_text)}", "subtitle"))
        story.append(Spacer(1, 8))
        if self.data.empty:
            story.append(self.p(f"<b>{NO_DATA}</b> Tidak ada permohonan, pengaduan, maupun "
                                "survei yang tercatat.", "body"))
        return story

    def summary(self) -> list:
        d = self.data
        r, k, s = d.requests, d.complaints, d.skm
        pairs = [
            ("Permohonan diterima", number(r.received)),
            ("Permohonan selesai", number(r.finished)),
            ("Selesai tepat waktu", f"{number(r.finished_on_time)} ({percent(r.on_time_share)})"),
            ("Pengaduan diterima", number(k.received)),
            ("Jawaban pengaduan tepat waktu",
             f"{number(k.replied_on_time)} dari {number(k.replied)} ({percent(k.on_time_share)})"),
            ("Responden SKM", number(s.respondents)),
            ("Indeks Kepuasan Masyarakat (IKM)",
             f"{number(s.ikm, 2)} ({s.grade}, {s.performance})" if s.ikm is not None else "–"),
        ]
        return [self.p("Ringkasan", "heading"), self.figures(pairs)]

    def requests(self) -> list:
        r = self.data.requests
        story = self.heading("A. Permohonan Layanan")
        if r.empty:
            return story + [self.no_data()]
        story.append(self.figures([
            ("Permohonan diterima", number(r.received)),
            ("Permohonan selesai", number(r.finished)),
            ("Selesai tepat waktu (sesuai jangka waktu standar pelayanan)",
             f"{number(r.finished_on_time)} ({percent(r.on_time_share)})"),
            ("Melewati batas waktu pada akhir periode", number(r.overdue_at_end)),
            ("Ditolak", number(r.rejected)),
            ("Dibatalkan", number(r.void)),
            ("Didaftarkan dengan berkas belum lengkap", number(r.incomplete)),
        ]))
        story += [Spacer(1, 6)] + self.sub("Rincian per layanan")
        w = self.width
        rows = [["Kode", "Layanan", "Diterima", "Selesai", "Tepat waktu",
                 "Rata-rata hari kerja", "Standar (hari kerja)"]]
        for row in r.services:
            rows.append([self.t(row.code), self.t(row.name), number(row.received),
                         number(row.finished),
                         f"{number(row.on_time)} ({percent(row.on_time_share)})",
                         number(row.avg_working_days, 1), number(row.standard_days)])
        rows.append(["", self.p("<b>Jumlah</b>"), number(r.received), number(r.finished),
                     f"{number(r.finished_on_time)} ({percent(r.on_time_share)})", "", ""])
        story.append(self.table(rows, [w * f for f in (.12, .32, .09, .09, .14, .12, .12)],
                                numeric_from=2, total_row=True))
        chart = self.data.chart_requests_per_service()
        if chart:
            story.append(Spacer(1, 8))
            story.append(hbar_chart([(code, [a, b]) for code, a, b in chart],
                                    ["Diterima", "Selesai"], w,
                                    "Grafik 1. Permohonan per layanan", label_width=70))
        return story

    def sop(self) -> list:
        s = self.data.sop
        story = self.heading("B. Kepatuhan terhadap SOP")
        if s.empty:
            return story + [self.no_data()]
        story.append(self.figures([
            ("Langkah SOP dikerjakan", number(s.steps_done)),
            ("Langkah dalam batas waktu standar",
             f"{number(s.within_standard)} ({percent(s.within_share)})"),
            ("Serah terima berkas antarpetugas", number(s.handovers)),
        ]))
        w = self.width
        if s.sops:
            story += [Spacer(1, 6)] + self.sub("Rincian per SOP")
            rows = [["SOP", "Langkah", "Dalam waktu", "Serah terima", "Rata-rata hari kerja",
                     "Standar (hari kerja)"]]
            for row in s.sops:
                title = pc.escape(row.title) + (f"<br/><font size=7.5>{pc.escape(row.number)}"
                                                "</font>" if row.number else "")
                rows.append([self.p(title), number(row.steps_done),
                             f"{number(row.within_standard)} ({percent(row.within_share)})",
                             number(row.handovers), number(row.avg_working_days, 1),
                             number(row.standard_days)])
            story.append(self.table(rows, [w * f for f in (.38, .1, .16, .11, .13, .12)]))
        story += [Spacer(1, 6)] + self.sub("Penyimpangan per langkah SOP (titik lemah)")
        if not s.deviations:
            story.append(self.p("<i>Tidak ada langkah yang dilewati atau dikerjakan tidak "
                                "berurutan.</i>", "body"))
        else:
            rows = [["SOP", "No.", "Kegiatan", "Penyimpangan"]]
            for row in s.deviations[:TOP_DEVIATIONS]:
                rows.append([self.t(row.sop_title), str(row.position), self.t(row.activity),
                             number(row.count)])
            story.append(self.table(rows, [w * f for f in (.32, .07, .46, .15)], numeric_from=3))
            rest = len(s.deviations) - TOP_DEVIATIONS
            if rest > 0:
                story.append(self.p(f"<i>{number(rest)} langkah lain dengan penyimpangan lebih "
                                    "sedikit tercantum pada lembar SOP berkas Excel.</i>", "small"))
        return story

    def complaints(self) -> list:
        k = self.data.complaints
        story = self.heading("C. Pengaduan")
        if k.empty:
            return story + [self.no_data()]
        story.append(self.figures([
            ("Pengaduan diterima", number(k.received)),
            ("Dijawab", number(k.replied)),
            ("Dijawab dalam batas waktu", f"{number(k.replied_on_time)} ({percent(k.on_time_share)})"),
            ("Rata-rata hari kerja sampai jawaban", number(k.avg_days_reply, 1)),
            ("Rata-rata hari kerja sampai selesai", number(k.avg_days_close, 1)),
            ("Melewati batas waktu tahapan", number(len(k.overdue))),
        ]))
        w = self.width
        half = (w - 12) / 2
        blocks = []
        for title, counts in (("Jenis", k.by_kind), ("Saluran", k.by_channel),
                              ("Kategori", k.by_category), ("Tahapan", k.by_stage)):
            rows = [[title, "Jumlah"]] + [[self.t(label), number(n)] for label, n in counts.items()]
            rows.append([self.p("<b>Jumlah</b>"), number(sum(counts.values()))])
            blocks.append(self.table(rows, [half * 0.72, half * 0.28], total_row=True))
        grid = Table([[blocks[0], blocks[1]], [blocks[2], blocks[3]]], colWidths=[half + 6] * 2,
                     hAlign="LEFT")
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        story += [Spacer(1, 6), grid]
        chart = self.data.chart_complaints_by_stage()
        if chart:
            story.append(hbar_chart([(stage, [n]) for stage, n in chart], ["Pengaduan"], w,
                                    "Grafik 2. Pengaduan menurut tahapan", label_width=90))
        story += [Spacer(1, 6)] + self.sub("Pengaduan yang melewati batas waktu tahapan")
        if not k.overdue:
            story.append(self.p("<i>Tidak ada pengaduan yang melewati batas waktu.</i>", "body"))
        else:
            rows = [["Nomor", "Diterima", "Kategori", "Tahapan", "Batas", "Lewat (hari kerja)",
                     "Pokok pengaduan"]]
            for row in k.overdue:
                rows.append([self.t(row.number), format_date_short(row.received_date),
                             self.t(row.category), self.t(row.stage),
                             format_date_short(row.stage_due), number(row.days_overdue),
                             self.t(excerpt(row.text, 120))])
            story.append(self.table(rows, [w * f for f in (.17, .11, .13, .11, .11, .09, .28)],
                                    numeric_from=5, text_cols=(6,)))
        return story

    def skm(self) -> list:
        s = self.data.skm
        story = self.heading("D. Survei Kepuasan Masyarakat (SKM)")
        if s.empty:
            return story + [self.no_data()]
        sample = "–"
        if s.sample_minimum is not None:
            verdict = "terpenuhi" if s.sample_met else "belum terpenuhi"
            sample = f"minimal {number(s.sample_minimum)}: {verdict}"
        story.append(self.figures([
            ("Jumlah responden", number(s.respondents)),
            ("Nilai IKM (skala 1–4)", number(s.ikm_unit, 4)),
            ("Nilai IKM (skala 25–100)", number(s.ikm, 2)),
            ("Mutu pelayanan", s.grade or "–"),
            ("Kinerja unit pelayanan", s.performance or "–"),
            ("Populasi: permohonan periode sebelumnya", number(s.population)),
            ("Kecukupan sampel (Krejcie–Morgan)", sample),
        ]))
        w = self.width
        story.append(Spacer(1, 6))
        rows = [["Kode", "Unsur pelayanan", "Jawaban", "Jumlah nilai", "NRR", "Nilai (NRR×25)",
                 "Mutu"]]
        for e in s.elements:
            rows.append([e.code, self.t(e.name), number(e.answers), number(e.total),
                         number(e.nrr, 4), number(e.score, 2), e.grade or "–"])
        rows.append(["", self.p("<b>IKM</b> = jumlah (NRR × 1/9) × 25"), "", "",
                     number(s.ikm_unit, 4), number(s.ikm, 2), s.grade or "–"])
        story.append(KeepTogether([self.p("Nilai per unsur pelayanan", "bold"), self.table(
            rows, [w * f for f in (.07, .37, .1, .12, .11, .14, .09)], numeric_from=2,
            total_row=True)]))
        chart = self.data.chart_element_scores()
        if chart:
            names = {e.code: e.name for e in s.elements}
            story.append(Spacer(1, 8))
            story.append(KeepTogether(hbar_chart(
                [(f"{code} {names.get(code, '')}", [score]) for code, score in chart],
                ["Nilai"], w, "Grafik 3. Nilai unsur pelayanan dan rentang mutu",
                scale=(25.0, 100.0), decimals=2, bands=GRADE_BANDS, label_width=150)))
        story += self.profile()
        story += [CondPageBreak(3 * cm), self.p("Saran dan masukan responden", "bold")]
        if not s.suggestions:
            story.append(self.p("<i>Tidak ada saran tertulis pada periode ini.</i>", "body"))
        else:
            # the same suggestion written on many forms is one row with its count
            rows = [["No.", "Saran/masukan", "Jumlah", "Layanan", "Tanggal"]]
            for i, sug in enumerate(s.suggestions, 1):
                days = format_date_short(sug.first_date)
                if sug.last_date != sug.first_date:
                    days += f" s.d. {format_date_short(sug.last_date)}"
                rows.append([str(i), self.t(sug.text), number(sug.count),
                             self.t(service_list(sug.services)), self.t(days)])
            story.append(self.table(rows, [w * f for f in (.05, .45, .08, .15, .27)],
                                    numeric_from=2, text_cols=(3, 4)))
        return story

    def profile(self) -> list:
        tables = self.data.skm.profile
        if not tables:
            return []
        half = (self.width - 12) / 2
        blocks = []
        for t in tables:
            rows = [[t.title, "Jumlah", "%"]]
            for label, n in t.rows:
                rows.append([self.t(label), number(n), percent(n / t.total if t.total else None)])
            blocks.append(self.table(rows, [half * .56, half * .2, half * .24]))
        pairs = [blocks[i:i + 2] + [""] * (2 - len(blocks[i:i + 2]))
                 for i in range(0, len(blocks), 2)]
        grid = Table(pairs, colWidths=[half + 6] * 2, hAlign="LEFT")
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return [CondPageBreak(5 * cm), self.p("Profil responden", "bold"), grid]

    def offices(self) -> list:
        rows_data = self.data.offices
        if not rows_data:
            return []
        story = self.heading("E. Rekapitulasi per Kantor")
        w = self.width
        rows = [["Kantor", "Permohonan", "Selesai", "Tepat waktu", "Pengaduan", "Responden",
                 "IKM", "Mutu"]]
        for o in rows_data:
            rows.append([self.t(f"{o.name} ({o.code})"), number(o.requests_received),
                         number(o.requests_finished), percent(o.on_time_share),
                         number(o.complaints_received), number(o.respondents), number(o.ikm, 2),
                         o.grade or "–"])
        story.append(self.table(rows, [w * f for f in (.3, .11, .09, .11, .1, .1, .11, .08)]))
        return story

    def signature(self) -> list:
        g = self.data.signature
        left = self.width * 0.5
        lines = [
            f"{pc.escape(g.place)}, {pc.escape(g.date_text)}" if g.place else pc.escape(g.date_text),
            pc.escape(g.position),
            "<br/><br/><br/><br/>",
            f"<b><u>{pc.escape(g.name) or '.' * 40}</u></b>",
            f"NIP. {pc.escape(g.nip)}" if g.nip else "NIP. " + "." * 30,
        ]
        block = Table([["", self.p("<br/>".join(lines), "body")]], colWidths=[left, self.width - left])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [Spacer(1, 16), KeepTogether([block])]

    def build(self, out) -> None:
        c = self.data.cover
        doc = pc.a4_document(out, title=c.title)
        self.width = doc.width
        story = self.cover() + self.summary() + self.requests() + self.sop()
        story += self.complaints() + self.skm() + self.offices() + self.signature()
        footer = f"{c.title} — dicetak {c.generated_text}"
        doc.build(story, canvasmaker=pc.numbered_canvas(footer))


_LATIN1 = str.maketrans({"≤": "<=", "≥": ">=", "Σ": "Jumlah ", "…": "...", "•": "*"})


def latin1(text) -> str:
    """Text the standard Helvetica font can show (Latin-1; a few signs spelled out)."""
    text = "" if text is None else str(text).translate(_LATIN1)
    return text.encode("cp1252", "replace").decode("cp1252")


def format_date_short(day) -> str:
    return day.strftime("%d-%m-%Y") if day else "–"


def render_pdf(data: ReportData, out) -> None:
    """Write the report to `out` (a path or a binary file object)."""
    PdfReport(data).build(out)


__all__ = ["render_pdf", "PdfReport"]
