"""Facts (issue 3): quantities the text asserts, with subject, unit, qualifier, period, place, kind.

``extract_facts(doc)`` walks every kept paragraph of every article. Candidates come from
``factfind`` (positions in ``Paragraph.text``); period and place from ``factcontext``; the
subject from ``factsubject``. Spans are mapped with ``Paragraph.to_original``: ``Fact.start`` /
``Fact.end`` are code-point offsets into ``Document.original`` (end exclusive) and
``Fact.quote == doc.original[start:end]``. Spans the cleaner flagged as corrupted are skipped.

An article that presents a plan with its years (行动计划(2025—2027年): ``fc.plan_horizon``)
makes targets of the figures it aims for (no past in the sentence, a plan verb or the plan's
years before the figure); they take the plan's period when they name no time of their own
(三年内 -> the plan's years, 每年 -> null). A count reached (增至, 达到) in a span of months
is on the span's last day (一季度…增至112条 -> 03-31).

A change is linked (``Fact.relates_to``) to the level or count it qualifies, a share to the
level it divides: the nearest such fact earlier in the same sentence, as an index into the
returned list.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from tequ import clean
from tequ.extract import factcontext as fc
from tequ.extract import factdata as fd
from tequ.extract import factplace as fp
from tequ.extract import factsubject as fs
from tequ.extract.factfind import Candidate, find_candidates, title_spans
from tequ.model import Document, Fact, Paragraph

_TARGET_RE = re.compile("|".join(re.escape(w) for w in sorted(fd.TARGET_CUES, key=len, reverse=True)))
_TARGET_AFTER_RE = re.compile(r"[^，。；]{0,4}?(?:" + "|".join(re.escape(w) for w in fd.TARGET_AFTER) + ")")
_PAST_RE = re.compile("|".join(re.escape(w) for w in sorted(fd.PAST_CUES, key=len, reverse=True)))
_ADVERBS_RE = re.compile(
    "^(?:" + "|".join(re.escape(w) for w in sorted(fd.PLAN_ADVERBS, key=len, reverse=True)) + ")+"
)
_TIME_LEAD_RE = re.compile(r"^(?:\d{4}年(?:底|内|前|以前)?|今年|明年|年内|近期|年底前|下半年|上半年)")
_PLAN_VERB_RE = re.compile("|".join(re.escape(w) for w in fd.TARGET_BEFORE_VERB))
_DEADLINE_RE = re.compile(r"(?:年|月)(?:底|末)(?:以|之)?前")
_NOT_WORDS = " \t\u3000，,、：:；;。！？!?“”‘’\"'（）()—"  # what may stand before a bare figure
_LEAD_PARAGRAPHS = 6  # the reporting period is stated in the title or the lead paragraphs
_WITH_NOUN_UNITS = frozenset(u for u, k in fd.UNITS.values() if k == "count") | {"%"}


_CLEAN_IS_FLAGGED = getattr(clean, "is_flagged", None)


def _is_flagged(doc: Document, start: int, end: int) -> bool:
    """True when the cleaner flagged ``[start, end)`` (original offsets) as corrupted text that
    extractors must skip (``tequ.clean.is_flagged``)."""
    if not doc.flags or _CLEAN_IS_FLAGGED is None:
        return False
    return bool(_CLEAN_IS_FLAGGED(doc, start, end))


def _published(doc: Document, index: int) -> date | None:
    """The article's publication date, else that of the nearest earlier article of the file."""
    for art in reversed(doc.articles[: index + 1]):
        if art.published:
            try:
                return date.fromisoformat(art.published[:10])
            except ValueError:
                continue
    return None


@dataclass(slots=True)
class _Article:
    published: date | None
    reporting: str | None
    main_place: str | None
    horizon: str | None = None  # the period of the plan the article is or presents (2025/2027)
    plan_text: bool = False  # the article is the plan (its name and years in the title)
    items: bool = False  # the items of a planned list (…办好十件民生实事：一是…): every figure an aim


@dataclass(slots=True)
class _Prev:
    """The facts seen so far in the current sentence."""

    subject: str | None = None
    base: str | None = None  # the last subject phrase before suffixes (排名, 连续年数)
    period: str | None = None
    any: bool = False
    level_index: int | None = None
    first_level: int | None = None  # the sentence's first level or count (a whole before 其中)
    level_subject: str | None = None
    post: int = -1
    levels: list[tuple[int, str]] = field(default_factory=list)  # (index, subject) of levels
    target: bool = False  # the last fact of the sentence is a target
    stock: bool = False  # the last fact of the sentence is a count reached at a span's end


