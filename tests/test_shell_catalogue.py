"""The Standar Pelayanan tab: search, versions, admin edits, the standard sheet PDF."""

from __future__ import annotations

import io

import pypdf
from shell_helpers import session_for

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core.office import home_office
from desk_app.reports.standard_sheet import write_standard_sheet
from desk_app.ui.catalogue.standard_edit_dialog import StandardEditDialog
from desk_app.ui.catalogue.tab import CatalogueTab


def _tab(qtbot, key="admin") -> CatalogueTab:
    tab = CatalogueTab(session_for(key))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_search_as_you_type_filters_the_list(qtbot, db, office):
    tab = _tab(qtbot, "counter")
    total = len(catalogue.list_services(office))
    assert tab.proxy.rowCount() == total > 1
    target = catalogue.list_services(office)[1]
    word = target.name.split()[-1]
    qtbot.keyClicks(tab.search, word.lower())
    names = [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())]
    assert target.name in names
    assert all(word.lower() in n.lower() or word.lower() in tab.proxy.index(i, 2).data().lower()
               or word.lower() in tab.proxy.index(i, 0).data().lower()
               for i, n in enumerate(names))
    assert tab.proxy.rowCount() < total
    tab.search.clear()
    qtbot.keyClicks(tab.search, "zzz-tidak-ada")
    assert tab.proxy.rowCount() == 0
    assert tab.count_label.text() == f"0 dari {total} layanan"
    assert tab.service is None and not tab.print_button.isEnabled()
    tab.search.clear()
    assert tab.proxy.rowCount() == total and tab.service is not None


def test_detail_shows_all_components_and_decree(qtbot, db, office):
    tab = _tab(qtbot, "counter")
    service = tab.service
    standard = catalogue.standard_in_force(service)
    public = tab.public_view.toPlainText()
    internal = tab.internal_view.toPlainText()
    for label in ("Persyaratan", "Sistem, mekanisme dan prosedur", "Jangka waktu penyelesaian",
                  "Biaya/tarif", "Produk pelayanan", "Penanganan pengaduan, saran dan masukan"):
        assert label in public
    for label in ("Dasar hukum", "Sarana, prasarana dan/atau fasilitas", "Kompetensi pelaksana",
                  "Pengawasan internal", "Jumlah pelaksana", "Jaminan pelayanan",
                  "Jaminan keamanan dan keselamatan pelayanan", "Evaluasi kinerja pelaksana"):
        assert label in internal
    assert standard.requirements[0] in public
    assert standard.legal_basis[0] in internal
    header = tab.header.toPlainText()
    assert standard.sk_number in header
    assert f"{standard.time_frame_days} hari kerja" in public


def test_admin_edit_saves_a_new_version_and_keeps_the_old(qtbot, db, office, monkeypatch):
    tab = _tab(qtbot, "admin")
    service = tab.service
    old = catalogue.latest_standard(service)

    def fake_exec(dialog):
        requirements = dialog.fields["requirements"]
        requirements.setPlainText(requirements.toPlainText() + "\nFotokopi kartu keluarga terbaru")
        dialog.fields["sk_number"].setText("KEP-99/Kw.18/2026")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(StandardEditDialog, "exec", fake_exec)
    tab.edit_button.click()

    assert tab.standard.version == old.version + 1
    assert "Fotokopi kartu keluarga terbaru" in tab.public_view.toPlainText()
    assert "KEP-99/Kw.18/2026" in tab.header.toPlainText()
    assert tab.version_combo.count() == 2
    # the old version is still there and readable
    tab.version_combo.setCurrentIndex(tab.version_combo.findData(old.version))
    assert tab.standard.version == old.version
    assert "Fotokopi kartu keluarga terbaru" not in tab.public_view.toPlainText()
    assert old.sk_number in tab.header.toPlainText()


