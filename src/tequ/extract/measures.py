"""Measures: government actions and commitments, one per clause, with status and horizon.

The stage works on ``Paragraph.text`` (clean, Simplified) and maps every span back with
``Paragraph.to_original``, so ``doc.original[m.start:m.end] == m.quote`` in whatever script
the file was written.

How it reads a paragraph:

1. sentences end at 。！？；; a sentence is cut into units at ，、： outside brackets
   (《》“”（）); a unit without an action verb is glued to the next unit (a time or subject
   lead-in) or, after 、, to the previous one (the rest of a list);
2. the head of a unit is its first action verb (``measuredata.ACTION_VERBS``) outside brackets
   that is not a time clause (建成后); adjacent verbs and adverbs join it (研究加快出台);
3. a unit is kept when its score reaches ``KEEP_THRESHOLD``: verb weight (the goal verb for
   推动X开工), plus a named object (“…”, 《…》) and a concrete head noun (试点, 基金), minus an
   abstract one (机制, 格局), plus a stated commitment (将, 要) or a reported state (正在, 已,
   了), minus a statistic (同比, 累计, a count at the end). Purpose tails (促进…), suggestions
   (可以考虑), quoted speech and a private firm's own news are never kept;
4. status: the unit's own modality/aspect cue (将, 正在, 已), then a cue earlier in the
   sentence, then a date before the article's, then the verb's default (出台 done, 推进
   ongoing), turned planned in an article whose cued clauses are mostly plans;
5. horizon and actor: see ``measureattrs``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tequ import clean
from tequ.extract import measureattrs as attrs
from tequ.extract import measuredata as md
from tequ.extract import measureseg as seg
from tequ.extract.measureseg import ADV_RE as _ADV_RE
from tequ.extract.measureseg import SEPS as _SEPS
from tequ.extract.measureseg import STAT_RE as _STAT_RE
from tequ.extract.measureseg import Unit as _Unit
from tequ.model import Document, Entity, Measure, Paragraph, Span

KEEP_THRESHOLD = 0.9  # score a unit needs to be a measure (weights in measuredata)
PLANNED_BONUS = 0.2  # a commitment (将, 要, 计划) counts even when phrased abstractly
QUOTE_BONUS = 0.4  # a named scheme, document or place as the object
ASPECT_BONUS = 0.2  # 正在推进, 已建成, 建立了: the text reports a concrete state
PARALLEL_MIN_WEIGHT = 0.5  # verb weight a clause needs to join a run of kept parallel clauses
NAME_MAX = 20  # characters a quoted name may have; a longer quotation is a slogan
STAT_PENALTY = 0.4  # a statistic (同比, 占比, a count) reads as a fact unless the act is strong
CUMULATIVE_PENALTY = 0.6  # 累计 with a count: a running total, a fact
CONTEXT_WINDOW = 300  # characters before a clause that can lend it a status cue or a time
FORWARD_SHARE = 0.5  # share of all kept clauses with a planned cue that makes an article a plan
FORWARD_CUED_SHARE = 0.75  # or: share of the clauses that carry any status cue
_VERB_RE = attrs.VERB_RE
_VERBS = {v: (w, s) for v, w, s, _ in md.ACTION_VERBS}
_CUE_GROUPS = attrs.CUE_GROUPS
_CUE_RE = attrs.CUE_RE
_CTX_RE = re.compile(
    "|".join(f"(?P<{st}{i}>{r})" for st, t in _CUE_GROUPS if st != "ongoing" for i, (r, _) in enumerate(t))
)
_CONCRETE_RE = re.compile(
    "(?:" + "|".join(sorted((n for n, *_ in md.CONCRETE_NOUNS), key=len, reverse=True)) + ")$"
)
_ABSTRACT_RE = re.compile(
    "(?:" + "|".join(sorted((n for n, *_ in md.ABSTRACT_NOUNS), key=len, reverse=True)) + ")$"
)
_CONCRETE = {n: w for n, w, _ in md.CONCRETE_NOUNS}
_ABSTRACT = {n: w for n, w, _ in md.ABSTRACT_NOUNS}
_FUTURE_RE = re.compile("|".join(r for r, _ in md.FUTURE_AFTER))
_PLANNED_WEIGHTS = {v: w for v, w, _ in md.PLANNED_WEIGHTS}
_CAUSATIVE = tuple(v for v, _ in md.CAUSATIVE_VERBS)
_SENT_END = attrs.SENT_END
_FULL_STOPS = "。！？!?"
_SEP_RE = re.compile(f"[{re.escape(_SEPS)}]")
_COMPANY_RE = re.compile("|".join(r for r, _ in md.COMPANY_SUBJECTS))
_DOCUMENT_VERBS = tuple(v for v, _ in md.DOCUMENT_VERBS)
_LIST_MARK_RE = re.compile(
    r"\s*(?:\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|[-*•·])"
)
_PURPOSE_RE = re.compile("|".join(re.escape(w) for w, _ in md.PURPOSE_OPENERS))
_QUOTED_RE = re.compile(r"[“「]([^”」]*)[”」]")
_REPORT_RE = re.compile("(?:" + "|".join(re.escape(w) for w, _ in md.REPORT_OBJECTS) + ")$")
_PRODUCT_RE = re.compile("|".join(r for r, _ in md.PRODUCT_WORDS))
_PARTIAL_RE = re.compile("|".join(r for r, _ in md.PARTIAL_PROGRESS))
_AIM_RE = re.compile("|".join(re.escape(w) for w, _ in md.AIM_MARKERS))


@dataclass(frozen=True, slots=True)
class _Article:
    """What the measures of one article share: its date, usual actor, plan period and mood."""

    date: str | None
    main: str | None
    plan: str | None
    forward: bool


@dataclass(frozen=True, slots=True)
class _Found:
    """A kept unit of a paragraph, with its masked text and its sentence's cue and time hint."""

    para: Paragraph
    masked: str
    unit: _Unit
    ctx: str
    hint: str | None


