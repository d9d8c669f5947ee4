"""Faults on purpose at the command line (issue 18): each ends in one Indonesian line on
stderr, no traceback, nothing half-written, nothing left behind, no serial burned."""

import errno
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import peewee
import pytest

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import db as dbmod
from desk_app.models.core import db_checks
from desk_app.models.core.errors import DatabaseError
from desk_app.models.core.office import Counter
from desk_app.models.core.schema import open_database
from desk_app.models.skm.tables import SurveyResponse


def one_line(code, err, status=1):
    assert code == status, err
    assert "Traceback" not in err
    lines = err.split("\r")[-1].strip().splitlines()  # after a cleared progress line
    assert len(lines) == 1 and lines[0].startswith("desk-app: "), err
    return lines[0]


def service_code(office):
    return Service.select().where(Service.office == office).order_by(Service.sort_order).first().code


def sheet_counter(office):
    return [(c.kind, c.year, c.last) for c in Counter.select().where(Counter.office == office)]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "sebagian" in p.name or p.name.endswith(
        ("-journal", ".part")))


# --- questionnaire: missing folder, absurd year, disk full ------------------------------

@pytest.mark.parametrize("case", ["missing folder", "year 99999", "a folder as --out"])
def test_questionnaire_bad_target_or_year_takes_no_serial(db, office, cli, tmp_path, case):
    before = sheet_counter(office)
    out = {"missing folder": tmp_path / "tidak-ada" / "k.pdf",
           "year 99999": tmp_path / "k.pdf", "a folder as --out": tmp_path}[case]
    extra = ["--year", "99999"] if case == "year 99999" else []
    code, _, err = cli("questionnaire", "--service", service_code(office), "--copies", "5",
                       "--out", str(out), *extra)
    one_line(code, err)
    db.connect(reuse_if_open=True)
    assert sheet_counter(office) == before
    assert not (tmp_path / "k.pdf").exists() and leftovers(tmp_path) == []


def test_questionnaire_disk_full_takes_no_serial_and_leaves_no_file(db, office, cli, tmp_path,
                                                                     monkeypatch):
    import desk_app.reports.questionnaire as questionnaire

    def full_disk(out, *args, **kwargs):  # a writer that fills the disk half-way
        Path(out).write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device", str(out))

    real = questionnaire.write_questionnaire
    monkeypatch.setattr(questionnaire, "write_questionnaire", full_disk)
    out = tmp_path / "kuesioner.pdf"
    code, _, err = cli("questionnaire", "--service", service_code(office), "--copies", "50",
                       "--out", str(out))
    assert "Disk penuh" in one_line(code, err)
    assert not out.exists() and leftovers(tmp_path) == []
    monkeypatch.setattr(questionnaire, "write_questionnaire", real)
    code, text, err = cli("questionnaire", "--service", service_code(office), "--copies", "2",
                          "--out", str(out))
    assert code == 0, err
    assert "(no. 1–2)" in text  # nothing was burned by the failed print


# --- disk full inside the database ------------------------------------------------------

