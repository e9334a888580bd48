#!/usr/bin/env bash
# One-step setup on a fresh machine: the Debian packages parcli uses (poppler for
# PDF text, Tesseract with its Vietnamese model for scans, LibreOffice for the CSV
# and workbook round-trip tests, Chromium for the review page's browser test) and
# the npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t packages < <(grep -v '^\s*#' scripts/setup-apt.txt | sed 's/\s.*//' | grep -v '^$' | sort -u)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
npm run build