def extract_measures(doc: Document, *, entities: Sequence[Entity] = ()) -> list[Measure]:
    """Find the measures of ``doc``, in document order.

    Each measure is one clause: ``doc.original[m.start:m.end] == m.quote`` (end exclusive),
    quoted in the original script; actor, action and object are Simplified.
    """
    out: list[Measure] = []
    dates = attrs.article_dates(doc)
    for index in range(max(len(doc.articles), 1)):
        paras = [p for p in doc.paragraphs if p.article == index]
        found: list[_Found] = []
        intro: _Intro | None = None  # the paragraph that opened a list (…以下民生实事：)
        for para in paras:
            item = intro is not None and _is_list_item(doc, para)
            if para.role == "title" or (_is_caption(para.text) and not item):
                intro = None
                continue
            masked = seg.mask(para.text)
            inherited = intro if item else None
            for unit, ctx, hint in _measure_units(para.text, masked, inherited):
                found.append(_Found(para, masked, unit, ctx, hint))
            if not item:
                intro = (
                    _Intro(_last_cue(masked, context=True), attrs.time_hint(para.text))
                    if _opens_list(para.text)
                    else None
                )
        forward = _is_forward(found)
        main = _title_body(paras, entities) or attrs.main_actor(paras)
        art = _Article(dates.get(index), main, attrs.plan_period(paras), forward)
        out.extend(m for f in found if (m := _build(doc, f, art)) is not None)
    return out


def _is_forward(found: Sequence[_Found]) -> bool:
    """True for a plan or a work report: most clauses that carry a status cue say planned."""
    cues = [_own_cue(f.masked, f.unit) or f.ctx for f in found]
    planned = cues.count("planned")
    cued = len(cues) - cues.count("")
    return planned > FORWARD_SHARE * len(found) or (planned >= 3 and planned >= FORWARD_CUED_SHARE * cued)


def _own_cue(masked: str, unit: _Unit) -> str:
    """The status cue of the unit itself: before its verb (将, 已), else in the verb chain (持续)."""
    return _last_cue(masked[unit.a : unit.h]) or _last_cue(masked[unit.h : unit.k])


def _title_body(paras: Sequence[Paragraph], entities: Sequence[Entity]) -> str | None:
    """The canonical name of a government body the headline names (from the entities stage)."""
    for p in paras:
        if p.role != "title":
            continue
        for e in entities:
            inside = any(p.start <= s.start < p.end for s in (e.mentions or (Span(e.start, e.end),)))
            if e.type == "ORG" and inside and attrs.GOV_RE.fullmatch(e.canonical):
                return e.canonical
    return None


# -- segmentation ---------------------------------------------------------------------


