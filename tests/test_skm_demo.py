"""`desk-app demo` adds realistic SKM forms through the domain functions."""

from __future__ import annotations

import datetime as dt

from desk_app import demo
from desk_app.models.catalogue.standards import list_services
from desk_app.models.core import trail
from desk_app.models.core.audit import verify_chain
from desk_app.models.core.periods import parse_period
from desk_app.models.core.schema import open_database
from desk_app.models.skm import entry as survey_entry
from desk_app.models.skm import index as skm
from desk_app.models.skm.tables import ELEMENT_CODES, SurveyBatch, SurveyResponse


def test_demo_surveys_look_like_an_office(empty_db_url, monkeypatch):
    monkeypatch.setattr(demo, "GENERATORS", ["requests", "surveys"])
    open_database(empty_db_url)
    ctx = demo.build_demo(months=3, today=dt.date(2026, 11, 25), progress=lambda _text: None)
    forms = list(SurveyResponse.select().where(SurveyResponse.entry == 1))
    assert len(forms) > 150
    answers = [getattr(f, c.lower()) for f in forms for c in ELEMENT_CODES]
    given = [a for a in answers if a is not None]
    assert 0 < answers.count(None) < len(answers) * 0.1  # some skipped answers
    assert (given.count(3) + given.count(4)) / len(given) > 0.75  # mostly 3 and 4
    assert any(f.comment for f in forms)
    serials = [(f.survey_date.year, f.serial) for f in forms if f.voided_at is None]
    assert len(serials) == len(set(serials))

    services = list_services(ctx.office)
    with_forms = {f.service_id for f in forms}
    assert len(with_forms) > len(services) * 0.7  # most services
    period = parse_period("2026-10")
    results = [skm.compute_index(period, s.id, ctx.office) for s in services]
    assert any(r.respondents and not r.sample_met for r in results)  # too few respondents
    assert any(r.sample_met for r in results)
    assert len({r.grade for r in results if r.grade}) >= 2

    double = list(SurveyBatch.select().where(SurveyBatch.double_entry))
    assert sorted(b.status for b in double) == ["counted", "open"]
    open_batch = next(b for b in double if b.status == "open")
    assert survey_entry.compare_double_entry(open_batch.id)
    assert verify_chain(ctx.office) == []
    assert trail.row_problems() == []  # every record matches its audit trail
