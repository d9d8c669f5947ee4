"""Shared fixtures: every database test runs on SQLite and on a real PostgreSQL server.

PostgreSQL: $DESK_APP_TEST_PG (a URL to a server where we may create databases), or a
throwaway server this session starts itself with scripts/pg_server.py. Without server
binaries the PostgreSQL half is skipped locally — but not in CI (CI=true), where it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="desk-app-test-home-")
os.environ["DESK_APP_HOME"] = _HOME
os.environ.pop("DESK_APP_DB", None)

# desk_app.models before peewee: the tests run the app's own way of loading the
# PostgreSQL driver late (desk_app/models/core/db.py)
import desk_app.models  # noqa: E402, F401, I001
import peewee  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pg_server  # noqa: E402

from desk_app.models.core import db as dbmod  # noqa: E402
from desk_app.models.core.schema import open_database  # noqa: E402
from desk_app.models.core.workdays import forget_cached_days  # noqa: E402

TEST_USERS = {
    # key: (username, password, full name, role, nip)
    "admin": ("admin", "admin123", "Lalu Admin", "admin", "198703152011011004"),
    "head": ("kasi", "kasi1234", "Baiq Kepala Seksi", "head", "197208121998032002"),
    "counter": ("petugas", "petugas1", "Ahmad Petugas", "counter", "199001232019031008"),
    "counter2": ("petugas2", "petugas2", "Siti Petugas", "counter", "199305172020122011"),
}
OFFICE = "Kw.18"


# --- PostgreSQL server ----------------------------------------------------------------

class PgServer:
    def __init__(self):
        self.base_url = os.environ.get("DESK_APP_TEST_PG")
        self.started_dir = None
        self.error = None

    def ensure(self) -> str | None:
        if self.base_url or self.error:
            return self.base_url
        if pg_server.find_bin_dir() is None:
            self.error = "PostgreSQL server binaries not found"
            return None
        self.started_dir = Path(tempfile.mkdtemp(prefix="desk-app-pg-"))
        port = 55000 + os.getpid() % 5000
        try:
            self.base_url = pg_server.start(self.started_dir, port)
        except (subprocess.CalledProcessError, SystemExit) as exc:
            self.error = f"could not start PostgreSQL: {exc}"
        return self.base_url

    def admin_connection(self):
        db = dbmod.make_database(self.base_url)
        db.connect()
        return db

    def create_database(self, template: str | None = None) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        admin = self.admin_connection()
        try:
            suffix = f" TEMPLATE {template}" if template else ""
            admin.execute_sql(f"CREATE DATABASE {name}{suffix}")
        finally:
            admin.close()
        return self.url_for(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        admin = self.admin_connection()
        try:
            admin.execute_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            admin.close()

    def url_for(self, name: str) -> str:
        return self.base_url.rsplit("/", 1)[0] + "/" + name

    def stop(self):
        if self.started_dir:
            pg_server.stop(self.started_dir)
            shutil.rmtree(self.started_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg():
    server = PgServer()
    yield server
    server.stop()


def _require_pg(pg: PgServer) -> None:
    if pg.ensure() is None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {pg.error}")
        pytest.skip(pg.error)


# --- databases ------------------------------------------------------------------------

def _close_proxy():
    if dbmod.database.obj is not None and not dbmod.database.obj.is_closed():
        dbmod.database.obj.close()


def seed_database(url: str) -> None:
    """Office, one user per role (and a second counter officer) and the catalogue."""
    from desk_app.models.core import accounts, setup
    from desk_app.models.core.setup import NTB_DEFAULTS

    open_database(url)
    fields = {k: v for k, v in NTB_DEFAULTS.items() if k != "code"}
    username, password, name, _role, nip = TEST_USERS["admin"]
    admin = setup.initialize(OFFICE, fields, username, name, password, nip)
    for key in ("head", "counter", "counter2"):
        username, password, name, role, nip = TEST_USERS[key]
        accounts.create_user(admin, OFFICE, username, name, role, password, nip=nip)
    _close_proxy()


@pytest.fixture(scope="session")
def templates(pg, tmp_path_factory):
    """Per backend, a seeded template built once; each test gets a fresh copy."""
    cache: dict[str, str] = {}

    def get(backend: str) -> str:
        if backend in cache:
            return cache[backend]
        if backend == "sqlite":
            path = tmp_path_factory.mktemp("template") / "seeded.db"
            seed_database(str(path))
            cache[backend] = str(path)
        else:
            url = pg.create_database()
            seed_database(url)
            name = url.rsplit("/", 1)[1]
            cache[backend] = name
        return cache[backend]

    return get


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request):
    return request.param


@pytest.fixture
def empty_db_url(backend, pg, tmp_path):
    """A URL to an empty database (no tables) on the test's backend."""
    if backend == "sqlite":
        yield str(tmp_path / "empty.db")
    else:
        _require_pg(pg)
        url = pg.create_database()
        yield url
        _close_proxy()
        pg.drop_database(url)
    _close_proxy()


@pytest.fixture
def db_url(backend, pg, templates, tmp_path):
    """A URL to a fresh copy of the seeded database on the test's backend."""
    if backend == "sqlite":
        path = tmp_path / "desk.db"
        shutil.copyfile(templates("sqlite"), path)
        yield str(path)
    else:
        _require_pg(pg)
        url = pg.create_database(template=templates("postgres"))
        yield url
        _close_proxy()
        pg.drop_database(url)
    _close_proxy()


@pytest.fixture
def db(db_url):
    """The seeded database, opened (the proxy points at it)."""
    forget_cached_days()
    database = open_database(db_url)
    yield database
    if not database.is_closed():
        database.close()


@pytest.fixture
def office(db):
    return OFFICE


def _user(key):
    from desk_app.models.core.accounts import User

    return User.get(User.username == TEST_USERS[key][0])


@pytest.fixture
def admin(db):
    return _user("admin")


@pytest.fixture
def head(db):
    return _user("head")


@pytest.fixture
def counter(db):
    return _user("counter")


@pytest.fixture
def counter2(db):
    return _user("counter2")


@pytest.fixture
def cli(db_url, capsys):
    """Run `desk-app ARGS --db <test database>` in-process; returns (status, out, err)."""
    from desk_app.cli import main

    def run(*args: str, db: bool = True):
        argv = list(args)
        if db:
            argv[1:1] = ["--db", db_url]
        _close_proxy()
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out, err

    return run


__all__ = ["peewee", "OFFICE", "TEST_USERS"]
