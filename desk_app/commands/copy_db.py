"""`desk-app copy-db --from URL --to URL [--force]`: move an office between SQLite and
PostgreSQL, keeping every record, number and the audit chain."""

from __future__ import annotations

import sys
import time


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "copy-db", help="salin seluruh basis data (mis. dari SQLite ke server PostgreSQL)")
    parser.add_argument("--from", dest="source", required=True, metavar="URL", help="basis data sumber")
    parser.add_argument("--to", dest="target", required=True, metavar="URL", help="basis data tujuan")
    parser.add_argument("--force", action="store_true",
                        help="kosongkan basis data tujuan yang sudah berisi data, lalu salin")
    return parser


def run(args) -> int:
    from desk_app.models.offices.copydb import copy_database

    started = time.monotonic()
    shown = [0.0]
    terminal = sys.stderr.isatty()  # a progress line is for a person at a terminal

    def progress(done: int, total: int, text: str) -> None:
        if not terminal:
            return
        now = time.monotonic()
        if now - shown[0] < 0.5 and done < total:
            return  # twice a second is enough for a terminal
        shown[0] = now
        print(f"\r{progress_line(done, total, now - started, text):<78}", end="", file=sys.stderr,
              flush=True)

    try:
        result = copy_database(args.source, args.target, force=args.force, progress=progress)
    finally:
        if terminal:
            print("\r" + " " * 78 + "\r", end="", file=sys.stderr)  # the progress line cleared
    seconds = time.monotonic() - started
    print(f"Tersalin {result.total} baris dari {len(result.counts)} tabel ke {args.target} "
          f"dalam {_duration(seconds)}.")
    if result.chain_faults:
        for fault in result.chain_faults:
            print(fault)
        print("desk-app: jejak audit pada tujuan tidak utuh (sudah begitu pada sumber).")
        return 1
    print("Jejak audit pada tujuan utuh.")
    return 0


def progress_line(done: int, total: int, seconds: float, text: str) -> str:
    """`1.234.567 / 2.770.000 baris (44 %), sisa ± 0:31 — Menyalin service_request`."""
    share = done / total if total else 1.0
    line = f"{done:,} / {total:,} baris ({share:.0%})".replace(",", ".")
    if total and total / 100 <= done < total and seconds > 1:  # a guess from 1 % on
        line += f", sisa ± {_duration(seconds * (total - done) / done)}"
    return f"{line} — {text}"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes}:{secs:02d}"