def extract_facts(doc: Document) -> list[Fact]:
    """Every fact of ``doc``, in document order (see the module docstring for span semantics)."""
    facts: list[Fact] = []
    n_articles = max(1, len(doc.articles))
    by_article: list[list[Paragraph]] = [[] for _ in range(n_articles)]
    for p in doc.paragraphs:
        if p.article >= 0:
            by_article[min(p.article, n_articles - 1)].append(p)
    for ai, paras in enumerate(by_article):
        if not paras:
            continue
        published = _published(doc, ai)
        cands = [find_candidates(p.text) for p in paras]
        if not any(cands):
            continue
        marks_of = _MarkCache(paras, published)

        lead = range(min(len(paras), _LEAD_PARAGRAPHS))
        reporting, stated = None, 0  # the period and the paragraph that states it
        for i in lead:
            reporting = fc.reporting_period([marks_of.timed(i)], published, [paras[i].text])
            if reporting is not None:
                stated = i
                break
        heads = (doc.articles[ai].title if ai < len(doc.articles) else "", *(paras[i].text for i in lead))
        horizon, plan_text = fc.plan_horizon(heads, published)
        art = _Article(published, reporting, fp.main_place(p.text for p in paras), horizon, plan_text)
        # A paragraph before the one that states the period (11月24日，…启用。据介绍，…新增床位
        # 1200张。…今年1—10月，…) is not framed by it; the headline (paragraph 0) sums it all up.
        before = dataclasses.replace(art, reporting=None)
        listed: _Article | None = None  # the frame of the items after a plan's list header
        for i, (p, pc) in enumerate(zip(paras, cands, strict=True)):
            if listed is not None and not _ITEM_RE.match(p.text):
                listed = None
            if pc:
                frame = listed or (art if i >= stated or i == 0 else before)
                facts.extend(_paragraph(doc, p, pc, marks_of(i), frame, ai, len(facts)))
            if listed is None and (year := _list_header(p.text, marks_of(i), published)):
                listed = dataclasses.replace(art, horizon=year, plan_text=True, items=True)
    return facts


class _MarkCache:
    """Time marks of an article's paragraphs, read only where needed: ``cache(i)`` all of
    them, ``cache.timed(i)`` those of time expressions alone (enough for the reporting period)."""

    def __init__(self, paras: Sequence[Paragraph], published: date | None) -> None:
        self.paras, self.published = paras, published
        self.marks: dict[int, list[fc.Mark]] = {}
        self.times: dict[int, list[fc.Mark]] = {}

    def timed(self, i: int) -> list[fc.Mark]:
        if i not in self.times:
            text = self.paras[i].text
            spans = fc.find_time_spans(text, self.published)
            marks = fc.time_marks(text, spans, title_spans(text), self.published)
            if any(ts.text in fd.SAME_DAY_WORDS for ts in spans):  # 签约当天: the day named before
                before = next((d for j in range(i - 1, -1, -1) if (d := self._last_day(j))), None)
                marks = fc.resolve_same_day(text, marks, before)
            self.times[i] = marks
        return self.times[i]

    def _last_day(self, j: int) -> str | None:
        return fc.last_day(self.paras[j].text, self.timed(j))

    def __call__(self, i: int) -> list[fc.Mark]:
        if i not in self.marks:
            text = self.paras[i].text
            self.marks[i] = fc.find_marks(text, (), title_spans(text), self.published, timed=self.timed(i))
        return self.marks[i]


def _skip_punct(text: str, pos: int, end: int) -> int:
    while pos < end and not text[pos].isalnum():
        pos += 1
    return pos


def _carried(text: str, marks: Sequence[fc.Mark], sentences: Sequence[int]) -> dict[int, str | None]:
    """The year carried into each sentence (by its start) from the sentences before it."""
    out: dict[int, str | None] = dict.fromkeys(sentences[:-1])
    if not any(m.head and (m.kind == "time" or m.dated) for m in marks):
        return out  # nothing to carry (carry_after_sentence would keep None throughout)
    carried: str | None = None
    for a, b in itertools.pairwise(sentences):
        out[a] = carried
        carried = fc.carry_after_sentence(marks, a, b, carried)
    return out


