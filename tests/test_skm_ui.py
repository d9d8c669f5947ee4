"""The Survei tab keyed with the keyboard alone: keystrokes per form, refusals, undo,
double-entry comparison and the index view."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.office import Office
from desk_app.models.skm import entry as survey_entry
from desk_app.models.skm.tables import SurveyResponse
from desk_app.ui.session import Session
from desk_app.ui.skm.tab import SurveyTab


@pytest.fixture
def make_tab(db, db_url, office, qtbot):
    def make(user):
        tab = SurveyTab(Session(user=user, office=Office.get_by_id(office), db_url=db_url))
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow)
        return tab

    return make


class Keyboard:
    """Sends each key to whichever widget has the focus, and counts the keys."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    def press(self, keys: str) -> None:
        for char in keys:
            widget = QApplication.focusWidget()
            assert widget is not None, "no widget has the keyboard focus"
            self.qtbot.keyClicks(widget, char)  # one key press with this character
            self.count += 1

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        self.count += 1


def start(tab, double=False):
    page = tab.entry_page
    page.double_check.setChecked(double)
    page.start_batch()  # the batch header (not counted)
    assert QApplication.focusWidget() is page.form
    return page


# profile (gender, age, education key, occupation key) then the 9 answers in form order
FORMS = [
    "L353" + "4" + "434434434",
    "p275" + "1" + "abcd 4321",
    "L" + "0" + "6" + "0" + "3333333" + "00",  # age left empty: one key (0) instead of two
]


def test_three_forms_keyed_with_the_keyboard_alone(make_tab, counter, qtbot):
    tab = make_tab(counter)
    page = start(tab)
    assert page.serial_edit.text() == "1"
    keyboard = Keyboard(qtbot)
    per_form = []
    for keys in FORMS:
        before = keyboard.count
        keyboard.press(keys)
        per_form.append(keyboard.count - before)
    assert per_form == [14, 14, 13]
    forms = {f.serial: f for f in SurveyResponse.select()}
    assert sorted(forms) == ["1", "2", "3"]
    first, second, third = forms["1"], forms["2"], forms["3"]
    assert (first.gender, first.age, first.education, first.occupation) == ("L", 35, "SMA", "Swasta")
    # default question order U1..U7, U9, U8: the 8th answer typed is U9
    assert [first.u1, first.u2, first.u3, first.u7, first.u9, first.u8] == [4, 3, 4, 4, 3, 4]
    assert (second.gender, second.age, second.education, second.occupation) == ("P", 27, "D4/S1", "PNS")
    assert [second.u1, second.u2, second.u3, second.u4, second.u5, second.u9, second.u8] == \
        [1, 2, 3, 4, None, 2, 1]
    assert (third.gender, third.age, third.education, third.occupation) == ("L", None, "S2", None)
    assert (third.u1, third.u8, third.u9) == (3, None, None)
    assert page.serial_edit.text() == "4"
    assert "3 formulir" in page.tally_label.text()
    assert page.forms_model.rowCount() == 3


def test_without_autosave_enter_saves_after_fourteen_keys(make_tab, counter, qtbot):
    tab = make_tab(counter)
    tab.entry_page.autosave_check.setChecked(False)
    page = start(tab)
    keyboard = Keyboard(qtbot)
    keyboard.press(FORMS[0])
    assert SurveyResponse.select().count() == 0
    keyboard.key(Qt.Key.Key_Return)
    assert keyboard.count == 15 and SurveyResponse.select().count() == 1
    assert page.serial_edit.text() == "2"


def test_wrong_keys_refused_with_a_hint_and_undo(make_tab, counter, qtbot):
    tab = make_tab(counter)
    page = start(tab)
    keyboard = Keyboard(qtbot)
    keyboard.press("x")
    assert "tidak berlaku" in page.hint_label.text() and page.form.index == 0
    keyboard.press("L3")
    keyboard.press("a")  # a letter in the age cell
    assert "Umur" in page.hint_label.text() and page.form.age_buffer == "3"
    keyboard.press("5" + "8")  # education 8 does not exist
    assert "Pendidikan" in page.hint_label.text() and page.form.index == 2
    keyboard.press("2" + "1" + "44444")
    keyboard.press("5")  # an answer 5 is refused
    assert "tidak berlaku" in page.hint_label.text()
    assert SurveyResponse.select().count() == 0  # nothing half-saved
    keyboard.press("4444")
    assert SurveyResponse.select().count() == 1
    keyboard.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = SurveyResponse.get()
    assert undone.void_reason == "dibatalkan saat entri"
    assert page.serial_edit.text() == "1" and page.form.values["U1"] == 4  # values back
    assert "dibatalkan" in page.hint_label.text()


def test_duplicate_serial_refused_in_the_form(make_tab, counter, qtbot, office):
    service = Service.select().where(Service.office == office).first()
    other = survey_entry.create_batch(counter, office, service.id, dt.date.today())
    survey_entry.save_form(counter, other.id, "1", {"U1": 4})
    survey_entry.undo_last(counter, other.id)
    survey_entry.save_form(counter, other.id, "5", {"U1": 4})
    tab = make_tab(counter)
    page = start(tab)
    assert page.serial_edit.text() == "6"
    page.serial_edit.setText("5")
    page.form.setFocus()
    Keyboard(qtbot).press(FORMS[0])
    assert "5 sudah dipakai" in page.hint_label.text()
    assert QApplication.focusWidget() is page.serial_edit


