"""A counter PC in a separate process, for the concurrency and crash tests.

    python tests/fault_worker.py register URL COUNT SEED
        registers COUNT requests as user 'petugas', printing "OK <number>" after each
        commit (flushed), so a parent that kills us knows what was confirmed.
    python tests/fault_worker.py mixed URL COUNT SEED WORKDIR
        the same, and after every third registration imports a fresh survey workbook of
        40 forms, printing "IMPORTED <sha256> 40" after its commit.
"""

import random
import sys


def applicant(rng: random.Random) -> dict:
    from desk_app.demo import names

    name, gender = names.person(rng)
    return {"name": name, "nik": names.nik(rng, gender), "phone": names.phone(rng),
            "address": names.address(rng)}


def survey_workbook(path, serial_base: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["No", "Tanggal", "Layanan", "Jenis Kelamin", "Umur", "Pendidikan", "Pekerjaan",
                  "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"])
    for n in range(40):
        sheet.append([f"K{serial_base + n}", "2026-10-05", "BIMAS-01", "P", 30, "SMA", "Swasta",
                      4, 3, 4, 4, 3, 4, 4, 3, 4])
    book.save(path)


def register(url: str, count: int, seed: int, workdir: str | None = None) -> None:
    from desk_app.models.catalogue import standards as catalogue
    from desk_app.models.core.accounts import User
    from desk_app.models.core.schema import open_database
    from desk_app.models.requests import registration as request_registration

    open_database(url)
    rng = random.Random(seed)
    user = User.get(User.username == "petugas")
    services = catalogue.list_services(user.office)
    done = 0
    for _ in range(count):
        service = rng.choice(services)
        standard = catalogue.standard_in_force(service)
        documents = [{"name": doc, "received": True} for doc in standard.requirements]
        request = request_registration.register_request(user, service.id, applicant(rng), documents)
        sys.stdout.write(f"OK {request.number}\n")
        sys.stdout.flush()
        done += 1
        if workdir and done % 3 == 1:
            import datetime as dt
            from pathlib import Path

            from desk_app.models.skm.importer import import_surveys

            path = Path(workdir) / f"survei-{seed}-{done}.xlsx"
            survey_workbook(path, seed * 1_000_000 + done * 100)
            result = import_surveys(user, path, user.office, today=dt.date(2026, 11, 25))
            assert not result.errors, result.errors
            sys.stdout.write(f"IMPORTED {result.sha256} {result.imported}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "register":
        register(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif mode == "mixed":
        register(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    else:
        raise SystemExit(f"unknown mode {mode}")
