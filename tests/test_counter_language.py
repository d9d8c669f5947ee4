"""Both languages complete where the officer looks: Qt's own dialogs in Indonesian, and in
English the statuses, durations, dates and the survey grid and legend (issue 20)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desk_app.app import Translators
from desk_app.ui import text as ui_text
from desk_app.ui import ui_state
from desk_app.ui.skm.form import legend_html


@pytest.fixture
def translators(qapp):
    translators = Translators(qapp)
    yield translators
    translators.apply("id")
    ui_state.set_language("id")


def test_qt_standard_strings_speak_indonesian(qtbot, translators):
    translators.apply("id")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
                               | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"OK", "Batal", "&Ya", "&Tidak", "Simpan", "Tutup"}
    translate = QCoreApplication.translate
    assert translate("QPrintDialog", "Print") == "Cetak"
    assert translate("QPrintSettingsOutput", "Copies:") == "Jumlah salinan:"
    assert translate("QFileDialog", "File &name:") == "&Nama berkas:"
    assert translate("QColorDialog", "Select Color") == "Pilih warna"
    assert translate("QMessageBox", "Show Details...") == "Tampilkan rincian..."
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"&Ya", "&Tidak"}


def test_english_statuses_durations_dates_and_survey_legend(translators):
    translators.apply("en")
    assert ui_text.status_label("selesai") == "Done (ready for collection)"
    assert ui_text.status_label("terdaftar") == "Registered"
    assert ui_text.format_minutes((106 * 8 + 5) * 60) == "106 days 5 hours"
    assert ui_text.format_minutes(61) == "1 hour 1 minute"
    assert ui_text.format_date(dt.date(2026, 12, 2), weekday=True) == "Wednesday, 2 December 2026"
    legend = legend_html()
    assert "Private sector" in legend and "Swasta" not in legend
    translators.apply("id")
    assert ui_text.status_label("selesai") == "Selesai (siap diambil)"
    assert ui_text.format_minutes((106 * 8 + 5) * 60) == "106 hari 5 jam"
    assert ui_text.format_date(dt.date(2026, 12, 2), weekday=True) == "Rabu, 2 Desember 2026"
    assert "Swasta" in legend_html()
    assert QApplication.instance() is not None