def _measure_units(
    text: str, masked: str, intro: _Intro | None = None
) -> list[tuple[_Unit, str, str | None]]:
    """Kept units of one paragraph, each with the status cue and time hint of its sentence
    (for a list item, those of the paragraph that introduced the list when it has none)."""
    out = []
    for a, b in seg.sentences(text, masked):
        sentence = text[a:b]
        if "如何" in sentence or "怎么" in sentence or (b < len(text) and text[b] in "？?"):
            continue
        units = seg.units(masked, a, b)
        full = max(masked.rfind(c, 0, a) for c in _FULL_STOPS) + 1  # ；joins clauses of one frame
        verdicts: list[tuple[_Unit, str, bool | None]] = []  # None: not a candidate at all
        for n, unit in enumerate(units):
            if masked[unit.h] == "＿" or _in_long_quote(text, masked, unit):
                verdicts.append((unit, "", None))
                continue
            lead = max(full, unit.a - CONTEXT_WINDOW)  # earlier in the sentence, within reach
            ctx = _last_cue(masked[lead : unit.a], context=True) or (intro.cue if intro else "")
            verdicts.append((unit, ctx, _keep(text, masked, unit, first=n == 0, sentence=a, inherited=ctx)))
        for n, (unit, ctx, kept) in enumerate(verdicts):
            if kept is None or not (kept or _in_parallel_run(text, masked, verdicts, n)):
                continue
            lead = max(a, unit.a - CONTEXT_WINDOW)
            hint = attrs.time_hint(text[lead : unit.a]) or (intro.hint if intro else None)
            out.append((unit, ctx, hint))
    return out


def _verb_initial(text: str, unit: _Unit) -> bool:
    """The clause opens on its verb chain (after separators): 推进X, 完成Y."""
    return not text[unit.a : unit.h].strip("，,、；; ")


def _in_parallel_run(
    text: str, masked: str, verdicts: Sequence[tuple[_Unit, str, bool | None]], n: int
) -> bool:
    """A weaker verb-initial clause between two kept clauses of one sentence, the next one also
    verb-initial, is one more item of the same enumeration (启动A，推进B，完成C): parallel lists
    name acts, not commentary."""
    unit = verdicts[n][0]
    if n == 0 or n + 1 >= len(verdicts) or not _verb_initial(text, unit):
        return False
    prev, nxt = verdicts[n - 1], verdicts[n + 1]
    if not (prev[2] and nxt[2] and _verb_initial(text, nxt[0])):
        return False
    chain = masked[unit.h : unit.k]
    weight = max((_VERBS[m.group()][0] for m in _VERB_RE.finditer(chain)), default=0.0)
    return weight >= PARALLEL_MIN_WEIGHT and bool(text[unit.k : unit.b].strip("，,、 "))


def _in_long_quote(text: str, masked: str, unit: _Unit) -> bool:
    """True when the unit sits inside a quotation longer than a name (speech)."""
    return text[unit.a] in "“「" and unit.b - unit.a > 30 and "＿" in masked[unit.a : unit.b]


def _keep(text: str, masked: str, unit: _Unit, *, first: bool, sentence: int, inherited: str = "") -> bool:
    """Verb weight plus object concreteness reaches the threshold; no purpose tail, no advice.

    ``sentence`` is where the unit's sentence starts (cues before it do not count)."""
    span = text[unit.a : unit.b]
    if any(w in span for w, _ in md.NON_GOV_SPEECH[-2:]):  # 可以考虑, 希望
        return False
    piece = max([unit.a] + [masked.rfind(c, unit.a, unit.h) + 1 for c in _SEPS])
    piece += len(text[piece : unit.h]) - len(text[piece : unit.h].lstrip("，,、 "))
    if (not first or piece > unit.a) and _PURPOSE_RE.match(text, piece):
        return False
    if _AIM_RE.search(text, piece, unit.h):
        return False  # 研讨会旨在搭建…: a statement of aim, not an act
    if text.startswith(("以下", "如下"), unit.k):
        return False  # introduces a list: the items are the measures
    if _publishes_figures(text, masked, unit):
        return False  # 公布2024年经济数据: news about statistics
    if _PRODUCT_RE.search(text, unit.a, unit.b) and not attrs.GOV_RE.search(text, unit.a, unit.b):
        return False  # new phones released, robots going live: product news
    if _company_subject(text, masked, unit, sentence):
        return False  # a firm's own news (its launch, its new office)
    own = _own_cue(masked, unit)
    planned = (own or inherited) == "planned"
    score = _score(text, masked, unit, planned=planned)
    perfective = text.startswith("了", unit.k)
    if perfective or (
        own in ("ongoing", "done") and re.search(r"正在?|已", masked[max(unit.a, unit.h - 4) : unit.h])
    ):
        score += ASPECT_BONUS  # 正在推进, 已建成: the text reports a concrete state
    if planned:
        score += PLANNED_BONUS  # a stated commitment counts even when phrased abstractly
    elif _STAT_RE.search(span) and re.search(
        r"\d|[一二三四五六七八九十百千万两]+(?:[个家项条所人成倍]|分之)", span
    ):
        score -= CUMULATIVE_PENALTY if "累计" in span else STAT_PENALTY  # a fact unless the act is strong
    elif re.search(
        r"\d[\d.]*[万亿]?[个家项条所件种次名人座台辆套%]?[\u4e00-\u9fff]{0,2}$", span.rstrip("，,、 ")
    ):
        score -= 0.3  # ends with a count: reads as a fact
    return round(score, 3) >= KEEP_THRESHOLD


