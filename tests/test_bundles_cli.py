"""office-card / trust-office / export-bundle / import-bundle on the command line."""

from __future__ import annotations

import io

from bundle_helpers import make_district, switch

from desk_app.cli import main
from desk_app.models.core import db as dbmod
from desk_app.models.core.audit import AuditEvent
from desk_app.models.offices.trust import trusted
from desk_app.models.requests.tables import ServiceRequest


def test_enrol_export_then_import_on_the_command_line(cli, db_url, tmp_path, capsys, monkeypatch):
    district = make_district(tmp_path / "kk.db", "Kk.18.01")
    dbmod.database.obj.close()
    district_card, province_card = tmp_path / "kk.json", tmp_path / "kw.json"
    assert main(["office-card", "--db", district, "--to", str(district_card)]) == 0
    out = capsys.readouterr().out
    assert "Kartu kantor Kk.18.01" in out and "Sidik jari:" in out
    fingerprint = out.split("Sidik jari: ")[1].split()[0]
    assert len(fingerprint) == 29 and fingerprint.count("-") == 5
    code, out, err = cli("office-card", "--to", str(province_card))
    assert code == 0, err

    # Without --yes and without a terminal to answer on: nothing is registered.
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, out, err = cli("trust-office", str(district_card))
    assert code == 1 and fingerprint in out and "--yes" in err
    # Asked on a terminal, answered "no".
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "t")
    code, out, err = cli("trust-office", str(district_card))
    assert code == 1 and "Dibatalkan" in out
    switch(db_url)
    assert trusted("Kk.18.01") is None
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    code, out, err = cli("trust-office", str(district_card))
    assert code == 0 and "Kantor Kk.18.01 terdaftar" in out, err
    code, out, err = cli("trust-office", str(district_card), "--yes")
    assert code == 0 and "tidak ada yang diubah" in out
    code, out, err = cli("trust-office", str(province_card), "--yes")
    assert code == 1 and "kantor basis data ini sendiri" in err
    dbmod.database.obj.close()
    assert main(["trust-office", "--db", district, str(province_card), "--yes"]) == 0
    capsys.readouterr()

    bundle = tmp_path / "kirim.zip"
    assert main(["export-bundle", "--db", district, "--to", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "Bundel kantor Kk.18.01 untuk kantor Kw.18" in out and "service_request" in out
    code, out, err = cli("import-bundle", str(bundle), "--dry-run")
    assert code == 0, err
    assert "Bundel kantor Kk.18.01" in out and "baru" in out and "Uji coba" in out
    assert fingerprint in out
    code, out, err = cli("import-bundle", str(bundle))
    assert code == 0 and "diimpor" in out, err
    code, out, err = cli("import-bundle", str(bundle))
    assert code == 0 and "Tidak ada perubahan" in out
    code, out, err = cli("check")
    assert code == 0, out
    switch(db_url)
    assert ServiceRequest.select().where(ServiceRequest.office == "Kk.18.01").count() == 2
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.office == "Kw.18")]
    assert "trust_office" in actions and actions[-1] == "import_bundle"


def test_bad_input_on_the_command_line(cli, tmp_path):
    code, out, err = cli("export-bundle", "--since", "kemarin", "--to", str(tmp_path / "b.zip"))
    assert code == 1 and "tidak dikenali" in err
    code, out, err = cli("export-bundle", "--to", str(tmp_path / "tidak-ada" / "c.zip"))
    assert code == 1 and "tidak ada" in err
    code, out, err = cli("export-bundle", "--to", str(tmp_path / "c.zip"))
    assert code == 1 and "--for KODE" in err
    code, out, err = cli("export-bundle", "--to", str(tmp_path / "c.zip"), "--for", "Kk.18.05")
    assert code == 1 and "belum terdaftar" in err
    card = tmp_path / "kartu.json"
    card.write_text('{"format": "loket-prima-office-card", "office": "Kk.18.09"}')
    code, out, err = cli("trust-office", str(card), "--yes")
    assert code == 1 and "bukan kartu kantor Loket Prima yang sah" in err
    code, out, err = cli("trust-office", str(tmp_path / "hilang.json"), "--yes")
    assert code == 1 and "tidak dapat dibaca" in err
    code, out, err = cli("import-bundle", str(tmp_path / "hilang.zip"))
    assert code == 1 and "tidak ada" in err
