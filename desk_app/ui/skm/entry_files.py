"""The file actions of the survey keying page: import a workbook or CSV of forms (the
import flow of skm/import_flow.py; refused rows listed) and print blank numbered
questionnaires. A mixin of
`SurveyEntryPage` (skm/entry_page.py): it uses the page's session, batch, service and
date fields, `_import` and `_refresh_list`."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import settings
from desk_app.models.core.errors import UserError
from desk_app.ui.save_file import save_file_name
from desk_app.ui.skm.dialogs import ImportErrorsDialog
from desk_app.ui.widgets import show_error, show_info


class SurveyFileActions:
    """Import and printing for `SurveyEntryPage`."""

    def import_excel(self) -> None:
        if not self.session.can("surveys.import"):
            show_error(self, self.tr("Anda tidak berwenang mengimpor survei."))
            return
        from desk_app.ui.skm.import_flow import SurveyImport

        self._import = SurveyImport(self, self.session, self._import_done).start()

    def _import_done(self, result) -> None:
        if result.errors:
            ImportErrorsDialog(result, self).exec()
        else:
            show_info(self, result.message)
        if self.batch is not None:
            self._refresh_list()

    def print_questionnaires(self) -> None:
        """Blank numbered questionnaires for the chosen service, saved as a PDF to print."""
        service_id = self.service_combo.currentData()
        if service_id is None:
            return
        copies, ok = QInputDialog.getInt(self, self.tr("Cetak kuesioner"),
                                         self.tr("Jumlah lembar (masing-masing bernomor sendiri):"),
                                         20, 1, 1000)
        if not ok:
            return
        path, _ = save_file_name(self, self.tr("Simpan kuesioner PDF"), "kuesioner-skm.pdf",
                                 self.tr("PDF (*.pdf)"))
        if not path:
            return
        from desk_app.reports.questionnaire import print_questionnaires

        service = Service.get_by_id(service_id)
        try:  # the serials are taken only when the whole PDF is written
            serials = print_questionnaires(
                self.session.user, self.session.office, service.name, copies,
                self.date_from.date_value().year,
                settings.get(self.session.office_code, "survey_question_order"), path)
        except (UserError, OSError) as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("%1 lembar kuesioner (no. %2–%3) disimpan di %4.")
                  .replace("%1", str(copies)).replace("%2", serials[0])
                  .replace("%3", serials[-1]).replace("%4", path))

