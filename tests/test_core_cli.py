"""The command-line contract: exit codes and one-line Indonesian messages."""

import subprocess
import sys

import pytest

from desk_app.cli import main


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "desk_app", *args], capture_output=True, text=True,
                          timeout=120)


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and "Loket Prima" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["check", "--db", "mysql://a@b/c"], "Alamat basis data tidak dikenali"),
        (["check", "--db", "/tidak/ada/folder/x.db"], "tidak ada"),
        (["restore", "/tidak/ada.db", "--yes"], "tidak ada"),
        (["demo", "--months", "0"], "--months harus 1 sampai 120"),
    ],
)
def test_expected_failures_are_one_indonesian_line(args, message, tmp_path):
    result = run_cli(*args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_arguments_are_explained_in_indonesian():
    result = run_cli("check", "--tidak-ada")
    assert result.returncode == 2
    assert "argumen tidak sah" in result.stderr


def test_a_mistyped_command_lists_the_commands_even_after_the_window_options(tmp_path):
    """The window's start builds only its own options; anything else gets the whole
    command line, so a typo is still answered with the list of commands."""
    result = run_cli("--db", str(tmp_path / "x.db"), "cek")
    assert result.returncode == 2
    assert "invalid choice: 'cek'" in result.stderr and "'check'" in result.stderr
    result = run_cli("--db", str(tmp_path / "x.db"), "check")  # --db before the command counts
    assert result.returncode == 1 and "x.db tidak ada" in result.stderr


def test_check_on_a_missing_database_file_does_not_create_it(tmp_path):
    path = tmp_path / "belum-ada.db"
    result = run_cli("check", "--db", str(path))
    assert result.returncode == 1 and "tidak ada" in result.stderr
    assert not path.exists()


def test_corrupt_database_file(tmp_path):
    path = tmp_path / "rusak.db"
    path.write_bytes(b"\x00garbage" * 1000)
    result = run_cli("check", "--db", str(path))
    assert result.returncode == 1
    assert "rusak atau bukan basis data" in result.stderr


def test_demo_refuses_a_database_that_has_data(db_url, capsys):
    assert main(["demo", "--db", db_url, "--months", "1"]) == 1
    assert "sudah berisi data" in capsys.readouterr().err
