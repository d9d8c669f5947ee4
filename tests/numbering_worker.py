"""Run in separate processes by test_core_numbering.py: take numbers like a counter."""

import sys


def take_numbers(url: str, office: str, count: int) -> list[int]:
    from desk_app.models.core import audit
    from desk_app.models.core.db import retry_busy, write_transaction
    from desk_app.models.core.office import next_serial
    from desk_app.models.core.schema import open_database

    open_database(url)

    def one() -> int:
        with write_transaction():
            serial = next_serial(office, "request", 2026)
            audit.record(None, "test", "Number", serial, office, {"serial": serial})
            return serial

    return [retry_busy(one) for _ in range(count)]


if __name__ == "__main__":
    url, office, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    print(",".join(map(str, take_numbers(url, office, count))))