def _publishes_figures(text: str, masked: str, unit: _Unit) -> bool:
    """The head is a document verb (发布, 公布) and its object is figures or a review of results."""
    verbs = [m.group() for m in _VERB_RE.finditer(masked, unit.h, unit.k)]
    obj = re.sub(r"[”》」）)等]+$", "", text[unit.k : unit.b].rstrip("，,、：: "))
    return bool(verbs) and all(v in _DOCUMENT_VERBS for v in verbs) and bool(_REPORT_RE.search(obj))


def _company_subject(text: str, masked: str, unit: _Unit, sentence: int) -> bool:
    """The unit's subject, or its sentence's opening subject, is a private firm."""
    if attrs.GOV_RE.search(text, unit.a, unit.h):
        return False
    if _COMPANY_RE.search(text, unit.a, unit.h):
        return True
    found = (_VERB_RE.search(masked, sentence, unit.a), _SEP_RE.search(masked, sentence, unit.a))
    end = min((m.start() for m in found if m is not None), default=sentence)
    return bool(_COMPANY_RE.search(text, sentence, end))


def _score(text: str, masked: str, unit: _Unit, *, planned: bool = False) -> float:
    """Verb weight + object concreteness (+ a named subject); the keep test adds context."""
    chain = masked[unit.h : unit.k]
    weights = (
        _PLANNED_WEIGHTS.get(m.group(), _VERBS[m.group()][0]) if planned else _VERBS[m.group()][0]
        for m in _VERB_RE.finditer(chain)
    )
    weight = max(weights, default=0.0)
    if any(v in chain for v in _CAUSATIVE):  # 推动X开工建设: the goal verb is the act
        goal = [_VERBS[m.group()][0] for m in _VERB_RE.finditer(masked, unit.k, unit.b)]
        weight = max([weight, *(w * 0.9 for w in goal)])
    obj = text[unit.k : unit.b]
    score = weight
    if not obj.strip("，,、 "):
        obj = text[unit.a : unit.h]  # verb-final clause: the object stands before the verb
        bare = not _ADV_RE.match(masked, unit.h) and not re.search(r"[正将已在]$", masked[unit.a : unit.h])
        if bare and weight < 1.0:
            score -= 0.2  # a bare verb at the end is often a noun (小区建设), unlike 获批设立
    if _named(obj):
        score += QUOTE_BONUS  # a named scheme, document or place
    tail = re.sub(r"以上$|以下$|左右$", "", obj.rstrip("，,、 "))
    tail = re.sub(r"[\d.万亿余多个家项条所件种类批]+$|等+$|[”》」）)]+$", "", tail)
    tail = re.sub(r"等$|[”》」）)]+$|建设$", "", tail)
    if m := _CONCRETE_RE.search(tail):
        score += _CONCRETE[m.group()]
    if m := _ABSTRACT_RE.search(tail):
        score -= _ABSTRACT[m.group()]
    if re.search(r"\d", obj):
        score += 0.1
    if attrs.subject_actor(text[unit.a : unit.h], whole=True):
        score += 0.2
    return score


def _named(obj: str) -> bool:
    """The object names something: a 《document》, or a “name” short enough to be one (a long
    quotation is a slogan: “算力供给最普惠、场景开放最广泛…”)."""
    return "《" in obj or any(len(q) <= NAME_MAX for q in _QUOTED_RE.findall(obj))


