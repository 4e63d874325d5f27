"""Fixtures of the API tests: a knowledge base built from our own test articles, live servers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from livesrv import READ_TOKEN, WRITE_TOKEN, LiveServer, build_kb


@pytest.fixture(scope="session")
def kb_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_kb(tmp_path_factory.mktemp("kb"))


@pytest.fixture(scope="session")
def server(kb_db: Path) -> Iterator[LiveServer]:
    """A read-only server (no tokens configured) over the shared test knowledge base."""
    with LiveServer(kb_db) as srv:
        yield srv
        assert not srv.server_errors(), srv.server_errors()


@pytest.fixture
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def token_server(kb_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server with both tokens set, over its own copy of the knowledge base (it gets written)."""
    folder = tmp_path_factory.mktemp("kb-write")
    db = folder / "kb.db"
    shutil.copy(kb_db, db)
    env = {"TEQU_TOKEN": WRITE_TOKEN, "TEQU_READ_TOKEN": READ_TOKEN, "TEQU_MAX_UPLOAD_BYTES": "200000"}
    with LiveServer(db, env=env) as srv:
        yield srv
