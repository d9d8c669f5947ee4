"""A counter PC in a separate process, for the concurrency and crash tests.

    python tests/fault_worker.py register URL COUNT SEED
        registers COUNT requests as user 'petugas', printing "OK <number>" after each
        commit (flushed), so a parent that kills us knows what was confirmed.
"""

import random
import sys


def applicant(rng: random.Random) -> dict:
    from desk_app.demo import names

    name, gender = names.person(rng)
    return {"name": name, "nik": names.nik(rng, gender), "phone": names.phone(rng),
            "address": names.address(rng)}


def register(url: str, count: int, seed: int) -> None:
    from desk_app.models import catalogue, request_flow
    from desk_app.models.schema import open_database
    from desk_app.models.users import User

    open_database(url)
    rng = random.Random(seed)
    user = User.get(User.username == "petugas")
    services = catalogue.list_services(user.office)
    for _ in range(count):
        service = rng.choice(services)
        standard = catalogue.standard_in_force(service)
        documents = [{"name": doc, "received": True} for doc in standard.requirements]
        request = request_flow.register_request(user, service.id, applicant(rng), documents)
        sys.stdout.write(f"OK {request.number}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "register":
        register(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        raise SystemExit(f"unknown mode {mode}")
