"""The period report as an Excel workbook (openpyxl, write-only), rendered from ReportData.

Sheets: Ringkasan, Permohonan, SOP, Pengaduan, SKM. The first sheet carries the
letterhead, the title (with "SEMENTARA" while the period runs), the period and every
section's key figures as declared once in figure_rows. Every sheet is ready to print
(see xlsx_sheet.Sheet). Every text cell that comes from users is written as text (data
type "s", quote prefix), so "=..." never becomes a formula, and characters an XML file
cannot hold are removed. Formulas appear only in cells this module writes itself (the
SKM calculation).
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desk_app.reports import figure_rows as fr
from desk_app.reports.report_data import ReportData
from desk_app.reports.xlsx_sheet import (
    BOLD,
    BOX,
    DATE,
    DEC1_FMT,
    DEC2_FMT,
    DEC4_FMT,
    INT,
    ITALIC,
    LETTERHEAD,
    SHARE,
    TITLE,
    TOTAL_FILL,
    Sheet,
)

DEC1, DEC2, DEC4 = DEC1_FMT, DEC2_FMT, DEC4_FMT


class XlsxReport:
    def __init__(self, data: ReportData):
        self.d = data
        self.wb = Workbook(write_only=True)
        c = data.cover
        self.sub = f"{c.office_name} — {c.period_text}" + (
            f" — SEMENTARA, angka per {c.as_of_text}" if c.provisional else "")

    def summary(self) -> None:
        """The first sheet: letterhead, title and period, then every section's figures."""
        d, c = self.d, self.d.cover
        widths = [58, 18, 20] + ([12, 12, 12, 12, 10, 8] if d.offices else [])
        s = Sheet(self.wb, "Ringkasan", widths, landscape=bool(d.offices), header_row=None)
        for line in c.letterhead:
            s.append([s.cell(line, font=LETTERHEAD)])
        s.append()
        s.append([s.cell(c.heading, font=TITLE)])
        for text in (c.office_name, c.unit, f"Periode: {c.period_text}"):
            if text:
                s.append([s.cell(text)])
        if c.provisional:
            s.append([s.cell(f"SEMENTARA: periode belum berakhir; angka per {c.as_of_text}, "
                             "dapat berubah.", font=BOLD)])
        s.append([s.cell(f"Dicetak {c.generated_text}", font=ITALIC)])
        s.append()
        s.label("Ringkasan")
        s.figures(fr.summary_rows(d))
        if d.empty:
            s.append()
            s.no_data()
        for heading, rows in fr.sections(d):
            s.append()
            s.label(heading)
            s.figures(rows)
        if d.offices:
            s.append()
            s.label("E. Rekapitulasi per kantor")
            s.header(["Kantor", "Kode", "Permohonan", "Selesai", "Tepat waktu", "Pengaduan",
                      "Responden", "IKM", "Mutu"])
            for o in d.offices:
                s.row_of([o.name, o.code, o.requests_received, o.requests_finished,
                          o.on_time_share, o.complaints_received, o.respondents, o.ikm,
                          o.grade or "–"], [None, None, INT, INT, SHARE, INT, INT, DEC2, None],
                         wrap_cols=(0,))
        g = d.signature
        s.append()
        for text in (f"{g.place}, {g.date_text}" if g.place else g.date_text, g.position, "", "",
                     g.name, f"NIP. {g.nip}" if g.nip else "", g.anchor):
            s.append(["", s.cell(text)])
        s.finish(c.footer, one_page_up_to=90)

    def requests(self) -> None:
        r = self.d.requests
        at_end = self.d.cover.at_end
        s = Sheet(self.wb, "Permohonan", [12, 46, 11, 11, 11, 11, 13, 13, 12, 12],
                  landscape=True)
        s.title("Permohonan per layanan", self.sub)
        head = s.header(["Kode", "Layanan", "Diterima", "Selesai", "Tepat waktu",
                         "% tepat waktu", f"Dalam proses {at_end}",
                         f"Melewati batas waktu {at_end}", "Rata-rata hari kerja",
                         "Standar (hari kerja)"])
        fmts = [None, None, INT, INT, INT, SHARE, INT, INT, DEC1, INT]
        for row in r.services:
            s.row_of([row.code, row.name, row.received, row.finished, row.on_time,
                      row.on_time_share, row.in_process_at_end, row.overdue_at_end,
                      row.avg_working_days, row.standard_days], fmts, wrap_cols=(1,))
        last = s.row
        s.filter(head, last, 10)
        s.row_of(["", "Jumlah", r.received, r.finished, r.finished_on_time, r.on_time_share,
                  r.in_process_at_end, r.overdue_at_end, None, None], fmts, total=True)
        s.append()
        if r.empty:
            s.no_data()
        s.figures(fr.request_rows(r, self.d.cover), indent=1)
        s.finish(self.d.cover.footer)

    def sop(self) -> None:
        p = self.d.sop
        s = Sheet(self.wb, "SOP", [46, 28, 12, 12, 12, 12, 14, 14], landscape=True)
        s.title("Kepatuhan terhadap SOP", self.sub)
        head = s.header(["SOP", "Layanan", "Langkah", "Dalam waktu", "% dalam waktu",
                         "Serah terima", "Rata-rata hari kerja", "Standar (hari kerja)"])
        fmts = [None, None, INT, INT, SHARE, INT, DEC1, INT]
        for row in p.sops:
            s.row_of([row.title, row.number, row.steps_done, row.within_standard,
                      row.within_share, row.handovers, row.avg_working_days, row.standard_days],
                     fmts, wrap_cols=(0,))
        s.filter(head, s.row, 8)
        s.row_of(["Jumlah", "", p.steps_done, p.within_standard, p.within_share, p.handovers,
                  None, None], fmts, total=True)
        s.append()
        if p.empty:
            s.no_data()
        s.figures(fr.sop_rows(p), indent=1)
        s.append()
        s.label("Penyimpangan per langkah SOP")
        s.header(["SOP", "Kegiatan", "No. langkah", "Penyimpangan"])
        for row in p.deviations:
            s.row_of([row.sop_title, row.activity, row.position, row.count],
                     [None, None, INT, INT], wrap_cols=(0, 1))
        s.finish(self.d.cover.footer)

    def complaints(self) -> None:
        k = self.d.complaints
        s = Sheet(self.wb, "Pengaduan", [22, 11, 14, 14, 16, 12, 11, 9, 20, 50],
                  landscape=True)
        s.title("Pengaduan diterima (tanpa identitas pengadu)", self.sub)
        names = ["Nomor", "Diterima", "Jenis", "Saluran", "Kategori", "Tahapan",
                 "Batas tahapan", "Lewat (hari kerja)", "Layanan", "Pokok pengaduan"]
        head = s.header(names)
        for row in k.listing:
            self.complaint_line(s, row)
        s.filter(head, s.row, len(names))
        s.append()
        if k.empty:
            s.no_data()
        # the key figures are on the first sheet; here the counts behind them
        for title, counts in (("Jenis", k.by_kind), ("Saluran", k.by_channel),
                              ("Kategori", k.by_category), ("Tahapan", k.by_stage)):
            s.append()
            s.counts(title, list(counts.items()))
        s.append()
        s.label("Pengaduan yang melewati batas waktu tahapan")
        s.header(names)
        for row in k.overdue:
            self.complaint_line(s, row)
        s.finish(self.d.cover.footer)

    @staticmethod
    def complaint_line(s: Sheet, row) -> None:
        """A listing line, bordered (styles are shared per combination, so a bordered
        cell costs little more than a plain one); long words wrap in their column."""
        cells = [s.cell(row.number, border=BOX, wrap=True),
                 s.cell(row.received_date, DATE, border=BOX),
                 *(s.cell(v, border=BOX, wrap=True) for v in (row.kind, row.channel,
                                                              row.category, row.stage)),
                 s.cell(row.stage_due, DATE, border=BOX), s.cell(row.days_overdue, INT, border=BOX),
                 s.cell(row.service, border=BOX, wrap=True), s.cell(row.text, border=BOX, wrap=True)]
        s.append(cells, s.lines_needed({3: row.channel, 8: row.service, 9: row.text}))

    RAW_SHEET = "Data SKM"

    def skm(self) -> None:
        m = self.d.skm
        widths = [10, 40, 12, 12, 14, 8, 12, 12, 8, 12, 12]
        s = Sheet(self.wb, "SKM", widths, landscape=True)
        s.title("Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)", self.sub)
        head = s.header(["Kode", "Unsur pelayanan", "Jumlah jawaban", "Jumlah nilai",
                         "NRR = nilai/jawaban", "Bobot", "NRR × bobot", "Nilai = NRR × 25",
                         "Mutu", "Periksa: jawaban", "Periksa: nilai"])
        # the check formulas count the answers on the questionnaire data sheet
        raw = f"'{self.RAW_SHEET}'!"
        first, last = Sheet.HEADER_ROW + 1, Sheet.HEADER_ROW + max(len(m.responses), 1)
        first_el = head + 1
        for i, e in enumerate(m.elements):
            r = head + 1 + i
            col = get_column_letter(5 + i)  # U1.. in columns E..M of the data sheet
            s.append([s.cell(e.code, border=BOX), s.cell(e.name, border=BOX, wrap=True),
                      s.cell(e.answers, INT, border=BOX), s.cell(e.total, INT, border=BOX),
                      s.cell(e.nrr, DEC4, border=BOX),
                      s.cell("=1/9", DEC4, border=BOX, formula=True),
                      s.cell(f"=IF(C{r}>0,D{r}/C{r}*F{r},0)", DEC4, border=BOX, formula=True),
                      s.cell(e.score, DEC2, border=BOX), s.cell(e.grade or "–", border=BOX),
                      s.cell(f"=COUNT({raw}{col}{first}:{col}{last})", INT, border=BOX,
                             formula=True),
                      s.cell(f"=SUM({raw}{col}{first}:{col}{last})", INT, border=BOX,
                             formula=True)], s.lines_needed({1: e.name}))
        last_el = s.row
        check = (s.cell(f"=SUM(G{first_el}:G{last_el})", DEC4, border=BOX, formula=True),
                 s.cell(f"=ROUND(G{s.row + 1}*25,2)", DEC2, border=BOX, formula=True))
        if not m.elements:  # no range to add up (a formula over it would point at itself)
            check = (s.cell(None, border=BOX), s.cell(None, border=BOX))
        s.append([s.cell("IKM", font=BOLD, border=BOX, fill=TOTAL_FILL),
                  s.cell("Σ (NRR × 1/9), lalu × 25", font=BOLD, border=BOX, fill=TOTAL_FILL),
                  s.cell(None, border=BOX, fill=TOTAL_FILL), s.cell(None, border=BOX, fill=TOTAL_FILL),
                  s.cell(m.ikm_unit, DEC4, font=BOLD, border=BOX, fill=TOTAL_FILL),
                  s.cell(None, border=BOX, fill=TOTAL_FILL), check[0],
                  s.cell(m.ikm, DEC2, font=BOLD, border=BOX, fill=TOTAL_FILL),
                  s.cell(m.grade or "–", font=BOLD, border=BOX, fill=TOTAL_FILL),
                  s.cell(None, border=BOX, fill=TOTAL_FILL), check[1]])
        s.append()
        s.figures(fr.skm_rows(m), indent=1)
        s.append()
        for table in m.profile:
            s.counts(table.title, table.rows, indent=1)
        s.append()
        s.label("Saran dan masukan responden")
        # the same suggestion from many forms is one row with its count (every form's
        # own is on the questionnaire data sheet)
        s.header(["Jumlah", "Saran/masukan", "Layanan", "Tanggal pertama", "Tanggal terakhir"])
        for sug in m.suggestions:
            services = ", ".join(sug.services)
            s.append([s.cell(sug.count, INT, border=BOX), s.cell(sug.text, border=BOX, wrap=True),
                      s.cell(services, border=BOX, wrap=True),
                      s.cell(sug.first_date, DATE, border=BOX),
                      s.cell(sug.last_date, DATE, border=BOX)],
                     s.lines_needed({1: sug.text, 2: services}))
        s.finish(self.d.cover.footer)

    def skm_data(self) -> None:
        """Every counted questionnaire, one bordered row each (header row 4, as the check
        formulas of the SKM sheet expect)."""
        m = self.d.skm
        widths = [6, 12, 14, 11] + [5] * 9 + [5, 6, 11, 11, 40]
        s = Sheet(self.wb, self.RAW_SHEET, widths, landscape=True)
        s.title("Data kuesioner (jawaban 1–4 per unsur; kosong = tidak dijawab)", self.sub)
        names = ["No.", "Layanan", "Nomor kuesioner", "Tanggal"]
        names += [f"U{i}" for i in range(1, 10)]
        names += ["L/P", "Umur", "Pendidikan", "Pekerjaan", "Saran"]
        head = s.header(names)
        if m.empty:
            s.no_data()
        for n, row in enumerate(m.responses, 1):
            cells = [s.cell(n, INT, border=BOX), s.cell(row.service, border=BOX),
                     s.cell(row.serial, border=BOX), s.cell(row.date, DATE, border=BOX)]
            cells += [s.cell(v, border=BOX) for v in row.answers]
            cells += [s.cell(v, border=BOX) for v in (row.gender, row.age, row.education,
                                                      row.occupation)]
            cells.append(s.cell(row.comment, border=BOX, wrap=True))
            s.append(cells, s.lines_needed({17: row.comment}) if row.comment else 1)
        s.filter(head, s.row, len(names))
        s.finish(self.d.cover.footer)

    def build(self, out) -> None:
        self.summary()
        self.requests()
        self.sop()
        self.complaints()
        self.skm()
        self.skm_data()
        self.wb.properties.title = self.d.cover.heading
        self.wb.properties.creator = "Loket Prima"
        self.wb.save(out)


def render_xlsx(data: ReportData, out) -> None:
    """Write the workbook to `out` (a path or a binary file object)."""
    XlsxReport(data).build(out)


__all__ = ["render_xlsx", "XlsxReport"]
