"""Full-text search: either script, two-character words, filters, ranking, hostile input."""

from __future__ import annotations

import pytest

from tequ.search.fulltext import index_text, parse_query, snippet
from tequ.store.base import Store


def _docs(page: dict) -> set[int]:
    return {r["doc_id"] for r in page["data"]}


@pytest.mark.parametrize(("simplified", "traditional"), [("北湾码头", "北灣碼頭"), ("扩建工程", "擴建工程")])
def test_search_same_documents_in_either_script(filled: Store, simplified: str, traditional: str) -> None:
    a, b = filled.search(simplified), filled.search(traditional)
    assert _docs(a) == _docs(b) == {1, 2}


def test_search_two_character_word(filled: Store) -> None:
    assert _docs(filled.search("码头")) == {1, 2}
    assert _docs(filled.search("港口")) == {1, 2, 3}


def test_search_single_character_falls_back(filled: Store) -> None:
    assert _docs(filled.search("灣")) == {1, 2, 3}
    assert _docs(filled.search("局")) == {1, 2}


def test_search_number_with_unit(filled: Store) -> None:
    assert _docs(filled.search("1.8亿")) == {2}
    assert _docs(filled.search("300家")) == {3}


def test_search_snippet_marks_and_escapes(filled: Store) -> None:
    row = filled.search("扩建")["data"][0]
    assert "<mark>扩建</mark>" in row["snippet"]
    assert snippet("a<b 扩建 c&d", ["扩建"]) == "a&lt;b <mark>扩建</mark> c&amp;d"


def test_search_ranks_denser_match_first(filled: Store) -> None:
    page = filled.search("吞吐量")
    scores = [r["score"] for r in page["data"]]
    assert scores == sorted(scores, reverse=True)
    assert page["data"][0]["doc_id"] == 2  # the title also says 吞吐量


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '" OR 1=1 --',
        "NEAR(港口 码头)",
        "港口*",
        "body:港口",
        "(((",
        "港口 AND OR NOT",
        "'); DROP TABLE x;--",
        "\x00",
        "^港口",
        "{body}: 港口",
        "-港口",
        "港口 +",
    ],
)
def test_search_hostile_syntax_never_errors(filled: Store, hostile: str) -> None:
    page = filled.search(hostile)
    assert page["count"] >= 0
    assert filled.stats()["documents"] == 3


def test_search_hostile_query_is_literal(filled: Store) -> None:
    assert parse_query('body:港口 NEAR "x"').expression == '"body 港口" AND "near" AND "x"'
    assert _docs(filled.search("NEAR(港口 码头)")) == set()  # "near" is a plain word here


def test_search_filters(filled: Store) -> None:
    assert _docs(filled.search("港口", date_from="2025-01-01")) == {2, 3}
    assert _docs(filled.search("港口", date_to="2024")) == {1}
    assert _docs(filled.search("港口", source="海湾日报")) == {1, 3}
    assert _docs(filled.search("港口", category="经济")) == {3}
    assert _docs(filled.search("港口", tag="港口")) == {1, 2}
    assert _docs(filled.search("港口", entity="北灣碼頭")) == {1, 2}
    assert _docs(filled.search("", place="海湾")) == {1, 2, 3}
    page = filled.search("港口")
    assert page["facets"]["category"] == {"交通": 2, "经济": 1}
    assert page["facets"]["year"] == {"2025": 2, "2024": 1}


def test_search_paging(filled: Store) -> None:
    first = filled.search("港口", limit=2)
    rest = filled.search("港口", limit=2, offset=2)
    assert first["count"] == rest["count"] == 3
    assert len(first["data"]) == 2 and len(rest["data"]) == 1
    assert not _docs(first) & _docs(rest)


def test_search_ranks_only_the_newest_matches_first_when_there_are_many(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tequ.store.search_queries as sq

    everything = filled.search("港口")
    assert everything["count"] == 3
    ids = {(r["doc_id"], r["article"]): i for i, r in enumerate(everything["data"])}
    rows = filled.conn.execute("SELECT id, doc_id, article FROM articles")  # type: ignore[attr-defined]
    rowid = {(d, a): i for i, d, a in rows}
    newest = sorted(ids, key=rowid.get, reverse=True)[:2]
    monkeypatch.setattr(sq, "RANK_CANDIDATES", 2)
    capped = filled.search("港口")
    assert capped["count"] == 3  # the count stays exact
    keys = [(r["doc_id"], r["article"]) for r in capped["data"]]
    assert set(keys[:2]) == set(newest)  # the two newest matches, ranked between them
    assert keys[:2] == sorted(newest, key=ids.get)
    assert set(keys) == set(ids)  # then the older one
    # pages beyond the ranked candidates continue the same order, without gaps or repeats
    pages = [
        (r["doc_id"], r["article"])
        for o in range(3)
        for r in filled.search("港口", limit=1, offset=o)["data"]
    ]
    assert pages == keys
    # the same with a filter (a join with the articles)
    filtered = filled.search("港口", date_from="2000-01-01")
    assert filtered["count"] == 3
    assert [(r["doc_id"], r["article"]) for r in filtered["data"]] == keys
    pages = [
        (r["doc_id"], r["article"])
        for o in range(3)
        for r in filled.search("港口", date_from="2000-01-01", limit=1, offset=o)["data"]
    ]
    assert pages == keys


def test_index_text_bigrams_and_words() -> None:
    assert index_text("罗湖口岸A股2024年") == "罗湖 湖口 口岸 a 股 2024 年"
    assert parse_query("罗湖口岸").expression == '"罗湖 湖口 口岸"'
    assert parse_query("2.73亿").expression == '"2 73 亿" *'