def _strip_marks(text: str, a: int, b: int, marks: Sequence[fc.Mark]) -> str:
    """``text[a:b]`` without the time expressions in it, each with the preposition before it
    and the suffix after it (到2026年, 自2019年以来, 到“十四五”期末: nothing of them is what is
    measured); a comparison base (较2019年) keeps its word, the subject cleaner reads it."""
    for m in marks:  # sorted by start
        if m.start >= b:
            return text[a:b]
        if a < m.end:
            break
    else:
        return text[a:b]
    chars = list(text[a:b])
    for m in marks:
        if m.start >= b:
            break
        if m.end <= a:
            continue
        lo, hi = m.start, m.end
        if m.kind != "comp":
            lo, hi = _time_words(text, a, lo, hi, b)
        else:  # 恢复至2019年同期水平, 与2023年相比: the base goes whole
            while text.startswith(fd.COMPARISON_AFTER, hi):
                hi += next(len(w) for w in fd.COMPARISON_AFTER if text.startswith(w, hi))
            if text[hi - 2 : hi] in ("相比", "相较", "比较") and lo > 0 and text[lo - 1] in "与同和跟":
                lo -= 1
        for i in range(max(a, lo), min(b, hi)):
            chars[i - a] = ""
    return "".join(chars)


_TIME_PREPS_RE = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(fd.TIME_PREPOSITIONS, key=len, reverse=True)) + r")[“\"]?$"
)
_TIME_SUFFIX_RE = re.compile(
    r"[”\"]?(?:" + "|".join(re.escape(w) for w in sorted(fd.TIME_SUFFIXES, key=len, reverse=True)) + ")?"
)


def _time_words(text: str, a: int, lo: int, hi: int, b: int) -> tuple[int, int]:
    """``[lo, hi)`` widened over a preposition before (to ``a`` at most) and a suffix after."""
    m = _TIME_PREPS_RE.search(text, max(a, lo - 4), lo)
    if m:
        lo = m.start()
    m = _TIME_SUFFIX_RE.match(text, hi, b)
    if m:
        hi = m.end()
    return lo, hi


