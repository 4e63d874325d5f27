#!/usr/bin/env bash
# Install tequ, ingest the sample corpus into one SQLite file and serve the web UI on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=${TEQU_DB:-tequ.db}
.venv/bin/tequ ingest examples --db "$DB"
.venv/bin/tequ stats --db "$DB"
exec .venv/bin/tequ serve --db "$DB" --host 127.0.0.1 --port "${PORT:-8000}"
