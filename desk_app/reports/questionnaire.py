"""The blank SKM questionnaire to hand out at the counter: A4, one sheet per respondent,
each with its own serial, the office's question order and the profile options numbered
as the typist keys them (so the paper and the fast form agree)."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desk_app.models.core.dates import format_date
from desk_app.models.skm.index import EDUCATION, ELEMENT_ANSWERS, OCCUPATIONS, QUESTIONS
from desk_app.reports import pdf_common as pc

INTRO = ("Dalam rangka meningkatkan kualitas pelayanan, kami mohon kesediaan Bapak/Ibu/Saudara "
         "mengisi kuesioner ini. Tidak perlu menuliskan nama atau NIK. Beri tanda silang (X) "
         "pada satu huruf jawaban yang paling sesuai.")


def _styles():
    styles = pc.base_styles()
    styles["q"] = styles["cell"].clone("q", fontSize=10, leading=12.5)
    styles["opt"] = styles["small"].clone("opt", fontSize=9.5, leading=12)
    styles["intro"] = styles["small"].clone("intro", fontSize=9, leading=11.5)
    return styles


# (notice font size, height of a suggestion line): tried in turn until the sheet with the
# office's privacy notice fits one A4 page
FITS = ((7.0, 0.8 * cm), (6.3, 0.8 * cm), (6.3, 0.65 * cm), (5.8, 0.55 * cm), (5.3, 0.5 * cm),
        (4.8, 0.45 * cm))


def _options(items: list[str]) -> str:
    return "&nbsp;&nbsp;&nbsp;".join(f"[&nbsp;&nbsp;] {pc.escape(text)}" for text in items)


def _sheet(office, service_name: str, serial: str, order: list[str], width: float,
           styles, date_text: str, privacy_notice: str = "", fit=FITS[0]) -> list:
    notice_size, line_height = fit
    head = Table([[Paragraph("<b>KUESIONER SURVEI KEPUASAN MASYARAKAT (SKM)</b>", styles["cell"]),
                   Paragraph(f"<b>No. formulir: {pc.escape(serial)}</b>", styles["right"])],
                  [Paragraph(f"Layanan: <b>{pc.escape(service_name)}</b>", styles["cell"]),
                   Paragraph(f"Tanggal: {pc.escape(date_text)}", styles["right"])]],
                 colWidths=[width * 0.68, width * 0.32])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BOX", (1, 0), (1, 0), 0.8, colors.black),
                              ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
    education = [f"{i}. {label}" for i, (_, label) in enumerate(EDUCATION, start=1)]
    occupation = [f"{i}. {label}" for i, (_, label) in enumerate(OCCUPATIONS, start=1)]
    profile = Table([
        [Paragraph("Jenis kelamin", styles["q"]),
         Paragraph(_options(["L. Laki-laki", "P. Perempuan"]), styles["opt"])],
        [Paragraph("Umur", styles["q"]), Paragraph("........ tahun", styles["opt"])],
        [Paragraph("Pendidikan", styles["q"]), Paragraph(_options(education), styles["opt"])],
        [Paragraph("Pekerjaan", styles["q"]), Paragraph(_options(occupation), styles["opt"])],
    ], colWidths=[3 * cm, width - 3 * cm])
    profile.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    rows = []
    for number, code in enumerate(order, start=1):
        answers = [f"{letter}. {text}" for letter, text in zip("abcd", ELEMENT_ANSWERS[code],
                                                                strict=True)]
        rows.append([Paragraph(f"{number}.", styles["q"]),
                     Paragraph(pc.escape(QUESTIONS[code]), styles["q"])])
        rows.append(["", Paragraph(_options(answers), styles["opt"])])
    questions = Table(rows, colWidths=[0.8 * cm, width - 0.8 * cm])
    questions.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *[("LINEBELOW", (0, r), (-1, r), 0.3, colors.lightgrey) for r in range(1, len(rows), 2)],
    ]))
    saran = Table([[Paragraph("<b>Saran dan masukan:</b>", styles["q"])], [""], [""], [""]],
                  colWidths=[width], rowHeights=[0.6 * cm] + [line_height] * 3)
    saran.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("LINEBELOW", (0, 1), (-1, 2), 0.3, colors.lightgrey)]))
    return [
        pc.Letterhead(office, width),
        head,
        Spacer(1, 3),
        Paragraph(pc.escape(INTRO), styles["intro"]),
        Spacer(1, 4),
        Paragraph("<b>PROFIL RESPONDEN</b>", styles["q"]),
        profile,
        Spacer(1, 4),
        Paragraph("<b>PENDAPAT RESPONDEN TENTANG PELAYANAN</b>", styles["q"]),
        questions,
        Spacer(1, 4),
        KeepTogether([saran, Spacer(1, 3),
                      Paragraph("Terima kasih atas kesediaan Bapak/Ibu/Saudara mengisi kuesioner "
                                "ini.", styles["intro"])]
                     + ([Spacer(1, 3), Paragraph(pc.escape(privacy_notice), styles["small"].clone(
                         "notice", fontSize=notice_size, leading=notice_size * 1.22,
                         textColor=colors.HexColor("#333333")))] if privacy_notice else [])),
    ]


def write_questionnaire(out, office, service_name: str, serials: list[str], order: list[str],
                        day=None, privacy_notice: str = "") -> int:
    """Write one A4 sheet per serial to `out` (path or file object); returns the sheets.
    `privacy_notice`: the office's filled-in notice (models/core/notice.py), in small print
    at the foot of each sheet."""
    styles = _styles()
    date_text = format_date(day) if day else "...................."
    fit = _fit(office, service_name, serials[-1] if serials else "", order, styles,
               date_text, privacy_notice)
    doc = _document(out)
    story: list = []
    for i, serial in enumerate(serials):
        if i:
            story.append(PageBreak())
        story += _sheet(office, service_name, serial, order, doc.width, styles, date_text,
                        privacy_notice, fit)
    doc.build(story)
    return len(serials)


def _document(out):
    return pc.a4_document(out, title="Kuesioner Survei Kepuasan Masyarakat",
                          leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.2 * cm,
                          bottomMargin=1.2 * cm)


def _fit(office, service_name, serial, order, styles, date_text, privacy_notice):
    """The largest print of the notice (and suggestion lines) that keeps one sheet on one
    page, found by laying out one trial sheet (the sheets differ only in their serial)."""
    if not privacy_notice:
        return FITS[0]
    for fit in FITS:
        trial = io.BytesIO()
        doc = _document(trial)
        doc.build(_sheet(office, service_name, serial, order, doc.width, styles, date_text,
                         privacy_notice, fit))
        if doc.page == 1:
            return fit
    return FITS[-1]


def print_questionnaires(actor, office, service_name: str, count: int, year: int,
                         order: list[str], out) -> list[str]:
    """Take `count` serials of `year` and write their sheets to the PDF `out`, in one
    transaction: the serials are recorded only when the whole PDF is written (to a
    temporary file beside `out`, renamed once the serials are committed), so a failure
    takes no serial and leaves no file."""
    from desk_app.models.core.errors import ValidationError
    from desk_app.models.core.files import replacing
    from desk_app.models.core.notice_office import printed_notice
    from desk_app.models.skm import forms as survey_forms

    this_year = dt.date.today().year
    if not 2000 <= int(year) <= this_year + 1:
        raise ValidationError(f"Tahun survei harus 2000 sampai {this_year + 1}.", "year")
    privacy_notice = printed_notice(office.code)
    with replacing(out, "menulis kuesioner") as partial:
        return survey_forms.reserve_serials(
            actor, office.code, count, int(year),
            write=lambda serials: write_questionnaire(str(partial), office, service_name,
                                                      serials, order,
                                                      privacy_notice=privacy_notice))
