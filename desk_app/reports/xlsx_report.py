"""The period report as an Excel workbook (openpyxl, write-only), rendered from ReportData.

Sheets: Ringkasan, Permohonan, SOP, Pengaduan, SKM. Every text cell that comes from
users is written as text (data type "s", quote prefix), so "=..." never becomes a
formula, and characters an XML file cannot hold are removed. Formulas appear only in
cells this module writes itself (the SKM calculation).
"""

from __future__ import annotations

from copy import copy

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desk_app.reports.formats import NO_DATA, clean_text
from desk_app.reports.report_data import ReportData

INT = "#,##0"
DEC1 = "#,##0.0"
DEC2 = "#,##0.00"
DEC4 = "0.0000"
SHARE = "0.0%"
DATE = "DD-MM-YYYY"
UNSAFE_START = ("=", "+", "-", "@")  # text Excel could take for a formula
MAX_TEXT = 32000  # Excel holds at most 32,767 characters in a cell

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _style_cache(wb: Workbook) -> dict:
    """Style arrays already registered in this workbook, by combination."""
    if not hasattr(wb, "_report_styles"):
        wb._report_styles = {}
    return wb._report_styles


class Sheet:
    """A write-only worksheet that knows which row comes next."""

    HEADER_ROW = 4  # after the title, subtitle and a blank row

    def __init__(self, wb: Workbook, title: str, widths: list[float], landscape: bool = False):
        self.ws = wb.create_sheet(title)
        self.styles = _style_cache(wb)
        self.widths = list(widths)
        self.row = 0
        # Write-only sheets write their views with the first row: freeze now.
        self.ws.freeze_panes = f"A{self.HEADER_ROW + 1}"
        self.ws.print_title_rows = f"{self.HEADER_ROW}:{self.HEADER_ROW}"
        for i, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        setup = self.ws.page_setup
        setup.paperSize = "9"  # A4
        setup.orientation = "landscape" if landscape else "portrait"
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_options.gridLines = False

    def cell(self, value, fmt: str | None = None, font=None, fill=None, border=None,
             wrap: bool = False, formula: bool = False) -> WriteOnlyCell:
        quote = False
        if isinstance(value, str) and not formula:
            value = clean_text(value)[:MAX_TEXT]
            quote = value[:1] in UNSAFE_START
            c = WriteOnlyCell(self.ws, value=value)
            c.data_type = "s"  # never a formula, whatever it starts with
        else:
            c = WriteOnlyCell(self.ws, value=value)
        # Styles are built once per combination and shared: setting a font or border
        # on every cell makes openpyxl hash it each time, which dominates big sheets.
        # (A write-only cell is written when its row is appended and never changed.)
        key = (fmt, id(font), id(fill), id(border), wrap, quote)
        style = self.styles.get(key)
        if style is not None:
            c._style = style
            return c
        if fmt:
            c.number_format = fmt
        if font:
            c.font = font
        if fill:
            c.fill = fill
        if border:
            c.border = border
        if wrap:
            c.alignment = WRAP
        if quote:
            c.quotePrefix = True
        self.styles[key] = copy(c._style)
        return c

    def plain(self, value):
        """A value for an unstyled cell: numbers as they are, text cleaned and, when it
        could be read as a formula, written as text explicitly."""
        if isinstance(value, str):
            value = clean_text(value)[:MAX_TEXT]
            if value[:1] in UNSAFE_START:
                return self.cell(value)
            return value or None  # an empty text needs no cell
        return value

    def append(self, values: list = (), lines: int = 1) -> int:
        if lines > 1:  # wrapped text: the row's height must be given before it is written
            self.ws.row_dimensions[self.row + 1].height = min(15 * lines, 400)
        self.ws.append(list(values))
        self.row += 1
        return self.row

    def lines_needed(self, texts: dict[int, str], bold: bool = False) -> int:
        """Lines the longest of these column texts wraps to (an estimate from widths)."""
        most = 1
        for col, text in texts.items():
            width = self.widths[col] if col < len(self.widths) else 10
            per_line = max(int(width * (1.0 if bold else 1.15)) - 1, 4)
            lines = sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))
            most = max(most, lines)
        return most

    def title(self, text: str, sub: str) -> None:
        self.append([self.cell(text, font=TITLE)])
        self.append([self.cell(sub)])
        self.append()

    def label(self, text: str) -> None:
        self.append([self.cell(text, font=BOLD)])

    def header(self, names: list[str], indent: int = 0) -> int:
        lines = self.lines_needed({indent + i: n for i, n in enumerate(names)}, bold=True)
        return self.append([None] * indent + [self.cell(n, font=BOLD, fill=HEADER_FILL,
                                                        border=BOX, wrap=True) for n in names],
                           lines)

    def row_of(self, values: list, fmts: list, total: bool = False, wrap_cols=(),
               indent: int = 0) -> int:
        cells = [None] * indent
        for i, (value, fmt) in enumerate(zip(values, fmts, strict=True)):
            cells.append(self.cell(value, fmt, font=BOLD if total else None,
                                   fill=TOTAL_FILL if total else None, border=BOX,
                                   wrap=i in wrap_cols))
        texts = {indent + i: values[i] for i in wrap_cols if isinstance(values[i], str)}
        return self.append(cells, self.lines_needed(texts))

    def filter(self, header_row: int, last_row: int, columns: int) -> None:
        self.ws.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{max(last_row, header_row)}"

    def no_data(self) -> None:
        self.append([self.cell(NO_DATA, font=Font(italic=True))])

    def pairs(self, rows: list[tuple[str, object, str | None]], indent: int = 0) -> None:
        """An 'Uraian | Nilai' block; `indent` moves it right, onto wider columns."""
        self.header(["Uraian", "Nilai"], indent)
        for label, value, fmt in rows:
            self.row_of([label, value], [None, fmt], indent=indent)

    def counts(self, title: str, rows: list[tuple[str, int]], indent: int = 0) -> None:
        self.header([title, "Jumlah"], indent)
        for label, n in rows:
            self.row_of([label, n], [None, INT], indent=indent)
        self.row_of(["Jumlah", sum(n for _label, n in rows)], [None, INT], total=True,
                    indent=indent)


