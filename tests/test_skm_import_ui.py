"""The survey import in the window: unplaced columns go through the mapping dialog (and
are remembered), the preview shows forms per service and month with their IKM before
anything is written, and the serial choice decides how a recap numbered 1…n is taken."""

import datetime as dt

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QDialog

from desk_app.models.catalogue.tables import Service
from desk_app.models.skm.import_columns import stored_mappings
from desk_app.models.skm.tables import SurveyResponse
from desk_app.ui.session import Session
from desk_app.ui.skm import dialogs as survey_dialogs
from desk_app.ui.skm.import_mapping import MappingDialog
from desk_app.ui.skm.import_preview import PreviewDialog
from desk_app.ui.skm.tab import SurveyTab


@pytest.fixture
def page(qtbot, db, db_url, office, counter):
    from desk_app.models.core.office import Office

    tab = SurveyTab(Session(user=counter, office=Office.get_by_id(office), db_url=db_url))
    qtbot.addWidget(tab)
    return tab


def export(path, service, first_no=1, month=9):
    book = Workbook()
    book.active.append(["Laporan SKM"])
    book.active.append(["No", "Stempel waktu", "Loket tujuan", "Nama", "Jenis Kelamin",
                        *(f"U{i}" for i in range(1, 10))])
    for n, level in enumerate((4, 3, 4), start=first_no):
        book.active.append([n, dt.datetime(2026, month, n, 9, 30), service.code, "Budi", "L",
                            *[level] * 9])
    book.save(path)
    return path


def run_import(page, qtbot, monkeypatch, path, mapping=None, preview=None):
    """Drive the window's import; `mapping(dialog)` / `preview(dialog)` act as the user."""
    seen = {"mapping": 0, "preview": []}

    def mapping_exec(dialog):
        seen["mapping"] += 1
        return mapping(dialog) if mapping else QDialog.DialogCode.Rejected

    def preview_exec(dialog):
        seen["preview"].append(dialog)
        return preview(dialog) if preview else QDialog.DialogCode.Rejected

    done = []
    monkeypatch.setattr("desk_app.ui.save_file.ask_user", lambda dialog: (str(path), ""))
    monkeypatch.setattr(MappingDialog, "exec", mapping_exec)
    monkeypatch.setattr(PreviewDialog, "exec", preview_exec)
    monkeypatch.setattr(survey_dialogs.ImportErrorsDialog, "exec", lambda d: done.append(d))
    monkeypatch.setattr("desk_app.ui.skm.entry_files.show_info", lambda parent, text: done.append(text))
    page.entry_page.import_excel()
    return seen, done


def test_unplaced_column_is_mapped_previewed_then_imported(page, qtbot, monkeypatch, office,
                                                           tmp_path):
    service = Service.select().where(Service.office == office).first()
    path = export(tmp_path / "ekspor.xlsx", service)

    def map_it(dialog):
        assert dialog.columns_model.rowCount() == 14 and dialog._columns.header_row == 2
        assert "Belum ada kolom untuk: Layanan." in dialog.status.text()
        assert dialog.preview_model.rowCount() == 3  # the first rows as they will be read
        dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("service"))
        assert dialog.status.text() == ""
        dialog.name_edit.setText("ekspor loket")
        return QDialog.DialogCode.Accepted

    def accept(dialog):
        assert SurveyResponse.select().count() == 0  # nothing written before Impor
        # (4+3+4)/3 = 11/3 for every element -> 11/3 × 25 = 91.67, A
        model = dialog.groups_model  # what the user sees in the first row
        assert [model.index(0, c).data() for c in range(1, 5)] == ["September 2026", "3", "91,67", "A"]
        assert dialog.file_radio.isChecked() and dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    seen, done = run_import(page, qtbot, monkeypatch, path, map_it, accept)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert seen["mapping"] == 1 and done == ["3 formulir survei diimpor dari ekspor.xlsx."]
    assert stored_mappings(office)["ekspor loket"]["columns"]["loket tujuan"] == "service"
    assert sorted(s for (s,) in SurveyResponse.select(SurveyResponse.serial).tuples()) == [
        "1", "2", "3"]

    # the next export of the same layout, numbered 1…3 again: no mapping dialog; the
    # printed-serial choice is refused, the fresh-serial choice imports
    again = export(tmp_path / "ekspor-oktober.xlsx", service, month=10)

    def fresh(dialog):
        assert dialog.auto_radio.isChecked()  # proposed, as the file's No are taken
        dialog.file_radio.setChecked(True)
        assert not dialog.ok_button.isEnabled()
        assert "No 1 sudah dipakai" in dialog.serial_note.toPlainText()
        dialog.auto_radio.setChecked(True)
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    seen, done = run_import(page, qtbot, monkeypatch, again, None, fresh)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert seen["mapping"] == 0
    assert done[0].startswith("3 formulir survei diimpor") and "IMP-" in done[0]
    assert SurveyResponse.select().count() == 6


def test_cancelled_preview_writes_nothing(page, qtbot, monkeypatch, office, tmp_path):
    service = Service.select().where(Service.office == office).first()
    book = Workbook()
    book.active.append(["No", "Tanggal", "Layanan", *(f"P{i}" for i in range(1, 10))])
    book.active.append([1, dt.date(2026, 9, 1), service.code, *[4] * 9])
    book.active.append([None, "Jumlah", None, *[5] * 9])  # the recap says 5, the row 4
    path = tmp_path / "rekap.xlsx"
    book.save(path)

    def look(dialog):
        assert dialog.plan.disagreements[0] == "Baris 3 (Jumlah): U1: berkas 5, dari baris formulir 4"
        assert not dialog.ok_button.isEnabled()
        dialog.totals_check.setChecked(True)
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Rejected

    seen, _ = run_import(page, qtbot, monkeypatch, path, None, look)
    qtbot.waitUntil(lambda: bool(seen["preview"]), timeout=10000)
    assert SurveyResponse.select().count() == 0


def test_recap_without_a_date_column_gets_one_date_for_every_row(page, qtbot, monkeypatch,
                                                                  office, tmp_path):
    service = Service.select().where(Service.office == office).first()
    book = Workbook()
    book.active.append(["No", "Layanan", *(f"Unsur {i}" for i in range(1, 10))])
    for n in (1, 2):
        book.active.append([n, service.code, *[3] * 9])
    path = tmp_path / "rekap-juli.xlsx"
    book.save(path)

    def map_it(dialog):
        assert "Belum ada kolom untuk: Tanggal." in dialog.status.text()
        dialog.date_check.setChecked(True)
        dialog.date_edit.set_date_value(dt.date(2026, 7, 31))
        assert dialog.status.text() == ""
        return QDialog.DialogCode.Accepted

    def accept(dialog):
        assert [dialog.groups_model.index(0, c).data() for c in (1, 2)] == ["Juli 2026", "2"]
        return QDialog.DialogCode.Accepted

    seen, done = run_import(page, qtbot, monkeypatch, path, map_it, accept)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert seen["mapping"] == 1 and done[0].startswith("2 formulir survei diimpor")
    assert {f.survey_date for f in SurveyResponse.select()} == {dt.date(2026, 7, 31)}
