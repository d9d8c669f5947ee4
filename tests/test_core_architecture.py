"""The domain and the reports must stay usable without a GUI."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "desk_app"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_models_and_reports_import_no_qt_widgets():
    offenders = []
    for folder in ("models", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            bad = [m for m in imported_modules(path) if m.startswith("PySide6.QtWidgets")]
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {bad}")
    assert offenders == []


def test_the_walker_sees_a_widget_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\n")
    assert "PySide6.QtWidgets" in imported_modules(sample)


def test_version_is_the_one_in_pyproject():
    import tomllib

    from desk_app import __version__

    project = tomllib.loads((ROOT.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert __version__ == project["version"]


def test_working_on_sqlite_does_not_load_the_postgresql_driver(tmp_path):
    """psycopg costs ~0.2 s of every start; a counter PC on SQLite never needs it."""
    import os
    import subprocess
    import sys

    code = ("import sys; from desk_app import cli; cli.build_parser();"
            "from desk_app.models.core.schema import open_database;"
            f"open_database({str(tmp_path / 'x.db')!r}, create=True);"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('psycopg', 'importlib_metadata')"
            " or m == 'importlib.metadata'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT.parent, env={**os.environ, "DESK_APP_HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
