"""Credited names: the outlet an article names as its source (ORG) and its authors (PER).

Cleaning reads ``来源:深圳特区报`` / ``(记者 王晨)`` lines into ``Article.source`` and
``Article.authors`` and usually drops those lines from the paragraphs, so the paragraph-based
recognisers never see them. Here each credited name is located back in the original: first in the
dropped stretches inside the article (metadata lines), then anywhere in the article. The search
runs over the same views cleaning uses (pinyin artifacts out, full-width forms normalised,
Traditional converted to Simplified), so ``來源:羅湖區(qū)融媒體中心`` finds ``罗湖区融媒体中心``.

``find_credits(doc)`` returns ``(Span, type, name)``: the span indexes ``doc.original`` (end
exclusive) and covers the credited name only; ``name`` is the Simplified name cleaning read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tequ.clean import pinyin, script
from tequ.clean.normalize import normalize
from tequ.clean.offsets import View
from tequ.extract import names
from tequ.model import Article, Document, Span

#: longest stretch of an article searched when the name is in no dropped line (credits sit at
#: the head or the tail of an article; a whole long page is not worth converting)
MAX_SEARCH = 4000
#: characters searched between an article and its neighbours
MAX_GAP = 600


def find_credits(doc: Document) -> list[tuple[Span, str, str]]:
    """Located credits of every article: ``(span in doc.original, "ORG" | "PER", name)``."""
    out: list[tuple[Span, str, str]] = []
    bounds = [0, *(x for art in doc.articles for x in (art.start, art.end)), len(doc.original)]
    for k, art in enumerate(doc.articles):
        gaps = ((bounds[2 * k], art.start), (art.end, bounds[2 * k + 3]))
        wanted = [(art.source, "ORG")] if art.source and _is_name(art.source) else []
        wanted += [(a, "PER") for a in art.authors if _is_author(a)]
        for name, typ in wanted:
            span = _locate(doc, [*_regions(doc, art), *_near(gaps)], name)
            if span is not None:
                out.append((span, typ, name))
        out += _dropped_credits(doc, art)
    return out


def _is_author(name: str) -> bool:
    """A credited author: a person's name, not a credit word cleaning kept as one (实习生)."""
    return names.is_loose_person_name(name) and names.ROLE_RE.fullmatch(name) is None


#: an editorial sign-off (责任编辑：X, 审核：X Y): the names after the credit word. Photo credits
#: in captions (图/记者 X 摄) are left out, as the shared gold leaves photographers out.
_DROPPED_CREDIT = re.compile(
    r"(?:责任编辑|值班编辑|编辑|责编|审核|审校|审读|校对|终审|初审|二审|三审)\s*[:：]?\s*"
    r"(?P<a>[\u4e00-\u9fff]{2,4}(?:[ 、　]+[\u4e00-\u9fff]{2,4})*)\s*$"
)
#: contributors a byline or metadata line names after the reporters (通讯员 罗宣, 实习生 李乐):
#: cleaning keeps only reporters and editors as authors
_CONTRIBUTOR = re.compile(
    r"(?:通讯员|实习生|见习记者)\s*[:：]?\s*(?P<a>[\u4e00-\u9fff]{2,4}(?:[ 、　]+[\u4e00-\u9fff]{2,4})*)"
    r"(?![\u4e00-\u9fff])(?!\s*[:：])"
)
#: dropped lines that may credit people, and the pattern of their credit
_CREDIT_DROPS = {"chrome:signoff": _DROPPED_CREDIT, "meta": _CONTRIBUTOR}


#: the contributor credit words in both scripts (a cheap test before converting a line)
_CONTRIBUTOR_WORDS = ("通讯员", "通訊員", "实习生", "實習生", "见习记者", "見習記者")


def _dropped_credits(doc: Document, art: Article) -> list[tuple[Span, str, str]]:
    """People credited in the article's dropped sign-off lines (审核：孙悦) and contributors in
    its metadata lines (通讯员 罗宣): PER, each name shaped like a Han name (深卫信, an office's
    short name, is not)."""
    out: list[tuple[Span, str, str]] = []
    for d in doc.dropped:
        pattern = _CREDIT_DROPS.get(d.reason)
        if pattern is None or not (art.start <= d.start and d.end <= art.end):
            continue
        chunk = doc.original[d.start : d.end]
        if pattern is _CONTRIBUTOR and not any(w in chunk for w in _CONTRIBUTOR_WORDS):
            continue
        view = script.to_simplified(normalize(View.of(doc.original, d.start, d.end)))
        m = pattern.search(view.text.rstrip())
        if m is None:
            continue
        pos = m.start("a")
        for part in re.finditer(r"[\u4e00-\u9fff]+", m.group("a")):
            name = part.group()
            if names.is_person_name(name):
                start, end = view.range_span(pos + part.start(), pos + part.end())
                out.append((Span(start, end), "PER", name))
    return out


def _is_name(source: str) -> bool:
    """A credited outlet name: no junk, no separator marks (文/, 来源:), two word characters."""
    if names.is_junk(source) or any(c in source for c in "/:：|\\"):
        return False
    return len(re.findall(r"\w", source)) >= 2


def _regions(doc: Document, art: Article) -> Iterator[tuple[int, int]]:
    """Dropped stretches inside the article first, then the article's head and tail."""
    for d in doc.dropped:
        if art.start <= d.start and d.end <= art.end:
            yield d.start, d.end
    if art.end - art.start <= MAX_SEARCH:
        yield art.start, art.end
    else:
        yield art.start, art.start + MAX_SEARCH // 2
        yield art.end - MAX_SEARCH // 2, art.end


def _near(gaps: tuple[tuple[int, int], tuple[int, int]]) -> list[tuple[int, int]]:
    """The text between the article and its neighbours (record fields of a JSON line, a credit
    line the segmenter left outside), at most ``MAX_GAP`` characters on each side."""
    (pa, pb), (na, nb) = gaps
    return [(na, min(nb, na + MAX_GAP)), (max(pa, pb - MAX_GAP), pb)]


def _locate(doc: Document, regions: list[tuple[int, int]], name: str) -> Span | None:
    """Span of the first occurrence of ``name`` in the regions (in order), or None."""
    for a, b in regions:
        if b - a < len(name):
            continue
        chunk = doc.original[a:b]
        if name[0] not in chunk and not script.has_traditional(chunk) and "(" not in chunk:
            continue
        view = script.to_simplified(
            normalize(pinyin.strip_pinyin(View.of(doc.original, a, b), toneless=True))
        )
        i = view.text.find(name)
        if i >= 0:
            start, end = view.range_span(i, i + len(name))
            return Span(start, end)
    return None
