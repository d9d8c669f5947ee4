#!/usr/bin/env python3
"""Bundles under load: a district's full year, and zip bombs, with peak memory.

    python scripts/bench_bundles.py [--dir DIR] [--requests 50000] [--bomb-gb 2.5] [--json F]

Builds (once, kept in DIR) a district database Kk.18.01 with a year of activity: REQUESTS
requests with every SOP step done (the large demo's bulk path), one timeline event per
request, surveys, complaints, and an audit chain with one event per request and per step
(the bulk demo writes none); a province database Kw.18; enrols them. Then, each in its own
process so that its peak RSS is its own (os.wait4): the district's full export, the
province's import of it, and the import of three bombs: a payload deflated outside the
envelope, an inner member of BOMB_GB of newlines signed with the district's own key (the
worst case: a stolen key), and a member whose local header lies about its size.
Prints a table and JSON; exits 1 when a target is missed (peak < 300 MB each, bombs
refused within 10 s).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
MB = 1024 * 1024
CPU_SECONDS: list[float] = []
LIMIT_MB = 300


CHILD = """
import sys
from desk_app.cli import main
try:
    status = main(sys.argv[1:])
finally:
    with open("/proc/self/status") as fh:
        peak = next(line.split()[1] for line in fh if line.startswith("VmHWM:"))
    import resource
    usage = resource.getrusage(resource.RUSAGE_SELF)
    sys.stderr.write(f"\\nPEAK_KB {peak} {usage.ru_utime + usage.ru_stime:.1f}\\n")
sys.exit(status)
"""


def run_measured(args: list[str], env: dict) -> tuple[int, float, float, str]:
    """Run `desk-app ARGS` in a fresh process; (status, seconds, peak RSS MB, output);
    its CPU seconds (user + system) go to CPU_SECONDS, a figure the machine's load
    changes less than the wall time.
    The peak is the child's own high-water mark (VmHWM), read as it exits: the rusage
    of a child would start from this process's size at fork."""
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak = [line for line in proc.stderr.splitlines() if line.startswith("PEAK_KB ")]
    err = "\n".join(line for line in proc.stderr.splitlines() if not line.startswith("PEAK_KB ")).strip()
    out = (proc.stdout + ("\n" + err if err else "")).strip()
    CPU_SECONDS.append(float(peak[-1].split()[2]) if peak else float("nan"))
    return proc.returncode, seconds, int(peak[-1].split()[1]) / 1024 if peak else float("nan"), out


def build(folder: Path, requests: int) -> None:
    from bundle_helpers import enrol, switch

    from desk_app.demo import build_demo, large
    from desk_app.models.core import setup
    from desk_app.models.core.setup import NTB_DEFAULTS

    district, province = folder / "district.db", folder / "province.db"
    if district.exists() and province.exists():
        return
    for path in (district, province):
        path.unlink(missing_ok=True)
    large.SIZES.update(requests=requests, surveys=requests // 5, complaints=requests // 25, years=1,
                       step_months=12)
    switch(str(district))
    started = time.perf_counter()
    build_demo(months=12, scale="large", office_code="Kk.18.01", office_name="Kota Mataram",
               progress=lambda text: print("  " + text, flush=True))
    clamp_future("Kk.18.01")
    add_events_and_audit("Kk.18.01")
    print(f"  district built in {time.perf_counter() - started:.0f} s", flush=True)
    switch(str(province))
    fields = {k: v for k, v in NTB_DEFAULTS.items() if k != "code"}
    setup.initialize("Kw.18", fields, "admin", "Admin Kanwil", "admin123")
    enrol(str(district), str(province), folder)
    switch(str(district))


def clamp_future(office: str) -> None:
    """The bulk demo lets today's requests finish, their steps be done and complaints be
    answered and closed later than now: times and dates a real office cannot have
    recorded yet (local entry refuses a reply dated after today, and so does a bundle).
    Pull them back to now / today, as if the work had just been done."""
    import peewee

    from desk_app.models.core.base import utcnow
    from desk_app.models.core.dates import local_today
    from desk_app.models.offices.validate import FUTURE_DATES, SENT_TABLES

    now, today = utcnow(), local_today("Asia/Makassar")
    for model in SENT_TABLES:
        if "office" not in model._meta.fields or model.__name__ == "AuditEvent":
            continue
        for name, column in model._meta.fields.items():
            if isinstance(column, peewee.DateTimeField):
                limit = now
            elif isinstance(column, peewee.DateField) and name not in FUTURE_DATES:
                limit = today
            else:
                continue
            model.update({column: limit}).where((model.office == office) & (column > limit)).execute()
    # ... and writes the education code D1-D3 with an en dash, a value the survey form
    # cannot produce (skm.entry.EDUCATION_CODES) and a bundle refuses
    from desk_app.models.skm.tables import SurveyResponse

    SurveyResponse.update(education="D1-D3").where(SurveyResponse.education == "D1\u2013D3").execute()


