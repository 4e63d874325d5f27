"""A real ``tequ serve`` on loopback for the API and browser tests, and the knowledge base it serves.

``build_kb`` ingests ``api_corpus.py`` through ``python -m tequ ingest`` (real cleaning, pipeline and
SQLite store). ``LiveServer`` runs ``python -m tequ serve --db ... --host 127.0.0.1 --port <free>``
as a subprocess, polls ``/api/health`` until it answers, fails with the server's output if it
exits early, and stops it on exit.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import api_corpus as corpus  # noqa: E402  (lives beside this module)

READY_TIMEOUT = 30.0
WRITE_TOKEN = "write-token-for-tests"
READ_TOKEN = "read-token-for-tests"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_corpus(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, text in {**corpus.ARTICLES, corpus.HOSTILE_NAME: corpus.HOSTILE}.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def build_kb(folder: Path) -> Path:
    """Ingest the test corpus into ``folder/kb.db`` with the real CLI; returns the db path."""
    files = write_corpus(folder / "articles")
    db = folder / "kb.db"
    proc = subprocess.run(
        [sys.executable, "-m", "tequ", "ingest", *map(str, files), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"tequ ingest failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return db


class LiveServer:
    """``with LiveServer(db) as srv: httpx.get(srv.url + "/api/stats")``."""

    def __init__(
        self,
        db: Path,
        *,
        env: dict[str, str] | None = None,
        log_dir: Path | None = None,
        args: tuple[str, ...] = (),
    ) -> None:
        self.db = db
        self.args = args
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, **(env or {})}
        for key in ("TEQU_TOKEN", "TEQU_READ_TOKEN"):
            if env is None or key not in env:
                self.env.pop(key, None)
        self.log_dir = log_dir or db.parent
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> LiveServer:
        self.out = open(self.log_dir / f"server-{self.port}.out", "wb")
        self.err = open(self.log_dir / f"server-{self.port}.err", "wb")
        cmd = [sys.executable, "-m", "tequ", "serve", "--db", str(self.db), "--host", "127.0.0.1"]
        self.proc = subprocess.Popen(
            [*cmd, "--port", str(self.port)], stdout=self.out, stderr=self.err, env=self.env
        )
        self._wait_ready()
        return self

    def output(self) -> str:
        self.out.flush()
        self.err.flush()
        return (
            f"--- stdout ---\n{Path(self.out.name).read_text(errors='replace')}\n"
            f"--- stderr ---\n{Path(self.err.name).read_text(errors='replace')}"
        )

    def _wait_ready(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"tequ serve exited early with {self.proc.returncode}\n{self.output()}")
            try:
                if httpx.get(self.url + "/api/health", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.__exit__()
        raise RuntimeError(f"tequ serve did not answer within {READY_TIMEOUT} s\n{self.output()}")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.out.close()
        self.err.close()

    def server_errors(self) -> str:
        """Tracebacks the server logged (an unexpected exception is logged, never sent)."""
        text = Path(self.err.name).read_text(errors="replace")
        return text if "Traceback" in text else ""
