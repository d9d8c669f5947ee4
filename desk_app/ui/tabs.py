"""The main window's tabs, in order. A tab is listed here only once its feature works;
a user sees a tab only when their role has the tab's permission.

Each tab module defines a QWidget subclass built as `TabClass(session, parent=None)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TabSpec:
    key: str
    module: str
    class_name: str
    permission: str
    title: str  # translated in the "MainWindow" context
    shortcut: str  # Alt+<digit> opens the tab


TABS: list[TabSpec] = [
    TabSpec("requests", "desk_app.ui.requests.tab", "RequestsTab", "requests.view",
            QT_TRANSLATE_NOOP("MainWindow", "Permohonan"), "Alt+1"),
    TabSpec("complaints", "desk_app.ui.complaints.tab", "ComplaintsTab", "complaints.view",
            QT_TRANSLATE_NOOP("MainWindow", "Pengaduan"), "Alt+2"),
    TabSpec("surveys", "desk_app.ui.skm.tab", "SurveyTab", "surveys.view",
            QT_TRANSLATE_NOOP("MainWindow", "Survei"), "Alt+3"),
    TabSpec("catalogue", "desk_app.ui.catalogue.tab", "CatalogueTab", "catalogue.view",
            QT_TRANSLATE_NOOP("MainWindow", "Standar Pelayanan"), "Alt+4"),
    TabSpec("reports", "desk_app.ui.reports.tab", "ReportsTab", "reports.view",
            QT_TRANSLATE_NOOP("MainWindow", "Laporan"), "Alt+5"),
    TabSpec("admin", "desk_app.ui.admin.tab", "AdminTab", "admin.view",
            QT_TRANSLATE_NOOP("MainWindow", "Admin"), "Alt+6"),
    TabSpec("my_work", "desk_app.ui.requests.my_work_tab", "MyWorkTab", "requests.advance",
            QT_TRANSLATE_NOOP("MainWindow", "Pekerjaan Saya"), "Alt+7"),
]