def test_double_entry_mismatch_view(make_tab, counter, counter2, qtbot, office, monkeypatch):
    tab = make_tab(counter)
    page = start(tab, double=True)
    Keyboard(qtbot).press(FORMS[0] + FORMS[1])
    batch = page.batch
    # the second officer opens the same batch for the second keying
    second_tab = make_tab(counter2)
    second = second_tab.entry_page
    second.batch_combo.setCurrentIndex(second.batch_combo.findData(batch.id))
    assert second.entry_combo.isVisibleTo(second) and not second.service_combo.isEnabled()
    second.entry_combo.setCurrentIndex(second.entry_combo.findData(2))
    second.start_batch()
    assert second.serial_edit.text() == "1"  # follows the first keying
    second.form.setFocus()
    Keyboard(qtbot).press(FORMS[0])
    assert second.serial_edit.text() == "2"
    Keyboard(qtbot).press("p275" + "1" + "a" + "44444444")  # answers differ from form 2
    assert SurveyResponse.select().where(SurveyResponse.entry == 2).count() == 2
    from desk_app.ui.skm import dialogs as survey_dialogs

    seen = {}

    def run_dialog(dialog):
        seen["rows"] = dialog.list_model.rowCount()
        seen["serial"] = dialog.current().serial
        seen["left"] = dialog.detail_model.index(0, 1).data()
        dialog._resolve_with("first")
        seen["after"] = dialog.list_model.rowCount()
        return 0

    monkeypatch.setattr(survey_dialogs.MismatchDialog, "exec", run_dialog)
    monkeypatch.setattr(survey_dialogs, "show_info", lambda *a, **k: None)
    page.compare()
    assert seen == {"rows": 1, "serial": "2", "left": "1 · Tidak sesuai", "after": 0}
    assert survey_entry.get_batch(batch.id).status == "counted"


def test_index_view_shows_table_and_chart(make_tab, head, qtbot, office):
    service = Service.select().where(Service.office == office).first()
    batch = survey_entry.create_batch(head, office, service.id, dt.date(2026, 5, 4))
    for serial, answer in (("1", 4), ("2", 3)):
        survey_entry.save_form(head, batch.id, serial, {f"U{i}": answer for i in range(1, 10)})
    tab = make_tab(head)
    page = tab.index_page
    tab.pages.setCurrentWidget(page)
    page.period.set_period("2026-Q2")  # the picker's change computes
    assert page.model.rowCount() == 9
    assert page.model.index(0, 3).data() == "3,5000" and page.model.index(0, 5).data() == "B"
    assert "87,50" in page.summary.text() and "Baik" in page.summary.text()
    assert len(page.chart.rows) == 9 and page.chart.ikm == 87.5
    assert "Profil responden" in page.details.toPlainText()
    image = page.chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert {"#2f5d8a", "#b9e3c6", "#f6c9c4"} <= colours  # bars, band A, band D


def test_correct_a_saved_form_from_the_table(make_tab, head, qtbot, monkeypatch):
    from desk_app.models.core import audit
    from desk_app.ui.skm import entry_page as survey_entry_page
    from desk_app.ui.skm.dialogs import FormDialog

    tab = make_tab(head)
    page = start(tab)
    Keyboard(qtbot).press(FORMS[0])
    page.forms_view.selectRow(0)

    def fill(dialog):
        dialog.answers["U3"].setCurrentIndex(dialog.answers["U3"].findData(1))
        dialog.age.setValue(51)
        return FormDialog.DialogCode.Accepted

    monkeypatch.setattr(survey_entry_page.FormDialog, "exec", fill)
    page.correct_selected()
    form = SurveyResponse.get()
    assert (form.u3, form.age, form.u1) == (1, 51, 4)
    event = audit.history("SurveyResponse", form.id)[-1]
    assert event.action == "correct" and event.diff["before"]["u3"] == 4
    assert page.forms_model.index(0, 2).data() == "51"


def test_import_from_the_tab_runs_off_the_gui_thread(make_tab, counter, qtbot, monkeypatch,
                                                     tmp_path, office):
    from openpyxl import Workbook

    from desk_app.ui.skm import entry_files

    service = Service.select().where(Service.office == office).first()
    book = Workbook()
    book.active.append(["No", "Tanggal", "Layanan", "Jenis Kelamin", "Umur", "Pendidikan",
                        "Pekerjaan", *[f"U{i}" for i in range(1, 10)]])
    book.active.append([1, dt.date(2026, 3, 2), service.code, "L", 30, "SMA", "PNS", *[4] * 9])
    book.active.append([2, dt.date(2026, 3, 2), service.code, "Z", 30, "SMA", "PNS", *[4] * 9])
    path = tmp_path / "skm.xlsx"
    book.save(path)
    shown = []
    monkeypatch.setattr("desk_app.ui.save_file.ask_user", lambda dialog: (str(path), ""))
    monkeypatch.setattr(entry_files.ImportErrorsDialog, "exec",
                        lambda dialog: shown.append(dialog.findChild(QPlainTextEdit).toPlainText()))
    tab = make_tab(counter)
    tab.entry_page.import_excel()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == ["Baris 3: Jenis kelamin harus L atau P."]
    assert SurveyResponse.select().count() == 0
