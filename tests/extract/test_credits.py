"""Credited names (article source and authors) located back in the original text."""

from __future__ import annotations

import pytest

from tequ.clean import clean_text
from tequ.extract.credits import find_credits
from tequ.extract.entities import extract_entities

PAGES = [
    # Simplified page: the source sits in a metadata line that cleaning drops
    "示例区新建三所学校\n发布时间:2024-03-01 10:00 来源:示例区教育局\n"
    "今年示例区将新建三所公办学校，新增学位约4000个。\n(记者 王小明)\n",
    # Traditional page with a pinyin artifact inside the source name
    "示例區新建三所學校\n發佈時間:2024-03-01 10:00 來源:示例區(qū)教育局\n"
    "今年示例區將新建三所公辦學校，新增學位約4000個。\n(記者 王小明)\n",
]


@pytest.mark.parametrize("page", PAGES)
def test_find_credits_source_and_author_spans_quote_original(page: str) -> None:
    doc = clean_text("page.txt", page, encoding="utf-8")
    found = {(typ, name): span for span, typ, name in find_credits(doc)}
    assert ("ORG", "示例区教育局") in found
    src = found[("ORG", "示例区教育局")]
    assert doc.original[src.start : src.end] in ("示例区教育局", "示例區(qū)教育局")
    if ("PER", "王小明") in found:
        per = found[("PER", "王小明")]
        assert doc.original[per.start : per.end] == "王小明"


def test_extract_entities_includes_credited_source() -> None:
    doc = clean_text("page.txt", PAGES[1], encoding="utf-8")
    ents = {(e.type, e.canonical): e for e in extract_entities(doc)}
    ent = ents[("ORG", "示例区教育局")]
    assert doc.original[ent.start : ent.end] == ent.text == "示例區(qū)教育局"


def test_find_credits_document_without_articles_is_empty() -> None:
    doc = clean_text("empty.txt", "", encoding="utf-8")
    assert find_credits(doc) == []


@pytest.mark.parametrize(
    ("source", "ok"), [("深圳特区报", True), ("南方+", True), ("文/", False), ("来源:", False)]
)
def test_credits_source_must_be_a_name(source: str, ok: bool) -> None:
    from tequ.extract.credits import _is_name

    assert _is_name(source) is ok


@pytest.mark.parametrize("page", PAGES)
def test_extract_entities_credit_mentions_are_not_doubled(page: str) -> None:
    doc = clean_text("page.txt", page, encoding="utf-8")
    for ent in extract_entities(doc):
        assert len(set(ent.mentions)) == len(ent.mentions), ent