def _share(value):
    return value if value is not None else None


class XlsxReport:
    def __init__(self, data: ReportData):
        self.d = data
        self.wb = Workbook(write_only=True)
        self.sub = f"{data.cover.office_name} — {data.cover.period_text}"

    def summary(self) -> None:
        d, c = self.d, self.d.cover
        s = Sheet(self.wb, "Ringkasan", [52, 24, 14, 14, 14, 14, 12, 10])
        s.title(c.title, c.office_name)
        s.header(["Uraian", "Nilai"])
        r, k, m = d.requests, d.complaints, d.skm
        rows = [
            ("Kantor", c.office_name, None),
            ("Periode", c.period_text, None),
            ("Tanggal awal", c.period_start, DATE),
            ("Tanggal akhir", c.period_end, DATE),
            ("Permohonan diterima", r.received, INT),
            ("Permohonan selesai", r.finished, INT),
            ("Selesai tepat waktu", r.finished_on_time, INT),
            ("Persentase tepat waktu", _share(r.on_time_share), SHARE),
            ("Melewati batas waktu pada akhir periode", r.overdue_at_end, INT),
            ("Ditolak", r.rejected, INT),
            ("Dibatalkan", r.void, INT),
            ("Berkas belum lengkap", r.incomplete, INT),
            ("Langkah SOP dikerjakan", d.sop.steps_done, INT),
            ("Langkah SOP dalam batas waktu", d.sop.within_standard, INT),
            ("Serah terima berkas", d.sop.handovers, INT),
            ("Pengaduan diterima", k.received, INT),
            ("Pengaduan dijawab", k.replied, INT),
            ("Dijawab dalam batas waktu", k.replied_on_time, INT),
            ("Responden SKM", m.respondents, INT),
            ("IKM (skala 25–100)", m.ikm, DEC2),
            ("Mutu pelayanan", m.grade or "–", None),
            ("Kinerja unit pelayanan", m.performance or "–", None),
        ]
        for label, value, fmt in rows:
            s.row_of([label, value], [None, fmt])
        if d.empty:
            s.append()
            s.no_data()
        if d.offices:
            s.append()
            s.label("Rekapitulasi per kantor")
            s.header(["Kantor", "Kode", "Permohonan", "Selesai", "Tepat waktu", "Pengaduan",
                      "Responden", "IKM", "Mutu"])
            for o in d.offices:
                s.row_of([o.name, o.code, o.requests_received, o.requests_finished,
                          o.on_time_share, o.complaints_received, o.respondents, o.ikm,
                          o.grade or "–"], [None, None, INT, INT, SHARE, INT, INT, DEC2, None])
        g = d.signature
        s.append()
        for text in (f"{g.place}, {g.date_text}" if g.place else g.date_text, g.position, "", "",
                     g.name, f"NIP. {g.nip}" if g.nip else ""):
            s.append(["", s.cell(text)])

    def requests(self) -> None:
        r = self.d.requests
        s = Sheet(self.wb, "Permohonan", [10, 46, 11, 11, 12, 12, 14, 14], landscape=True)
        s.title("Permohonan per layanan", self.sub)
        head = s.header(["Kode", "Layanan", "Diterima", "Selesai", "Tepat waktu",
                         "% tepat waktu", "Rata-rata hari kerja", "Standar (hari kerja)"])
        fmts = [None, None, INT, INT, INT, SHARE, DEC1, INT]
        for row in r.services:
            s.row_of([row.code, row.name, row.received, row.finished, row.on_time,
                      row.on_time_share, row.avg_working_days, row.standard_days], fmts,
                     wrap_cols=(1,))
        last = s.row
        s.filter(head, last, 8)
        s.row_of(["", "Jumlah", r.received, r.finished, r.finished_on_time, r.on_time_share,
                  None, None], fmts, total=True)
        s.append()
        if r.empty:
            s.no_data()
        s.pairs(indent=1, rows=[("Permohonan diterima", r.received, INT),
                 ("Permohonan selesai", r.finished, INT),
                 ("Selesai tepat waktu", r.finished_on_time, INT),
                 ("Melewati batas waktu pada akhir periode", r.overdue_at_end, INT),
                 ("Ditolak", r.rejected, INT), ("Dibatalkan", r.void, INT),
                 ("Didaftarkan dengan berkas belum lengkap", r.incomplete, INT)])

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
        s.label("Penyimpangan per langkah SOP")
        s.header(["SOP", "Kegiatan", "No. langkah", "Penyimpangan"])
        for row in p.deviations:
            s.row_of([row.sop_title, row.activity, row.position, row.count],
                     [None, None, INT, INT], wrap_cols=(0, 1))

    def complaints(self) -> None:
        k = self.d.complaints
        s = Sheet(self.wb, "Pengaduan", [34, 12, 18, 18, 20, 14, 12, 12, 24, 60],
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
        s.pairs([("Pengaduan diterima", k.received, INT), ("Dijawab", k.replied, INT),
                 ("Dijawab dalam batas waktu", k.replied_on_time, INT),
                 ("% dalam batas waktu", k.on_time_share, SHARE),
                 ("Rata-rata hari kerja sampai jawaban", k.avg_days_reply, DEC1),
                 ("Rata-rata hari kerja sampai selesai", k.avg_days_close, DEC1),
                 ("Melewati batas waktu tahapan", len(k.overdue), INT)])
        for title, counts in (("Jenis", k.by_kind), ("Saluran", k.by_channel),
                              ("Kategori", k.by_category), ("Tahapan", k.by_stage)):
            s.append()
            s.counts(title, list(counts.items()))
        s.append()
        s.label("Pengaduan yang melewati batas waktu tahapan")
        s.header(names)
        for row in k.overdue:
            self.complaint_line(s, row)

    @staticmethod
    def complaint_line(s: Sheet, row) -> None:
        """A listing line in plain cells, as the questionnaire data: the listings run to
        hundreds of lines and a bordered cell costs openpyxl twice a plain one."""
        s.append([s.plain(row.number), s.cell(row.received_date, DATE), s.plain(row.kind),
                  s.plain(row.channel), s.plain(row.category), s.plain(row.stage),
                  s.cell(row.stage_due, DATE), row.days_overdue, s.plain(row.service),
                  s.cell(row.text, wrap=True)], s.lines_needed({9: row.text}))

    def skm(self) -> None:
        m = self.d.skm
        widths = [12, 40, 14, 12, 12, 8, 13, 12, 8, 13, 13, 8, 8, 6, 7, 11, 11, 50]
        s = Sheet(self.wb, "SKM", widths, landscape=True)
        s.title("Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)", self.sub)
        head = s.header(["Kode", "Unsur pelayanan", "Jumlah jawaban", "Jumlah nilai",
                         "NRR = nilai/jawaban", "Bobot", "NRR × bobot", "Nilai = NRR × 25",
                         "Mutu", "Periksa: jawaban", "Periksa: nilai"])
        # Fixed layout: the raw responses start after the calculation, profile and
        # suggestion blocks, so the check formulas can point at them.
        profile_rows = sum(len(t.rows) + 2 for t in m.profile)
        raw_header = head + len(m.elements) + 23 + profile_rows + len(m.suggestions) - 9
        first, last = raw_header + 1, raw_header + max(len(m.responses), 1)
        first_el = head + 1
        for i, e in enumerate(m.elements):
            r = head + 1 + i
            col = get_column_letter(5 + i)  # U1.. in columns E..M of the raw table
            s.append([s.cell(e.code, border=BOX), s.cell(e.name, border=BOX),
                      s.cell(e.answers, INT, border=BOX), s.cell(e.total, INT, border=BOX),
                      s.cell(e.nrr, DEC4, border=BOX),
                      s.cell("=1/9", DEC4, border=BOX, formula=True),
                      s.cell(f"=IF(C{r}>0,D{r}/C{r}*F{r},0)", DEC4, border=BOX, formula=True),
                      s.cell(e.score, DEC2, border=BOX), s.cell(e.grade or "–", border=BOX),
                      s.cell(f"=COUNT({col}{first}:{col}{last})", INT, border=BOX, formula=True),
                      s.cell(f"=SUM({col}{first}:{col}{last})", INT, border=BOX, formula=True)])
        last_el = s.row
        s.append([s.cell("IKM", font=BOLD, border=BOX, fill=TOTAL_FILL),
                  s.cell("Σ (NRR × 1/9), lalu × 25", font=BOLD, border=BOX, fill=TOTAL_FILL),
                  "", "", s.cell(m.ikm_unit, DEC4, font=BOLD, border=BOX, fill=TOTAL_FILL), "",
                  s.cell(f"=SUM(G{first_el}:G{last_el})", DEC4, border=BOX, formula=True),
                  s.cell(m.ikm, DEC2, font=BOLD, border=BOX, fill=TOTAL_FILL),
                  s.cell(m.grade or "–", font=BOLD, border=BOX, fill=TOTAL_FILL), "",
                  s.cell(f"=ROUND(G{s.row + 1}*25,2)", DEC2, border=BOX, formula=True)])
        s.pairs(indent=1, rows=[("Jumlah responden", m.respondents, INT),
                 ("Kinerja unit pelayanan", m.performance or "–", None),
                 ("Populasi: permohonan periode sebelumnya", m.population, INT),
                 ("Sampel minimal (Krejcie–Morgan)", m.sample_minimum, INT),
                 ("Sampel terpenuhi", "Ya" if m.sample_met else "Tidak", None)])
        s.append()
        for table in m.profile:
            s.counts(table.title, table.rows, indent=1)
        s.append()
        s.label("Saran dan masukan responden")
        # the same suggestion from many forms is one row with its count (every form's
        # own is in the questionnaire data below)
        s.header(["Jumlah", "Saran/masukan", "Layanan", "Tanggal pertama", "Tanggal terakhir"])
        for sug in m.suggestions:
            services = ", ".join(sug.services)
            s.append([s.cell(sug.count, INT), s.cell(sug.text, wrap=True),
                      s.cell(services, wrap=True), s.cell(sug.first_date, DATE),
                      s.cell(sug.last_date, DATE)],
                     s.lines_needed({1: sug.text, 2: services}))
        s.append()
        s.label("Data kuesioner (jawaban 1–4 per unsur; kosong = tidak dijawab)")
        if s.row != raw_header - 1:  # the check formulas above point at the raw rows
            raise AssertionError(f"SKM sheet layout: row {s.row}, expected {raw_header - 1}")
        names = ["No.", "Layanan", "Nomor kuesioner", "Tanggal"]
        names += [f"U{i}" for i in range(1, 10)]
        names += ["L/P", "Umur", "Pendidikan", "Pekerjaan", "Saran"]
        s.header(names)
        if m.empty:
            s.no_data()
        for n, row in enumerate(m.responses, 1):
            cells = [n, row.service, row.serial, s.cell(row.date, DATE)] + list(row.answers)
            cells += [row.gender, row.age, row.education, row.occupation, row.comment]
            s.append([s.plain(v) for v in cells])
        s.filter(raw_header, s.row, len(names))

    def build(self, out) -> None:
        self.summary()
        self.requests()
        self.sop()
        self.complaints()
        self.skm()
        self.wb.properties.title = self.d.cover.title
        self.wb.properties.creator = "Loket Prima"
        self.wb.save(out)


def render_xlsx(data: ReportData, out) -> None:
    """Write the workbook to `out` (a path or a binary file object)."""
    XlsxReport(data).build(out)


__all__ = ["render_xlsx", "XlsxReport"]
