#!/usr/bin/env python3
"""Regional demo: two district offices work on their own databases, send bundles, and the
province merges them and reports over all offices.

    .venv/bin/python scripts/demo_regional.py [--dir DIR] [--months N] [--period 2026-10]

Builds DIR/kk-18-01.db (Kota Mataram) and DIR/kk-18-02.db (Lombok Barat) with
`desk-app demo`, a province database DIR/kanwil.db (office Kw.18, set up but without
counter activity of its own), enrols each district with the province (office cards
exchanged, fingerprints confirmed), exports an encrypted, signed bundle from each
district, previews and imports both at the province, runs `desk-app check` and
`desk-app report --office semua` for a month. Every step is the command an operator would
type (`--yes` stands for the fingerprint read aloud on the phone and confirmed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISTRICTS = [
    ("Kk.18.01", "Kantor Kementerian Agama Kota Mataram", "kk-18-01", 11),
    ("Kk.18.02", "Kantor Kementerian Agama Kabupaten Lombok Barat", "kk-18-02", 12),
]


def desk_app(*args: str) -> str:
    """Run `desk-app ARGS` as an operator would; stop the demo on failure."""
    cmd = [sys.executable, "-m", "desk_app", *args]
    print("$ desk-app " + " ".join(args), flush=True)
    started = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    output = (result.stdout + result.stderr).strip()
    if output:
        print("  " + output.replace("\n", "\n  "))
    print(f"  ({time.perf_counter() - started:.1f} s)", flush=True)
    if result.returncode != 0:
        raise SystemExit(f"Langkah gagal (status {result.returncode}).")
    return result.stdout


def setup_province(url: str) -> None:
    """The province office with its admin and catalogue (what the first-run dialog does)."""
    sys.path.insert(0, str(ROOT))
    from desk_app.models.core import setup
    from desk_app.models.core.schema import open_database
    from desk_app.models.core.setup import NTB_DEFAULTS

    database = open_database(url)
    fields = {k: v for k, v in NTB_DEFAULTS.items() if k != "code"}
    setup.initialize(NTB_DEFAULTS["code"], fields, "admin", "Admin Kanwil", "admin123")
    database.close()
    print(f"Basis data provinsi siap: {url} (kantor {NTB_DEFAULTS['code']})")


def last_full_month(today: dt.date) -> str:
    first = today.replace(day=1) - dt.timedelta(days=1)
    return f"{first.year}-{first.month:02d}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "demo" / "regional")
    parser.add_argument("--months", type=int, default=2)
    parser.add_argument("--period", default=last_full_month(dt.date.today()))
    args = parser.parse_args()
    folder = args.dir.resolve()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    os.environ.setdefault("DESK_APP_HOME", str(folder / "home"))

    print("== 1. Dua kantor kabupaten/kota bekerja dengan basis datanya sendiri")
    for code, name, stem, seed in DISTRICTS:
        desk_app("demo", "--db", str(folder / f"{stem}.db"), "--months", str(args.months),
                 "--seed", str(seed), "--office-code", code, "--office-name", name)
    province = str(folder / "kanwil.db")
    setup_province(province)
    print("== 2. Pendaftaran: kartu kantor ditukar, sidik jari dicocokkan lewat telepon")
    province_card = str(folder / "kartu-kw-18.json")
    desk_app("office-card", "--db", province, "--to", province_card)
    for _code, _name, stem, _seed in DISTRICTS:
        card = str(folder / f"kartu-{stem}.json")
        desk_app("office-card", "--db", str(folder / f"{stem}.db"), "--to", card)
        desk_app("trust-office", "--db", province, card, "--yes")
        desk_app("trust-office", "--db", str(folder / f"{stem}.db"), province_card, "--yes")
    print("== 3. Masing-masing mengirim bundel (terenkripsi untuk provinsi, ditandatangani)")
    for _code, _name, stem, _seed in DISTRICTS:
        desk_app("export-bundle", "--db", str(folder / f"{stem}.db"), "--to", str(folder / f"{stem}.zip"))
    print("== 4. Provinsi memeriksa dan menggabungkan kedua bundel")
    for _code, _name, stem, _seed in DISTRICTS:
        desk_app("import-bundle", "--db", province, str(folder / f"{stem}.zip"), "--dry-run")
        desk_app("import-bundle", "--db", province, str(folder / f"{stem}.zip"))
    print("== 5. Impor ulang tidak mengubah apa pun")
    desk_app("import-bundle", "--db", province, str(folder / f"{DISTRICTS[0][2]}.zip"))
    desk_app("check", "--db", province)
    print(f"== 6. Laporan {args.period} atas semua kantor")
    pdf, xlsx = folder / f"laporan-{args.period}.pdf", folder / f"laporan-{args.period}.xlsx"
    desk_app("report", "--db", province, "--period", args.period, "--office", "semua",
             "--pdf", str(pdf), "--xlsx", str(xlsx))
    print(f"Selesai. Berkas di {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
