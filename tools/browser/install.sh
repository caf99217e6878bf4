#!/usr/bin/env bash
# Install what the browser tests, the map benchmark and the screenshot script need:
# Debian's Chromium (/usr/bin/chromium) and the Python package playwright, used only as a driver
# (`playwright install` is never run: it downloads a browser, which this machine cannot do).
# Idempotent: apt-get runs only when /usr/bin/chromium is missing; pip only when playwright is.
# Usage: bash tools/browser/install.sh   (as root, or with sudo available)
set -euo pipefail
PY=${PYTHON:-python3}

if [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Debian's chromium" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi

if ! "$PY" -c "import playwright.sync_api" >/dev/null 2>&1; then
  echo "==> installing the playwright driver (Python package)" >&2
  "$PY" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "playwright>=1.45"
fi

/usr/bin/chromium --version 2>/dev/null | grep -v "unexpected operator" >&2 || true
