"""export-bundle / import-bundle on the command line."""

from __future__ import annotations

from bundle_helpers import make_district, switch

from desk_app.cli import main
from desk_app.models.core import db as dbmod
from desk_app.models.requests.tables import ServiceRequest


def test_export_then_import_on_the_command_line(cli, db_url, tmp_path, capsys):
    district = make_district(tmp_path / "kk.db", "Kk.18.01")
    dbmod.database.obj.close()
    bundle = tmp_path / "kirim.zip"
    assert main(["export-bundle", "--db", district, "--to", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "Bundel kantor Kk.18.01 tersimpan" in out and "service_request" in out

    code, out, err = cli("import-bundle", str(bundle), "--dry-run")
    assert code == 0, err
    assert "Bundel kantor Kk.18.01" in out and "baru" in out and "Uji coba" in out
    code, out, err = cli("import-bundle", str(bundle))
    assert code == 0, err
    assert "diimpor" in out
    code, out, err = cli("import-bundle", str(bundle))
    assert code == 0 and "Tidak ada perubahan" in out
    code, out, err = cli("check")
    assert code == 0, out
    switch(db_url)
    assert ServiceRequest.select().where(ServiceRequest.office == "Kk.18.01").count() == 2


def test_export_since_a_date_and_bad_input(cli, tmp_path):
    code, out, err = cli("export-bundle", "--since", "2026-11-01", "--to", str(tmp_path / "a.zip"))
    assert code == 0, err
    assert "Bundel kantor Kw.18" in out
    code, out, err = cli("export-bundle", "--since", "kemarin", "--to", str(tmp_path / "b.zip"))
    assert code == 1 and "tidak dikenali" in err
    code, out, err = cli("export-bundle", "--to", str(tmp_path / "tidak-ada" / "c.zip"))
    assert code == 1 and "tidak ada" in err
    code, out, err = cli("import-bundle", str(tmp_path / "a.zip"))
    assert code == 1 and "kantor basis data ini sendiri" in err