def _paragraph(
    doc: Document,
    p: Paragraph,
    cands: Sequence[Candidate],
    marks: Sequence[fc.Mark],
    art: _Article,
    article: int,
    offset: int,
) -> list[Fact]:
    text = p.text
    sentences = fc.sentence_bounds(text)
    clauses = fc.clause_bounds(text)
    carried = _carried(text, marks, sentences)
    plan_frame = _plans(text, 0, sentences[1]) and not _PAST_RE.search(text, 0, sentences[1])
    places = fp.find_places(text)
    in_plan = art.horizon is not None and (art.plan_text or _NUMBERED_RE.match(text) is not None)
    out: list[Fact] = []
    prev, sentence = _Prev(), (-1, -1)
    parallel = fs.distribute(text, cands, clauses)
    respectively: dict[int, tuple[int, str]] = {}  # 分别增长12%和8%: the levels before, in order
    for ci, c in enumerate(cands):
        sent = fc.segment(sentences, c.n)
        if sent != sentence:
            last_period, had = prev.period, prev.any
            prev, sentence = _Prev(), sent
            if had and text.startswith(fd.SUBPART_CUES, sent[0]):
                prev.period, prev.any = last_period, True  # 其中… restates the sentence before
            state = fc.PeriodState(art.published, art.reporting, carried.get(sent[0]))
            markers = _plan_markers(text, *sent)
            targeted = _TARGET_RE.search(text, *sent) is not None  # else no number of it is aimed for
        clause = fc.segment(clauses, c.n)
        bare = c.a - clause[0] < 3 and not text[clause[0] : c.a].strip(_NOT_WORDS)  # (…，约86万人次)
        frame = fc.item_start(text, sent[0], c.n)  # (一是…；二是…: the item, not the sentence)
        period = fc.resolve_period(
            marks, pos=c.n, clause_start=clause[0], sentence_start=frame, state=state,
            previous=prev.period, has_previous=prev.any, is_duration=c.duration,
            is_year_count=c.duration and c.unit == "年", is_change=c.kind == "change",
            bare_clause=bare,
        )  # fmt: skip
        if c.span:
            kind, period = "level", None  # 施工周期约三年: a length, in no period, never a target
        elif c.kind == "rank" or c.duration or c.estimate:
            kind = c.kind  # (what _kind returns first, without the call)
        else:
            kind = _kind(
                text, c, sent, clause[1], period, art.published, plan_frame and sent[0] > 0, markers, targeted,
                clause[0],
            )  # fmt: skip
            if (
                kind != "target"
                and art.horizon
                and _plan_figure(text, c, sent, clause[0], marks, state, prev, art, in_plan)
            ):
                kind = "target"  # a figure of the plan the article presents (新建超充站30座)
            if kind == "target" and _is_base(text, c, clause[0]):
                kind = c.kind  # 由目前的22家增至35家: 22 is where the aim starts from, not the aim
        if (later := _time_after(text, marks, c.post, clause[1])) and not fc.has_time(marks, clause[0], c.n):
            period = later  # 首批三座大楼已于今年落成: the time of the clause's own verb, after the figure
        if (
            kind == "count"
            and period
            and (
                (stock_day := fc.stock_day_of_span(period)) is not None
                and not _FLOW_RE.search(text, clause[0], c.n)
                and (
                    prev.stock
                    or _STOCK_VERB_RE.search(text, clause[0], c.n) is not None
                    or _REACH_RE.search(text, clause[0], c.n) is not None
                )
            )
        ):
            span, period, stock = period, stock_day, True  # 一季度…增至112条: on the quarter's last day
        elif kind == "change" and prev.stock and c.unit in _WITH_NOUN_UNITS and period:
            span, period, stock = period, fc.stock_day_of_span(period) or period, False  # …达4.12万家，
            # 比上年同期增加3160家: the change of that stock, on the same day
        else:
            span, stock = period, False
        if kind == "rank" and bare and prev.any and not fc.has_time(marks, clause[0], c.n):
            period = prev.period  # …交易额1047.1亿元，居同类平台首位: the position of the figure before
        if kind == "target":
            period = fc.resolve_period(
                marks, pos=c.n, clause_start=clause[0], sentence_start=frame, state=state,
                previous=prev.period, has_previous=prev.any, is_duration=c.duration,
                is_year_count=c.duration and c.unit == "年", is_change=c.kind == "change", explicit_only=True,
                bare_clause=bare,
            )  # fmt: skip
            period = _plan_period(text, clause[0], c.n, period, marks, art, sent[0], in_plan)
            if (
                period
                and art.published
                and len(period) in (7, 10)
                and _before(period, art.published)
                and not fc.has_time(marks, clause[0], c.n)
            ):
                period = None  # 工程已于2025年11月开工，建成后将新增…: the aim is not of that past month
        if "分别" in text[clause[0] : c.n]:
            period = _respective_time(text, cands, ci, clause, marks) or period
        if (
            kind in ("count", "level")
            and not c.estimate
            and (due := _deadline_after(text, marks, clause[1], sent[1], art.published))
            and not fc.has_time(marks, clause[0], c.n)
        ):
            kind, period = "target", due  # 推进9所新建学校建设，确保8月底前全部交付使用
        if period and kind == "level" and _is_size(text, c, clause[0], sent[0], marks):
            period = None  # 园区规划占地约87公顷: a size, in no period
        elif period and kind == "level" and _is_project_total(text, c, clause[0], sent[0], marks, period):
            period = None  # 工程已于2025年11月开工，总投资约220亿元: the project's total, in no period
        place = (
            fp.resolve_place(  # (a rank's scope, 居全市第二, is not its place)
                places,
                pos=c.post if kind == "rank" else c.n,
                clause=clause,
                sentence=sent,
                main=art.main_place,
            )
            if places
            else art.main_place  # (what resolve_place gives without places)
        )
        pre = fs.clean_pre(
            _strip_marks(text, max(clause[0], prev.post if prev.post <= c.a else 0), c.a, marks)
        )
        generic = fs.is_generic(pre)
        if (
            generic
            and pre
            and prev.subject
            and kind != "rank"
            and pre not in fd.GENERIC_HEADS
            and text[prev.post : c.a].startswith("、")
        ):  # a new item of a list (新增托位5000个、学位3万个; 新增企业100家、产值增长20%)
            pre, generic = (pre if kind == "change" else fs.list_item(prev.subject, pre)), False
        phrase, borrowed = _subject(c, kind, pre, generic, prev, text)
        phrase = parallel.get(id(c), phrase)
        if not phrase.strip():  # nothing before: the noun phrase that follows in the sentence
            phrase = fs.noun_after(text, _skip_punct(text, c.post, sent[1]), sent[1])
        if not phrase.strip():  # nor after (…增减幅度不大，约为2%): the sentence before the number
            phrase = fs.clean_pre(_strip_marks(text, sent[0], c.a, marks))
        if c.avg_word and kind not in ("change", "rank"):
            phrase = fs.with_average(phrase, c.avg_word)  # 旅客日均约14.5万人次: 日均旅客
        subject = fs.normalise_subject(phrase, place)
        if not generic and (kind not in ("rank", "change") or (kind == "rank" and prev.base is None)):
            prev.base = pre  # (a rank's own subject serves the next rank of a list: 居全国第三、全球第四)
        relates = prev.level_index if borrowed and kind in ("change", "share") else None
        if kind == "share" and relates is not None and "其中" in text[sent[0] : c.n]:
            relates = prev.first_level  # 总数N家，其中X M家，占比K%: the share divides the whole
        if kind == "change" and generic and "分别" in text[c.a : c.n]:
            respectively.update(_respectively(text, cands, ci, prev.levels))
        if id(c) in respectively:
            relates, subject = respectively[id(c)]
        start, end = p.starts[c.a], max(p.ends[c.a : c.b])  # p.to_original(c.a, c.b), no Span made
        if doc.flags and _is_flagged(doc, start, end):
            continue
        fact = Fact(
            start, end, doc.original[start:end], subject, c.value, c.unit,
            c.qualifier, period, place, kind, article, relates,
        )  # fmt: skip
        out.append(fact)
        if kind == "change" and span and len(span) == 21:
            span = span[11:]  # 较去年底净增11条，其中…: what follows is on the day reached, not the interval
        prev.any, prev.period, prev.post = True, span, max(prev.post, c.post)  # (其中…: the span)
        prev.target = kind == "target"
        prev.stock = stock
        if kind != "rank":
            prev.subject = subject
        if kind in ("level", "count"):
            prev.level_index, prev.level_subject = offset + len(out) - 1, subject
            prev.levels.append((prev.level_index, subject))
            if prev.first_level is None:
                prev.first_level = prev.level_index
    return out


