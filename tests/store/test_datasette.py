"""Other SQLite tools read the knowledge base: Datasette serves it over its JSON API."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tequ.store.base import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _datasette() -> str:
    exe = Path(sys.executable).with_name("datasette")
    if exe.exists():
        return str(exe)
    found = shutil.which("datasette")
    if not found:
        pytest.skip("datasette is not installed")
    return found


def test_datasette_reads_facts_table(filled: Store, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    filled.close()
    port = _free_port()
    proc = subprocess.Popen(
        [_datasette(), "serve", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}/kb/facts.json?_shape=array&_sort=id"
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                out, err = proc.communicate()
                pytest.fail(f"datasette exited {proc.returncode}: {out.decode()} {err.decode()}")
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    rows = json.loads(resp.read())
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert len(rows) == 6
        assert rows[0]["quote"] == "旅客吞吐量达到1.5亿人次"
        assert rows[0]["value"] == 1.5e8
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/kb/_tequ_migrations.json?_shape=array") as resp:
            assert len(json.loads(resp.read())) >= 4
    finally:
        proc.terminate()
        proc.wait(timeout=10)
