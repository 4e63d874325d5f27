"""Cleaning: original text -> kept paragraphs with offset maps, split into articles.

Stages, in order, each in its own module and tested on its own:

1. ``offsets``: every line is a ``View`` (text + map into ``Document.original``);
2. ``mojibake``: flag corrupted runs, repair the unambiguous ones;
3. ``pinyin``: drop parenthesised pinyin after Han characters;
   ``normalize``: full-width digits and letters to ASCII, zero-width characters out;
4. ``script``: detect hans/hant/mixed, convert to Simplified (map realigned);
5. ``boilerplate``: classify lines (chrome families, metadata, bylines, headlines, body);
6. ``dedupe``: drop repeated lines and stitched leads;
7. ``segment``: titles, digest split, head/tail chrome, dates, sources, authors.

Every removed line becomes ``Dropped(start, end, reason)``; every corrupted run a
``Flag(start, end, "mojibake", repair)``. Offsets are code points into ``Document.original``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tequ.clean import boilerplate, dedupe, mojibake, pinyin, script, segment
from tequ.clean.normalize import may_need_normalize, normalize
from tequ.clean.offsets import View
from tequ.model import Article, Document, Dropped, Flag, Paragraph

__all__ = ["Unit", "View", "clean_text", "clean_units", "is_flagged"]


# a site name glued to a headline by scrapers: "标题_某某区人民政府门户网站", "标题 - 某某新闻网"
SITE_SUFFIX = re.compile(
    r"\s*(?:[_|｜]|\s[-–—]\s)\s*[^_|｜]{2,24}(?:人民政府|政府网|新闻网|门户网站|网站|网|官网|客户端|融媒体中心)$"
)


# the marker of a digest item before its headline: 【1】 [2] 01 ▌ ■ ① (not 1—10月, 2024年)
ITEM_MARK = re.compile(
    r"^(?:[【\[]\s*\d{1,2}\s*[】\]]|\d{1,2}\s*[|｜.、．]\s*(?!\d)|0\d\s+|[▌▍■□●◆◇▶►★☆]|[\u2460-\u2473])\s*"
)


@dataclass
class Unit:
    """A stretch of a file to clean as one: a whole text/HTML file or one JSONL record.

    ``lines`` are raw views (one per line or block). Hints come from the container format
    (JSONL fields, HTML metadata); ``title`` is a view of the title when it is outside the lines.
    ``single`` says the unit is exactly one article (no digest split).
    """

    lines: list[View]
    title: View | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    single: bool = False
    meta: dict[str, object] = field(default_factory=dict)
    #: lines the container format already ruled out (HTML outside the main text), recorded as dropped
    skipped: list[View] = field(default_factory=list)
    #: indices into ``lines`` of list items the container marks up (HTML ``<li>``)
    items: set[int] = field(default_factory=set)


def is_flagged(doc: Document, start: int, end: int, *, include_repaired: bool = False) -> bool:
    """True when ``[start, end)`` (original offsets) overlaps a flagged span extractors must skip.

    Flags whose ``repair`` is set were repaired unambiguously and the clean text is trusted, so
    they count only with ``include_repaired=True``.
    """
    return any(f.start < end and start < f.end and (include_repaired or f.repair is None) for f in doc.flags)


def clean_text(source: str, original: str, *, encoding: str) -> Document:
    """Clean a plain-text document: one unit, one raw line per line of ``original``."""
    return clean_units(source, original, [Unit(View.lines(original))], encoding=encoding)


class _State:
    def __init__(self, original: str, units: Sequence[Unit]) -> None:
        sample = "\n".join(v.text for u in units for v in u.lines[:2000])
        self.script = script.detect_script(sample)
        self.toneless = pinyin.toneless_mode(sample)
        self.flags: list[Flag] = []
        self.dropped: list[Dropped] = []
        self.pinyin = 0
        # one scan of the whole text per stage tells which per-line stages can have work to do
        # (a line is a substring of ``whole``); lines changed by a mojibake repair are always run
        whole = sample
        if any(len(u.lines) > 2000 for u in units):
            whole = "\n".join(v.text for u in units for v in u.lines)
        whole = "\n".join([*(u.title.text for u in units if u.title is not None), whole])
        self.need_repair = mojibake.may_have_runs(whole)
        self.need_pinyin = pinyin.may_have_pinyin(whole, toneless=self.toneless)
        self.need_normalize = may_need_normalize(whole)
        self.need_script = script.may_have_traditional(whole)

    def prepare(self, raw: View) -> tuple[View, View, bool] | None:
        """(raw stripped view, clean view, whether it may need conversion to Simplified) of one
        line, or None when blank."""
        v = raw.strip()
        if not v.text:
            return None
        fixed, repaired = v, False
        if self.need_repair:
            fixed, runs = mojibake.repair_view(v)
            self.flags.extend(Flag(a, b, "mojibake", r) for a, b, r in runs)
            repaired = fixed is not v
        no_py = fixed
        if self.need_pinyin or repaired:
            no_py = pinyin.strip_pinyin(fixed, toneless=self.toneless)
            self.pinyin += len(fixed) - len(no_py)
        clean = normalize(no_py) if self.need_normalize or repaired else no_py
        clean = clean.strip()
        # per line (a Simplified file may quote Traditional), converted in one batch per unit
        return v, clean, bool(clean.text) and (self.need_script or repaired)


def _unit_lines(state: _State, unit: Unit) -> tuple[list[segment.Line], list[View], int | None]:
    lines: list[segment.Line] = []
    raws: list[View] = []
    hint_title = None
    sources = ([unit.title] if unit.title is not None else []) + list(unit.lines)
    prepared = [(n, got) for n, raw in enumerate(sources) if (got := state.prepare(raw)) is not None]
    convert = [k for k, (_, got) in enumerate(prepared) if got[2]]
    simplified = dict(
        zip(convert, script.to_simplified_many([prepared[k][1][1] for k in convert]), strict=True)
    )
    for j, (n, (v, clean, _)) in enumerate(prepared):
        clean = simplified.get(j, clean)
        if not clean.text:
            state.dropped.append(Dropped(*v.span(), "pinyin"))
            continue
        is_title = unit.title is not None and n == 0
        k = boilerplate.Kind("headline") if is_title else boilerplate.classify(clean.text)
        if k.kind == "headline" and n - (unit.title is not None) in unit.items:
            k = boilerplate.Kind("headline", "item")
        ln = segment.Line(clean, k.kind, k.family)
        if k.kind == "chrome":
            ln.drop = f"chrome:{k.family}"
        if is_title:
            hint_title = len(lines)
        lines.append(ln)
        raws.append(v)
    return lines, raws, hint_title


def clean_units(source: str, original: str, units: Sequence[Unit], *, encoding: str) -> Document:
    """Clean ``units`` of one file into a Document (see module docstring for the stages)."""
    state = _State(original, units)
    paragraphs: list[Paragraph] = []
    articles: list[Article] = []
    for unit in units:
        lines, raws, hint_title = _unit_lines(state, unit)
        dedupe.mark_repeats(lines)
        dedupe.mark_contained(lines)
        drafts = segment.segment(lines, hint_title)
        if unit.single and len(drafts) > 1:
            drafts = [_merge(lines, drafts)]
        for d in drafts:
            art = _article(lines, raws, d, unit, len(articles))
            if art is None:
                continue
            articles.append(art)
            paragraphs.extend(_paragraphs(lines, d, len(articles) - 1))
        for ln, raw in zip(lines, raws, strict=True):
            if ln.drop is not None:
                state.dropped.append(Dropped(*raw.span(), ln.drop))
        state.dropped.extend(Dropped(*v.span(), "chrome:outside-main") for v in unit.skipped if v.text)
    state.dropped.sort(key=lambda x: (x.start, x.end))
    return Document(
        source=source,
        original=original,
        encoding=encoding,
        script=state.script,  # type: ignore[arg-type]
        paragraphs=tuple(paragraphs),
        articles=tuple(articles),
        dropped=tuple(state.dropped),
        flags=tuple(sorted(state.flags, key=lambda f: (f.start, f.end))),
        meta={"pinyin_removed": state.pinyin},
    )


def _merge(lines: Sequence[segment.Line], drafts: Sequence[segment.Draft]) -> segment.Draft:
    """One article from the drafts of a unit known to hold exactly one (a JSONL record)."""
    first = drafts[0]
    merged = segment.Draft(lines=[k for d in drafts for k in d.lines], title=first.title)
    for d in drafts[1:]:
        if d.title is not None:
            lines[d.title].role = "body"
    merged.published, merged.lead_date, merged.source = first.published, first.lead_date, first.source
    merged.authors = [a for d in drafts for a in d.authors]
    return merged


def _article(
    lines: Sequence[segment.Line], raws: Sequence[View], d: segment.Draft, unit: Unit, index: int
) -> Article | None:
    kept = [k for k in d.lines if lines[k].drop is None]
    if not kept:
        return None
    for k in kept:
        lines[k].article = index
    spans = [raws[k].span() for k in d.lines]
    if d.title_text:
        title = d.title_text
    elif d.title is not None and lines[d.title].drop is None:
        title = SITE_SUFFIX.sub("", lines[d.title].text) or lines[d.title].text
        title = ITEM_MARK.sub("", title) or title
    else:
        title = next((lines[k].text for k in kept if lines[k].role != "byline"), "")[:40]
    # metadata from the container (JSONL fields, <meta> tags) is normalised like the text
    unit_authors = [_simplified(a) for a in unit.authors]
    unit_source = _simplified(unit.source) if unit.source else None
    authors = unit_authors + [a for a in d.authors if a not in unit_authors]
    if unit.single:  # fields of a JSONL record are explicit metadata and win over the text
        published, source = unit.published or d.published or d.lead_date, unit_source or d.source
    else:
        published = d.published or unit.published or d.digest_date or d.lead_date
        source = d.source or unit_source
    return Article(
        title=title,
        published=published,
        source=source,
        authors=tuple(authors),
        start=min(a for a, _ in spans),
        end=max(b for _, b in spans),
        url=unit.url,
    )


def _simplified(text: str) -> str:
    return script.to_simplified_text(text) if script.may_have_traditional(text) else text


def _paragraphs(lines: Sequence[segment.Line], d: segment.Draft, index: int) -> list[Paragraph]:
    out = []
    for k in d.lines:
        ln = lines[k]
        if ln.drop is not None:
            continue
        v = ln.view
        a, b = v.span()
        out.append(Paragraph(a, b, v.text, tuple(v.starts), tuple(v.ends), article=index, role=ln.role))
    return out
