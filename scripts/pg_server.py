#!/usr/bin/env python3
"""Start or stop a throwaway PostgreSQL server for the tests (fsync off, trust auth,
listening on 127.0.0.1 only).

    python scripts/pg_server.py start DIR [--port 5433]   prints the database URL
    python scripts/pg_server.py stop DIR

As root the server runs as the `postgres` system user (PostgreSQL refuses root).
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

DB_NAME = "desk_test"


def find_bin_dir() -> Path | None:
    env = os.environ.get("PG_BIN")
    if env:
        return Path(env)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    if candidates:
        return Path(candidates[-1])
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run(cmd: list[str], as_postgres: bool) -> None:
    if as_postgres:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def start(base: Path, port: int) -> str:
    bindir = find_bin_dir()
    if bindir is None or not (bindir / "initdb").exists():
        raise SystemExit("PostgreSQL server binaries not found (install the 'postgresql' package).")
    as_root = os.geteuid() == 0
    base.mkdir(parents=True, exist_ok=True)
    data = base / "data"
    if as_root:
        os.chmod(base, 0o755)
        shutil.chown(base, "postgres", "postgres")
    if not data.exists():
        _run([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
              "-E", "UTF8", "--locale=C.UTF-8"], as_root)
    _run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-o",
          f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
          "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
          "start"], as_root)
    url = f"postgresql://postgres@127.0.0.1:{port}/{DB_NAME}"
    subprocess.run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U",
                    "postgres", DB_NAME], stderr=subprocess.DEVNULL)
    return url


def stop(base: Path) -> None:
    bindir = find_bin_dir()
    data = base / "data"
    if bindir and data.exists():
        _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
             os.geteuid() == 0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--port", type=int, default=5433)
    args = parser.parse_args()
    try:
        if args.action == "start":
            print(start(args.dir.resolve(), args.port))
        else:
            stop(args.dir.resolve())
    except subprocess.CalledProcessError as exc:
        sys.stderr.write((exc.stderr or b"").decode(errors="replace"))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
