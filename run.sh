#!/usr/bin/env bash
# Starts SopIngest on embedded defaults (SQLite, in-memory jobs, blobs in a folder: no server to install) at
# http://127.0.0.1:5080, and ingests the bundled fixtures at first start so there is something to look at.
# Installs the OCR and PDF tools it needs first (Debian packages). Data: src/SopIngest.Web/data (delete to start over).
# Another address: ASPNETCORE_URLS=http://127.0.0.1:8090 ./run.sh, or ./run.sh --urls http://127.0.0.1:8090
# (any ASP.NET Core way works; 5080 is only this script's default).
set -euo pipefail
cd "$(dirname "$0")"
tools/deps.sh run
# Tesseract's OpenMP threads cost 3-4x on small machines; the service parallelises across pages instead.
export OMP_THREAD_LIMIT=1
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project src/SopIngest.Web --no-launch-profile -- "$@"
