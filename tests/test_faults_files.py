"""Files written whole or not at all (issue 18): a backup that fails its check is moved
out of the backups list, a backup on a full disk leaves no part or journal behind, a
receipt written beside its target, print jobs from memory (nothing in the temporary
folder), the save dialog's folder and refusals."""

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from desk_app.models.core import backup
from desk_app.models.core import db as dbmod
from desk_app.models.core.errors import UserError
from desk_app.models.core.files import replacing


def sqlite_only(backend):
    if backend != "sqlite":
        pytest.skip("file backups are SQLite's; PostgreSQL uses pg_dump")


def test_a_backup_failing_its_check_is_quarantined(db, db_url, backend, tmp_path, monkeypatch, cli):
    sqlite_only(backend)
    folder = tmp_path / "cadangan"
    monkeypatch.setattr(dbmod, "verify_sqlite_file", lambda path: ["integrity_check: halaman 7 rusak"])
    code, _, err = cli("backup", "--to", str(folder))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "gagal diperiksa" in err
    assert backup.list_backups(folder) == []  # never offered for a restore
    quarantined = list((folder / backup.QUARANTINE_DIR).iterdir())
    assert len(quarantined) == 1 and quarantined[0].name.endswith("-GAGAL.db")
    assert sorted(p.name for p in folder.iterdir()) == [backup.QUARANTINE_DIR]


def test_automatic_backup_failing_restore_check_is_quarantined(db, db_url, backend, tmp_path, monkeypatch):
    sqlite_only(backend)
    folder = tmp_path / "cadangan"

    def refuse(path):
        raise UserError("Berkas cadangan tidak dapat dipakai: uji")

    monkeypatch.setattr(backup, "verify_backup", refuse)
    with pytest.raises(UserError):
        backup.automatic_backup(db_url, keep=3, to_dir=folder)
    assert backup.list_backups(folder) == []
    assert len(list((folder / backup.QUARANTINE_DIR).iterdir())) == 1


def test_a_backup_on_a_full_disk_leaves_nothing_behind(db, db_url, backend, tmp_path, monkeypatch, cli):
    """The backup file is limited to 3 pages: SQLite answers SQLITE_FULL, as on a full disk."""
    sqlite_only(backend)
    folder = tmp_path / "cadangan"
    real_connect = sqlite3.connect

    def small_disk(target, *args, **kwargs):
        con = real_connect(target, *args, **kwargs)
        if str(target).startswith(str(folder)):
            con.execute("PRAGMA max_page_count = 3")
        return con

    monkeypatch.setattr(dbmod.sqlite3, "connect", small_disk)
    code, _, err = cli("backup", "--to", str(folder))
    assert code == 1 and "Disk penuh" in err and len(err.strip().splitlines()) == 1
    assert list(folder.iterdir()) == []  # no .sebagian, no -journal


def test_replacing_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "tanda-terima.pdf"
    target.write_bytes(b"lama")
    with pytest.raises(RuntimeError), replacing(target) as partial:
        partial.write_bytes(b"separuh")
        raise RuntimeError("putus")
    assert target.read_bytes() == b"lama" and sorted(os.listdir(tmp_path)) == ["tanda-terima.pdf"]
    with replacing(target) as partial:
        assert partial.parent == target.parent  # beside it: the rename stays on one disk
        partial.write_bytes(b"baru")
    assert target.read_bytes() == b"baru" and sorted(os.listdir(tmp_path)) == ["tanda-terima.pdf"]
    with pytest.raises(UserError, match="tidak ada"):
        with replacing(tmp_path / "tidak" / "ada.pdf"):
            pass