_FLOW_RE = re.compile("|".join(re.escape(w) for w in sorted(fd.FLOW_VERBS, key=len, reverse=True)))
_SIZE_CUE_RE = re.compile("|".join(re.escape(w) for w in sorted(fd.SIZE_CUES, key=len, reverse=True)))


def _is_size(
    text: str, c: Candidate, clause_start: int, sentence_start: int, marks: Sequence[fc.Mark]
) -> bool:
    """True for the size of a thing (总建筑面积约33万平方米, 全长约2.3公里): a size word before the
    number in its clause, no flow verb nor time there (新增绿地面积120公顷 is a flow) and no stock
    day before it in its sentence (截至2024年底，园区面积3平方公里 is a stock on that day)."""
    return (
        c.unit in fd.SIZE_UNITS
        and _SIZE_CUE_RE.search(text, clause_start, c.n) is not None
        and _FLOW_RE.search(text, clause_start, c.n) is None
        and not fc.has_time(marks, clause_start, c.n)
        and not any(sentence_start <= m.start < c.n and m.granularity == "stock" for m in marks)
    )


def _is_project_total(
    text: str, c: Candidate, clause_start: int, sentence_start: int, marks: Sequence[fc.Mark], period: str
) -> bool:
    """True for a project's total investment (总投资约220亿元) whose clause names no time of its
    own, outside a signing (签约项目…总投资超200亿元 keeps the signing's time)."""
    return (
        c.unit == "元"
        and "总投资" in text[clause_start : c.n]
        and "签约" not in text[sentence_start : c.n]
        and len(period) != 10
        and not fc.has_time(marks, clause_start, c.n)
    )


_BASE_BEFORE_RE = re.compile(r"由(?:目前|现在|现有|当前|原来|原有|现阶段)?的?$")
_TO_AFTER_RE = re.compile(r"(?:提高|提升|增加|增长|扩大|降低|下降|减少|压缩|缩短|缩减|增|升|降)(?:到|至)")


def _is_base(text: str, c: Candidate, clause_start: int) -> bool:
    """True for the starting figure of a planned change (由目前的约5.2万人提高到7万人)."""
    return (
        _BASE_BEFORE_RE.search(text, clause_start, c.a) is not None
        and _TO_AFTER_RE.match(text, c.post) is not None
    )


_REACH_RE = re.compile(r"达[约近逾超]?$")  # 外贸企业达4.12万家 (达 alone, right before the number)
_STOCK_VERB_RE = re.compile("|".join(re.escape(w) for w in sorted(fd.STOCK_VERBS, key=len, reverse=True)))
_AIM_BEFORE = ("目标", "目标值", "预期目标")  # right before a figure: the figure is the aim
_DEADLINE_LEAD_RE = re.compile(r"(?:确保|力争|争取|计划|预计|将|并|均|于|在)*$")


