"""The shared seeds and examples/: chrome, content, articles and exact offset maps.

Reads /work/shared (skips when absent) and whatever files examples/ holds. The offset check is
the contract every extractor relies on: each clean character derives from its original range
(same character, its Simplified form, or a flagged/repaired run).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from tequ.clean import is_flagged
from tequ.clean.script import to_simplified_text
from tequ.ingest import iter_sources, load_document
from tequ.model import Document

_PINYIN_LEFT = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")
_ENTITY = re.compile(r"&#?\w+;")


def _key(s: str | None) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s or "") if ch.isalnum())


def _spans(text: str, quote: str) -> list[tuple[int, int]]:
    out, i = [], text.find(quote)
    while i >= 0:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def _overlaps(doc: Document, quote: str) -> bool:
    return any(p.start < b and a < p.end for a, b in _spans(doc.original, quote) for p in doc.paragraphs)


def _in_context(original: str, a: int, b: int, ch: str) -> bool:
    """``ch`` is what phrase-level conversion makes of ``original[a:b]`` within its neighbours."""
    lo = max(0, a - 3)
    window = original[lo : b + 3]
    conv = to_simplified_text(window)
    if len(conv) == len(window):
        return ch in conv[a - lo : b - lo]
    return ch in conv


def _check_offsets(doc: Document) -> None:
    n = len(doc.original)
    for p in doc.paragraphs:
        assert 0 <= p.start < p.end <= n
        for i, ch in enumerate(p.text):
            a, b = p.starts[i], p.ends[i]
            assert p.start <= a < b <= p.end, (doc.source, p.text, i)
            src = doc.original[a:b]
            if is_flagged(doc, a, b, include_repaired=True):
                continue
            ok = (
                ch == src
                or ch == unicodedata.normalize("NFKC", src)
                or ch in to_simplified_text(src)
                or _in_context(doc.original, a, b, ch)
                or (ch == " " and not src.strip())
                or _ENTITY.fullmatch(src) is not None
                or (src.startswith("\\") and len(src) > 1)  # a JSON escape
            )
            assert ok, (doc.source, i, ch, src)


def _all_docs(seeds_dir: Path, examples_dir: Path) -> list[Document]:
    names = [str(p) for p in sorted(seeds_dir.glob("*.txt"))]
    if examples_dir.is_dir():
        names += [s for s in iter_sources([str(examples_dir)]) if isinstance(s, str)]
    return [load_document(n) for n in names]


def test_seeds_and_examples_offset_maps_are_exact(seeds_dir: Path, examples_dir: Path) -> None:
    docs = _all_docs(seeds_dir, examples_dir)
    assert docs
    for doc in docs:
        _check_offsets(doc)


def test_seeds_no_pinyin_artifact_left(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = load_document(str(path))
        for p in doc.paragraphs:
            assert not _PINYIN_LEFT.search(p.text), (path.name, p.text)


def test_seeds_match_gold_lines_and_articles(seeds_dir: Path, gold_dir: Path) -> None:
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = load_document(str(seeds_dir / gold["doc"]))
        left = [b for b in gold["boilerplate"] if _overlaps(doc, b)]
        lost = [k for k in gold["keep"] if not _overlaps(doc, k)]
        assert left == [], gold["doc"]
        assert lost == [], gold["doc"]
        got = [(_key(a.title), a.published, a.source) for a in doc.articles]
        want = [(_key(a["title"]), a["published"], a["source"]) for a in gold["articles"]]
        assert got == want, gold["doc"]


def test_seed_digest_second_article_starts_after_byline(seeds_dir: Path) -> None:
    doc = load_document(str(next(seeds_dir.glob("000_*.txt"))))
    assert len(doc.articles) == 2
    first, second = doc.articles
    assert first.end <= second.start
    assert second.authors


@pytest.mark.parametrize("name", ["004_*.txt"])
def test_seed_mojibake_flagged_and_never_in_clean_names(seeds_dir: Path, name: str) -> None:
    doc = load_document(str(next(seeds_dir.glob(name))))
    assert doc.flags
    assert all(f.kind == "mojibake" for f in doc.flags)
    assert doc.script == "hant"


def test_check_offsets_detects_a_wrong_map() -> None:
    from dataclasses import replace

    from tequ.clean import clean_text

    doc = clean_text("t.txt", "标题行\n深圳今年新增学位四千个。", encoding="utf-8")
    p = doc.paragraphs[-1]
    shifted = replace(
        p, starts=tuple(s - 1 for s in p.starts), ends=tuple(e - 1 for e in p.ends), start=p.start - 1
    )
    bad = replace(doc, paragraphs=(*doc.paragraphs[:-1], shifted))
    with pytest.raises(AssertionError):
        _check_offsets(bad)


def test_seeds_and_examples_paragraph_span_reproduces_text(seeds_dir: Path, examples_dir: Path) -> None:
    """Re-running the character stages on ``original[start:end]`` gives the paragraph text."""
    from tequ.clean.normalize import normalize
    from tequ.clean.offsets import View
    from tequ.clean.pinyin import strip_pinyin
    from tequ.clean.script import to_simplified

    for doc in _all_docs(seeds_dir, examples_dir):
        if doc.meta.get("format") != "txt":
            continue  # HTML entities and JSON escapes are checked character by character above
        for p in doc.paragraphs:
            if is_flagged(doc, p.start, p.end, include_repaired=True):
                continue
            v = View.of(doc.original, p.start, p.end)
            v = to_simplified(
                normalize(strip_pinyin(v, toneless=doc.meta.get("pinyin_removed", 0) > 0)).strip()
            )
            assert v.text == p.text, (doc.source, p.text[:30])
