"""CJK-aware full-text tokens, safe FTS5 match expressions and highlighted snippets.

SQLite's tokenizers do not segment Chinese (unicode61 keeps a whole run of Han characters as
one token; trigram cannot match two-character words). We therefore index text that is already
tokenised: every run of Han characters becomes its overlapping character bigrams (a run of one
character stays a unigram), every run of ASCII letters/digits becomes one lower-cased word,
everything else separates tokens. The FTS5 table uses unicode61, which then sees exactly these
tokens. Both index text and queries are converted to Simplified with OpenCC first, so a query in
either script finds the same articles.

Queries are never passed through as FTS5 syntax: ``match_expression`` rebuilds the expression
from these tokens only (each one double-quoted), so quotes, ``NEAR``, ``*``, parentheses and
column filters in user input are plain characters.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

import opencc

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_HAN}]+|[A-Za-z0-9]+")
_HAN_RUN = re.compile(rf"[{_HAN}]+")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """OpenCC Traditional -> Simplified (characters outside Chinese are kept)."""
    return _converter().convert(text) if text else text


def _run_tokens(run: str) -> list[str]:
    if not _HAN_RUN.fullmatch(run):
        return [run.lower()]
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_text(text: str) -> str:
    """The token string stored in ``articles_fts.body`` for Simplified ``text``."""
    out: list[str] = []
    for m in _RUN.finditer(text):
        out.extend(_run_tokens(m.group()))
    return " ".join(out)


def index_tail(text: str) -> str:
    """The token string stored in ``articles_fts.tail``: the last character of every Han run of
    two or more characters (the one character no bigram of ``body`` starts with), so that the
    prefix query ``"港" *`` over both columns finds every article containing 港."""
    return " ".join(m.group()[-1] for m in _HAN_RUN.finditer(text) if len(m.group()) > 1)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed user query: ``terms`` are Simplified substrings that must all occur."""

    terms: tuple[str, ...]
    expression: str | None  # FTS5 MATCH expression, or None when the query has no token


def parse_query(q: str) -> Query:
    """Turn user text into a safe FTS5 expression.

    Each whitespace-separated part becomes a phrase of its tokens; parts are ANDed. A Han run
    of one character inside a part becomes a prefix token (``"港" *``), so ``2.73亿`` still
    matches ``2.73亿人次``; a part of one Han character matches any bigram starting with it, or
    the ``tail`` token of a run ending with it (``index_tail``).
    """
    simple = to_simplified(q or "")
    phrases: list[str] = []
    terms: list[str] = []
    for part in simple.split():
        runs = _RUN.findall(part)
        if not runs:
            continue
        terms.append("".join(runs) if len(runs) == 1 else part)
        phrases.extend(_phrases(runs))
    expression = " AND ".join(phrases) if phrases else None
    return Query(tuple(terms), expression)


def _phrases(runs: list[str]) -> list[str]:
    """Phrase(s) for one query part; a lone Han character ends a phrase as a prefix token."""
    out: list[str] = []
    current: list[str] = []
    for run in runs:
        if _HAN_RUN.fullmatch(run) and len(run) == 1:
            current.append(run)
            out.append(_quote(current) + " *")
            current = []
        else:
            current.extend(_run_tokens(run))
    if current:
        out.append(_quote(current))
    return out


def _quote(tokens: list[str]) -> str:
    # tokens hold only Han characters and [a-z0-9], so no quote can break out of the phrase
    return '"' + " ".join(tokens) + '"'


def highlight_terms(q: str) -> list[str]:
    """Simplified strings to mark in snippets: every Han run and ASCII word of the query."""
    return sorted({m.group() for m in _RUN.finditer(to_simplified(q or ""))}, key=len, reverse=True)


def snippet(text: str, terms: list[str], *, width: int = 80) -> str:
    """An HTML-escaped window of ``text`` around the first hit, hits wrapped in ``<mark>``.

    ``text`` is the article's Simplified clean text; matching ignores ASCII case.
    """
    if not text:
        return ""
    lowered = text.lower()
    hits: list[tuple[int, int]] = []
    for term in terms:
        t = term.lower()
        start = lowered.find(t)
        while start >= 0 and t:
            hits.append((start, start + len(t)))
            start = lowered.find(t, start + len(t))
    hits = _merge(sorted(hits))
    first = hits[0][0] if hits else 0
    a = max(0, first - width // 4)
    b = min(len(text), a + width)
    out: list[str] = ["…" if a > 0 else ""]
    pos = a
    for s, e in hits:
        if e <= a or s >= b:
            continue
        s, e = max(s, a), min(e, b)
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:b]))
    out.append("…" if b < len(text) else "")
    return "".join(out).replace("\n", " ")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
