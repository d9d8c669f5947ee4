"""Power cuts: a counter process is killed (SIGKILL) at random moments while it
registers requests and imports survey workbooks. After every kill the database passes
`check`, every confirmed registration and import is there, the numbers have no gap and
no duplicate, and no import is half done.

CI runs DESK_APP_CRASH_LOOPS kills (default 12); scripts/bench.py runs the full 50.
"""

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from desk_app.commands.check import find_faults
from desk_app.models.core.schema import open_database
from desk_app.models.requests.tables import ServiceRequest
from desk_app.models.skm.tables import SurveyResponse

WORKER = Path(__file__).parent / "fault_worker.py"
LOOPS = int(os.environ.get("DESK_APP_CRASH_LOOPS", "12"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_at_random_moments_loses_nothing_confirmed(db, db_url, tmp_path):
    rng = random.Random(9)
    confirmed: set[str] = set()
    imported: set[str] = set()
    db.close()
    for loop in range(LOOPS):
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), "mixed", db_url, "100000", str(loop), str(tmp_path)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        first = proc.stdout.readline()  # wait until it is really working, however slow the PC
        time.sleep(rng.uniform(0.0, 3.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        out = first + out
        confirmed.update(line.split()[1] for line in out.splitlines() if line.startswith("OK "))
        imported.update(line.split()[1] for line in out.splitlines() if line.startswith("IMPORTED "))

        database = open_database(db_url)
        try:
            assert find_faults() == [], f"after kill {loop + 1}"
            rows = list(ServiceRequest.select(ServiceRequest.number, ServiceRequest.serial))
            numbers = {r.number for r in rows}
            assert confirmed <= numbers, f"lost: {sorted(confirmed - numbers)[:5]}"
            serials = sorted(r.serial for r in rows)
            assert serials == list(range(1, len(serials) + 1)), "gap or duplicate in numbers"
            per_file = Counter(r.import_key.split(":")[0] for r in SurveyResponse.select(
                SurveyResponse.import_key).where(SurveyResponse.import_key.is_null(False)))
            assert set(per_file.values()) <= {40}, "an import was half done"
            assert imported <= set(per_file), "a confirmed import is missing"
        finally:
            database.close()
    if LOOPS >= 8:
        assert imported  # some imports did commit before their kill
