#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser download works here).
# Installs it when it is missing and this user may; otherwise says what to do.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $chrome. Install it (Debian: sudo apt-get install chromium)" >&2
echo "or set CHROME_PATH to a Chromium or Chrome binary." >&2
exit 1