def add_events_and_audit(office: str) -> None:
    """A timeline event per request and the audit chain a real year would have written."""
    from desk_app.models.core import audit
    from desk_app.models.core.accounts import User
    from desk_app.models.core.audit import AuditEvent
    from desk_app.models.core.base import new_id
    from desk_app.models.core.db import database
    from desk_app.models.core.office import Counter
    from desk_app.models.requests.tables import RequestEvent, RequestStep, ServiceRequest

    users = {u.id: u.username for u in User.select()}
    tip = AuditEvent.select().where(AuditEvent.office == office).order_by(AuditEvent.seq.desc()).first()
    seq, prev = tip.seq, tip.hash
    events, audits = [], []

    def flush():
        with database.obj.atomic():
            for model, rows in ((RequestEvent, events), (AuditEvent, audits)):
                for start in range(0, len(rows), 1000):
                    model.insert_many(rows[start:start + 1000]).execute()
        events.clear()
        audits.clear()

    def chain(actor, action, entity, entity_id, at, diff):
        nonlocal seq, prev
        seq += 1
        digest = audit.event_hash(prev, office, seq, at, actor, action, entity, entity_id, diff)
        audits.append({"id": new_id(), "office": office, "seq": seq, "at": at, "actor": actor,
                       "action": action, "entity": entity, "entity_id": entity_id, "diff": diff,
                       "prev_hash": prev, "hash": digest})
        prev = digest

    query = ServiceRequest.select().where(ServiceRequest.office == office).order_by(ServiceRequest.registered_at)
    for req in query.iterator():
        at = req.registered_at
        events.append({"id": new_id(), "office": office, "created_at": at, "updated_at": at,
                       "request": req.id, "at": at, "actor": req.registered_by_id, "kind": "register",
                       "to_status": "terdaftar", "note": ""})
        chain(users[req.registered_by_id], "create", "ServiceRequest", req.id, at,
              {"before": None, "after": {"number": req.number, "applicant_name": req.applicant_name,
                                         "service": req.service_id, "status": "terdaftar"}})
        if len(audits) >= 20_000:
            flush()
    flush()
    steps = RequestStep.select().where(RequestStep.office == office).order_by(RequestStep.done_at)
    for step in steps.iterator():
        chain(users[step.done_by_id], "step_done", "RequestStep", step.id, step.done_at,
              {"request": step.request_id, "sop_step": step.sop_step_id, "minutes": step.minutes_taken})
        if len(audits) >= 20_000:
            flush()
    flush()
    Counter.update(last=seq).where((Counter.office == office) & (Counter.kind == "audit")).execute()


def _inner_bomb(raw, manifest: bytes, names: list[str], gigabytes: float, zip64: bool) -> None:
    """An inner zip whose request_step member is GIGABYTES of newlines (~1000:1)."""
    with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        zf.writestr("manifest.json", manifest)
        for name in names:
            if name != "request_step.jsonl":
                zf.writestr(name, b"")
        with zf.open("request_step.jsonl", "w", force_zip64=zip64) as out:
            block = b"\n" * MB
            for _ in range(int(gigabytes * 1024)):
                out.write(block)