# -- status, horizon, actor -------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _last_cue(text: str, *, context: bool = False) -> str:
    """The status of the last cue in ``text`` ('' when none); sentence context skips aspect."""
    last = None
    for last in (_CTX_RE if context else _CUE_RE).finditer(text):  # noqa: B007 -- we want the last
        pass
    return last.lastgroup.rstrip("0123456789") if last is not None and last.lastgroup else ""


def _status(text: str, masked: str, unit: _Unit, ctx: str, *, forward: bool, past: bool) -> str:
    own = _own_cue(masked, unit)
    if "以来" in text[unit.a : unit.b]:
        return "ongoing"
    if masked[unit.h : unit.k].endswith("完成") and _PARTIAL_RE.match(text, unit.k):
        return "ongoing"  # 已完成约九成: partly done, still under way
    if not own and not ctx and _FUTURE_RE.search(text, unit.k, unit.b):
        return "planned"  # 作为今年及接下来…的方向: the time named after the verb is ahead
    if own:
        return own
    if text.startswith("了", unit.k):
        return "done"
    chain = masked[unit.h : unit.k]
    strong = any(v in chain for v in ("建成", "成立", "竣工", "落成"))
    if ctx == "planned" and not strong:
        return "planned"
    if ctx == "done" or past:
        return "done"
    verbs = [m.group() for m in _VERB_RE.finditer(chain)]
    default = max(verbs, key=lambda v: _VERBS[v][0])
    status = _VERBS[default][1]
    if status == "ongoing" and forward:
        return "planned"  # 推进X in a plan: an effort the plan commits to
    if status == "done" and forward and not strong and not any(v in chain for v in _DOCUMENT_VERBS):
        return "planned"
    return status


@dataclass(frozen=True, slots=True)
class _Intro:
    """The status cue and time hint of a paragraph that introduces a list (ends with ：)."""

    cue: str
    hint: str | None


def _opens_list(text: str) -> bool:
    return text.rstrip().endswith(("：", ":"))


def _is_list_item(doc: Document, para: Paragraph) -> bool:
    """A short line under a list intro, or one that the original opens with a list marker."""
    line_start = doc.original.rfind("\n", 0, para.start) + 1
    return bool(_LIST_MARK_RE.match(doc.original, line_start)) or not any(ch in para.text for ch in "。；")


def _is_caption(text: str) -> bool:
    if any(c in text for c, _ in md.CAPTION_CUES):
        return len(text) < 120 or not any(ch in text for ch in "。；")
    return not any(ch in text for ch in _SENT_END) and len(text) < 80 and not _opens_list(text)


def _build(doc: Document, found: _Found, art: _Article) -> Measure | None:
    """The Measure of a kept unit: span trimmed of separators, status, horizon, actor."""
    para, unit, text = found.para, found.unit, found.para.text
    a, b = unit.a, unit.b
    while a < b and text[a] in " 　，,、：:":
        a += 1
    while b > a and text[b - 1] in " 　，,、：:":
        b -= 1
    if b <= a:
        return None
    span = para.to_original(a, b)
    flagged = getattr(clean, "is_flagged", None)
    if flagged is not None and flagged(doc, span.start, span.end):
        return None
    horizon = attrs.horizon(text[unit.a : unit.b], found.hint, art.date)
    sentence = text[max(text.rfind(c, 0, unit.a) for c in _SENT_END) + 1 : unit.b]
    plan_ref = art.plan and re.search(r"(?:本次|此次|该|根据|按照)?(?:实施)?方案", sentence)
    if horizon is None and plan_ref and found.ctx + _last_cue(found.masked[unit.a : unit.k]) == "planned":
        horizon = art.plan  # a planned measure of the plan the article announces
    past = attrs.is_past(horizon, art.date)
    status = _status(text, found.masked, unit, found.ctx, forward=art.forward, past=past)
    if horizon is None and status == "planned" and art.date and "全年" in text[unit.a : unit.b]:
        horizon = art.date[:4]  # 力争全年…: the year of a plan is the year it is published in
    actor = attrs.actor(text, found.masked, unit.a, unit.h, unit.k, art.main)
    action = text[unit.h : unit.k]
    obj = re.sub(r"[“”《》「」]", "", text[unit.k : b]).strip("等的 ") or action
    quote = doc.original[span.start : span.end]
    return Measure(span.start, span.end, quote, actor, action, obj, status, horizon, para.article)
