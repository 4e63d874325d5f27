"""Property tests: any query text gives a safe expression and never breaks search."""

from __future__ import annotations

import re
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from tequ.search.fulltext import index_text, parse_query, snippet

_SAFE = re.compile(r'^("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-z0-9 ]+"( \*)?)( AND "[^"]+"( \*)?)*$')
_TEXT = st.text(
    alphabet=st.sampled_from([*list('港口罗湖羅門岸深圳 aZ9.*"():^-+NEAR\n\t，。'), "\x00", "é"]), max_size=40
)


@given(_TEXT)
def test_parse_query_expression_is_always_quoted_tokens(q: str) -> None:
    expr = parse_query(q).expression
    assert expr is None or _SAFE.match(expr), expr


@given(_TEXT)
@settings(max_examples=200)
def test_parse_query_expression_is_valid_fts5(q: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, content='', tokenize='unicode61')")
    conn.execute("INSERT INTO t (rowid, body) VALUES (1, ?)", (index_text("罗湖口岸 深圳 港口 2024 near"),))
    expr = parse_query(q).expression
    if expr:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)).fetchall()


@given(st.text(max_size=60), st.lists(st.text(min_size=1, max_size=4), max_size=3))
def test_snippet_escapes_everything_but_marks(text: str, terms: list[str]) -> None:
    out = snippet(text, terms)
    stripped = out.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped and ">" not in stripped
