#!/usr/bin/env bash
# Installs the Debian packages SopIngest needs, only those missing. `tools/deps.sh run` for the service and
# CLI (OCR, PDF rasterising, OpenCV's native dependencies); `tools/deps.sh test` adds the test servers and
# the browser (PostgreSQL 15, Chromium, Node.js for Azurite).
set -euo pipefail
run_packages=(tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng tesseract-ocr-osd poppler-utils ghostscript libgtk-3-0 fonts-dejavu-core)
test_packages=(postgresql-15 chromium)
packages=("${run_packages[@]}")
[ "${1:-run}" = "test" ] && packages+=("${test_packages[@]}")
# Node.js may come from elsewhere (nvm, the image); only ask apt for it when there is none.
if [ "${1:-run}" = "test" ] && ! { command -v node >/dev/null && command -v npm >/dev/null; }; then
  packages+=(nodejs npm)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
