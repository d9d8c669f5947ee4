"""The Survei tab: keying paper SKM forms (and importing them) and reading the index."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk_app.ui.skm.entry_page import SurveyEntryPage
from desk_app.ui.skm.followup_page import FollowUpPage
from desk_app.ui.skm.index_page import SurveyIndexPage
from desk_app.ui.widgets import fit_combos


class SurveyTab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.pages = QTabWidget(self)
        self.entry_page = SurveyEntryPage(session, self.pages)
        self.index_page = SurveyIndexPage(session, self.pages)
        self.pages.addTab(self.entry_page, self.tr("&Entri formulir"))
        self.pages.addTab(self.index_page, self.tr("Indeks &kepuasan (IKM)"))
        self.followup_page = FollowUpPage(session, self.pages)
        self.pages.addTab(self.followup_page, self.tr("&Tindak lanjut && publikasi"))
        layout.addWidget(self.pages)
        fit_combos(self, 24)  # the service lists elide: every page fits 1024 px