def make_bombs(folder: Path, full_bundle: Path, gigabytes: float) -> dict[str, Path]:
    from bundle_helpers import province_keys, sender_pair, switch

    from desk_app.models.offices import envelope

    outer = folder / "bomb-outer.zip"
    with zipfile.ZipFile(outer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("envelope.json", "{}")
        with zf.open("payload.bin", "w", force_zip64=True) as out:
            block = bytes(MB)
            for _ in range(int(gigabytes * 1024)):
                out.write(block)
    switch(str(folder / "province.db"))
    public, _pair = province_keys()
    signer = sender_pair("Kk.18.01")  # the worst case: the district's key was stolen
    import hashlib

    from desk_app.models.offices.reading import read_bundle

    with read_bundle(full_bundle) as genuine:  # only its manifest: the members stay on disk
        manifest = json.loads(genuine.zf.read("manifest.json"))
    names = list(manifest["members"])
    # the other members empty and their hashes right, so that the check reaches the bomb
    manifest["members"] = {name: hashlib.sha256(b"").hexdigest() for name in names}
    manifest["counts"] = {name[:-6]: 0 for name in names}
    # a bundle number and id never seen, so that the replay check lets it through to the bomb
    manifest.update(bundle_seq=manifest["bundle_seq"] + 1000, bundle_id=str(uuid.uuid4()))
    manifest = json.dumps(manifest).encode()
    inner_path, lying_path = folder / "bomb-inner.zip", folder / "bomb-lying.zip"
    with tempfile.TemporaryFile() as raw:
        _inner_bomb(raw, manifest, names, gigabytes, zip64=True)
        envelope.write(inner_path, raw, signer, public)
    with tempfile.TemporaryFile() as raw:
        _inner_bomb(raw, manifest, names, min(gigabytes, 1.5), zip64=False)
        lie(raw)
        envelope.write(lying_path, raw, signer, public)
    return {"outer": outer, "inner, signed": inner_path, "inner, lying sizes": lying_path}


def lie(raw) -> None:
    """Set the central directory's uncompressed size of request_step.jsonl to 1 KB (what a
    bomb maker does to slip past declared-size checks)."""
    import struct

    raw.seek(0)
    data = bytearray(raw.read())
    name = b"request_step.jsonl"
    at = data.rfind(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + name_len] == name:
            assert struct.unpack_from("<I", data, at + 24)[0] != 0xFFFFFFFF
            struct.pack_into("<I", data, at + 24, 1024)
            break
        at = data.rfind(b"PK\x01\x02", 0, at)
    raw.seek(0)
    raw.truncate()
    raw.write(bytes(data))


def measure_full_year(folder: Path, bundle: Path, province: Path, env: dict) -> list[dict]:
    """Export the district's year in full, import it at a fresh copy of the province."""
    import shutil

    results = []
    status, secs, peak, out = run_measured(
        ["export-bundle", "--db", str(folder / "district.db"), "--to", str(bundle), "--full"], env)
    print(out)
    rows = sum(int(line.split()[-1]) for line in out.splitlines()[2:] if line.startswith("  "))
    results.append({"id": "bundle_export", "what": "district full year, export", "seconds": round(secs, 1),
                    "cpu_seconds": CPU_SECONDS[-1],
                    "peak_mb": round(peak), "rows": rows, "size_mb": round(bundle.stat().st_size / MB, 1),
                    "ok": status == 0 and peak < LIMIT_MB})
    province.unlink(missing_ok=True)
    shutil.copyfile(folder / "province.db", province)
    status, secs, peak, out = run_measured(["import-bundle", "--db", str(province), str(bundle)], env)
    print(out)
    results.append({"id": "bundle_import", "what": "district full year, import at the province",
                    "seconds": round(secs, 1), "cpu_seconds": CPU_SECONDS[-1], "peak_mb": round(peak),
                    "rows": rows, "rows_per_s": round(rows / secs),
                    "rows_per_cpu_s": round(rows / CPU_SECONDS[-1]), "ok": status == 0 and peak < LIMIT_MB})
    status, secs, peak, out = run_measured(["check", "--db", str(province)], env)
    results.append({"id": "bundle_check", "what": "check after the import", "seconds": round(secs, 1),
                    "peak_mb": round(peak), "ok": status == 0})
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "desk-bench-bundles")
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--bomb-gb", type=float, default=2.5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--bombs-only", action="store_true",
                        help="only the bombs, against the bundle and province of the last run")
    args = parser.parse_args()
    folder = args.dir.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DESK_APP_HOME", str(folder / "home"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    print("== building the district's year (kept for the next run)", flush=True)
    build(folder, args.requests)
    results = []

    bundle = folder / "full-year.zip"
    province = folder / "province-run.db"
    if not args.bombs_only:
        results += measure_full_year(folder, bundle, province, env)
    print("== bombs", flush=True)
    for name, path in make_bombs(folder, bundle, args.bomb_gb).items():
        status, secs, peak, out = run_measured(["import-bundle", "--db", str(province), str(path)], env)
        print(f"  {name}: {out.splitlines()[-1] if out else ''}")
        results.append({"id": f"bomb_{name.split(',')[0].replace(' ', '_')}" + ("_lying" if "lying" in name else ""),
                        "what": f"zip bomb ({name}), {path.stat().st_size / MB:.1f} MB file, "
                                f"{args.bomb_gb} GB inside", "seconds": round(secs, 1),
                        "peak_mb": round(peak), "ok": status == 1 and peak < LIMIT_MB and secs < 10})
    print(f"\n{'what':<62} {'time':>8} {'peak':>8}  ok")
    for r in results:
        print(f"{r['what']:<62} {r['seconds']:>6} s {r['peak_mb']:>5} MB  {'ok' if r['ok'] else 'MISSED'}")
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
