#!/usr/bin/env bash
# Starts SopIngest on embedded defaults (SQLite, in-memory jobs, blobs in a folder: no server to install) at
# http://127.0.0.1:5080, and ingests the bundled fixtures at first start so there is something to look at.
# Installs the OCR and PDF tools it needs first (Debian packages). Data: src/SopIngest.Web/data (delete to start over).
set -euo pipefail
cd "$(dirname "$0")"
tools/deps.sh run
# Tesseract's OpenMP threads cost 3-4x on small machines; the service parallelises across pages instead.
export OMP_THREAD_LIMIT=1
exec dotnet run --project src/SopIngest.Web --launch-profile SopIngest.Web "$@"
