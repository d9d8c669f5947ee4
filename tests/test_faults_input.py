"""Careless input never produces a traceback: property-based tests on the validators and
on the command line's arguments."""

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.cli import main
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.nik import validate_nik
from desk_app.models.core.phone import normalize_phone

typed = st.text(alphabet=string.printable + "•éñ٣", max_size=30)


@given(typed)
def test_nik_validation_accepts_or_explains(raw):
    try:
        nik = validate_nik(raw)
    except ValidationError as exc:
        assert exc.message and exc.field == "nik"
    else:
        assert len(nik) == 16 and nik.isascii() and nik.isdigit()


@given(st.from_regex(r"52(0[1-8]|7[12])(0[1-9])([0-2][1-8]|[4-6][1-8])(0[1-9]|1[0-2])[0-9][0-9](000[1-9])",
                     fullmatch=True))
def test_plausible_ntb_niks_are_accepted(raw):
    assert validate_nik(raw) == raw


@given(typed)
def test_phone_normalisation_accepts_or_explains(raw):
    try:
        number = normalize_phone(raw)
    except ValidationError as exc:
        assert exc.message and exc.field == "phone"
    else:
        assert number.startswith("0") and number.isdigit() and 9 <= len(number) <= 13


COMMANDS = ["check", "backup", "restore", "demo", "report", "skm", "import-surveys",
            "export-bundle", "import-bundle", "copy-db", "bogus"]
OPTIONS = ["--db", "--to", "--yes", "--months", "--period", "--service", "--json", "--pdf",
           "--xlsx", "--office", "--since", "--from", "--force", "--help-me"]
VALUES = ["", "0", "-5", "999999", "2026-13", "2026-Q9", "abc", "mysql://x@y/z", "/tidak/ada.db",
          "=1+1", "../..", "postgresql://u@127.0.0.1:1/none", "2026-10", "\u0000x"]


@pytest.fixture
def garbage_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("garbage") / "rusak.db"
    path.write_bytes(b"bukan basis data" * 200)
    return str(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(COMMANDS),
       st.lists(st.tuples(st.sampled_from(OPTIONS), st.sampled_from(VALUES + ["GARBAGE"])), max_size=4))
def test_cli_arguments_never_give_a_traceback(garbage_db, capsys, command, pairs):
    argv = [command]
    for option, value in pairs:
        argv.append(option)
        if value:
            argv.append(garbage_db if value == "GARBAGE" else value)
    # Never let a random run write a real database: always point at a broken one.
    argv += ["--db", garbage_db]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: --help or a usage error
        code = exc.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err + out
    assert "kesalahan tak terduga" not in err, (argv, err)
    assert code in (0, 1, 2), (argv, code, err)
    if code == 1:
        assert err.startswith("desk-app: ") and len(err.strip().splitlines()) == 1