def test_edit_dialog_refuses_empty_requirements(qtbot, db, office, monkeypatch):
    tab = _tab(qtbot, "admin")
    shown = []
    monkeypatch.setattr("desk_app.ui.catalogue.standard_edit_dialog.show_error",
                        lambda parent, exc: shown.append(exc.message))
    dialog = StandardEditDialog(tab.session, tab.service, catalogue.latest_standard(tab.service))
    qtbot.addWidget(dialog)
    dialog.fields["requirements"].setPlainText("   \n")
    dialog.submit()
    assert dialog.saved is None
    assert shown and "Persyaratan wajib diisi" in shown[0]
    assert len(catalogue.standard_versions(tab.service)) == 1


def test_standard_sheet_pdf_lists_requirements(db, office):
    service = catalogue.list_services(office)[0]
    standard = catalogue.latest_standard(service)
    out = io.BytesIO()
    write_standard_sheet(out, home_office(), service, standard)
    text = _pdf_text(out.getvalue())
    assert "STANDAR PELAYANAN" in text
    assert " ".join(standard.name.split()) in text
    for requirement in standard.requirements:
        assert " ".join(requirement.split()) in text
    assert standard.sk_number in text
    assert "KEMENTERIAN AGAMA REPUBLIK INDONESIA" in text
    assert "Halaman 1 dari" in text


def test_print_menu_saves_the_sheet_for_a_counter_officer(qtbot, db, office, tmp_path, monkeypatch):
    tab = _tab(qtbot, "counter")
    target = tmp_path / "lembar"
    monkeypatch.setattr("desk_app.ui.save_file.ask_user",
                        lambda dialog: (str(target), "Berkas PDF (*.pdf)"))
    tab.save_pdf_action.trigger()
    saved = tmp_path / "lembar.pdf"
    assert saved.exists()
    text = _pdf_text(saved.read_bytes())
    assert " ".join(tab.standard.requirements[0].split()) in text


def test_a_registered_detail_page_follows_the_selection(qtbot, db, office):
    from PySide6.QtWidgets import QLabel

    class Page(QLabel):
        def __init__(self, session, parent=None):
            super().__init__(parent)
            self.seen = []

        def set_service(self, service):
            self.seen.append(service.code if service else None)

    tab = _tab(qtbot, "counter")
    page = tab.add_detail_page("Uji", Page)
    assert tab.detail_tabs.tabText(tab.detail_tabs.count() - 1) == "Uji"
    first = tab.service.code
    tab.table.setCurrentIndex(tab.proxy.index(1, 0))
    assert page.seen == [first, tab.service.code] and first != tab.service.code


def test_printing_renders_every_page_on_the_printer(qtbot, db, office, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from desk_app.ui.pdf_print import render_to_printer

    service = catalogue.list_services(office)[0]
    sheet = tmp_path / "lembar.pdf"
    write_standard_sheet(str(sheet), home_office(), service, catalogue.latest_standard(service))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printed = tmp_path / "dicetak.pdf"
    printer.setOutputFileName(str(printed))
    pages = render_to_printer(str(sheet), printer)
    assert pages == len(pypdf.PdfReader(str(sheet)).pages)
    assert len(pypdf.PdfReader(str(printed)).pages) == pages


def test_a_version_saved_for_later_is_marked_and_the_current_one_stays(qtbot, db, office):
    import datetime as dt

    tab = _tab(qtbot, "admin")
    service = tab.service
    base = catalogue.latest_standard(service)
    values = {key: getattr(base, key) for key in catalogue.STANDARD_TEXT_FIELDS
              + catalogue.STANDARD_LIST_FIELDS if key != "change_note"}
    values.update(time_frame_days=base.time_frame_days, sk_date=base.sk_date,
                  effective_date=dt.date.today() + dt.timedelta(days=400))
    catalogue.save_standard_version(tab.session.user, service.id, values)
    tab.reload(service.id)
    tab.show_service(catalogue.get_service(service.id))
    labels = [tab.version_combo.itemText(i) for i in range(tab.version_combo.count())]
    assert "(belum berlaku)" in labels[0] and "(berlaku sekarang)" in labels[1]
    assert tab.standard.version == base.version  # the one in force is shown by default
