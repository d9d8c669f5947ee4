#!/usr/bin/env bash
# Set up everything, build a demo database (once) and start Loket Prima on it.
# The demo database lives in ./demo/loket-prima-demo.db; delete it to start afresh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p demo
DB=${DESK_APP_DB:-$PWD/demo/loket-prima-demo.db}
if [ ! -f "$DB" ]; then
  echo "== Building the demo database (6 months of activity)"
  .venv/bin/desk-app demo --db "$DB" --months 6
fi
echo "== Starting Loket Prima on $DB  (admin / admin123, kasi / kasi1234, petugas / petugas1)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "   (no display found: running on a virtual screen with xvfb-run)"
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/desk-app --db "$DB" "$@"
fi
exec .venv/bin/desk-app --db "$DB" "$@"
