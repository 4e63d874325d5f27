#!/usr/bin/env bash
# Create .venv and install tequ with its development tools. Idempotent; works offline
# once the packages are cached. System packages (Chromium for the browser tests) are
# installed by scripts/test.sh when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
