"""Power cuts: a counter process is killed (SIGKILL) at random moments while it
registers requests (and imports surveys, when that feature is present). After every kill
the database passes `check`, every confirmed registration is there, and the numbers
have no gap and no duplicate.

CI runs DESK_APP_CRASH_LOOPS kills (default 12); scripts/bench.py runs the full 50.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app.commands.check import find_faults
from desk_app.models.requests import ServiceRequest
from desk_app.models.schema import open_database

WORKER = Path(__file__).parent / "fault_worker.py"
LOOPS = int(os.environ.get("DESK_APP_CRASH_LOOPS", "12"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_at_random_moments_loses_nothing_confirmed(db, db_url):
    rng = random.Random(9)
    confirmed: set[str] = set()
    db.close()
    for loop in range(LOOPS):
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), "register", db_url, "100000", str(loop)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        time.sleep(rng.uniform(1.0, 2.5))  # start-up takes ~1 s; then it registers
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        confirmed.update(line.split()[1] for line in out.splitlines() if line.startswith("OK "))

        database = open_database(db_url)
        try:
            assert find_faults() == [], f"after kill {loop + 1}"
            rows = list(ServiceRequest.select(ServiceRequest.number, ServiceRequest.serial))
            numbers = {r.number for r in rows}
            assert confirmed <= numbers, f"lost: {sorted(confirmed - numbers)[:5]}"
            serials = sorted(r.serial for r in rows)
            assert serials == list(range(1, len(serials) + 1)), "gap or duplicate in numbers"
        finally:
            database.close()
    assert len(confirmed) > LOOPS  # the kills did land in the middle of real work
