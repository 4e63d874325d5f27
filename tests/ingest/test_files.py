"""Sources, formats and Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from tequ.errors import InputError
from tequ.ingest import iter_sources, load_bytes, load_document
from tequ.ingest.files import detect_format


def test_iter_sources_walks_folders_sorted_and_reports_missing(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text("x", encoding="utf-8")
    (tmp_path / "1.txt").write_text("x", encoding="utf-8")
    (tmp_path / "skip.pdf").write_text("x", encoding="utf-8")
    got = list(iter_sources([str(tmp_path), str(tmp_path / "nope.txt"), "-"]))
    assert got[:2] == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.md")]
    assert isinstance(got[2], InputError)
    assert got[3] == "-"


def test_iter_sources_skips_folder_notes_and_hidden_files_unless_named(tmp_path: Path) -> None:
    for name in ("README.md", "LICENSE.txt", ".draft.txt", "news.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text("x", encoding="utf-8")
    assert list(iter_sources([str(tmp_path)])) == [str(tmp_path / "news.txt")]
    assert list(iter_sources([str(tmp_path / "README.md")])) == [str(tmp_path / "README.md")]


def test_detect_format_by_name_then_content() -> None:
    assert detect_format("a.HTM", "") == "html"
    assert detect_format("a.jsonl", "") == "jsonl"
    assert detect_format("-", "<!DOCTYPE html><html>") == "html"
    assert detect_format("-", '{"text": "x"}') == "jsonl"
    assert detect_format("-", "普通文本") == "txt"


def test_load_bytes_markdown_strips_syntax_keeps_offsets() -> None:
    md = "# 示范区发布新政策\n\n**5月8日**,示范区召开[发布会](https://example.org)介绍十条措施。\n\n![](a.png)\n"
    doc = load_bytes("a.md", md.encode())
    assert doc.articles[0].title == "示范区发布新政策"
    body = [p for p in doc.paragraphs if p.role == "body"]
    assert body[0].text == "5月8日,示范区召开发布会介绍十条措施。"
    for p in doc.paragraphs:
        assert "".join(doc.original[a:b] for a, b in zip(p.starts, p.ends, strict=True)) == p.text


def test_load_bytes_unknown_format() -> None:
    with pytest.raises(InputError, match="unknown format"):
        load_bytes("x", b"text", fmt="pdf")


def test_load_document_folder_named_like_file(tmp_path: Path) -> None:
    d = tmp_path / "x.txt"
    d.mkdir()
    with pytest.raises(InputError, match="folder"):
        load_document(str(d))
