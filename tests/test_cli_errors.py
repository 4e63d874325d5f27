"""Knowledge-base commands on bad arguments: one clear line, a non-zero exit, nothing created or lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from tequ.cli import cli

NEWS = (
    "海湾市港口旅客创新高\n2025-01-06 来源：海湾日报\n"
    "2024年，海湾市各港口出入境旅客达到1.2亿人次，同比增长8%。海湾市交通局表示，北码头将于明年启动扩建。\n"
)


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "news.txt").write_text(NEWS, encoding="utf-8")
    db = tmp_path / "kb.db"
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert r.exit_code == 0, r.output
    return db


def _one_line_error(r, code: int = 1) -> str:
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    errors = [line for line in r.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, r.output
    return errors[0]


@pytest.mark.parametrize("bad", ["2025-13-45", "2025-02-30", "yesterday", "25-01"])
def test_search_rejects_impossible_dates(kb: Path, bad: str) -> None:
    r = CliRunner().invoke(cli, ["search", "港口", "--from", bad, "--db", str(kb)])
    assert "is not a date" in _one_line_error(r, code=2)


@pytest.mark.parametrize("good", ["2024", "2024-12", "2024-12-31"])
def test_search_accepts_date_prefixes(kb: Path, good: str) -> None:
    r = CliRunner().invoke(cli, ["search", "港口", "--from", good, "--db", str(kb)])
    assert r.exit_code == 0, r.output
    assert "1 articles" in r.output


def test_export_to_missing_folder_is_one_line_error(kb: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "x.jsonl"
    r = CliRunner().invoke(cli, ["export", "--db", str(kb), "--out", str(out)])
    assert str(out) in _one_line_error(r)
    assert not out.exists()


def test_ingest_of_nothing_readable_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "missing"), "--db", str(db)])
    assert r.exit_code == 1 and "no such file or folder" in r.output
    assert not db.exists()


def test_query_on_foreign_sqlite_file_is_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    r = CliRunner().invoke(cli, ["search", "港口", "--db", str(db)])
    _one_line_error(r)
    assert sqlite3.connect(db).execute("SELECT count(*) FROM notes").fetchone()[0] == 0


def test_ask_prints_value_and_its_sentence(kb: Path) -> None:
    r = CliRunner().invoke(cli, ["ask", "2024年海湾市港口出入境旅客有多少?", "--db", str(kb)])
    assert r.exit_code == 0, r.output
    assert "1.2亿人次" in r.output
    assert "sentence: 2024年，海湾市各港口出入境旅客达到1.2亿人次，同比增长8%。" in r.output


def test_facts_filters_apply_to_files_too(tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    r = CliRunner().invoke(cli, ["facts", str(f), "--kind", "change", "--json"])
    assert r.exit_code == 0, r.output
    assert [x["value"] for x in json.loads(r.output)] == [8]
    r = CliRunner().invoke(cli, ["facts", str(f), "--subject", "不存在的指标"])
    assert r.exit_code == 0 and "no facts found" in r.output


def test_facts_refuses_files_and_db_together(kb: Path, tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    r = CliRunner().invoke(cli, ["facts", str(f), "--db", str(kb)])
    assert "not both" in _one_line_error(r, code=2)


def test_facts_table_names_the_document_of_each_row(kb: Path, tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["facts", "--db", str(kb)])
    assert r.exit_code == 0, r.output
    head, first = r.output.splitlines()[:2]
    assert head.split()[0] == "doc" and first.split()[0] == "#1"
    (tmp_path / "b.txt").write_text(NEWS.replace("海湾市", "山城市"), encoding="utf-8")
    r = CliRunner().invoke(cli, ["facts", str(tmp_path / "in" / "news.txt"), str(tmp_path / "b.txt")])
    assert r.exit_code == 0, r.output
    names = {line.split()[0] for line in r.output.splitlines()[1:] if line.strip() and "read," not in line}
    assert names == {"news.txt", "b.txt"}


def test_facts_of_unreadable_files_prints_only_the_errors(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["facts", str(tmp_path / "missing.txt")])
    assert r.exit_code == 1
    assert "no facts found" not in r.output and "missing.txt" in r.output


def test_clean_dropped_listing_is_aligned(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "当前位置：首页 > 新闻中心\n" + NEWS + "分享到：微信 微博 QQ空间\n扫一扫在手机打开当前页\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(cli, ["clean", str(page), "--dropped"])
    assert r.exit_code == 0, r.output
    listing = r.output.split("-- removed", 1)[1].splitlines()[1:]
    rows = [line for line in listing if line.startswith("  [")]
    assert len(rows) >= 2, r.output
    # the reason and the removed text start in the same column on every row
    assert len({line.index(line.split()[1]) for line in rows}) == 1, rows
    assert len({line.index(line.split()[2]) for line in rows}) == 1, rows
