"""Bundles that must not be imported are refused before anything changes."""

from __future__ import annotations

import errno
import json
import zipfile

import pytest
from bundle_helpers import make_district, rewrite_bundle, switch, table_counts

from desk_app.models.core import audit
from desk_app.models.core.errors import UserError
from desk_app.models.core.schema import SCHEMA_VERSION
from desk_app.models.offices.bundles import BundleError, export_bundle
from desk_app.models.offices.merge import import_bundle, preview_bundle


@pytest.fixture
def bundle(db_url, tmp_path):
    make_district(tmp_path / "d.db", "Kk.18.01")
    path = export_bundle(None, tmp_path / "kk1801.zip").path
    switch(db_url)
    return path


def refused(path, match: str) -> str:
    before = table_counts()
    with pytest.raises(BundleError, match=match) as info:
        preview_bundle(path)
    with pytest.raises(BundleError, match=match):
        import_bundle(path)
    assert table_counts() == before
    return info.value.message


def test_one_byte_changed_in_a_member_is_refused(bundle, tmp_path):
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as zf:
        info = zf.getinfo("service_request.jsonl")
    # One byte in the middle of the member's compressed data.
    offset = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + info.compress_size // 2
    data[offset] ^= 0x01
    tampered = tmp_path / "tampered.zip"
    tampered.write_bytes(bytes(data))
    message = refused(tampered, "rusak|diubah")
    assert "tidak diimpor" in message


def test_member_rewritten_without_its_checksum_is_refused(bundle, tmp_path):
    def edit(content: bytes) -> bytes:
        return content.replace(b"Baiq Siti Aminah", b"Baiq Siti Aminaa", 1)

    tampered = rewrite_bundle(bundle, tmp_path / "edited.zip", member_edit=("service_request.jsonl", edit))
    message = refused(tampered, "checksum service_request.jsonl tidak cocok")
    assert "telah diubah atau rusak" in message


def test_truncated_bundle_is_refused(bundle, tmp_path):
    data = bundle.read_bytes()
    for cut in (len(data) // 2, len(data) - 10):
        short = tmp_path / f"short{cut}.zip"
        short.write_bytes(data[:cut])
        refused(short, "rusak, terpotong")


def test_bundle_from_a_newer_schema_is_refused(bundle, tmp_path):
    def newer(manifest):
        manifest["schema_version"] = SCHEMA_VERSION + 1

    future = rewrite_bundle(bundle, tmp_path / "future.zip", manifest_edit=newer)
    message = refused(future, "versi Loket Prima yang lebih baru")
    assert f"skema {SCHEMA_VERSION + 1}" in message


def test_rows_of_another_office_are_refused(bundle, tmp_path):
    def smuggle(content: bytes) -> bytes:
        rows = [json.loads(line) for line in content.decode().splitlines()]
        rows[0]["office"] = "Kw.18"
        return "".join(json.dumps(r) + "\n" for r in rows).encode()

    def fix_checksum(manifest):
        import hashlib

        with zipfile.ZipFile(bundle) as zf:
            manifest["members"]["service_request.jsonl"] = hashlib.sha256(
                smuggle(zf.read("service_request.jsonl"))).hexdigest()

    forged = rewrite_bundle(bundle, tmp_path / "forged.zip", manifest_edit=fix_checksum,
                            member_edit=("service_request.jsonl", smuggle))
    refused(forged, "memuat data kantor lain")


def test_not_a_bundle(db, tmp_path):
    junk = tmp_path / "foto.zip"
    junk.write_bytes(b"ini bukan zip")
    with pytest.raises(BundleError, match="bukan bundel Loket Prima"):
        import_bundle(junk)
    with pytest.raises(BundleError, match="tidak ada"):
        import_bundle(tmp_path / "hilang.zip")


def test_valid_bundle_after_refusals_still_imports(bundle, tmp_path):
    short = tmp_path / "short.zip"
    short.write_bytes(bundle.read_bytes()[:100])
    with pytest.raises(BundleError):
        import_bundle(short)
    assert import_bundle(bundle).imported
    assert audit.verify_chain() == []


def test_disk_full_leaves_the_old_bundle_intact(db, admin, tmp_path, monkeypatch):
    target = tmp_path / "kiriman.zip"
    first = export_bundle(None, target, actor=admin)
    original = target.read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    with pytest.raises(UserError, match="Ruang disk tidak cukup") as info:
        export_bundle(None, target, actor=admin, full=True)
    assert "tidak diubah" in info.value.message
    assert target.read_bytes() == original
    assert not (tmp_path / "kiriman.zip.part").exists()
    monkeypatch.undo()
    # The failed export did not move the mark: the next one still starts where `first` ended.
    again = export_bundle(None, tmp_path / "lagi.zip", actor=admin)
    assert again.period_from is not None and again.period_from >= first.created_at
    assert again.counts["audit_event"] == 1  # only the first export's own event
