"""The period report as an A4 PDF (reportlab platypus), rendered from ReportData.

    render_pdf(data, "laporan.pdf")      # or a binary file object

The key figures of each section are the rows declared once in figure_rows; a running
period is titled and footed "SEMENTARA".
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from desk_app.reports import figure_rows as fr
from desk_app.reports import pdf_common as pc
from desk_app.reports.charts import GRADE_BANDS, hbar_chart
from desk_app.reports.formats import NO_DATA, excerpt, number, percent, service_list
from desk_app.reports.pdf_blocks import (
    TOP_DEVIATIONS,
    LetterheadLines,
    PdfBlocks,
    format_date_short,
)
from desk_app.reports.report_data import ReportData


class PdfReport(PdfBlocks):
    """One method per part of the document; `build()` assembles the story."""

    # --- parts --------------------------------------------------------------------------
    def cover(self) -> list:
        c = self.data.cover
        story = [LetterheadLines(c.letterhead, c.office_name, self.width), Spacer(1, 6)]
        story.append(self.p(pc.escape(c.heading.upper(), pc.FONT_BOLD), "title"))
        story.append(self.u(c.office_name, "subtitle"))
        if c.unit:
            story.append(self.u(c.unit, "subtitle"))
        story.append(self.p(f"Periode: {pc.escape(c.period_text)}", "subtitle"))
        if c.provisional:
            story.append(self.p(f"<b>SEMENTARA</b>: periode belum berakhir; angka per "
                                f"{pc.escape(c.as_of_text)}, dapat berubah.", "subtitle"))
        story.append(Spacer(1, 8))
        if self.data.empty:
            story.append(self.p(f"<b>{NO_DATA}</b> Tidak ada permohonan, pengaduan, maupun "
                                "survei yang tercatat.", "body"))
        return story

    def summary(self) -> list:
        return [self.p("Ringkasan", "heading"), self.figures(fr.summary_rows(self.data))]

    def requests(self) -> list:
        r = self.data.requests
        story = self.heading("A. Permohonan Layanan")
        if r.empty:
            return story + [self.no_data()]
        story.append(self.figures(fr.request_rows(r, self.data.cover)))
        story += [Spacer(1, 6)] + self.sub("Rincian per layanan")
        w = self.width
        rows = [["Kode", "Layanan", "Diterima", "Selesai", "Tepat waktu",
                 "Dalam proses", "Rata-rata hari kerja",
                 "Standar (hari kerja)"]]
        for row in r.services:
            rows.append([self.t(row.code), self.t(row.name), number(row.received),
                         number(row.finished),
                         f"{number(row.on_time)} ({percent(row.on_time_share)})",
                         number(row.in_process_at_end), number(row.avg_working_days, 1),
                         number(row.standard_days)])
        rows.append(["", self.p("<b>Jumlah</b>"), number(r.received), number(r.finished),
                     f"{number(r.finished_on_time)} ({percent(r.on_time_share)})",
                     number(r.in_process_at_end), "", ""])
        story.append(self.table(rows, [w * f for f in (.10, .25, .095, .095, .14, .105, .11, .105)],
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
        story.append(self.figures(fr.sop_rows(s)))
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
        story.append(self.figures(fr.complaint_rows(k, self.data.cover)))
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
        story.append(self.figures(fr.skm_rows(s)))
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
        anchor = [Spacer(1, 10), self.p(pc.escape(g.anchor), "small")] if g.anchor else []
        return [Spacer(1, 16), KeepTogether([block, *anchor])]

    def build(self, out) -> None:
        c = self.data.cover
        doc = pc.a4_document(out, title=c.heading)
        self.width = doc.width
        story = self.cover() + self.summary() + self.requests() + self.sop()
        story += self.complaints() + self.skm() + self.offices() + self.signature()
        doc.build(story, canvasmaker=pc.numbered_canvas(c.footer))




def render_pdf(data: ReportData, out) -> None:
    """Write the report to `out` (a path or a binary file object)."""
    PdfReport(data).build(out)


__all__ = ["render_pdf", "PdfReport"]
