"""The response cache shared by worker processes: two apps over one cache file stand for two workers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from tequ.api.app import create_app
from tequ.api.cache import SharedCache
from tequ.api.settings import ServeSettings


def _apps(kb_db: Path, tmp_path: Path) -> tuple[TestClient, TestClient, Path]:
    db = tmp_path / "kb.db"
    shutil.copy(kb_db, db)
    shared = str(tmp_path / "responses.db")
    settings = ServeSettings(db=str(db), shared_cache=shared)
    a, b = TestClient(create_app(settings)), TestClient(create_app(settings))
    return a, b, db


def _open_stores(*clients: TestClient) -> None:
    """Open each app's store (its first open creates the WAL file: the data signature changes)."""
    for c in clients:
        assert c.get("/api/stats").status_code == 200


def test_a_response_computed_by_one_worker_is_a_hit_in_another(kb_db: Path, tmp_path: Path) -> None:
    a, b, _ = _apps(kb_db, tmp_path)
    with a, b:
        _open_stores(a, b)
        first = a.get("/api/search", params={"q": "口岸", "limit": 2})
        assert first.status_code == 200 and first.headers["x-tequ-cache"] == "miss"
        other = b.get("/api/search", params={"q": "口岸", "limit": 2})
        assert other.headers["x-tequ-cache"] == "hit"
        assert other.content == first.content
        assert other.headers["content-type"] == first.headers["content-type"]
        assert other.headers["content-security-policy"]
        # a different request is computed
        assert b.get("/api/search", params={"q": "口岸", "limit": 3}).headers["x-tequ-cache"] == "miss"


def test_shared_entries_of_older_data_are_not_replayed(kb_db: Path, tmp_path: Path) -> None:
    a, b, db = _apps(kb_db, tmp_path)
    with a, b:
        _open_stores(a, b)
        assert a.get("/api/facts", params={"limit": 2}).headers["x-tequ-cache"] == "miss"
        st = db.stat()
        os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # the data changed
        assert b.get("/api/facts", params={"limit": 2}).headers["x-tequ-cache"] == "miss"
        assert a.get("/api/facts", params={"limit": 2}).headers["x-tequ-cache"] == "hit"  # b's fresh one


def test_shared_cache_expires_trims_and_survives_a_broken_file(tmp_path: Path) -> None:
    cache = SharedCache(tmp_path / "c.db", entries=3, seconds=60)
    headers = [(b"content-type", b"application/json")]
    cache.put(b"k", "sig", headers, b"{}")
    assert cache.get(b"k", "sig") is not None
    assert cache.get(b"k", "other sig") is None
    old = SharedCache(tmp_path / "c.db", entries=3, seconds=1)
    old._conn.execute("UPDATE responses SET created = created - 5")
    assert old.get(b"k", "sig") is None
    cache._TRIM_EVERY = 1
    for i in range(10):
        cache.put(f"k{i}".encode(), "sig", headers, b"x")
    assert cache._conn.execute("SELECT count(*) FROM responses").fetchone()[0] <= 4
    found = cache.get(b"k9", "sig")
    assert found is not None and found[1:] == (headers, b"x")
    cache.close()
    old.close()
    (tmp_path / "c.db").write_bytes(b"not a database")
    broken = SharedCache.__new__(SharedCache)
    broken.entries, broken.seconds, broken._stores = 3, 60.0, 0
    import sqlite3

    broken._conn = sqlite3.connect(str(tmp_path / "c.db"), isolation_level=None)
    assert broken.get(b"k", "sig") is None  # a failing lookup is a miss
    broken.put(b"k", "sig", headers, b"{}")  # a failing store is skipped
