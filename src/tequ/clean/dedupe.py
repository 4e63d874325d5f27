"""Duplicated paragraphs: keep one copy, the one in context.

Two general mechanisms, both on normalised text (punctuation and blanks removed):

- exact repeats: a later line equal to an earlier one (or to an earlier one plus a counter such as
  ``(1)``, the alt text scrapers make of a headline repeated under each photo) is dropped;
- containment: a paragraph whose clauses are almost all found in *other* kept paragraphs is a
  scraped summary or a concatenation of them (a lead stitched from later paragraphs and cut
  off mid-sentence), so it is dropped and the copies in context stay; a one-sentence paragraph
  only when its whole sentence is found. A clause counts as found
  when it equals a clause elsewhere, ends like one (a headline glued in front of it) or starts
  like one (cut off). Everything is hashed, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

_NORM = re.compile(r"[\W_]+")
_COUNTER = re.compile(r"\s*[(（\[【]\s*\d{1,3}\s*[)）\]】]$")

#: lines shorter than this (normalised) are never treated as duplicates
MIN_KEY = 4
#: characters compared at each end of a clause
EDGE = 10
#: clauses shorter than this (normalised) are ignored by the containment test
MIN_CLAUSE = 8
#: a one-sentence paragraph must be at least this long (normalised) to be dropped as a repeat
MIN_ONE_CLAUSE = 16
#: share of a paragraph's characters that must be found elsewhere
COVERED = 0.8


class LineLike(Protocol):
    @property
    def text(self) -> str: ...

    kind: str
    drop: str | None


def norm(text: str) -> str:
    """Text without punctuation, symbols and blanks, lower-cased: the key for comparisons."""
    return _NORM.sub("", text).lower()


# everything ``norm`` removes except the clause ends, which then split the clauses
_NORM_KEEP_ENDS = re.compile(r"(?:[^\w。！？!?；;]|_)+")
_ENDS = re.compile(r"[。！？!?；;]+")


@lru_cache(maxsize=4096)
def _keys(text: str) -> tuple[str, tuple[str, ...]]:
    """(``norm(text)``, normalised clauses of ``text``) in one pass; a line's text is keyed twice
    (repeats, then containment), so the result is cached."""
    parts = tuple(_ENDS.split(_NORM_KEEP_ENDS.sub("", text).lower()))
    return "".join(parts), parts


def mark_repeats(lines: Sequence[LineLike], kinds: tuple[str, ...] = ("headline", "body")) -> None:
    """Set ``drop = "duplicate"`` on later exact repeats (counter suffixes ignored)."""
    seen: set[str] = set()
    for ln in lines:
        if ln.drop is not None or ln.kind not in kinds:
            continue
        key = _keys(ln.text)[0]
        if len(key) < MIN_KEY:
            continue
        counted = ln.text[-1:] in ")）]】" and _COUNTER.search(ln.text) is not None
        base = norm(_COUNTER.sub("", ln.text)) if counted else key
        if key in seen or (base != key and base in seen):
            ln.drop = "duplicate"
            continue
        seen.add(key)


def _clauses(text: str) -> list[str]:
    """Normalised clauses (split after 。！？；) of at least ``MIN_CLAUSE`` characters."""
    return [k for k in _keys(text)[1] if len(k) >= MIN_CLAUSE]


def mark_contained(lines: Sequence[LineLike]) -> None:
    """Set ``drop = "duplicate"`` on body paragraphs made of clauses found in other paragraphs."""
    body = [i for i, ln in enumerate(lines) if ln.drop is None and ln.kind == "body"]
    clauses = {i: _clauses(lines[i].text) for i in body}
    full: dict[str, set[int]] = defaultdict(set)
    head: dict[str, set[int]] = defaultdict(set)
    tail: dict[str, set[int]] = defaultdict(set)
    for i in body:
        for c in clauses[i]:
            full[c].add(i)
            head[c[:EDGE]].add(i)
            tail[c[-EDGE:]].add(i)
    for i in body:
        cs = clauses[i]
        if len(cs) == 1:
            # a one-sentence paragraph is a repeat only when that whole sentence is in another
            # kept paragraph (a scraped second copy of a lead's first sentence); shared ends alone
            # are too weak for a single clause. Of two one-sentence copies the later one goes.
            others = full[cs[0]] - {i} if len(cs[0]) >= MIN_ONE_CLAUSE else set()
            if any(lines[k].drop is None and (k < i or len(clauses[k]) > 1) for k in others):
                lines[i].drop = "duplicate"
            continue
        if not cs:
            continue
        covered, total, owners = _coverage(i, cs, lines, full, head, tail)
        if covered < COVERED * total or not owners:
            continue
        # a near copy further down (the same paragraph scraped twice, with a credit added or a
        # word changed) covers this one as much as this one covers it: keep the first, in context;
        # the copy goes when its turn comes
        k = next(iter(owners)) if len(owners) == 1 else -1
        if k > i:
            back, k_total, _ = _coverage(k, clauses[k], lines, full, head, tail, among={i})
            if back >= COVERED * k_total:
                continue
        lines[i].drop = "duplicate"


def _coverage(
    i: int,
    cs: Sequence[str],
    lines: Sequence[LineLike],
    full: dict[str, set[int]],
    head: dict[str, set[int]],
    tail: dict[str, set[int]],
    among: set[int] | None = None,
) -> tuple[int, int, set[int]]:
    """(characters of clauses found in other kept paragraphs, all characters, those paragraphs)
    for paragraph ``i`` with clauses ``cs``; ``among`` limits the other paragraphs looked at."""
    covered = 0
    owners: set[int] = set()
    for c in cs:
        f, t, h = full[c], tail[c[-EDGE:]], head[c[:EDGE]]
        if len(f) == len(t) == len(h) == 1:
            continue  # the clause is this paragraph's own (each set holds ``i``): the usual case
        found = {k for k in (f | t | h) - {i} if lines[k].drop is None and (among is None or k in among)}
        if found:
            covered += len(c)
            owners |= found
    return covered, sum(len(c) for c in cs), owners