def _deadline_after(
    text: str, marks: Sequence[fc.Mark], clause_end: int, sentence_end: int, published: date | None
) -> str | None:
    """The day or year of a deadline still ahead that opens the clause after a figure's
    (新设10个服务点，2026年6月前全部投入使用): the figure is what is to be done by then."""
    if published is None or clause_end >= sentence_end or not marks or marks[-1].start < clause_end:
        return None
    for m in marks[bisect.bisect_left(marks, clause_end, key=_mark_start) :]:
        if m.start >= sentence_end:
            return None
        if not _DEADLINE_LEAD_RE.fullmatch(text, clause_end, m.start):
            return None
        if m.kind == "time" and m.period and text.endswith("前", m.start, m.end):
            return m.period if m.period[:10] > published.isoformat() else None
        return None
    return None


_AIM_VERB_RE = re.compile(r"目标([\u4e00-\u9fff]{1,3})$")


def _aim_verb(text: str, clause_start: int, a: int) -> bool:
    """True when 目标 and a verb stand right before the figure (目标服务不少于3000人次, 目标引进)."""
    m = _AIM_VERB_RE.search(text, max(clause_start, a - 5), a)
    return m is not None and all(pos.startswith("v") for _w, pos in fs.tags(m.group(1)))


_DONE_RE = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted({*fd.ALREADY_CUES, *fd.NOW_CUES, "截至", "截止", "累计"}, key=len, reverse=True)
    )
)
_PLAN_VERBS_RE = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted({*fd.ACTION_VERBS, *fd.FLOW_VERBS, *fd.PLAN_FIGURE_VERBS}, key=len, reverse=True)
    )
)
# 三年内, 三年新增, 未来五年: the years of a plan (not 近三年, 连续三年, 前三年, 三年来, 三年行动方案)
_PLAN_YEARS_RE = re.compile(
    r"(?<![\d年第近续每去前后这头])([二三四五六七八九十两]|\d{1,2})年(?:内|之内|以内|间)?"
    r"(?![\d级期制前后来以度底末初中行规计实方攻工一])"
)
# a numbered heading or item: 一、…, （一）…, 1.…
_NUMBERING = r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d)"
_NUMBERED_RE = re.compile(rf"^\s*(?:{_NUMBERING})")


# an item of a list: 一是…, or numbered
_ITEM_RE = re.compile(rf"^\s*(?:[一二三四五六七八九十]+是|{_NUMBERING})")


# 将集中力量办好…: a plan marker and, a few characters on, the verb that undertakes the list
_LIST_PLAN_RE = re.compile(
    r"(?:将|计划|拟|要)[^，,。；;：:]{0,8}?(?:办好|抓好|做好|实施|推进|完成|开展|建设|新建|落实)"
)


def _list_header(text: str, marks: Sequence[fc.Mark], published: date | None) -> str | None:
    """The year of a paragraph that announces a planned list (2026年，…区政府将办好十件民生
    实事：): it ends with a colon, its last sentence plans (将 + verb) and reports no past, and
    the paragraph names a year not before the publication's; the items after it are targets
    of that year. None for any other paragraph."""
    body = text.rstrip()
    if published is None or not body.endswith(("：", ":")):
        return None
    start = fc.sentence_bounds(body)[-2]  # (bounds: 0, …, len)
    if not (_plans(body, start, len(body)) or _LIST_PLAN_RE.search(body, start)) or _PAST_RE.search(
        body, start, len(body)
    ):
        return None
    years = [m.period for m in marks if m.kind == "time" and m.period and len(m.period) == 4]
    return years[-1] if years and int(years[-1]) >= published.year else None


def _time_after(text: str, marks: Sequence[fc.Mark], start: int, end: int) -> str | None:
    """The period of a time after 于/在 between a figure and the end of its clause (三座大楼已于
    今年落成), when that time is a year, a month or a span (not a day: an event)."""
    if not marks or marks[-1].start < start:
        return None
    for m in marks[bisect.bisect_left(marks, start, key=_mark_start) :]:
        if m.start >= end:
            break
        if m.kind == "time" and m.granularity != "stock" and text[m.start - 1] in "于在":
            return m.period
        if m.same_day:
            return m.day  # 首批1800名新生当天入住: on the day named before
    return None


def _mark_start(m: fc.Mark) -> int:
    return m.start


def _plan_years(text: str, start: int, pos: int) -> int | None:
    """N of the last 三年内 / 三年新增 in ``text[start:pos]`` (2..10), else None."""
    n = None
    for m in _PLAN_YEARS_RE.finditer(text, start, pos):
        k = fc.small_int(m.group(1))
        n = k if k and 2 <= k <= 10 else n
    return n