def survey_book(path: Path, rows: int = 30) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["No", "Tanggal", "Layanan", "Jenis Kelamin", "Umur", "Pendidikan", "Pekerjaan",
                  "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "Saran"])
    for n in range(1, rows + 1):
        sheet.append([str(n), "2026-10-05", "BIMAS-01", "P", 30, "SMA", "Swasta",
                      4, 3, 4, 4, 3, 4, 4, 3, 4, "x" * 1500])
    book.save(path)
    return path


def test_import_surveys_when_the_database_disk_is_full(db, db_url, backend, office, cli,
                                                       tmp_path, monkeypatch):
    if backend != "sqlite":
        pytest.skip("SQLite's own disk-full path; a full disk on the server is PostgreSQL's")
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    # SQLite answers SQLITE_FULL ("database or disk is full") past max_page_count: the
    # same error, from the same place, as a full disk
    monkeypatch.setitem(dbmod.SQLITE_PRAGMAS, "max_page_count", pages + 2)
    book = survey_book(tmp_path / "survei.xlsx")
    code, _, err = cli("import-surveys", str(book))
    assert "Disk penuh" in one_line(code, err)
    monkeypatch.delitem(dbmod.SQLITE_PRAGMAS, "max_page_count")
    open_database(db_url)
    assert SurveyResponse.select().count() == 0  # all or nothing


# --- read-only database -----------------------------------------------------------------

def make_read_only(path: str, request) -> None:
    """chmod 444; as root (who writes through chmod) the file is made immutable instead."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", path], capture_output=True).returncode != 0:
            pytest.skip("chattr +i not supported here")
        request.addfinalizer(lambda: subprocess.run(["chattr", "-i", path]))
    else:
        os.chmod(path, 0o444)
        request.addfinalizer(lambda: os.chmod(path, 0o644))


def test_write_to_a_read_only_database(db, db_url, backend, office, cli, tmp_path, pg, request):
    db.close()
    if backend == "postgres":
        name = db_url.rsplit("/", 1)[1]
        admin = pg.admin_connection()
        admin.execute_sql(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
        admin.close()
    else:
        make_read_only(db_url, request)
    out = tmp_path / "k.pdf"
    code, _, err = cli("questionnaire", "--service", "BIMAS-01", "--copies", "3", "--out", str(out))
    line = one_line(code, err)
    assert "hanya bisa dibaca" in line
    assert not out.exists() and leftovers(tmp_path) == []
    if backend == "sqlite":
        dbmod.database.obj.close()  # as the process's exit does
        names = sorted(p.name for p in tmp_path.iterdir() if "desk.db" in p.name)
        assert set(names) <= {"desk.db", "desk.db-wal", "desk.db-shm"}, names
        wal = tmp_path / "desk.db-wal"  # SQLite's own companion: it holds nothing
        assert not wal.exists() or wal.stat().st_size == 0


# --- a corrupt file ---------------------------------------------------------------------

def corrupt(path: str) -> None:
    """Bytes flipped in the middle of the file, over whole pages of table data."""
    data = bytearray(Path(path).read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    for offset in range(middle, min(middle + 6 * page, len(data))):
        data[offset] ^= 0x5A
    Path(path).write_bytes(bytes(data))


@pytest.fixture
def corrupt_db(db, db_url, backend):
    if backend != "sqlite":
        pytest.skip("a damaged file is SQLite's; PostgreSQL checks its own pages")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    corrupt(db_url)
    con = sqlite3.connect(db_url)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    except sqlite3.DatabaseError:
        pass
    finally:
        con.close()
    return db_url


COMMANDS = [
    ["check"], ["skm", "--period", "2026-10"], ["report", "--period", "2026-10", "--pdf", "{tmp}/l.pdf"],
    ["questionnaire", "--service", "BIMAS-01", "--out", "{tmp}/k.pdf"],
    ["import-surveys", "{book}"], ["backup", "--to", "{tmp}/cadangan"],
]


@pytest.mark.parametrize("checked_today", [False, True], ids=["first open today", "checked earlier today"])
def test_a_corrupt_file_is_refused_by_every_command(corrupt_db, cli, tmp_path, checked_today):
    if not checked_today:
        db_checks.forget_integrity_checks()
    book = survey_book(tmp_path / "s.xlsx", 2)
    for argv in COMMANDS:
        argv = [a.format(tmp=tmp_path, book=book) for a in argv]
        code, out, err = cli(*argv)
        assert code != 0, argv
        assert "Traceback" not in err + out, argv
        text = err if code != 1 or err else out
        assert len(err.strip().splitlines()) <= 1, (argv, err)
        if not checked_today:  # refused at open, with the way back
            assert "rusak" in err and "desk-app restore" in err, (argv, err)
            assert code == 1, (argv, err)
        assert text
    assert not (tmp_path / "l.pdf").exists() and not (tmp_path / "k.pdf").exists()


def test_left_open_file_is_checked_again_even_when_checked_today(corrupt_db, cli):
    db_checks._mark_checked(corrupt_db)
    Path(corrupt_db + "-wal").write_bytes(b"\0" * 100)  # a writer that was killed
    code, _, err = cli("skm", "--period", "2026-10")
    assert "rusak" in one_line(code, err)


def test_check_reports_a_damaged_file_and_never_crashes(corrupt_db, cli):
    db_checks.forget_integrity_checks()
    code, _, err = cli("check")
    assert "rusak" in one_line(code, err)
    database = peewee.SqliteDatabase(corrupt_db)  # past the open: the check itself
    database.connect()
    try:
        faults = dbmod.sqlite_integrity_faults(database)
    finally:
        database.close()
    assert faults and all(isinstance(f, str) and f for f in faults)


# --- a SQLite file on a network share ---------------------------------------------------

def test_sqlite_on_a_network_share_is_refused(tmp_path, monkeypatch, cli):
    mounts = tmp_path / "mounts"
    share = tmp_path / "bersama"
    share.mkdir()
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//server/loket {share} cifs rw 0 0\n")
    monkeypatch.setattr(db_checks, "PROC_MOUNTS", str(mounts))
    with pytest.raises(DatabaseError, match="PostgreSQL"):
        open_database(str(share / "kantor.db"))
    assert not (share / "kantor.db").exists()
    code, _, err = cli("check", "--db", str(share / "kantor.db"), db=False)
    assert "folder jaringan (cifs)" in one_line(code, err)
    for unc in (r"\\server\loket\kantor.db", "//server/loket/kantor.db"):
        assert db_checks.network_share(Path(unc)) == "UNC"
    assert db_checks.network_share(tmp_path / "lokal.db") is None


# --- rows holding NUL, hostile workbooks -----------------------------------------------

def test_copy_db_of_rows_holding_nul(db, db_url, backend, office, cli, tmp_path):
    if backend != "sqlite":
        pytest.skip("the source is an old SQLite file; the copy goes to a new SQLite file")
    db.close()
    con = sqlite3.connect(db_url)
    con.execute("UPDATE office SET address = ? WHERE code = ?", ("Jl. Udayana\x00No. 6", office))
    con.commit()
    con.close()
    target = tmp_path / "salinan.db"
    code, _, err = cli("copy-db", "--from", db_url, "--to", str(target), db=False)
    line = one_line(code, err)
    assert "NUL" in line and "Udayana" not in line


XXE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol7;&xxe;</t></is></c></row></sheetData></worksheet>"""


@pytest.mark.parametrize("kind", ["entity attack", "not a zip", "truncated"])
def test_hostile_or_broken_workbook(db, office, cli, tmp_path, kind):
    import zipfile

    path = survey_book(tmp_path / "survei.xlsx", 2)
    if kind == "entity attack":
        with zipfile.ZipFile(path) as src:
            members = {n: src.read(n) for n in src.namelist()}
        members["xl/worksheets/sheet1.xml"] = XXE.encode()
        with zipfile.ZipFile(path, "w") as dst:
            for name, data in members.items():
                dst.writestr(name, data)
    elif kind == "not a zip":
        path.write_bytes(b"\x00\x01garbage" * 100)
    else:
        path.write_bytes(path.read_bytes()[:700])
    code, out, err = cli("import-surveys", str(path))
    line = one_line(code, err)
    assert "root:" not in err + out  # /etc/passwd never read into anything
    assert SurveyResponse.select().count() == 0
    assert line


# --- the one handler: one line, the traceback in the log, personal data masked ----------

def test_unexpected_error_one_line_log_without_personal_data(db, office, cli, monkeypatch):
    from desk_app import config
    from desk_app.commands import skm

    def boom(args):
        raise RuntimeError("gagal untuk 5271014501900003 (0812-3456-7890 / 081234567890) "
                           "di 'Jl. Pejanggik No. 12, Mataram' <budi@contoh.id>")

    monkeypatch.setattr(skm, "run", boom)
    log = config.log_dir() / "desk-app.log"
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    code, out, err = cli("skm", "--period", "2026-10")
    line = one_line(code, err, status=70)
    assert str(log) in line and "kesalahan tak terduga" in line and "skm" in line
    assert "5271014501900003" not in line
    written = log.read_text(encoding="utf-8")[len(before):]
    assert "Traceback" in written and "RuntimeError" in written and "def boom" not in line
    for secret in ("5271014501900003", "081234567890", "Pejanggik", "budi@contoh.id"):
        assert secret not in written, secret
    assert "5271••••••••0003" in written


def test_protected_complainant_name_is_masked_in_the_log():
    from desk_app import crash

    text = crash.scrub("gagal: Baiq Rahasia Sekali mengadu", names=["Baiq Rahasia Sekali"])
    assert "Baiq" not in text and "[identitas dirahasiakan]" in text
    assert crash.scrub("postgresql://loket:sandi123@server/loket") == "postgresql://loket:•••@server/loket"
    assert re.search(r"no such column: \"serial\"", crash.scrub('no such column: "serial"'))


def test_quick_check_on_open_is_bounded_in_time(db, db_url, backend, monkeypatch):
    if backend != "sqlite":
        pytest.skip("SQLite's quick_check")
    db_checks.forget_integrity_checks()
    assert db_checks.check_on_open(db) is True  # a small file: checked whole
    monkeypatch.setenv("DESK_APP_QUICK_CHECK_SECONDS", "0")
    db_checks.forget_integrity_checks()
    assert db_checks.check_on_open(db) is False  # out of time: in part, and no error
    assert db_checks._checked_today(db_url)  # at most one attempt a day
