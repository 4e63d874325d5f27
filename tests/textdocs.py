"""Documents for the extraction tests, built from sentences written in the tests themselves."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import zhconv_rs

from tequ.extract.entities import extract_entities
from tequ.ingest import load_document
from tequ.ingest.files import load_bytes
from tequ.model import Document, Fact, Paragraph


def lines_doc(*lines: str) -> Document:
    """A document whose paragraphs are ``lines``; clean text is the Simplified form (same length)."""
    paras, pos = [], 0
    for line in lines:
        text = zhconv_rs.zhconv(line, "zh-cn")
        assert len(text) == len(line)
        n = len(line)
        paras.append(
            Paragraph(pos, pos + n, text, tuple(range(pos, pos + n)), tuple(range(pos + 1, pos + n + 1)))
        )
        pos += n + 1
    return Document("test.txt", "\n".join(lines), "utf-8", "mixed", tuple(paras), ())


def dated_doc(body: str, published: str | None, title: str) -> Document:
    """A cleaned one-article document (``title``, then ``body``) published on ``published``."""
    doc = load_bytes("sample.txt", f"{title}\n\n{body}\n".encode())
    arts = tuple(dataclasses.replace(a, published=published) for a in doc.articles)
    return dataclasses.replace(doc, articles=arts)


def fact_with(facts: list[Fact], value: float) -> Fact:
    """The first of ``facts`` with ``value`` (fails when there is none)."""
    found = [f for f in facts if abs(f.value - value) < 1e-6]
    assert found, f"no fact with value {value} in {[(f.quote, f.value) for f in facts]}"
    return found[0]


def entity_keys(*lines: str) -> set[tuple[str, str]]:
    """(type, canonical) of the entities of ``lines_doc(*lines)`` (default mode)."""
    return {(e.type, e.canonical) for e in extract_entities(lines_doc(*lines))}


def news_doc(tmp_path: Path, body: str, *, title: str, date: str) -> Document:
    """A news file in ``tmp_path`` (``title``, a 发布时间 line, ``body``), read as tequ reads files."""
    path = tmp_path / "news.txt"
    path.write_text(f"{title}\n发布时间：{date}\n{body}\n", encoding="utf-8")
    return load_document(str(path))
