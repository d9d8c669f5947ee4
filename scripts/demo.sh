#!/usr/bin/env bash
# Set up everything, build a demo database (once) and start Loket Prima on it.
# The demo database lives in ./demo/loket-prima-demo.db; delete it to start afresh.
#   bash scripts/demo.sh                          the window (on a machine with a screen)
#   bash scripts/demo.sh --screenshot shot.png    no screen needed: log in, save the
#                                                 window as a picture, exit
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p demo
DB=${DESK_APP_DB:-$PWD/demo/loket-prima-demo.db}
if [ ! -f "$DB" ]; then
  echo "== Building the demo database (6 months of activity)"
  .venv/bin/desk-app demo --db "$DB" --months 6
fi
SHOT=""
if [ "${1:-}" = "--screenshot" ]; then
  SHOT=${2:?"--screenshot needs a file name, e.g. --screenshot shot.png"}
  shift 2
fi
if [ -n "$SHOT" ]; then
  # log in as admin with real key presses on a virtual screen, save the window, exit
  echo "== Screenshot of Loket Prima on $DB -> $SHOT"
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/gui_screenshot.py \
    --db "$DB" --out "$SHOT" "$@"
fi
echo "== Starting Loket Prima on $DB  (admin / admin123, kasi / kasi1234, petugas / petugas1)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat <<'TEXT'
   No screen found: the window now runs on a virtual screen (xvfb) that nobody can see.
   To see it:  run this on a desktop, or log in with `ssh -X` (X forwarding) and run it
               again; or take a picture and exit:  bash scripts/demo.sh --screenshot shot.png
   To stop it: Ctrl+C here (or `kill` the desk-app process).
TEXT
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/desk-app --db "$DB" "$@"
fi
echo "   Stop it by closing the window (Ctrl+Q) or Ctrl+C here."
exec .venv/bin/desk-app --db "$DB" "$@"
