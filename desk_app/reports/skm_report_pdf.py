"""The SKM report as PDF, after the outline of PermenPAN-RB 14/2017 (DOMAIN.md §3):
cover, BAB I–V, signature, annexes (questionnaire, calculation table)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desk_app.reports import pdf_common as pc
from desk_app.reports.formats import number
from desk_app.reports.skm_report_data import SkmReportData

GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF5")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


def _n(value, places: int = 2) -> str:
    return number(value, places)


class SkmReportPdf:
    def __init__(self, data: SkmReportData):
        self.data = data
        self.styles = pc.base_styles()
        self.width = 0.0

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, self.styles[style])

    def paras(self, key: str) -> list:
        return [self.p(pc.escape(text)) for text in self.data.drafts.get(key, [])] + [Spacer(1, 4)]

    def table(self, header: list[str], rows: list[list], widths: list[float]) -> Table:
        cells = [[self.p(f"<b>{pc.escape(h)}</b>", "cell") for h in header]]
        cells += [[self.p(pc.escape(v), "cell") for v in row] for row in rows]
        table = Table(cells, colWidths=[self.width * w for w in widths], repeatRows=1)
        table.setStyle(GRID)
        return table

    def chapter(self, title: str, new_page: bool = True) -> list:
        start = [PageBreak()] if new_page else []
        return start + [self.p(f"<b>{pc.escape(title)}</b>", "title"), Spacer(1, 6)]

    def heading(self, title: str) -> Paragraph:
        return self.p(pc.escape(title), "heading")

    def cover(self) -> list:
        d = self.data
        # the data's `letterhead` lines are never empty (the office name at least)
        return [pc.Letterhead(d, self.width), Spacer(1, 60),
                self.p("<b>LAPORAN</b>", "title"),
                self.p("<b>SURVEI KEPUASAN MASYARAKAT (SKM)</b>", "title"),
                self.p(pc.escape(d.period_label.upper()), "subtitle"), Spacer(1, 60),
                self.p(f"Indeks Kepuasan Masyarakat: <b>{_n(d.ikm)}</b>", "subtitle"),
                self.p(f"Mutu pelayanan: <b>{pc.escape(d.grade or '–')}</b> "
                       f"({pc.escape(d.performance or 'belum dapat dihitung')})", "subtitle"),
                Spacer(1, 140),
                self.p(f"<b>{pc.escape(d.unit)}</b>", "subtitle") if d.unit else Spacer(1, 1),
                self.p(f"<b>{pc.escape(d.office_name)}</b>", "subtitle"),
                self.p(pc.escape(d.date_text), "subtitle"), PageBreak()]

    def bab1(self) -> list:
        d = self.data
        return [*self.chapter("BAB I PENDAHULUAN", new_page=False), self.heading("A. Latar Belakang"),
                *self.paras("background"), self.heading("B. Dasar Hukum"),
                *[self.p(f"{i}. {pc.escape(text)}") for i, text in enumerate(d.legal_basis, 1)],
                self.heading("C. Maksud dan Tujuan"), *self.paras("purpose")]

    def bab2(self) -> list:
        d = self.data
        rows = [["Populasi (pengguna layanan periode sebelumnya)", number(d.sample_population)],
                ["Sampel minimal (Krejcie dan Morgan)", number(d.sample_minimum)],
                ["Responden terkumpul", number(d.respondents)],
                ["Permohonan selesai pada periode ini", number(d.population)],
                ["Tingkat respons", f"{_n(d.response_rate)} %" if d.response_rate is not None else "–"],
                ["Formulir kertas / kiosk / impor",
                 f"{d.by_source.get('paper', 0)} / {d.by_source.get('kiosk', 0)} / "
                 f"{d.by_source.get('import', 0)}"]]
        return [*self.chapter("BAB II PENGUMPULAN DATA SKM"), self.heading("A. Pelaksana"),
                self.p(pc.escape(f"Survei dilaksanakan oleh {d.unit or d.office_name}, "
                                 f"{d.office_name}.")),
                self.heading("B. Metode Pengumpulan Data"), *self.paras("method"),
                self.heading("C. Lokasi dan Waktu"),
                self.p(pc.escape(f"Di loket pelayanan {d.office_name}, {d.period_text}.")),
                self.heading("D. Penentuan Jumlah Responden"), *self.paras("sample"),
                self.table(["Uraian", "Jumlah"], rows, [0.7, 0.3])]

    def bab3(self) -> list:
        d = self.data
        profile = d.profile
        prof_rows = [[group, label, number(n)] for group, items in (
            ("Jenis kelamin", profile.gender), ("Umur", profile.age),
            ("Pendidikan", profile.education), ("Pekerjaan", profile.occupation))
            for label, n in items]
        element_rows = [[e.code, e.name, number(e.answers), _n(e.nrr, 4), _n(e.score), e.grade or "–"]
                        for e in d.elements]
        service_rows = [[s.code, s.name, number(s.respondents), _n(s.ikm), s.grade or "–",
                         f"{_n(s.rate)} %" if s.rate is not None else "–"] for s in d.services]
        return [*self.chapter("BAB III HASIL PENGOLAHAN DATA SKM"),
                self.heading("A. Jumlah Responden"),
                self.p(f"Jumlah responden: <b>{number(d.respondents)}</b> orang."),
                self.table(["Karakteristik", "Kategori", "Jumlah"], prof_rows, [0.3, 0.5, 0.2]),
                self.heading("B. Indeks per Unsur Pelayanan"),
                self.table(["Kode", "Unsur", "Jawaban", "NRR", "Nilai", "Mutu"], element_rows,
                           [0.08, 0.47, 0.11, 0.12, 0.12, 0.1]),
                self.heading("C. Indeks Kepuasan Masyarakat (IKM)"), *self.paras("results"),
                self.heading("D. IKM per Layanan"),
                self.table(["Kode", "Layanan", "Responden", "IKM", "Mutu", "Respons"],
                           service_rows, [0.1, 0.45, 0.12, 0.11, 0.08, 0.14])]

    def bab4(self) -> list:
        d = self.data
        plan_rows = [[str(r.no), r.element, r.programme, r.quarters, r.responsible] for r in d.plan]
        trend_rows = [[t.label, number(t.respondents), _n(t.ikm), t.grade or "–"] for t in d.trend]
        story = [*self.chapter("BAB IV ANALISIS HASIL SKM"),
                 self.heading("A. Kelebihan dan Kelemahan Unsur Pelayanan"),
                 *self.paras("strengths"), *self.paras("weaknesses"),
                 self.heading("B. Rencana Tindak Lanjut"), *self.paras("plan")]
        if plan_rows:
            story.append(self.table(["No.", "Prioritas unsur", "Program/kegiatan", "Waktu",
                                     "Penanggung jawab"], plan_rows, [0.06, 0.22, 0.34, 0.16, 0.22]))
        story += [self.heading("C. Tren Nilai IKM"), *self.paras("trend"),
                  self.table(["Periode", "Responden", "IKM", "Mutu"], trend_rows,
                             [0.4, 0.2, 0.2, 0.2])]
        story.append(self.heading(f"D. Tindak Lanjut {d.previous_period_label}"))
        if d.previous_plan:
            rows = [[str(r.no), r.element, r.programme, r.progress, r.note] for r in d.previous_plan]
            story.append(self.table(["No.", "Unsur", "Program/kegiatan", "Kemajuan", "Keterangan"],
                                    rows, [0.06, 0.22, 0.32, 0.15, 0.25]))
        else:
            story.append(self.p("Tidak ada rencana tindak lanjut yang tercatat pada periode "
                                "sebelumnya."))
        return story

    def bab5(self) -> list:
        return [*self.chapter("BAB V KESIMPULAN", new_page=False), *self.paras("conclusion")]

    def signature(self) -> list:
        d = self.data
        lines = [pc.escape(f"{d.place}, {d.date_text}" if d.place else d.date_text),
                 pc.escape(d.signer_position), "<br/><br/><br/><br/>",
                 f"<b><u>{pc.escape(d.signer_name) or '.' * 40}</u></b>",
                 f"NIP. {pc.escape(d.signer_nip)}" if d.signer_nip else "NIP. " + "." * 30]
        block = Table([["", self.p("<br/>".join(lines))]],
                      colWidths=[self.width * 0.5, self.width * 0.5])
        return [Spacer(1, 16), KeepTogether([block])]

    def annexes(self) -> list:
        d = self.data
        story = [*self.chapter("LAMPIRAN"), self.heading("Lampiran 1. Kuesioner")]
        for no, (code, question, answers) in enumerate(d.questions, start=1):
            options = " &nbsp; ".join(f"{letter}. {pc.escape(text)}"
                                      for letter, text in zip("abcd", answers, strict=True))
            story += [self.p(f"{no}. {pc.escape(question)} ({code})"),
                      self.p(options, "small"), Spacer(1, 3)]
        rows = [[e.code, e.name, number(e.total), number(e.answers), _n(e.nrr, 4),
                 _n(e.weighted, 4), _n(e.score)] for e in d.elements]
        rows.append(["", "IKM (Σ NRR tertimbang; × 25)", "", "", "", _n(d.ikm_unit, 4), _n(d.ikm)])
        story += [self.heading("Lampiran 2. Tabel Perhitungan"),
                  self.table(["Kode", "Unsur", "Σ nilai", "Jawaban", "NRR", "NRR × 1/9",
                              "Nilai"], rows, [0.07, 0.37, 0.1, 0.1, 0.12, 0.12, 0.12])]
        return story

    def build(self, out) -> None:
        doc = pc.a4_document(out, title=self.data.title)
        self.width = doc.width
        story = self.cover() + self.bab1() + self.bab2() + self.bab3() + self.bab4()
        story += self.bab5() + self.signature() + self.annexes()
        doc.build(story, canvasmaker=pc.numbered_canvas(f"{self.data.title} — dicetak "
                                                        f"{self.data.generated_text}"))


def render_skm_report_pdf(data: SkmReportData, out) -> None:
    SkmReportPdf(data).build(out)
