"""The knowledge-base commands end to end: ingest (idempotent, parallel, crash-safe), reindex, queries."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.kbdata import corpus
from tequ.cli import cli
from tequ.store.base import hash_bytes, open_store

TOWNS = ("海湾", "北岭", "东港", "南溪", "西岸")


def write_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` small news files in our own words, Simplified and Traditional."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        year = 2020 + i % 6
        body = (
            f"{town}市{year}年港口旅客吞吐量达到{1 + i % 9}.{i % 10}亿人次，同比增长{5 + i % 20}%。\n"
            f"{town}市交通局表示，{town}北码头将在{year + 1}年启动扩建工程，新增泊位{3 + i % 7}个。\n"
            f"当地还计划新增绿地{10 + i}公顷，建设社区公园{i % 5 + 1}座。\n"
        )
        if i % 3 == 0:
            body = body.replace("港口", "港口").replace("码头", "碼頭").replace("扩建", "擴建")
        text = f"{town}市发布{year}年交通统计（第{i}期）\n{year + 1}-01-{1 + i % 28:02d} 来源：{town}日报\n{body}"
        p = folder / f"doc_{i:04d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        tables = ("documents", "articles", "paragraphs", "facts", "entity_mentions", "measures", "labels")
        out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        out["paths"] = conn.execute("SELECT count(DISTINCT path) FROM documents").fetchone()[0]
        out["bare"] = conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = d.id)"
        ).fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return out
    finally:
        conn.close()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tequ", *args], capture_output=True, text=True, timeout=300)


def test_ingest_is_idempotent_and_replaces_changed(tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "in", 6)
    db = tmp_path / "kb.db"
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "6 ingested, 0 failed" in r.output
    first = _counts(db)
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert "0 ingested, 6 unchanged, 0 failed" in r.output
    files[0].write_text(files[0].read_text(encoding="utf-8") + "补充一句新的内容。\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert "1 ingested, 5 unchanged, 0 failed" in r.output
    after = _counts(db)
    assert after["documents"] == first["documents"] == 6
    assert after["paths"] == 6


def test_ingest_bad_files_reported_and_run_continues(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 20)
    db = tmp_path / "kb.db"
    r = _run("ingest", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "--db", str(db))
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3, r.stderr
    assert all(len(e) < 300 for e in errors)
    assert "Traceback" not in r.stderr
    assert "3 ingested" in r.stderr
    assert _counts(db)["documents"] == 3


def test_ingest_parallel_matches_serial(tmp_path: Path) -> None:
    files = [p.resolve() for p in write_corpus(tmp_path / "in", 12)]
    serial, parallel = tmp_path / "s.db", tmp_path / "p.db"
    assert _run("ingest", str(tmp_path / "in"), "--db", str(serial)).returncode == 0
    r = _run("ingest", str(tmp_path / "in"), "--db", str(parallel), "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert _counts(serial) == _counts(parallel)
    # Documents are numbered in input order whatever the workers finish first.
    assert _ids(serial) == _ids(parallel)
    assert [path for _, path in _ids(parallel)] == sorted(str(p) for p in files)


def _ids(db: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, path FROM documents ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.slow
def test_ingest_sigkill_then_resume_loses_nothing(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 160)
    reference, crashed = tmp_path / "ref.db", tmp_path / "crash.db"
    assert _run("ingest", str(tmp_path / "in"), "--db", str(reference), "--workers", "2").returncode == 0
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tequ",
            "ingest",
            str(tmp_path / "in"),
            "--db",
            str(crashed),
            "--workers",
            "2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            conn = sqlite3.connect(crashed, timeout=1)
            stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if stored >= 20:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < stored < 160, "the kill should land mid-run"
    mid = _counts(crashed)
    assert mid["bare"] == 0
    assert mid["documents"] < 160
    r = _run("ingest", str(tmp_path / "in"), "--db", str(crashed), "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert "unchanged" in r.stderr
    assert _counts(crashed) == _counts(reference)


def test_reindex_updates_stale_documents(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 4)
    db = tmp_path / "kb.db"
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)]).exit_code == 0
    before = _counts(db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE documents SET pipeline_version = 0 WHERE id <= 2")
    conn.commit()
    conn.close()
    for f in (tmp_path / "in").iterdir():
        f.unlink()  # reindex works from the stored originals
    r = CliRunner().invoke(cli, ["reindex", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "2 reindexed, 0 failed" in r.output
    assert _counts(db) == before
    stats = json.loads(CliRunner().invoke(cli, ["stats", "--db", str(db), "--json"]).output)
    assert set(stats["pipeline_versions"]) == {str(stats["current_pipeline_version"])}


@pytest.fixture
def kb_file(tmp_path: Path) -> Path:
    db = tmp_path / "q.db"
    store = open_store(str(db))
    for doc, ann in corpus():
        store.save_document(doc, ann, path=doc.source, content_hash=hash_bytes(doc.original.encode()))
    store.relink()
    store.close()
    return db


def _json(*args: str) -> object:
    r = CliRunner().invoke(cli, [*args, "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def test_query_commands_json(kb_file: Path) -> None:
    db = ["--db", str(kb_file)]
    assert {r["doc_id"] for r in _json("search", "北灣碼頭", *db)["data"]} == {1, 2}
    assert _json("search", "北湾码头", "--from", "2025-01-01", *db)["count"] == 1
    assert _json("series", "旅客吞吐量", *db)[0]["periods"] == 2
    assert _json("entity", "北湾码头", *db)["type"] == "FAC"
    assert _json("track", "北湾", *db)["count"] == 1
    assert {c["status"] for c in _json("check", *db)} == {"ok", "discrepancy"}
    assert _json("ask", "2023年海湾市港口旅客吞吐量有多少", *db)["answer"] == "1.5亿人次"
    assert _json("stats", *db)["documents"] == 3


def test_query_commands_text(kb_file: Path) -> None:
    db = ["--db", str(kb_file)]
    out = CliRunner().invoke(cli, ["series", "旅客吞吐量", *db]).output
    assert "conflict 2024" in out and "1.8亿人次" in out
    out = CliRunner().invoke(cli, ["check", *db]).output
    assert "[discrepancy]" in out and "[ok]" in out
    out = CliRunner().invoke(cli, ["ask", "2023年海湾市港口旅客吞吐量有多少", *db]).output
    assert "1.5亿人次" in out and "海湾市港口客流创新高" in out
    r = CliRunner().invoke(cli, ["entity", "不存在的机构", *db])
    assert r.exit_code == 1 and "no entity" in r.output


def test_export_formats(kb_file: Path, tmp_path: Path) -> None:
    db = ["--db", str(kb_file)]
    out = tmp_path / "facts.jsonl"
    assert CliRunner().invoke(cli, ["export", "--format", "jsonl", "--out", str(out), *db]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6
    csv_out = CliRunner().invoke(cli, ["export", "--format", "csv", "--table", "entities", *db]).output
    assert csv_out.splitlines()[0].startswith("entity_id,canonical,type")
    graphml = CliRunner().invoke(cli, ["export", "--format", "graphml", *db]).output
    import xml.etree.ElementTree as ET

    root = ET.fromstring(graphml)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert len(root.findall(f".//{ns}node")) == 3
    assert len(root.findall(f".//{ns}edge")) == 1


def test_missing_db_is_one_line_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["search", "港口", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1
    assert "no knowledge base" in r.output


def test_commands_have_help() -> None:
    for cmd in (
        "ingest",
        "reindex",
        "search",
        "series",
        "entity",
        "track",
        "check",
        "ask",
        "export",
        "stats",
    ):
        r = CliRunner().invoke(cli, [cmd, "--help"])
        assert r.exit_code == 0 and "--db" in r.output


def test_ingest_stages_none_is_stale_until_reindexed(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 3)
    db = tmp_path / "kb.db"
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db), "--stages", "none"])
    assert r.exit_code == 0, r.output
    stats = json.loads(CliRunner().invoke(cli, ["stats", "--db", str(db), "--json"]).output)
    assert stats["pipeline_versions"] == {"0": 3}
    assert stats["facts"] == 0
    assert "3 reindexed" in CliRunner().invoke(cli, ["reindex", "--db", str(db)]).output
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db), "--stages", "bogus"])
    assert r.exit_code == 2 and "unknown stage" in r.output


@pytest.mark.slow
def test_ingest_ctrl_c_keeps_complete_documents(tmp_path: Path) -> None:
    # Enough documents that the run cannot finish between the first 10 and the signal.
    total = 1000
    write_corpus(tmp_path / "in", total)
    db = tmp_path / "kb.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tequ", "ingest", str(tmp_path / "in"), "--db", str(db), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            conn = sqlite3.connect(db, timeout=1)
            n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if n >= 10:
            break
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    counts = _counts(db)
    assert counts["bare"] == 0 and 0 < counts["documents"] < total
