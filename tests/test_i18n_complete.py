"""English mode complete: every string of the code has an English translation.

Parses resources/translations/desk_app_en.ts and fails on any message still marked
unfinished or with an empty translation (obsolete/vanished entries are ignored), and on a
translation that drops or invents a %1-style placeholder. A second test runs lupdate over
the code into a copy of the .ts, so a string added to the code later without English (and
without re-running scripts/update_translations.py) is caught as well.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "desk_app_en.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def problems(ts_file: Path) -> list[str]:
    """One line per message that would show Indonesian (or a broken text) in English mode."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"[{name}] {source!r}"
            translation = message.find("translation")
            if translation is None:
                found.append(f"{where}: no <translation>")
                continue
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished":
                found.append(f"{where}: marked unfinished")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.findall("numerusform")]
            else:
                forms = [translation.text or ""]
            if not forms or any(not form.strip() for form in forms):
                found.append(f"{where}: empty translation")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    found.append(f"{where}: placeholders {wanted} not kept in {form!r}")
    return found


def test_every_english_message_is_translated():
    missing = problems(TS_FILE)
    assert not missing, (f"{len(missing)} message(s) without English in {TS_FILE.name} "
                         "(translate them, e.g. in pyside6-linguist):\n" + "\n".join(missing))


def _lupdate() -> str | None:
    import sys

    local = Path(sys.executable).parent / "pyside6-lupdate"
    return str(local) if local.exists() else shutil.which("pyside6-lupdate")


def test_every_string_in_the_code_is_in_the_ts_file(tmp_path):
    """lupdate into a copy: strings added to the code since the .ts was refreshed show up
    as unfinished here."""
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate not available")
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desk_app").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-no-obsolete", "-source-language", "id",
                    "-target-language", "en", "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    missing = problems(copy)
    assert not missing, (f"{len(missing)} string(s) in the code without English: run "
                         "scripts/update_translations.py and translate them:\n" + "\n".join(missing))
