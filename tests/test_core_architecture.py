"""The domain and the reports must stay usable without a GUI; the house keeps its shape:
imports go one way (no loops, none hidden inside a function) and no file grows too big."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "desk_app"
MAX_LINES = 450


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


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the desk_app modules it imports, at module level or inside a function
    (a lazy import is still a dependency). `from pkg import name` counts as importing
    the module pkg.name when that is a module, else pkg itself."""
    files = {module_name(p, root): p for p in root.rglob("*.py")}

    def known(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(known(alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(up + ([base] if base else []))
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    deps.add(full if full in files else known(base))
        graph[name] = {d for d in deps if d and d != name and d.split(".")[0] == root.name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_has_no_loops():
    assert cycles(import_graph()) == []


def test_the_loop_finder_sees_a_loop_hidden_in_a_function(tmp_path):
    pkg = tmp_path / "desk_app"
    (pkg / "models").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "models" / "__init__.py").write_text("")
    (pkg / "models" / "a.py").write_text("from desk_app.models.b import thing\n")
    (pkg / "models" / "b.py").write_text("def f():\n    from . import a\n    return a\nthing = 1\n")
    (pkg / "models" / "c.py").write_text("from desk_app.models import a\n")
    graph = import_graph(pkg)
    assert graph["desk_app.models.b"] == {"desk_app.models.a"}
    assert cycles(graph) == [["desk_app.models.a", "desk_app.models.b"]]


@pytest.mark.parametrize("folder", ["models", "reports", "commands", "demo"])
def test_no_qt_outside_the_window(folder):
    """The domain, the documents, the command line and the demo run without PySide6."""
    offenders = []
    for path in (ROOT / folder).rglob("*.py"):
        bad = sorted(m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6"))
        if bad:
            offenders.append(f"{path.relative_to(ROOT)}: {bad}")
    assert offenders == []


def test_models_import_neither_the_window_nor_the_reports():
    offenders = []
    for path in (ROOT / "models").rglob("*.py"):
        bad = sorted(m for m in imported_modules(path)
                     if m.startswith(("desk_app.ui", "desk_app.reports"))
                     or m in ("desk_app.ui", "desk_app.reports"))
        if bad:
            offenders.append(f"{path.relative_to(ROOT)}: {bad}")
    assert offenders == []


def test_no_file_over_the_size_limit():
    sizes = {path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in ROOT.rglob("*.py")}
    too_big = {name: n for name, n in sizes.items() if n > MAX_LINES}
    assert too_big == {}


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
