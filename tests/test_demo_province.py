"""`desk-app demo --scale province`: the province's consolidated database, the Kanwil and
its districts, each with its own office code, passes `check` on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.cli import main
from desk_app.commands.check import find_faults
from desk_app.demo import build_demo, large, province
from desk_app.models.core import accounts
from desk_app.models.core.accounts import User
from desk_app.models.core.errors import UserError
from desk_app.models.core.office import Counter, Office
from desk_app.models.core.schema import open_database
from desk_app.models.requests.names import RequestNamePart
from desk_app.models.requests.tables import ServiceRequest
from desk_app.models.skm.tables import SurveyResponse

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def small_sizes(monkeypatch):
    monkeypatch.setitem(large.SIZES, "requests", 4000)  # 400 a year
    monkeypatch.setitem(large.SIZES, "surveys", 1000)
    monkeypatch.setitem(large.SIZES, "complaints", 200)
    monkeypatch.setattr(province, "DISTRICTS", province.DISTRICTS[:2])


def test_province_of_three_offices_passes_check(empty_db_url, small_sizes):
    open_database(empty_db_url)
    build_demo(scale="province", years=2, today=TODAY, progress=lambda text: None)
    assert find_faults() == []
    offices = {o.code: o for o in Office.select()}
    assert set(offices) == {"Kw.18", "Kk.18.01", "Kk.18.02"}
    assert offices["Kk.18.02"].parent == "Kw.18"
    assert offices["Kk.18.02"].name == "Kantor Kementerian Agama Kabupaten Lombok Tengah"
    for code in offices:
        requests = ServiceRequest.select().where(ServiceRequest.office == code)
        assert requests.count() == 800
        assert SurveyResponse.select().where(SurveyResponse.office == code).count() == 200
        # numbers run per office and year, and the counters continue them
        for year in (2025, 2026):
            serials = sorted(r.serial for r in requests.where(ServiceRequest.year == year))
            assert serials == list(range(1, len(serials) + 1))
            assert Counter.get(office=code, kind="request", year=year).last == len(serials)
    # every request of every office can be found by its applicant's name
    named = RequestNamePart.select(RequestNamePart.request).distinct().count()
    assert named == ServiceRequest.select().count() == 2400
    # district accounts are kept as a bundle import keeps them: not for logging in here
    district_users = User.select().where(User.office == "Kk.18.01")
    assert sorted(u.username for u in district_users) == [
        "admin@Kk.18.01", "kasi@Kk.18.01", "petugas2@Kk.18.01", "petugas@Kk.18.01"]
    assert not any(u.active for u in district_users)
    assert accounts.authenticate("kasi", "kasi1234").office == "Kw.18"
    with pytest.raises(UserError):
        accounts.authenticate("kasi@Kk.18.01", "kasi1234")


def test_province_scale_refuses_an_office_code(tmp_path, capsys):
    assert main(["demo", "--db", str(tmp_path / "p.db"), "--scale", "province",
                 "--office-code", "Kk.18.01"]) == 1
    assert "--office-code" in capsys.readouterr().err
    assert main(["demo", "--db", str(tmp_path / "p.db"), "--scale", "province", "--years", "0"]) == 1
    assert "--years" in capsys.readouterr().err
