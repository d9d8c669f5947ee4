"""Run in separate processes by test_core_accounts.py: log in like a counter PC would,
all workers starting at the same moment."""

import json
import sys
import time


def attempt(url: str, username: str, passwords: list[str], start_at: float) -> list[str]:
    from desk_app.models.core import accounts
    from desk_app.models.core.schema import open_database

    open_database(url)
    time.sleep(max(0.0, start_at - time.time()))
    results = []
    for password in passwords:
        try:
            accounts.authenticate(username, password)
            results.append("ok")
        except accounts.LoginFailed:
            results.append("refused")
    return results


if __name__ == "__main__":
    url, username, start_at = sys.argv[1], sys.argv[2], float(sys.argv[3])
    print(json.dumps(attempt(url, username, sys.argv[4:], start_at)))
