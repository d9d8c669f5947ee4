#!/usr/bin/env python3
"""A counter registering requests in a loop, for the `register` figure of scripts/bench.py
(four counters writing at once: the measuring process and three of these).

    python scripts/bench_writer.py URL USER SECONDS SEED

Registers one request every ~0.2 s (a busy counter at full speed would be slower: the
officer types) until SECONDS have passed, then prints `WROTE <n>`.
"""

import random
import sys
import time

from desk_app.demo import names
from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core.accounts import User
from desk_app.models.core.schema import open_database
from desk_app.models.requests import registration

url, username, seconds, seed = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
open_database(url)
user = User.get(User.username == username)
service = catalogue.list_services(user.office)[0]
docs = [{"name": d, "received": True} for d in catalogue.standard_in_force(service).requirements]
rng = random.Random(seed)
end = time.monotonic() + seconds
wrote = 0
while time.monotonic() < end:
    name, gender = names.person(rng)
    registration.register_request(user, service.id, {
        "name": name, "nik": names.nik(rng, gender), "phone": names.phone(rng),
        "address": "Mataram"}, docs)
    wrote += 1
    time.sleep(0.2)
print(f"WROTE {wrote}", flush=True)