def test_receipt_written_whole_or_not_at_all(db, office, counter, tmp_path, monkeypatch):
    import datetime as dt

    from desk_app.models.catalogue import standards
    from desk_app.models.catalogue.tables import Service
    from desk_app.models.requests import registration as rf
    from desk_app.reports import receipt

    service = Service.get((Service.office == office) & (Service.code == "BIMAS-01"))
    docs = [{"name": d, "received": True} for d in standards.standard_in_force(service).requirements]
    request = rf.register_request(counter, service.id, {"name": "Baiq Siti", "nik": "5271014506900001",
                                                        "phone": "081237451234"}, docs,
                                  at=dt.datetime(2026, 11, 25, 2))
    out = tmp_path / "keluar"
    out.mkdir()
    target = out / "tanda-terima.pdf"
    receipt.write_receipt(request.id, str(target))
    assert target.read_bytes().startswith(b"%PDF")

    def full(data, out, *args):
        Path(out).write_bytes(b"%PDF half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(receipt, "render_receipt", full)
    with pytest.raises(UserError, match="Disk penuh"):
        receipt.write_receipt(request.id, str(out / "kedua.pdf"))
    assert sorted(os.listdir(out)) == ["tanda-terima.pdf"]


# --- printing from memory; the save dialog ------------------------------------------------

def test_printing_a_pdf_from_memory_leaves_no_file(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    from reportlab.pdfgen import canvas

    from desk_app.ui.pdf_print import render_to_printer

    pdf = tmp_path / "sumber.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(100, 700, "Tanda terima")
    page.showPage()
    page.drawString(100, 700, "Halaman dua")
    page.save()
    data = pdf.read_bytes()
    pdf.unlink()
    temp = Path(tempfile.gettempdir())
    before = set(os.listdir(temp))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    assert render_to_printer(data, printer) == 2
    new = {n for n in set(os.listdir(temp)) - before if not n.startswith("pytest")}
    assert new == set()


def test_print_file_deleted_once_handed_over(qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    from desk_app.ui import pdf_print

    path = tmp_path / "cetak.pdf"
    path.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    assert pdf_print.print_pdf(None, str(path), "uji", delete_after=True) is False
    assert not path.exists()  # cancelled: deleted too


def test_save_dialog_starts_in_documents_never_in_a_temp_folder(qtbot, tmp_path, monkeypatch):
    from desk_app.ui import save_file

    docs = tmp_path / "Dokumen"
    docs.mkdir()
    monkeypatch.setattr(save_file, "documents_folder", lambda: docs)
    save_file.ui_state.settings().setValue(save_file.FOLDER_KEY, tempfile.gettempdir())
    assert save_file.start_folder() == docs
    save_file.remember_folder(str(Path(tempfile.gettempdir()) / "x.pdf"))  # not remembered
    assert save_file.start_folder() == docs
    chosen = Path.home() / "loket-uji-folder"
    chosen.mkdir(exist_ok=True)
    try:
        save_file.remember_folder(str(chosen / "laporan.pdf"))
        assert save_file.start_folder() == chosen
    finally:
        shutil.rmtree(chosen, ignore_errors=True)


def test_save_dialog_refuses_the_live_database(qtbot, db, db_url, backend, tmp_path, monkeypatch):
    from desk_app.ui import save_file

    sqlite_only(backend)
    assert save_file.live_database_files() >= {os.path.abspath(db_url), os.path.abspath(db_url) + "-wal"}
    answers = iter([(db_url, "Semua berkas (*)"), (str(tmp_path / "slip"), "PDF (*.pdf)")])
    refused = []
    monkeypatch.setattr(save_file, "ask_user", lambda dialog: next(answers))
    monkeypatch.setattr("desk_app.ui.widgets.show_error", lambda parent, text, *a: refused.append(text))
    path, _ = save_file.save_file_name(None, "Simpan", "slip.pdf", "PDF (*.pdf)")
    assert path == str(tmp_path / "slip.pdf")
    assert refused and "basis data" in refused[0]
    dialog = save_file.make_dialog(None, "Simpan", "PDF (*.pdf)", True, "slip.pdf")
    assert dialog.testOption(dialog.Option.DontUseNativeDialog)
    assert isinstance(dialog.iconProvider(), save_file.NameOnlyIcons)
    assert isinstance(dialog.proxyModel(), save_file.HideDatabases)


def test_text_fields_limited_in_the_widgets(qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

    from desk_app.ui import text_limits

    text_limits.install(QApplication.instance())
    name, story, old = QLineEdit(), QPlainTextEdit(), QLineEdit("x" * 800)
    for widget in (name, story, old):
        qtbot.addWidget(widget)
    text_limits.limit(name, 150)
    qtbot.keyClicks(name, "Baiq")
    name.insert("\x00\x1b")  # pasted: refused whole by the validator
    assert name.text() == "Baiq" and name.maxLength() == 150
    text_limits.limit(story, 20)
    story.insertPlainText("baris satu\nbaris\x00 dua yang panjang sekali")
    assert "\x00" not in story.toPlainText() and len(story.toPlainText()) == 20
    text_limits._on_focus(None, old)  # a field never limited in code: a default, no cut
    assert old.maxLength() == 800 and old.text() == "x" * 800
    fresh = QLineEdit()
    qtbot.addWidget(fresh)
    text_limits._on_focus(None, fresh)
    assert fresh.maxLength() == text_limits.DEFAULT_LINE and fresh.validator() is not None
