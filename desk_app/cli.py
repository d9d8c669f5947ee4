"""The one entry point: the GUI by default, sub-commands for headless work.

Each sub-command lives in `desk_app/commands/<name>.py` with `add_parser(subparsers)`
and `run(args) -> int`. Expected failures (UserError) end with one Indonesian line on
stderr and exit status 1; nothing else reaches the user as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from desk_app import __version__
from desk_app.models.core.errors import UserError

COMMANDS = [
    "demo",
    "check",
    "backup",
    "restore",
    "skm",
    "skm-report",
    "skm-poster",
    "kiosk",
    "import-surveys",
    "questionnaire",
    "office-card",
    "trust-office",
    "office-key",
    "export-bundle",
    "import-bundle",
    "copy-db",
    "report",
    "person",
]


class IndonesianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):
        self.exit(2, f"desk-app: argumen tidak sah: {message}\n"
                     f"Lihat 'desk-app --help' atau 'desk-app PERINTAH --help'.\n")


def add_db_argument(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument("--db", metavar="URL", default=default,
                        help="berkas SQLite atau postgresql://pengguna:sandi@host:port/nama "
                             "(bawaan: $DESK_APP_DB atau berkas di folder data pengguna)")


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with `commands=False` only the window's options."""
    parser = IndonesianArgumentParser(
        prog="desk-app",
        description="Loket Prima — aplikasi loket pelayanan publik.",
    )
    parser.add_argument("--version", action="version", version=f"Loket Prima {__version__}")
    add_db_argument(parser)
    parser.add_argument("--quit-after", type=float, metavar="DETIK",
                        help=argparse.SUPPRESS)  # start the GUI and quit: smoke test of a build
    parser.set_defaults(command=None)
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", parser_class=IndonesianArgumentParser,
                                       metavar="PERINTAH")
    for name in COMMANDS:
        module = importlib.import_module(f"desk_app.commands.{name.replace('-', '_')}")
        sub = module.add_parser(subparsers)
        if not any(a.dest == "db" for a in sub._actions):
            # SUPPRESS: `desk-app --db X check` keeps X (a default would overwrite it)
            add_db_argument(sub, default=argparse.SUPPRESS)
        sub.set_defaults(handler=module.run)
    return parser


WINDOW_OPTIONS = ("--db", "--quit-after")  # each takes a value


def opens_the_window(argv: list[str]) -> bool:
    """True when `argv` holds only the window's own options: then the sub-commands'
    parsers, and the modules behind them, are not built (part of every start)."""
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        if option.split("=", 1)[0] not in WINDOW_OPTIONS:
            return False
        if "=" not in option and rest:
            rest.pop(0)  # its value
    return True


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    argv = sys.argv[1:] if argv is None else list(argv)
    return build_parser(commands=not opens_the_window(argv)).parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command is None:
            from desk_app.app import run_gui

            return run_gui(args)
        return args.handler(args) or 0
    except UserError as exc:
        print(f"desk-app: {' '.join(exc.message.split())}", file=sys.stderr)  # one line
        return 1
    except KeyboardInterrupt:
        print("desk-app: dibatalkan.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one handler: one line, details in the log
        from desk_app import crash

        what = f"menjalankan perintah '{args.command}'" if args.command else "membuka aplikasi"
        line, known = crash.explain(exc, what)
        print(f"desk-app: {line}", file=sys.stderr)
        return 1 if known else 70


if __name__ == "__main__":
    raise SystemExit(main())
