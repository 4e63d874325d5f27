"""The SQLite store: migrations, per-document transactions, replacement, reads."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from tequ.errors import StoreError
from tequ.store.base import Store, hash_bytes, open_store
from tequ.store.schema import MIGRATIONS

from .kbdata import corpus


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = ("documents", "articles", "paragraphs", "facts", "entity_mentions", "measures", "labels")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_migrations_recorded_in_order(tmp_path: Path) -> None:
    open_store(str(tmp_path / "m.db")).close()
    conn = sqlite3.connect(tmp_path / "m.db")
    names = [r[0] for r in conn.execute("SELECT name FROM _tequ_migrations ORDER BY rowid")]
    assert names == [name for name, _ in MIGRATIONS]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    open_store(str(tmp_path / "m.db")).close()  # reopening applies nothing twice


def test_open_store_urls(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'u.db'}")
    assert store.stats()["documents"] == 0
    store.close()
    with pytest.raises(StoreError, match="PostgreSQL backend not installed"):
        open_store("postgresql://localhost/tequ")
    with pytest.raises(StoreError, match="no knowledge base"):
        open_store(str(tmp_path / "missing.db"), create=False)
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "junk.db"))


def test_save_document_replaces_same_path(kb: Store, tmp_path: Path) -> None:
    (doc, ann), *_ = corpus()
    first = kb.save_document(doc, ann, path="x", content_hash="h1")
    assert kb.is_current("x", "h1")
    again = kb.save_document(doc, ann, path="x", content_hash="h2")
    assert again == first
    assert not kb.is_current("x", "h1")
    assert kb.is_current("x", "h2")
    counts = _counts(tmp_path / "kb.db")
    assert counts["documents"] == 1
    assert counts["facts"] == len(ann.facts)
    assert kb.search("港口")["count"] == 1  # the old FTS row was removed, not duplicated


def test_save_document_is_atomic(kb: Store, tmp_path: Path) -> None:
    (doc, ann), *_ = corpus()
    kb.save_document(doc, ann, path="x", content_hash="h1")
    before = _counts(tmp_path / "kb.db")
    broken = dataclasses.replace(ann.facts[0], subject=None)  # violates NOT NULL mid-write
    with pytest.raises(StoreError, match="cannot store"):
        kb.save_document(doc, dataclasses.replace(ann, facts=(broken,)), path="x", content_hash="h2")
    assert _counts(tmp_path / "kb.db") == before
    assert kb.is_current("x", "h1")


def test_document_round_trip(filled: Store) -> None:
    d = filled.document(2)
    assert d is not None
    assert d["script"] == "hant"
    for item in d["facts"] + d["measures"]:
        assert d["original"][item["start"] : item["end"]] == item["quote"]
    for e in d["entities"]:
        assert d["original"][e["start"] : e["end"]] == e["text"]
        assert e["mentions"]
    assert d["paragraphs"][0]["role"] == "title"
    assert d["categories"][0]["name"] == "交通"
    assert filled.document(999) is None


def test_entities_merged_across_scripts(filled: Store) -> None:
    e = filled.entity("北灣碼頭")
    assert e is not None
    assert e["canonical"] == "北湾码头"
    assert {d["doc_id"] for d in e["documents"]} == {1, 2}
    page = filled.entities("交通局")
    assert page["count"] == 1
    assert page["data"][0]["documents"] == 2


def test_facts_filters(filled: Store) -> None:
    assert filled.facts(subject="旅客吞吐量")["count"] == 5
    assert filled.facts(subject="旅客吞吐量", kind="change")["count"] == 2
    assert filled.facts(period="2023")["count"] == 1
    assert filled.facts(place="海湾市", kind="target")["count"] == 1
    assert filled.facts(doc_id=3, limit=1)["count"] == 3


def test_graph_and_export(filled: Store) -> None:
    g = filled.graph()
    labels = {n["label"] for n in g["nodes"]}
    assert {"北湾码头", "海湾市交通局"} <= labels
    assert g["edges"] and g["edges"][0]["weight"] == 2
    around = filled.graph(center="北湾码头")
    assert {n["label"] for n in around["nodes"]} == {"北湾码头", "海湾市交通局"}
    rows = list(filled.export_rows("facts"))
    assert len(rows) == 6 and all("quote" in r for r in rows)
    with pytest.raises(StoreError):
        list(filled.export_rows("sqlite_master"))


def test_stale_documents_and_hash(filled: Store) -> None:
    assert filled.stale_documents() == []
    assert len(filled.stale_documents(all=True)) == 3
    assert len(filled.stale_documents(pipeline_version=999)) == 3
    assert hash_bytes(b"abc") == hash_bytes(b"abc") != hash_bytes(b"abd")
    got = filled.load_original(1)
    assert got is not None and got["original"].startswith("海湾市港口客流创新高")
