"""Gapless numbers with several counters writing at once, on both backends."""

import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.models.core import audit
from desk_app.models.core.db import write_transaction
from desk_app.models.core.office import next_serial, peek_serial

WORKER = Path(__file__).parent / "numbering_worker.py"


def test_serials_are_per_office_kind_and_year(db, office):
    with write_transaction():
        assert [next_serial(office, "request", 2026) for _ in range(3)] == [1, 2, 3]
        assert next_serial(office, "request", 2027) == 1
        assert next_serial(office, "complaint", 2026) == 1
        assert next_serial("Kk.18.01", "request", 2026) == 1
    assert peek_serial(office, "request", 2026) == 3


def test_a_rolled_back_transaction_gives_its_number_back(db, office):
    class Boom(Exception):
        pass

    with pytest.raises(Boom), write_transaction():
        next_serial(office, "request", 2026)
        raise Boom()
    with write_transaction():
        assert next_serial(office, "request", 2026) == 1


def test_several_processes_never_share_or_skip_a_number(db, db_url, office):
    processes, per_process = 4, 40
    db.close()
    procs = [
        subprocess.Popen([sys.executable, str(WORKER), db_url, office, str(per_process)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(processes)
    ]
    taken = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        taken += [int(n) for n in out.strip().split(",")]
    assert sorted(taken) == list(range(1, processes * per_process + 1))
    db.connect(reuse_if_open=True)
    assert audit.verify_chain() == []
