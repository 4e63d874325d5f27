"""Fixtures of the web tests: the API tests' corpus and live server (tests/api/livesrv.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "api"))

from livesrv import LiveServer, build_kb


@pytest.fixture(scope="session")
def web_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_kb(tmp_path_factory.mktemp("web-kb"))


@pytest.fixture(scope="session")
def web_server(web_kb: Path) -> Iterator[LiveServer]:
    with LiveServer(web_kb) as srv:
        yield srv
        assert not srv.server_errors(), srv.server_errors()
