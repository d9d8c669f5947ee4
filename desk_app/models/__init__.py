"""Tables and the domain rules that act on them. Nothing here imports Qt widgets.

peewee imports the PostgreSQL driver when it is itself imported (~0.2 s, see
models/core/db.py). The first `import peewee` made anywhere after this package has loaded
runs with the driver hidden; peewee itself is not loaded here, so that importing a light
module of the package (the errors, for the command line and the login window) does not
load the data layer.
"""

import importlib.machinery
import sys


class _PeeweeWithoutDriver:
    """A meta path finder and loader (duck-typed: importlib.abc would load
    importlib.resources and typing, ~25 ms of every start)."""

    def __init__(self, loader=None):
        self.loader = loader

    def find_spec(self, name, path=None, target=None):
        if name != "peewee" or self.loader is not None:
            return None
        sys.meta_path.remove(self)  # once
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _PeeweeWithoutDriver(spec.loader)
        return spec

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        hide = "psycopg" not in sys.modules
        if hide:
            sys.modules["psycopg"] = None  # `import psycopg` raises ImportError
        try:
            self.loader.exec_module(module)
        finally:
            if hide:
                del sys.modules["psycopg"]


if "peewee" not in sys.modules and not any(isinstance(f, _PeeweeWithoutDriver) for f in sys.meta_path):
    sys.meta_path.insert(0, _PeeweeWithoutDriver())
