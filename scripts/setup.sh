#!/usr/bin/env bash
# Install what Loket Prima needs on a Debian/Ubuntu machine: Qt's system libraries,
# fonts, poppler-utils, the PostgreSQL server (for the tests), then a virtual
# environment in .venv with the app and its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  python3-venv xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0
  libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils
  postgresql postgresql-client libreoffice-calc-nogui
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "== Creating .venv"
  "$PYTHON" -m venv .venv
fi
echo "== Installing Python packages"
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v -i warning || true
.venv/bin/python -m pip install -q -e '.[test,build]' 2>&1 | grep -v -i warning || true
.venv/bin/python -c "import desk_app, PySide6, peewee, reportlab, openpyxl, psycopg" \
  || { echo "Python packages failed to install"; exit 1; }