def _plan_period(
    text: str, clause_start: int, pos: int, period: str | None, marks: Sequence[fc.Mark], art: _Article,
    sentence_start: int, in_plan: bool,
) -> str | None:  # fmt: skip
    """The period of a target: 三年内/三年新增 before the number in its sentence is the plan's
    years (those of the article's plan when it lasts as long, else from the publication year);
    a target with no time of its own in the text of a plan (``in_plan``) takes the plan's
    period (not one that recurs, 每年, nor a cumulative total)."""
    n = _plan_years(text, clause_start, pos) or _plan_years(text, sentence_start, clause_start)
    if n and art.published:
        years = fc.horizon_years(art.horizon)
        if years and years[1] - years[0] + 1 == n:
            return art.horizon
        return f"{art.published.year}/{art.published.year + n - 1}"
    if period is None and in_plan and not fc.has_kind(marks, clause_start, pos, ("recurring", "cumulative")):
        return art.horizon
    return period


def _plan_figure(
    text: str, c: Candidate, sent: tuple[int, int], clause_start: int, marks: Sequence[fc.Mark],
    state: fc.PeriodState, prev: _Prev, art: _Article, in_plan: bool,
) -> bool:  # fmt: skip
    """True for a figure that a plan presented by the article aims for (``art.horizon``): its
    sentence reports no past (已, 截至, 同比…) and no time of the text puts it before the
    publication; and the plan's years stand before it in the sentence (明确三年内新增…), or,
    in the text of the plan itself (``in_plan``), an action verb comes before it in its clause
    (新建, 达到, 提升) or the fact before it in the sentence is a target (…，其中示范站20座)."""
    if c.kind == "rank" or c.duration or c.estimate or art.published is None:
        return False
    if _PAST_RE.search(text, sent[0], sent[1]):
        return False
    own = fc.resolve_period(
        marks, pos=c.n, clause_start=clause_start, sentence_start=sent[0], state=state,
        previous=prev.period, has_previous=prev.any, is_duration=False, explicit_only=True,
    )  # fmt: skip
    if own and _before(own, art.published):
        return False
    if _plan_years(text, sent[0], c.n):
        return True
    return in_plan and (
        prev.target or art.items or _PLAN_VERBS_RE.search(text, clause_start, c.n) is not None
    )


def _before(period: str, day: date) -> bool:
    """True when ``period`` ends before the year (or, for a day, the day) of ``day``."""
    end = period.rsplit("/", 1)[-1]
    return end < (day.isoformat() if len(end) == 10 else str(day.year))


def _respective_time(
    text: str, cands: Sequence[Candidate], i: int, clause: tuple[int, int], marks: Sequence[fc.Mark]
) -> str | None:
    """2026年、2027年分别新建110座、120座: the k-th figure after 分别 in the clause takes the k-th
    of the times listed before it."""
    at = text.find("分别", clause[0], cands[i].n)
    times = [m for m in marks if clause[0] <= m.start < at and m.kind == "time"]
    if len(times) < 2 or any(
        text[a.end : b.start] not in fs.LIST_JOINS for a, b in itertools.pairwise(times)
    ):
        return None
    k = sum(1 for c in cands[:i] if at < c.n and clause[0] <= c.n < clause[1] and c.kind != "rank")
    return times[k].period if k < len(times) else None


def _respectively(
    text: str, cands: Sequence[Candidate], i: int, levels: Sequence[tuple[int, str]]
) -> dict[int, tuple[int, str]]:
    """分别增长12%和8% after two levels: the k-th change of the run belongs to the k-th of the
    last levels of the sentence (by ``id`` of the candidate: (index, subject))."""
    run = [cands[i]]
    while (
        i + len(run) < len(cands)
        and cands[i + len(run)].kind == "change"
        and text[run[-1].b : cands[i + len(run)].a] in fs.LIST_JOINS
    ):
        run.append(cands[i + len(run)])
    if len(run) < 2 or len(levels) < len(run):
        return {}
    return {id(c): lv for c, lv in zip(run, levels[-len(run) :], strict=True)}


