"""Four counters registering at once on one database: every registration succeeds
(busy is waited out, never shown), and the numbers have no duplicate and no gap."""

import os
import subprocess
import sys
from pathlib import Path

from desk_app.models.core import audit
from desk_app.models.requests.tables import ServiceRequest

WORKER = Path(__file__).parent / "fault_worker.py"
PROCESSES = 4
PER_PROCESS = int(os.environ.get("DESK_APP_CONCURRENCY_COUNT", "250"))


def test_four_counters_at_once(db, db_url):
    db.close()
    procs = [
        subprocess.Popen([sys.executable, str(WORKER), "register", db_url, str(PER_PROCESS), str(seed)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for seed in range(PROCESSES)
    ]
    confirmed = []
    for proc in procs:
        out, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err[-2000:]
        confirmed += [line.split()[1] for line in out.splitlines() if line.startswith("OK ")]
    assert len(confirmed) == PROCESSES * PER_PROCESS
    db.connect(reuse_if_open=True)
    serials = sorted(r.serial for r in ServiceRequest.select(ServiceRequest.serial))
    assert serials == list(range(1, PROCESSES * PER_PROCESS + 1))
    numbers = [r.number for r in ServiceRequest.select(ServiceRequest.number)]
    assert sorted(numbers) == sorted(confirmed)
    assert len(set(numbers)) == len(numbers)
    assert audit.verify_chain() == []
