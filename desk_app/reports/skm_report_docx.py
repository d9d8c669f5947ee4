"""The SKM report as an editable Word document (python-docx): the same content as the
PDF, so the head of section can edit the drafted analysis before signing."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from desk_app.reports.formats import clean_text, number
from desk_app.reports.skm_report_data import SkmReportData


def _n(value, places: int = 2) -> str:
    return number(value, places)


class SkmReportDocx:
    def __init__(self, data: SkmReportData):
        self.data = data
        self.doc = Document()
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2))
        style = self.doc.styles["Normal"]
        style.font.name = "Arial"
        style.font.size = Pt(11)

    def para(self, text: str, bold: bool = False, center: bool = False, size: int | None = None):
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(clean_text(text))
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    def drafts(self, key: str) -> None:
        for text in self.data.drafts.get(key, []):
            self.para(text)

    def table(self, header: list[str], rows: list[list]) -> None:
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = clean_text(value)
        self.doc.add_paragraph()

    def chapter(self, title: str) -> None:
        self.doc.add_heading(title, level=1)

    def heading(self, title: str) -> None:
        self.doc.add_heading(title, level=2)

    def build(self, out) -> None:
        d = self.data
        for line in d.letterhead:
            self.para(line, bold=True, center=True)
        self.para("")
        self.para("LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)", bold=True, center=True, size=16)
        self.para(d.period_label.upper(), center=True, size=13)
        self.para(f"Indeks Kepuasan Masyarakat: {_n(d.ikm)} — mutu {d.grade or '–'} "
                  f"({d.performance or 'belum dapat dihitung'})", center=True)
        self.para(d.office_name, bold=True, center=True)
        self.doc.add_page_break()

        self.chapter("BAB I PENDAHULUAN")
        self.heading("A. Latar Belakang")
        self.drafts("background")
        self.heading("B. Dasar Hukum")
        for i, text in enumerate(d.legal_basis, 1):
            self.para(f"{i}. {text}")
        self.heading("C. Maksud dan Tujuan")
        self.drafts("purpose")

        self.chapter("BAB II PENGUMPULAN DATA SKM")
        self.heading("A. Pelaksana")
        self.para(f"Survei dilaksanakan oleh {d.unit or d.office_name}, {d.office_name}.")
        self.heading("B. Metode Pengumpulan Data")
        self.drafts("method")
        self.heading("C. Lokasi dan Waktu")
        self.para(f"Di loket pelayanan {d.office_name}, {d.period_text}.")
        self.heading("D. Penentuan Jumlah Responden")
        self.drafts("sample")
        self.table(["Uraian", "Jumlah"], [
            ["Populasi (pengguna layanan periode sebelumnya)", number(d.sample_population)],
            ["Sampel minimal (Krejcie dan Morgan)", number(d.sample_minimum)],
            ["Responden terkumpul", number(d.respondents)],
            ["Permohonan selesai pada periode ini", number(d.population)],
            ["Tingkat respons", f"{_n(d.response_rate)} %" if d.response_rate is not None else "–"],
        ])

        self.chapter("BAB III HASIL PENGOLAHAN DATA SKM")
        self.heading("A. Jumlah Responden")
        self.para(f"Jumlah responden: {number(d.respondents)} orang.")
        p = d.profile
        self.table(["Karakteristik", "Kategori", "Jumlah"], [
            [group, label, number(n)] for group, items in (
                ("Jenis kelamin", p.gender), ("Umur", p.age), ("Pendidikan", p.education),
                ("Pekerjaan", p.occupation)) for label, n in items])
        self.heading("B. Indeks per Unsur Pelayanan")
        self.table(["Kode", "Unsur", "Jawaban", "NRR", "Nilai", "Mutu"], [
            [e.code, e.name, number(e.answers), _n(e.nrr, 4), _n(e.score), e.grade or "–"]
            for e in d.elements])
        self.heading("C. Indeks Kepuasan Masyarakat (IKM)")
        self.drafts("results")
        self.heading("D. IKM per Layanan")
        self.table(["Kode", "Layanan", "Responden", "IKM", "Mutu", "Respons"], [
            [s.code, s.name, number(s.respondents), _n(s.ikm), s.grade or "–",
             f"{_n(s.rate)} %" if s.rate is not None else "–"] for s in d.services])

        self.chapter("BAB IV ANALISIS HASIL SKM")
        self.heading("A. Kelebihan dan Kelemahan Unsur Pelayanan")
        self.drafts("strengths")
        self.drafts("weaknesses")
        self.heading("B. Rencana Tindak Lanjut")
        self.drafts("plan")
        if d.plan:
            self.table(["No.", "Prioritas unsur", "Program/kegiatan", "Waktu", "Penanggung jawab"],
                       [[str(r.no), r.element, r.programme, r.quarters, r.responsible]
                        for r in d.plan])
        self.heading("C. Tren Nilai IKM")
        self.drafts("trend")
        self.table(["Periode", "Responden", "IKM", "Mutu"],
                   [[t.label, number(t.respondents), _n(t.ikm), t.grade or "–"] for t in d.trend])
        self.heading(f"D. Tindak Lanjut {d.previous_period_label}")
        if d.previous_plan:
            self.table(["No.", "Unsur", "Program/kegiatan", "Kemajuan", "Keterangan"],
                       [[str(r.no), r.element, r.programme, r.progress, r.note]
                        for r in d.previous_plan])
        else:
            self.para("Tidak ada rencana tindak lanjut yang tercatat pada periode sebelumnya.")

        self.chapter("BAB V KESIMPULAN")
        self.drafts("conclusion")
        self.para("")
        for line in (f"{d.place}, {d.date_text}" if d.place else d.date_text, d.signer_position,
                     "", "", d.signer_name or "." * 40,
                     f"NIP. {d.signer_nip}" if d.signer_nip else "NIP. " + "." * 30):
            self.para(line).paragraph_format.left_indent = Cm(9)

        self.doc.add_page_break()
        self.chapter("LAMPIRAN")
        self.heading("Lampiran 1. Kuesioner")
        for no, (code, question, answers) in enumerate(d.questions, start=1):
            self.para(f"{no}. {question} ({code})")
            self.para("   ".join(f"{letter}. {text}"
                                 for letter, text in zip("abcd", answers, strict=True)))
        self.heading("Lampiran 2. Tabel Perhitungan")
        rows = [[e.code, e.name, number(e.total), number(e.answers), _n(e.nrr, 4),
                 _n(e.weighted, 4), _n(e.score)] for e in d.elements]
        rows.append(["", "IKM (Σ NRR tertimbang; × 25)", "", "", "", _n(d.ikm_unit, 4), _n(d.ikm)])
        self.table(["Kode", "Unsur", "Σ nilai", "Jawaban", "NRR", "NRR × 1/9", "Nilai"], rows)
        self.doc.core_properties.title = d.title
        self.doc.save(out)


def render_skm_report_docx(data: SkmReportData, out) -> None:
    SkmReportDocx(data).build(out)
