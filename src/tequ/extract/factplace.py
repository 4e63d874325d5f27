"""The place a fact is about, from a small gazetteer (``factdata.PLACES``) and clause structure.

Positions are indices into one paragraph's clean text (``Paragraph.text``), end exclusive.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from tequ.extract import factdata as fd
from tequ.extract.factcontext import PLACE_RE, clause_bounds

_OWN_RE = re.compile("|".join(re.escape(w) for w in fd.OWN_PLACE_WORDS))


class PlaceMention(NamedTuple):
    start: int
    end: int
    name: str  # canonical
    head: bool = True  # within the first characters of its clause (not inside a modifier)


_PLACE_HEAD_CHARS = 3


@lru_cache(maxsize=256)
def _gazetteer(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, canonical name)`` of the gazetteer places in ``text`` (cached: an
    article's paragraphs are read for its main place and again for their facts' places)."""
    return tuple((m.start(), m.end(), fd.PLACES[m.group()]) for m in PLACE_RE.finditer(text))


def find_places(text: str) -> list[PlaceMention]:
    """Gazetteer places and own-place words (全市 -> ``""``, filled in with the main place)."""
    found = list(_gazetteer(text))
    found += [(m.start(), m.end(), "") for m in _OWN_RE.finditer(text)]
    if not found:
        return []
    starts = clause_bounds(text)
    out = []
    for a, b, name in sorted(found):
        c0 = starts[bisect.bisect_right(starts, a) - 1]
        out.append(PlaceMention(a, b, name, a - c0 < _PLACE_HEAD_CHARS))
    return out


def main_place(texts: Iterable[str]) -> str | None:
    """The article's main place: its most mentioned canonical place (first mentioned on a tie)."""
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(name for _a, _b, name in _gazetteer(t))
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def resolve_place(
    places: Sequence[PlaceMention],
    *,
    pos: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    main: str | None,
) -> str | None:
    """The fact's place: a place at the head of its clause (its first characters, so not one
    inside a modifier such as 与香港高校相关的), then one after the number in the clause, then
    the nearest clause-head place earlier in the sentence, then one at the head of the
    paragraph, then the article's main place."""

    return (
        _first(places, clause[0], pos, main, head=True)
        or _first(places, pos, clause[1], main)
        or _last(places, sentence[0], clause[0], main)
        or _first(places, 0, 12, main)
        or main
    )


def _first(
    places: Sequence[PlaceMention], a: int, b: int, main: str | None, *, head: bool = False
) -> str | None:
    """The first place starting in ``[a, b)`` (a clause-head one if ``head``), own-place words
    read as ``main``."""
    for p in places:
        if p.start >= b:
            break  # places are sorted by start
        if a <= p.start and (p.head or not head):
            return p.name or main
    return None


def _last(places: Sequence[PlaceMention], a: int, b: int, main: str | None) -> str | None:
    """The last clause-head place starting in ``[a, b)``."""
    for p in reversed(places):
        if a <= p.start < b and p.head:
            return p.name or main
    return None
