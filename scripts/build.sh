#!/usr/bin/env bash
# Build the one-folder application with PyInstaller (dist/LoketPrima/).
#   bash scripts/build.sh               build
#   bash scripts/build.sh --smoke-test  build, then start the frozen program offscreen:
#                                       --version, a demo database, and a GUI start that
#                                       quits by itself
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pyinstaller ] || bash scripts/setup.sh
echo "== Building with PyInstaller"
.venv/bin/pyinstaller build_installer.spec --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller
APP_DIR=$(ls -d dist/*/ | head -1)
EXE="$APP_DIR$(basename "$APP_DIR")"
[ -x "$EXE" ] || EXE=$(find "$APP_DIR" -maxdepth 1 -type f -perm -u+x | head -1)
echo "== Built $EXE ($(du -sh "$APP_DIR" | cut -f1))"

if [ "${1:-}" = "--smoke-test" ]; then
  SMOKE=$(mktemp -d)
  export DESK_APP_HOME="$SMOKE/home" QT_QPA_PLATFORM=offscreen
  "$EXE" --version
  "$EXE" demo --db "$SMOKE/demo.db" --months 1 >/dev/null
  "$EXE" check --db "$SMOKE/demo.db"
  "$EXE" skm-report --db "$SMOKE/demo.db" --period "$(date +%Y)" --pdf "$SMOKE/skm.pdf" --docx "$SMOKE/skm.docx"
  "$EXE" office-card --db "$SMOKE/demo.db" --to "$SMOKE/card.json"
  "$EXE" --db "$SMOKE/demo.db" --quit-after 3
  echo "== Frozen program started and quit by itself"
  rm -rf "$SMOKE"
fi
