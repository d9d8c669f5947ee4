"""Every grid of the window is the one table model (ui/table_model.py), and every one of
them passes Qt's model checks with real rows, on both backends.

Each case builds one grid's model the way its screen does, from records made through the
domain's own functions, then runs pytest-qt's `qtmodeltester` (row/column counts, parents,
headers, data for every role, signals), checks that the row role gives back the record,
and sorts it by each column's native value. `test_every_grid_is_covered` fails when a
screen declares columns (a `*_COLUMNS` constant, a `*_columns()` function or a
`TableModel` subclass) that no case here builds.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import re
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt

import desk_app.ui
from desk_app.models.core.periods import parse_period
from desk_app.ui.table_model import ROW_ROLE, SORT_ROLE, Column, PagedTableModel, TableModel

TZ = "Asia/Makassar"
CASES: dict = {}


def case(*covers: str):
    """Register a builder; `covers` names the column declarations it exercises."""
    def register(build):
        CASES[build.__name__] = (build, covers)
        return build
    return register


@pytest.fixture
def w(db, db_url, backend, office, admin, head, counter, counter2, tmp_path):
    return SimpleNamespace(db_url=db_url, backend=backend, office=office, admin=admin, head=head,
                           counter=counter, counter2=counter2, tmp_path=tmp_path)


def _october(w):
    from report_helpers import build_october

    build_october(w.office, w.counter, w.head)


def _sop_request(w):
    """A service with our five-step SOP and one request on it, its first step done."""
    from sop_helpers import publish, register, service, wita

    from desk_app.models.sop import flow as sop_flow
    from desk_app.models.sop import work as sop_work

    svc = service(w.office)
    publish(w.admin, svc)
    request = register(w.counter, svc, wita(dt.date(2026, 3, 2), 9))
    first = sop_flow.checklist(request.id)[0]
    sop_work.complete_step(w.counter, request.id, first.step.id, note="Berkas diterima",
                           at=wita(dt.date(2026, 3, 2), 10))
    return svc, request


def _double_batch(w):
    from desk_app.models.skm import entry as survey_entry

    service_id = _first_service(w).id
    batch = survey_entry.create_batch(w.counter, w.office, service_id, dt.date(2026, 5, 4),
                                      double_entry=True)
    answers = {f"U{i}": 4 for i in range(1, 10)}
    for entry, age in ((1, 30), (2, 31)):
        survey_entry.save_form(w.counter, batch.id, "1", answers, gender="P", age=age, entry=entry)
        survey_entry.save_form(w.counter, batch.id, "2", answers, gender="L", age=40, entry=entry)
    survey_entry.save_form(w.counter, batch.id, "3", answers, entry=1)
    return batch, survey_entry.compare_double_entry(batch.id)


def _first_service(w):
    from desk_app.models.catalogue.tables import Service

    return Service.select().where(Service.office == w.office).order_by(Service.sort_order).first()


# --- one builder per grid -------------------------------------------------------------------

@case("desk_app.ui.requests.list_model:RequestListModel")
def request_list(w):
    from desk_app.models.requests.search import RequestFilter
    from desk_app.ui.requests.list_model import RequestListModel

    _october(w)
    return RequestListModel(RequestFilter(office=w.office), page_size=2, today=dt.date(2026, 10, 20))


@case("desk_app.ui.complaints.list_model:ComplaintListModel")
def complaint_list(w):
    from desk_app.ui.complaints.list_model import ComplaintListModel

    _october(w)
    model = ComplaintListModel(w.office, TZ, page_size=2)
    model.set_filters()
    return model


@case("desk_app.ui.requests.detail:timeline_columns")
def request_timeline(w):
    from desk_app.models.requests import flow as request_flow
    from desk_app.models.requests.tables import ServiceRequest
    from desk_app.ui.requests.detail import timeline_columns

    _october(w)
    request = ServiceRequest.get(ServiceRequest.status == "selesai")
    return TableModel(timeline_columns(TZ), request_flow.timeline(request.id), context="TimelineModel")


@case("desk_app.ui.complaints.detail:timeline_columns")
def complaint_timeline(w):
    from complaint_helpers import replied

    from desk_app.models.complaints import views as complaint_views
    from desk_app.ui.complaints.detail import timeline_columns

    complaint = replied(w.counter, w.head)
    return TableModel(timeline_columns(TZ), complaint_views.timeline(complaint.id),
                      context="TimelineModel")


@case("desk_app.ui.requests.my_work_tab:MyWorkModel", "desk_app.ui.requests.my_work_tab:my_work_columns")
def my_work(w):
    from sop_helpers import register, wita

    from desk_app.models.sop import flow as sop_flow
    from desk_app.ui.requests.my_work_tab import MyWorkModel

    svc, _request = _sop_request(w)
    register(w.counter, svc, wita(dt.date(2026, 3, 3), 9), nik_serial=2)
    model = MyWorkModel(TZ)
    model.set_rows(sop_flow.my_work(w.counter))
    return model


@case("desk_app.ui.sop.steps:ChecklistModel", "desk_app.ui.sop.steps:checklist_columns")
def checklist(w):
    from desk_app.models.sop import flow as sop_flow
    from desk_app.ui.sop.steps import ChecklistModel

    _svc, request = _sop_request(w)
    model = ChecklistModel(TZ)
    model.set_rows(sop_flow.checklist(request.id))
    assert model.data(model.index(0, 5)) == w.counter.full_name  # who did step 1
    return model


@case("desk_app.ui.sop.panel:SOP_STEP_COLUMNS")
def sop_steps(w):
    from desk_app.models.catalogue import standards as catalogue
    from desk_app.ui.sop.panel import SOP_STEP_COLUMNS

    svc, _request = _sop_request(w)
    revision = catalogue.sop_revision_in_force(svc)
    return TableModel(SOP_STEP_COLUMNS, catalogue.revision_steps(revision), context="SopStepsModel")


@case("desk_app.ui.sop.step_form:StepsModel", "desk_app.ui.sop.step_form:editor_step_columns")
def sop_editor_steps(w):
    from desk_app.models.catalogue import standards as catalogue
    from desk_app.ui.sop.editor import revision_data
    from desk_app.ui.sop.step_form import StepsModel

    svc, _request = _sop_request(w)
    model = StepsModel(revision_data(catalogue.sop_revision_in_force(svc))["steps"])
    model.insert(1, {"kind": "process", "activity": "Mencatat agenda", "actors": [], "roles": []})
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == \
        [str(n) for n in range(1, model.rowCount() + 1)]
    return model


@case("desk_app.ui.catalogue.parts:SERVICE_COLUMNS")
def services(w):
    from desk_app.models.catalogue import standards as catalogue
    from desk_app.ui.catalogue.parts import SERVICE_COLUMNS

    return TableModel(SERVICE_COLUMNS, catalogue.list_services(w.office), context="CatalogueTab")


@case("desk_app.ui.admin.tab:user_columns")
def users(w):
    from desk_app.models.core import accounts
    from desk_app.ui.admin.tab import CTX_USERS, user_columns, user_look

    accounts.set_active(w.admin, w.counter2.id, False)
    model = TableModel(user_columns(TZ), accounts.list_users(), context=CTX_USERS, look=user_look)
    row = model.row_of(w.counter2.id)
    assert model.index(row, 4).data() == "Nonaktif"
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out
    return model


@case("desk_app.ui.admin.person_panel:person_columns")
def person_records(w):
    from desk_app.models.privacy.person import gather_person
    from desk_app.ui.admin.person_panel import CTX, held_rows, person_columns

    _svc, request = _sop_request(w)
    person = gather_person(w.head, request.applicant_nik, w.office)
    return TableModel(person_columns(TZ), held_rows(person), context=CTX)


@case("desk_app.ui.admin.backups_panel:backup_columns")
def backups(w):
    import shutil

    from desk_app.models.core import backup
    from desk_app.ui.admin.backups_panel import backup_columns

    if w.backend == "postgres" and not shutil.which("pg_dump"):
        pytest.skip("pg_dump not installed")
    backup.backup_database(w.db_url, w.tmp_path)
    backup.backup_database(w.db_url, w.tmp_path, label="otomatis")
    return TableModel(backup_columns(), backup.list_backups(w.tmp_path), context="BackupsModel")


@case("desk_app.ui.admin.cuti_section:CUTI_COLUMNS")
def cuti_bersama(w):
    from desk_app.models.core import workdays
    from desk_app.ui.admin.cuti_section import CUTI_COLUMNS

    for day in (dt.date(2026, 12, 24), dt.date(2026, 3, 20)):
        workdays.add_cuti_bersama(w.admin, w.office, day, "Cuti bersama")
    return TableModel(CUTI_COLUMNS, workdays.list_cuti_bersama(2026), context="CutiModel")


@case("desk_app.ui.admin.bundles_panel:PREVIEW_COUNT_COLUMNS")
def bundle_preview(w):
    from bundle_helpers import enrol, make_district, switch

    from desk_app.models.offices import bundles, merge
    from desk_app.ui.admin.bundles_panel import PREVIEW_COUNT_COLUMNS, preview_rows

    district = make_district(w.tmp_path / "kk.db", "Kk.18.01")
    enrol(district, w.db_url, w.tmp_path)
    switch(district)
    bundles.export_bundle(None, w.tmp_path / "kk.zip")
    switch(w.db_url)
    preview = merge.preview_bundle(w.tmp_path / "kk.zip")
    return TableModel(PREVIEW_COUNT_COLUMNS, preview_rows(preview), context="PreviewCountsModel")


@case("desk_app.ui.admin.bundles_panel:CONFLICT_COLUMNS")
def bundle_conflicts(w):
    from desk_app.models.offices.bundles import Conflict
    from desk_app.ui.admin.bundles_panel import CONFLICT_COLUMNS

    rows = [Conflict("service_request", "a1", "bundel", "2026-11-02T01:00", "2026-11-03T01:00",
                     "Diubah di kedua tempat"),
            Conflict("applicant", "b2", "lokal", "2026-11-04T01:00", "2026-11-03T01:00")]
    return TableModel(CONFLICT_COLUMNS, rows, context="ConflictsModel")


@case("desk_app.ui.skm.index_page:ELEMENT_COLUMNS")
def skm_elements(w):
    from desk_app.models.skm import index as skm
    from desk_app.ui.skm.index_page import ELEMENT_COLUMNS

    _october(w)
    result = skm.compute_index(parse_period("2026-10"), None, w.office)
    return TableModel(ELEMENT_COLUMNS, result.elements, context="ElementsModel")


@case("desk_app.ui.skm.entry_page:form_columns")
def skm_forms(w):
    from desk_app.models.skm import entry as survey_entry
    from desk_app.ui.skm.entry_page import form_columns

    batch = survey_entry.create_batch(w.counter, w.office, _first_service(w).id, dt.date(2026, 5, 4),
                                      question_order=["U3", "U1", "U2", "U4", "U5", "U6", "U7", "U8", "U9"])
    answers = {f"U{i}": 1 + i % 4 for i in range(1, 10)}
    survey_entry.save_form(w.counter, batch.id, "1", answers, gender="P", age=30, education="SMA",
                           occupation="PNS", comment="Ruang tunggu sempit")
    survey_entry.save_form(w.counter, batch.id, "2", {**answers, "U5": None})
    model = TableModel(form_columns(batch.question_order), survey_entry.list_forms(batch.id),
                       context="FormsModel")
    assert model.headerData(5, Qt.Orientation.Horizontal) == "1 (U3)"
    return model


@case("desk_app.ui.skm.dialogs:MISMATCH_COLUMNS")
def skm_mismatches(w):
    from desk_app.ui.skm.dialogs import MISMATCH_COLUMNS

    _batch, mismatches = _double_batch(w)
    return TableModel(MISMATCH_COLUMNS, mismatches, context="MismatchListModel")


@case("desk_app.ui.skm.dialogs:SideBySideModel")
def skm_side_by_side(w):
    from desk_app.ui.skm.dialogs import SideBySideModel

    batch, mismatches = _double_batch(w)
    model = SideBySideModel(batch.question_order)
    model.set_item(mismatches[0])
    return model


@case("desk_app.ui.reports.tab:SUMMARY_COLUMNS")
def report_summary(w):
    from desk_app.reports.period_report import gather_report
    from desk_app.ui.reports.tab import SUMMARY_COLUMNS, summary_rows

    _october(w)
    data = gather_report(parse_period("2026-10"), w.office)
    return TableModel(SUMMARY_COLUMNS, summary_rows(data), context="SummaryModel")


@case("desk_app.ui.skm.followup_page:plan_columns")
def skm_follow_up_plan(w):
    from desk_app.models.skm import followup
    from desk_app.models.skm.entry import create_batch, save_form
    from desk_app.ui.skm.followup_page import plan_columns

    batch = create_batch(w.counter, w.office, _first_service(w).id, dt.date(2026, 7, 1),
                         dt.date(2026, 7, 31))
    save_form(w.counter, batch.id, "1", {**{f"U{i}": 4 for i in range(1, 10)}, "U6": 1})
    for element, programme in (("U6", "Pelatihan layanan prima"), ("U9", "Kursi ruang tunggu")):
        followup.add_item(w.head, w.office, "2026-S2", element, programme, ["III"], "Kepala Seksi")
    model = TableModel(plan_columns(lambda item: model.rows.index(item) + 1), context="PlanModel")
    model.set_rows(followup.plan_for("2026-S2", w.office))
    return model


@case("desk_app.ui.skm.import_mapping:text_grid")
def skm_import_text_grid(w):
    from desk_app.ui.skm.import_mapping import show_texts, text_grid

    model = text_grid(None)
    show_texts(model, ["Kolom berkas", "Isi sebagai", "Contoh isi"],
               [["No", "", "1 · 2"], ["Loket tujuan", "", "BIMAS-01"], ["Stempel waktu"]], marked=[1])
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(2, 2).data() == ""  # a short row
    return model


# --- the checks -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(CASES))
def test_grid_model(name, w, qtmodeltester):
    build, _covers = CASES[name]
    model = build(w)
    if isinstance(model, PagedTableModel):
        assert model.canFetchMore(QModelIndex())
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
    assert model.rowCount() >= 2, "a grid is checked with rows"
    qtmodeltester.check(model)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert all(isinstance(t, str) and t for t in titles)
    for r in range(model.rowCount()):
        row = model.index(r, model.columnCount() - 1).data(ROW_ROLE)
        # Qt hands a dict or a string over as a copy; any other row is the object itself
        assert row == model.rows[r] if isinstance(row, (dict, str)) else row is model.rows[r]
        for c in range(model.columnCount()):
            assert isinstance(model.index(r, c).data(), str)
    if not isinstance(model, PagedTableModel):
        rows = list(model.rows)
        for c in range(model.columnCount()):
            model.sort(c, Qt.SortOrder.DescendingOrder)
        model.sort(0)
        assert sorted(map(id, model.rows)) == sorted(map(id, rows))  # same rows, reordered
        qtmodeltester.check(model)


def test_every_grid_is_covered():
    declared = set()
    for info in pkgutil.walk_packages(desk_app.ui.__path__, "desk_app.ui."):
        module = importlib.import_module(info.name)
        source = inspect.getsource(module)
        if info.name == "desk_app.ui.table_model":
            continue
        for attr, value in vars(module).items():
            if getattr(value, "__module__", info.name) != info.name:
                continue  # imported from elsewhere
            if isinstance(value, (tuple, list)) and not re.search(rf"^{attr}\b[^=\n]*=", source, re.M):
                continue  # a declaration imported from elsewhere
            if (isinstance(value, (tuple, list)) and value and all(isinstance(c, Column) for c in value)) \
                    or (inspect.isfunction(value) and (attr.endswith("_columns") or "TableModel"
                                                       in str(inspect.signature(value).return_annotation))) \
                    or (inspect.isclass(value) and issubclass(value, TableModel)):
                declared.add(f"{info.name}:{attr}")
    covered = {name for _build, covers in CASES.values() for name in covers}
    assert declared == covered


def test_sort_role_is_native_and_sort_keeps_selection(qtbot):
    """Sorting goes by the native value (10 after 9, dates as dates), and a selected row
    stays selected on the same record."""
    from PySide6.QtWidgets import QTableView

    rows = [SimpleNamespace(n=n, day=dt.date(2026, 1, n)) for n in (9, 10, 1)]
    model = TableModel([Column("Nomor", lambda r: str(r.n), lambda r: r.n),
                        Column("Tanggal", lambda r: r.day.strftime("%d-%m"), lambda r: r.day)])
    model.set_rows(rows)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(1)  # n = 10
    assert model.index(1, 0).data(SORT_ROLE) == 10
    model.sort(0)
    assert [model.index(r, 0).data() for r in range(3)] == ["1", "9", "10"]
    assert view.currentIndex().data(ROW_ROLE).n == 10
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r.n for r in model.rows] == [10, 9, 1]