def _kind(
    text: str,
    c: Candidate,
    sent: tuple[int, int],
    clause_end: int,
    period: str | None,
    published: date | None,
    plan_frame: bool,
    markers: Sequence[int],
    targeted: bool = True,
    clause_start: int = 0,
) -> str:
    """The candidate's kind; a target when the sentence plans it (力争, 将/计划/拟 + verb, 目标),
    when the paragraph opened with a plan and this sentence does not report the past, or when
    its period lies after the publication year. ``targeted``: False when the sentence holds no
    aim word (力争, 目标是...) at all."""
    if c.kind == "rank" or c.duration or c.estimate:
        return c.kind
    # 计划筹集1.2万套，目前已完成7800套: a clause of its own that reports what is done
    done = _DONE_RE.search(text, clause_start, c.n) is not None
    aim_from = clause_start if done else sent[0]
    if (
        (targeted and _TARGET_RE.search(text, aim_from, c.n))
        or _TARGET_AFTER_RE.match(text, c.post, clause_end)
        or text.endswith(_AIM_BEFORE, max(0, c.a - 4), c.a)  # 研发投入强度目标7%
        or _aim_verb(text, clause_start, c.a)  # 首年目标服务不少于3000人次
    ):
        return "target"
    if c.kind == "change":
        return c.kind  # 将缩短15分钟: a projected change stays a change unless an aim is stated
    if markers and any(
        _followed_by_verb(text[e : min(c.n, e + 14)]) for e in markers if aim_from <= e <= c.n
    ):
        return "target"
    if plan_frame and not _PAST_RE.search(text, sent[0], sent[1]):
        return "target"
    year = fc.year_of(period)
    if published and year and year > published.year:
        return "target"
    if period and published and _DEADLINE_RE.search(text, sent[0], c.n) and period > published.isoformat():
        return "target"  # a deadline still ahead (2025年底前…): planned, not reported
    return c.kind


def _plan_markers(text: str, start: int, end: int) -> list[int]:
    """Ends of the plan markers (将, 计划) in ``text[start:end]``: ``_plans`` of a sentence
    up to a number is ``_followed_by_verb`` after one of those ending before the number (a
    marker never spans a number's first character)."""
    return [m.end() for m in _PLAN_VERB_RE.finditer(text, start, end)]


def _plans(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a plan marker followed by a verb (将再开通, 计划新建)."""
    return any(
        _followed_by_verb(text[m.end() : min(end, m.end() + 14)])
        for m in _PLAN_VERB_RE.finditer(text, start, end)
    )


@functools.lru_cache(maxsize=4096)
def _followed_by_verb(window: str) -> bool:
    """True when the words after a plan marker (将, 计划; ``window``: up to 14 characters of
    the sentence) start with a verb, possibly after adverbs (将再开通, 计划新建); False for
    the object marker 将 (将15%…)."""
    for _ in range(3):  # adverbs and time words in any order: 将于2023年启动, 计划2025年再新增
        window = _TIME_LEAD_RE.sub("", _ADVERBS_RE.sub("", window, count=1), count=1)
    if not window or window[0] in fd.OBJECT_STARTS:
        return False
    if window.startswith(fd.ACTION_VERBS):
        return True
    for _word, pos in fs.tags(window[:6]):
        if pos.startswith(("m", "t", "q")):
            continue
        return pos.startswith(("v", "d"))
    return False


def _subject(c: Candidate, kind: str, pre: str, generic: bool, prev: _Prev, text: str) -> tuple[str, bool]:
    """The subject phrase before normalisation (see ``factsubject``), and whether it was
    borrowed from the previous fact of the sentence (then a change or share relates to it);
    ``generic`` is ``fs.is_generic(pre)``."""
    if kind == "rank":
        base = c.noun or (pre if not generic else prev.base or pre)
        return base + c.sub, False
    if c.duration:
        return (pre if not generic else prev.base or "") + c.sub + "连续年数", False
    if kind == "change":
        if not generic:
            return pre, False
        return prev.level_subject or prev.subject or pre, prev.level_subject is not None
    if kind == "share" and not c.noun and c.share_word and not pre.endswith(c.share_word):
        pre += c.share_word
        generic = fs.is_generic(pre)
    if c.noun and c.unit in _WITH_NOUN_UNITS:
        lead = (
            "" if text[max(0, c.a - 1) : c.a] in ("的", "等", "、") or len(pre) > 6 else pre
        )  # (、: a new item)
        lead = lead if lead.endswith(c.flow_word) else lead + c.flow_word
        return lead + c.noun + ("占比" if kind == "share" else ""), False
    if (
        pre.endswith(fd.GENERIC_HEADS)
        and (noun := c.noun or fs.noun_after(text, c.post, c.clause_end))
        and not noun.startswith(fd.THRESHOLD_NOUNS)  # 总额迈上4万亿元台阶: no noun counted
    ):
        head = next(h for h in fd.GENERIC_HEADS if pre.endswith(h))
        return noun + head, False
    if generic:
        return fs.borrow(prev.subject or prev.level_subject, pre), prev.level_subject is not None
    return pre, False
