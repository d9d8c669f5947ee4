"""`desk-app demo [--months N] [--scale normal|large|province] [--years N]`: build a demo
database (large: one office's years in bulk; province: the Kanwil and ten districts)."""

from __future__ import annotations

from desk_app import config
from desk_app.models.core.schema import open_database


def add_parser(subparsers):
    parser = subparsers.add_parser("demo", help="buat basis data demo dengan aktivitas realistis")
    parser.add_argument("--months", type=int, default=6, metavar="N",
                        help="lama aktivitas demo dalam bulan (bawaan 6)")
    parser.add_argument("--seed", type=int, default=2026, help="benih acak (hasil dapat diulang)")
    parser.add_argument("--scale", choices=["normal", "large", "province"], default="normal",
                        help="large: sepuluh tahun kantor (500.000 permohonan, 100.000 survei, "
                             "20.000 pengaduan) untuk uji kecepatan; province: basis data "
                             "gabungan provinsi, Kanwil dan sepuluh kantor kabupaten/kota")
    parser.add_argument("--years", type=int, default=10, metavar="N",
                        help="large/province: tahun kegiatan tiap kantor (bawaan 10)")
    parser.add_argument("--office-code", metavar="KODE",
                        help="kode kantor demo (bawaan Kw.18, Kanwil NTB), mis. Kk.18.01")
    parser.add_argument("--office-name", metavar="NAMA", help="nama kantor demo")
    return parser


def run(args) -> int:
    from desk_app.demo import DEMO_USERS, build_demo
    from desk_app.models.core.errors import UserError

    if not 1 <= args.months <= 120:
        raise UserError("--months harus 1 sampai 120.")
    if not 1 <= args.years <= 20:
        raise UserError("--years harus 1 sampai 20.")
    if args.scale == "province" and args.office_code:
        raise UserError("--scale province membuat sendiri kantor-kantornya; --office-code tidak dipakai.")
    url = args.db or config.default_database_url()
    open_database(url, create=True)
    build_demo(months=args.months, seed=args.seed, scale=args.scale,
               office_code=args.office_code, office_name=args.office_name, years=args.years)
    print(f"Basis data demo siap: {url}")
    print("Akun: " + ", ".join(f"{u} / {p}" for u, p, *_ in DEMO_USERS))
    return 0
