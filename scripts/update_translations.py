"""Refresh the translation sources and compile them.

    .venv/bin/python scripts/update_translations.py           # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --check   # also fail on unfinished strings

Runs pyside6-lupdate over every desk_app/**/*.py into resources/translations/desk_app_<lang>.ts
(Indonesian is the source language), then pyside6-lrelease into the .qm files the app loads.
A hand-kept resources/translations/qtbase_id.ts (Qt's standard buttons in Indonesian, which
Qt itself does not ship) is compiled as well. Open a .ts in pyside6-linguist to translate.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} tidak ditemukan; pasang PySide6 di lingkungan ini.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desk_app").rglob("*.py"))


def unfinished(ts_file: Path) -> list[str]:
    """Source texts whose translation is missing or marked unfinished."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        numerus = translation.findall("numerusform") if translation is not None else []
        text = "".join(n.text or "" for n in numerus) if numerus else (translation.text or "")
        if kind == "unfinished" or not text.strip():
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a string is untranslated")
    parser.add_argument("--no-update", action="store_true", help="only compile the .ts files")
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    status = 0
    for lang in LANGUAGES:
        ts_file = FOLDER / f"desk_app_{lang}.ts"
        if not args.no_update:
            subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete",
                            "-source-language", "id", "-target-language", lang,
                            "-ts", str(ts_file.relative_to(ROOT))], cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm",
                        str(ts_file.with_suffix(".qm"))], cwd=ROOT, check=True)
        missing = unfinished(ts_file)
        if missing:
            print(f"{ts_file.name}: {len(missing)} teks belum diterjemahkan, mis. {missing[:3]}")
            status = 1 if args.check else status
    qtbase = FOLDER / "qtbase_id.ts"
    if qtbase.exists():
        subprocess.run([tool("pyside6-lrelease"), str(qtbase), "-qm", str(qtbase.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
