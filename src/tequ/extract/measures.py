"""Measures: government actions and commitments, one per clause, with status and horizon.

The stage works on ``Paragraph.text`` (clean, Simplified) and maps every span back with
``Paragraph.to_original``, so ``doc.original[m.start:m.end] == m.quote`` in whatever script
the file was written.

How it reads a paragraph:

1. sentences end at 。！？；; a sentence is cut into units at ，、： outside brackets
   (《》“”（）); a unit without an action verb is glued to the next unit (a time or subject
   lead-in) or, after 、, to the previous one (the rest of a list);
2. the head of a unit is its first action verb (``measuredata.ACTION_VERBS``) outside brackets
   that is not a time clause (建成后), or the first after a predicate marker (设施已建成);
   adjacent verbs and adverbs join it (研究加快出台);
3. a unit is kept (``measurekeep``) when its score reaches ``KEEP_THRESHOLD``: verb weight
   (the goal verb for 推动X开工), plus a named object (“…”, 《…》) and a concrete head noun (试点, 基金), minus an
   abstract one (机制, 格局), plus a stated commitment (将, 要) or a reported state (正在, 已,
   了), minus a statistic (同比, 累计, a count at the end). Purpose tails (促进…), suggestions
   (可以考虑), statements of aim (旨在), published figures, an announcing clause (新区1月21日公布，
   …), a verb inside a description after a copula (是…建设的重要支撑), product news, quoted speech
   and a private firm's own news are never kept;
4. status: partial completion (完成约九成) is ongoing; else the unit's own modality/aspect cue
   (将, 拟, 预计/计划 right before the verb, 尚未 planned; 正在 ongoing; 已, 了 done), then a
   time after the article's (a later year or month, 年底 or 下半年 of its own year while still
   ahead) is planned, then a cue earlier in the sentence (across ；), then a time before the
   article's (a past year, a closed quarter) is done, then the verb's default (出台 done, 推进
   ongoing), turned planned in an article whose cued clauses are mostly plans;
5. horizon and actor: see ``measureattrs``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tequ import clean
from tequ.extract import measureattrs as attrs
from tequ.extract import measuredata as md
from tequ.extract import measurekeep as keep
from tequ.extract import measureseg as seg
from tequ.extract.measureseg import Unit as _Unit
from tequ.model import Document, Entity, Measure, Paragraph, Span

PARALLEL_MIN_WEIGHT = 0.5  # verb weight a clause needs to join a run of kept parallel clauses
CONTEXT_WINDOW = 300  # characters before a clause that can lend it a status cue or a time
FORWARD_SHARE = 0.5  # share of all kept clauses with a planned cue that makes an article a plan
FORWARD_CUED_SHARE = 0.75  # or: share of the clauses that carry any status cue
_VERB_RE = attrs.VERB_RE
_CUE_GROUPS = attrs.CUE_GROUPS
_FUTURE_RE = re.compile("|".join(r for r, _ in md.FUTURE_AFTER))
_SENT_END = attrs.SENT_END
_FULL_STOPS = "。！？!?"
_IN_FORCE_RE = re.compile("|".join(r for r, _ in md.IN_FORCE_CUES))
_SPEECH_LEAD_RE = re.compile("(?:" + "|".join(w for w, _ in md.SPEECH_LEADS) + ")[，,：:]")
_DOCUMENT_VERBS = tuple(v for v, _ in md.DOCUMENT_VERBS)
_LIST_MARK_RE = re.compile(
    r"\s*(?:\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|[-*•·])"
)
# the share may follow what was done (完成主体结构的70%)
_PARTIAL_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,10}的)?(?:" + "|".join(r for r, _ in md.PARTIAL_PROGRESS) + ")"
)
_SINCE_RE = re.compile(r"以来(?![，,])")
_FROM_RE = re.compile(r"自\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?起")  # in force from a start: 自2011年起实施
_RECIPIENT_RE = re.compile(r"给?(?:你们|你单位|你局|你委|你区|各单位|各区|各部门)")  # addressees of a notice
_AS_OF_RE = re.compile(r"截至|截止|已(?!经?(?:是|成为|有))")  # the clause reports a state reached
_LEAD_SINCE_RE = re.compile(r"以来[，,]")
# an object that is only an amount (15项, 781.2万标箱, 约2.6公里): the clause tallies, names no act
_MONEY_FLOW = r"(?:投资|产值|营收|营业收入|税收|交易额|销售额)"
_BARE_AMOUNT_RE = re.compile(
    rf"{_MONEY_FLOW}?[约近超逾共]?[\d.]+[万亿]?(?:[\u4e00-\u9fff]{{1,2}})?(?:以上|左右)?"
    rf"|{_MONEY_FLOW}[约近超逾]?[一二三四五六七八九]成"
    r"|(?:年度)?(?:预算|计划|目标|任务)的[\d.]+%"
)  # also an amount or share of a money flow: 完成投资61.3亿元, 完成投资约七成 are statistics;
# and a rate of execution: 完成预算的101.2%, 完成年度计划的85%
# a negation right before the head (尚未完成, 未能按期竣工); with a verb of finishing the works
# are under way, with any other verb (尚未开工) the act is still ahead
_NOT_YET_RE = re.compile(r"(?:(?:尚|还|暂|仍|均)未|未能|(?:尚|还)?没有?)[\u4e00-\u9fff]{0,5}$")
_FINISH_VERBS = ("完成", "完工", "竣工", "贯通", "全线贯通")  # not 建成: 还没有建成 may not have begun
# a task of a plan names the bodies that answer for it (（责任单位：市X局、各区政府）)
_TASK_RE = re.compile("|".join(r for r, _ in md.TASK_TAGS))
# the text of a plan itself: a notice that issues it, or its own preamble (制定本方案)
_PLAN_TEXT_RE = re.compile("|".join(r for r, _ in md.PLAN_TEXT_MARKS))
HEADING_MAX = 20  # characters of a task's title sentence (1. 推广电子证照跨境互认。) in a plan


@dataclass(frozen=True, slots=True)
class _Article:
    """What the measures of one article share: its date, usual actor, plan period and mood."""

    date: str | None
    main: str | None
    plan: str | None
    forward: bool
    is_plan: bool = False  # the article is the text of a plan: uncued clauses are its commitments


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
        # years in Chinese numerals (二○二六年) read as digits; same length, so offsets hold
        paras = [replace(p, text=attrs.arabic_years(p.text)) for p in doc.paragraphs if p.article == index]
        found: list[_Found] = []
        intro: _Intro | None = None  # the paragraph that opened a list (…以下民生实事：)
        is_plan = _is_plan_text(paras)
        for para in paras:
            item = intro is not None and _is_list_item(doc, para)
            if para.role == "title" or (_is_caption(para.text) and not item):
                intro = None
                continue
            masked = seg.mask(para.text)
            inherited = intro if item else None
            task = is_plan and _TASK_RE.search(para.text) is not None
            for unit, ctx, hint in _measure_units(para.text, masked, inherited, plan=is_plan, task=task):
                found.append(_Found(para, masked, unit, ctx, hint))
            if not item:
                intro = (
                    _Intro(keep.last_cue(masked, context=True), attrs.time_hint(para.text))
                    if _opens_list(para.text)
                    else None
                )
        forward = _is_forward(found)
        main = _title_body(paras, entities) or attrs.main_actor(paras)
        period = attrs.plan_period(paras) or (attrs.own_plan_period(paras) if is_plan else None)
        art = _Article(dates.get(index), main, period, forward, is_plan)
        out.extend(m for f in found if (m := _build(doc, f, art)) is not None)
    return out


def _is_forward(found: Sequence[_Found]) -> bool:
    """True for a plan or a work report: most clauses that carry a status cue say planned."""
    cues = [keep.own_cue(f.masked, f.unit) or f.ctx for f in found]
    planned = cues.count("planned")
    cued = len(cues) - cues.count("")
    return planned > FORWARD_SHARE * len(found) or (planned >= 3 and planned >= FORWARD_CUED_SHARE * cued)


def _is_plan_text(paras: Sequence[Paragraph]) -> bool:
    """The article is a plan's own text: a notice that issues it, its preamble (制定本方案), or
    at least two tasks with their responsible bodies (not news that reports on a plan)."""
    if any(_PLAN_TEXT_RE.search(p.text) for p in paras):
        return True
    return sum(1 for p in paras if _TASK_RE.search(p.text)) >= 2


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
    text: str, masked: str, intro: _Intro | None = None, *, plan: bool = False, task: bool = False
) -> list[tuple[_Unit, str, str | None]]:
    """Kept units of one paragraph, each with the status cue and time hint of its sentence
    (for a list item, those of the paragraph that introduced the list when it has none).

    In a plan's own text (``plan``) an uncued clause is a commitment and a numbered item's short
    title sentence (2. 推广电子证照互认。2025年底前实现…) only names the task its next sentences
    state; ``task``: the paragraph names the bodies responsible for it (责任单位)."""
    out = []
    ranges = seg.sentences(text, masked)
    if plan and len(ranges) > 1 and _LIST_MARK_RE.match(text) and ranges[0][1] - ranges[0][0] <= HEADING_MAX:
        ranges = ranges[1:]
    for a, b in ranges:
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
            ctx = keep.last_cue(masked[lead : unit.a], context=True) or (intro.cue if intro else "")
            ctx = ctx or ("planned" if plan else "")
            verdicts.append(
                (
                    unit,
                    ctx,
                    keep.keep(
                        text, masked, unit, first=n == 0, sentence=a, inherited=ctx, frame=full, task=task
                    ),
                )
            )
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
    weight = max((keep.VERBS[m.group()][0] for m in _VERB_RE.finditer(chain)), default=0.0)
    return weight >= PARALLEL_MIN_WEIGHT and bool(text[unit.k : unit.b].strip("，,、 "))


def _in_long_quote(text: str, masked: str, unit: _Unit) -> bool:
    """True when the unit sits inside a quotation longer than a name (speech)."""
    return text[unit.a] in "“「" and unit.b - unit.a > 30 and "＿" in masked[unit.a : unit.b]


# -- status, horizon, actor -------------------------------------------------------------


def _status(
    text: str,
    masked: str,
    unit: _Unit,
    ctx: str,
    *,
    forward: bool,
    past: bool,
    future: bool = False,
    plan: bool = False,
) -> str:
    own = keep.own_cue(masked, unit)
    if _SINCE_RE.search(text, unit.a, unit.b):
        return "ongoing"  # 自2020年实施…以来: still going (not a lead-in 今年以来，新引进…)
    if past and _FROM_RE.search(text, unit.a, unit.h):
        return "ongoing"  # 自2011年起实施X: in force since a past year, still going
    chain = masked[unit.h : unit.k]
    lead = _LEAD_SINCE_RE.search(masked, unit.a, unit.h)
    if own == "ongoing" and lead and not keep.own_cue(masked, _Unit(lead.end(), unit.b, unit.h, unit.k)):
        return keep.VERBS[_strongest(chain)][1]  # 今年以来，新引进企业126家: results since a start
    if own == "planned" and _NOT_YET_RE.search(masked, unit.a, unit.h) and chain.startswith(_FINISH_VERBS):
        return "ongoing"  # 尚未完成贯通, 仍未竣工: the works have begun and are not finished
    if masked[unit.h : unit.k].endswith("完成") and _PARTIAL_RE.match(text, unit.k):
        return "ongoing"  # 已完成约九成: partly done, still under way
    if not own and not ctx and _FUTURE_RE.search(text, unit.k, unit.b):
        return "planned"  # 作为今年及接下来…的方向: the time named after the verb is ahead
    if own:
        return own
    if text.startswith("了", unit.k):
        return "done"
    if future or (plan and ctx == "planned" and not past):
        return "planned"  # 2026年建成 in a 2025 article: no aspect says it happened, the time is ahead
    strong = any(v in chain for v in ("建成", "成立", "竣工", "落成"))
    if ctx == "planned" and not strong:
        return "planned"
    if ctx == "done" or past or (not ctx and _IN_FORCE_RE.search(text, unit.a, unit.b)):
        return "done"  # 按照相关规定…可以免缴: a rule already in force
    status = keep.VERBS[_strongest(chain)][1]
    if status == "ongoing" and forward:
        return "planned"  # 推进X in a plan: an effort the plan commits to
    reported = _AS_OF_RE.search(masked, unit.a, unit.b)  # 截至5月底，…获批…已增至40家: a state
    if (
        status == "done"
        and forward
        and not strong
        and not reported
        and not any(v in chain for v in _DOCUMENT_VERBS)
    ):
        return "planned"
    return status


def _strongest(chain: str) -> str:
    """The verb of the head chain with the highest weight (its status is the default)."""
    return max((m.group() for m in _VERB_RE.finditer(chain)), key=lambda v: keep.VERBS[v][0])


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
    for m in _SPEECH_LEAD_RE.finditer(found.masked, a, unit.h):
        a = m.end()  # 局长表示，将…: the measure starts at what is said
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
    horizon = attrs.horizon(text[a : unit.b], found.hint, art.date)  # after a speech lead (X日，…获悉，)
    piece = max(unit.a, *(found.masked.rfind(c, unit.a, unit.h) + 1 for c in "，,"))
    bare = re.sub(r"《[^》]*》", "", text[piece : unit.b])  # a plan's own period is no act time
    if piece > unit.a and (own := attrs.horizon(bare, None, art.date)):
        horizon = own  # …已于今年落成，特区政府明年将再推出: the time of the head's own clause
    sentence = text[max(text.rfind(c, 0, unit.a) for c in _SENT_END) + 1 : unit.b]
    plan_ref = art.plan and re.search(r"(?:本次|此次|该|根据|按照)?(?:实施)?方案", sentence)
    if horizon is None and plan_ref and found.ctx + keep.last_cue(found.masked[unit.a : unit.k]) == "planned":
        horizon = art.plan  # a planned measure of the plan the article announces
    said = (
        text[unit.a : unit.b] if attrs.horizon(text[unit.a : unit.b], None, art.date) else (found.hint or "")
    )
    past, future = attrs.is_past(horizon, art.date), attrs.is_future(horizon, art.date, said)
    forward = art.forward
    if forward and horizon is None and not found.hint:  # 上半年，…完成12.6万标箱。平湖南新开通班列
        start = max(text.rfind(c, 0, unit.a) for c in _FULL_STOPS) + 1  # 2条: a plan article's
        earlier = attrs.time_hint(text[max(0, start - CONTEXT_WINDOW) : start])  # review paragraph
        forward = not (earlier and attrs.is_past(attrs.horizon("", earlier, art.date), art.date))
    status = _status(
        text, found.masked, unit, found.ctx, forward=forward, past=past, future=future, plan=art.is_plan
    )
    stated = (keep.own_cue(found.masked, unit) or found.ctx) == "planned" or future
    if not stated and _BARE_AMOUNT_RE.fullmatch(text[unit.k : b]):
        return None  # 已完成15项, 完成781.2万标箱: a tally with no object is a fact, unlike a target
    named = attrs.horizon(text[unit.a : unit.b], None, art.date)  # a time the clause itself says
    if not named and status == "planned" and art.date and "全年" in text[unit.a : unit.b]:
        horizon = art.date[:4]  # 力争全年…: the year of a plan is the year it is published in
    if horizon is None and art.is_plan and status == "planned" and not found.hint:
        horizon = art.plan  # an uncued commitment of a plan's own text: the plan period
    actor = attrs.actor(text, found.masked, unit.a, unit.h, unit.k, art.main)
    if art.is_plan and actor in (None, art.main) and (tag := _TASK_RE.search(text)):
        lead = attrs.GOV_RE.search(text, tag.end())  # （责任单位：市X局、…）: the body that answers for it
        actor = attrs.expand(lead.group(), art.main) if lead else actor
    action = text[unit.h : unit.k]
    obj = (
        re.sub(r"[“”《》「」]", "", text[unit.k : b] or keep.subject_object(text, unit))
        .removeprefix("了")  # 建立了X: the perfective belongs to the verb
        .strip("等的 ")
        or action
    )
    if _RECIPIENT_RE.fullmatch(obj) and (named := re.search(r"《([^》]+)》", text[unit.a : unit.h])):
        obj = named.group(1)  # 《方案》…现印发给你们: the document issued, not its addressees
    quote = doc.original[span.start : span.end]
    return Measure(span.start, span.end, quote, actor, action, obj, status, horizon, para.article)
