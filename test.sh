#!/usr/bin/env bash
# Runs every SopIngest test on a fresh Debian machine with the .NET 10 SDK: installs what the tests need
# (Tesseract with the Indonesian model, poppler, PostgreSQL 15, Chromium, Azurite), then `dotnet test`.
# The integration tests start PostgreSQL and Azurite themselves, on 127.0.0.1, in temporary folders.
set -euo pipefail
cd "$(dirname "$0")"

tools/deps.sh test
if [ ! -x tools/azurite/node_modules/.bin/azurite-blob ]; then
  echo "test.sh: installing azurite (npm)"
  (cd tools/azurite && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi

export OMP_THREAD_LIMIT=1
log=$(mktemp)
set +e
dotnet test SopIngest.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line for CI: the totals of every test assembly.
awk '/(Passed|Failed)! +- +Failed: /{ gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
