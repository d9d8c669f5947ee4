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
