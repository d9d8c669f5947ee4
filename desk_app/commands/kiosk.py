"""`desk-app kiosk [--db URL]`: the customer-facing survey window on its own, full screen
(a PC or a second screen at the counter). An officer logs in once to start it; from
then on it shows only the survey and cannot reach the rest of the app."""

from __future__ import annotations


def add_parser(subparsers):
    parser = subparsers.add_parser("kiosk", help="jendela survei kepuasan untuk pengguna layanan")
    parser.add_argument("--windowed", action="store_true", help="jangan layar penuh (uji coba)")
    return parser


def run(args) -> int:
    from desk_app.ui.skm.kiosk_app import run_kiosk

    return run_kiosk(args)
