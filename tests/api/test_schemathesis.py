"""schemathesis over the live server's OpenAPI spec: no server error, responses match the spec.

Bounded: 20 examples per operation, one worker, a subprocess timeout. Runs once against the
read-only server and once with the write token, so that ``POST /api/ingest`` is fuzzed too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from livesrv import WRITE_TOKEN, LiveServer

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
TIME_LIMIT = 240


def _run(url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    if not SCHEMATHESIS.exists():
        pytest.skip(f"schemathesis not installed beside {sys.executable}")
    cmd = [
        str(SCHEMATHESIS),
        "run",
        f"{url}/openapi.json",
        "--checks",
        "all",
        "--max-examples",
        "20",
        "--workers",
        "1",  # hypothesis is not thread-safe in every code path
        "--phases",
        "examples,coverage,fuzzing",
        "--request-timeout",
        "30",
        *extra,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=TIME_LIMIT)


def test_schemathesis_finds_no_server_error(server: LiveServer) -> None:
    proc = _run(server.url)
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout
    assert not server.server_errors(), server.server_errors()


def test_schemathesis_with_write_token_fuzzes_ingest(kb_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    shutil.copy(kb_db, db)
    with LiveServer(db, env={"TEQU_TOKEN": WRITE_TOKEN}) as srv:
        proc = _run(srv.url, "-H", f"Authorization: Bearer {WRITE_TOKEN}", "--include-path", "/api/ingest")
        assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
        assert not srv.server_errors(), srv.server_errors()
