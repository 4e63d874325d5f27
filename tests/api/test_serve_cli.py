"""``tequ serve`` as a command: help, one-line errors for bad settings, several worker processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from livesrv import LiveServer


def _serve(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tequ", "serve", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def test_serve_help_names_options_and_tokens() -> None:
    proc = _serve("--help")
    assert proc.returncode == 0
    for word in ("--db", "--host", "--port", "--workers", "TEQU_TOKEN", "TEQU_READ_TOKEN", "/openapi.json"):
        assert word in proc.stdout, word


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (("--db", "/nonexistent/dir/kb.db"), {}, "no knowledge base here"),
        (("--db", "mysql://x/y"), {}, "unknown store URL"),
        (("--db", "kb.db"), {"TEQU_TOKEN": "short"}, "setting TEQU_TOKEN: tokens must be at least 8"),
        (
            ("--db", "kb.db"),
            {"TEQU_MAX_UPLOAD_BYTES": "lots"},
            "setting TEQU_MAX_UPLOAD_BYTES: expected an integer",
        ),
    ],
)
def test_serve_bad_settings_fail_with_one_line(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str], message: str
) -> None:
    proc = _serve(*args, "--port", "1", env=env, cwd=tmp_path)
    assert proc.returncode == 1
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_serve_with_two_workers_answers(kb_db: Path) -> None:
    with LiveServer(kb_db, args=("--workers", "2")) as srv:
        for _ in range(6):
            assert httpx.get(srv.url + "/api/stats", timeout=30).json()["documents"] == 5
        assert httpx.get(srv.url + "/api/search", params={"q": "口岸"}).json()["count"] >= 1
