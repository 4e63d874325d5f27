"""The compact layout (schema 0005): compressed originals, derived texts, key tables, old files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tequ.errors import StoreError
from tequ.model import Annotations
from tequ.search.fulltext import index_tail
from tequ.store.base import Store, open_store
from tequ.store.schema import MIGRATIONS, _statements
from tequ.store.texts import (
    FORM_SLICE,
    FORM_STORED,
    FORM_T2S,
    compress_text,
    decode_spans,
    encode_spans,
    original_text,
    paragraph_form,
    paragraph_text,
)

from .kbdata import make_doc


@pytest.mark.parametrize(
    ("original", "clean", "form"),
    [
        ("港口客流增长", "港口客流增长", FORM_SLICE),
        ("港口客流增長", "港口客流增长", FORM_T2S),
        ("港口客流 增长", "港口客流增长", FORM_STORED),
        ("港口客流 增長", "港口客流增长", FORM_STORED),
    ],
)
def test_paragraph_form_round_trips(original: str, clean: str, form: int) -> None:
    text = "前言\n" + original + "\n"
    got, stored = paragraph_form(text, 3, 3 + len(original), clean)
    assert got == form
    assert (stored is None) == (form != FORM_STORED)
    assert paragraph_text(text, 3, 3 + len(original), got, stored) == clean


@pytest.mark.parametrize("text", ["", "深圳湾口岸", "深圳灣口岸\r\n𠮷 mixed ✓"])
def test_compress_text_round_trips(text: str) -> None:
    assert original_text(compress_text(text)) == text


@pytest.mark.parametrize(
    "spans", [[], [(31, 33)], [(31, 33), (39, 43), (685, 687)], [(5, 9), (7, 8)], [(0, 0), (0, 2)]]
)
def test_encode_spans_round_trips(spans: list[tuple[int, int]]) -> None:
    assert decode_spans(encode_spans(spans)) == spans


def test_index_tail_is_last_character_of_long_runs() -> None:
    assert index_tail("罗湖口岸，香港。港") == "岸 港"


def test_search_single_character_only_at_run_end(kb: Store) -> None:
    doc = make_doc("t.txt", "旅客新闻", ["本周前往香港。", "天气晴好，出行顺利。"], published="2024-01-02")
    kb.save_document(doc, Annotations(), path="t.txt", content_hash="h")
    assert kb.search("港")["count"] == 1
    assert kb.search("港")["data"][0]["snippet"].count("<mark>港</mark>") == 1
    assert kb.search("灣")["count"] == 0


def test_original_stored_compressed(kb: Store, tmp_path: Path) -> None:
    doc = make_doc("t.txt", "标题", ["深圳湾口岸今日通关顺畅。" * 20], published=None)
    kb.save_document(doc, Annotations(), path="t.txt", content_hash="h")
    conn = sqlite3.connect(tmp_path / "kb.db")
    blob, chars = conn.execute("SELECT original_zlib, chars FROM documents").fetchone()
    conn.close()
    assert original_text(blob) == doc.original and chars == len(doc.original)
    assert len(blob) < len(doc.original.encode()) / 3
    got = kb.document(1)
    assert got is not None and got["original"] == doc.original
    assert [p["text"] for p in got["paragraphs"]] == [p.text for p in doc.paragraphs]


def test_facts_by_subject_uses_key_index(filled: Store, tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "kb.db")
    plan = " ".join(
        str(r[3])
        for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM facts WHERE key_id IN"
            " (SELECT id FROM fact_keys WHERE instr(subject, '客') > 0)"
        )
    )
    conn.close()
    assert "fact_rows_key" in plan
    assert filled.facts(subject="旅客")["count"] >= 1


def _old_database(path: Path) -> sqlite3.Connection:
    """A file as tequ wrote it before 0005_compact (migrations 0001-0004)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE _tequ_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, sql in MIGRATIONS[:4]:
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute("INSERT INTO _tequ_migrations VALUES (?, '2026-01-01')", (name,))
    return conn


def test_migrate_refuses_older_database_with_documents(tmp_path: Path) -> None:
    conn = _old_database(tmp_path / "old.db")
    conn.execute(
        "INSERT INTO documents (path, content_hash, pipeline_version, ingested_at, original)"
        " VALUES ('a.txt', 'h', 1, '2026-01-01', '深圳')"
    )
    conn.close()
    with pytest.raises(StoreError, match=r"1 documents .*0004_links.*tequ ingest FILES --db NEW.db"):
        open_store(str(tmp_path / "old.db"))
    conn = sqlite3.connect(tmp_path / "old.db")
    assert conn.execute("SELECT original FROM documents").fetchone()[0] == "深圳"  # left as it was
    conn.close()


def test_migrate_upgrades_empty_older_database(tmp_path: Path) -> None:
    _old_database(tmp_path / "old.db").close()
    store = open_store(str(tmp_path / "old.db"))
    assert store.stats()["schema_version"] == MIGRATIONS[-1][0]
    store.close()
