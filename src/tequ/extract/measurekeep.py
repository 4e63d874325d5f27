"""Which clauses are measures: the keep test of the measures stage and its scores.

Pure functions over a paragraph's clean Simplified ``text`` and its bracket-masked copy
``masked`` (same length); a clause is a ``measureseg.Unit`` whose indices are indices of
``text``. ``measures.py`` calls ``keep`` for every unit and ``own_cue``/``last_cue`` for status.
"""

from __future__ import annotations

import functools
import re

from tequ.extract import measureattrs as attrs
from tequ.extract import measuredata as md
from tequ.extract.measureseg import ADV_RE as _ADV_RE
from tequ.extract.measureseg import SEPS as _SEPS
from tequ.extract.measureseg import STAT_RE as _STAT_RE
from tequ.extract.measureseg import Unit as _Unit

KEEP_THRESHOLD = 0.9  # score a unit needs to be a measure (weights in measuredata)
PLANNED_BONUS = 0.2  # a commitment (将, 要, 计划) counts even when phrased abstractly
QUOTE_BONUS = 0.4  # a named scheme, document or place as the object
ASPECT_BONUS = 0.2  # 正在推进, 已建成, 建立了: the text reports a concrete state
NAME_MAX = 20  # characters a quoted name may have; a longer quotation is a slogan
STAT_PENALTY = 0.4  # a statistic (同比, 占比, a count) reads as a fact unless the act is strong
DATED_BONUS = 0.2  # the clause names the day of its act (2023年2月6日…恢复通关)
DATED_MIN_WEIGHT = 0.8  # ...when the act is concrete (a meeting on a day is news, 召开 0.5)
PASSED_CHECK_WEIGHT = 1.0  # 通过…验收/评估: passing an official check is an act
COUNT_PENALTY = 0.3  # a clause that ends with a count reads as a fact
STRONG_WEIGHT = 0.9  # ...unless its verb makes or finishes things (建成充电站14座)
TASK_BONUS = 0.2  # a clause of a plan's task whose responsible bodies are named (责任单位)
CUMULATIVE_PENALTY = 0.6  # a statistic that is a total or a stock (累计, 截至, 共): a fact
_VERB_RE = attrs.VERB_RE
_DOCUMENT_VERBS = tuple(v for v, _ in md.DOCUMENT_VERBS)
VERBS = {v: (w, s) for v, w, s, _ in md.ACTION_VERBS}  # verb -> (weight, default status)
_CTX_RE = re.compile(
    "|".join(
        f"(?P<{st}{i}>{r})" for st, t in attrs.CUE_GROUPS if st != "ongoing" for i, (r, _) in enumerate(t)
    )
)
_CONCRETE_RE = re.compile(
    "(?:" + "|".join(sorted((n for n, *_ in md.CONCRETE_NOUNS), key=len, reverse=True)) + ")$"
)
_ABSTRACT_RE = re.compile(
    "(?:" + "|".join(sorted((n for n, *_ in md.ABSTRACT_NOUNS), key=len, reverse=True)) + ")$"
)
_CONCRETE = {n: w for n, w, _ in md.CONCRETE_NOUNS}
_ABSTRACT = {n: w for n, w, _ in md.ABSTRACT_NOUNS}
_PLANNED_WEIGHTS = {v: w for v, w, _ in md.PLANNED_WEIGHTS}
# verbs that only reach a level (达到, 超过, 突破): a target only under the clause's own
# commitment (力争达到7%); a figure under a cue of the sentence before (…提出，…覆盖率达到95%)
# is a bare figure of the plan, not an act
_LEVEL_VERBS = frozenset(v for v in _PLANNED_WEIGHTS if VERBS[v][0] < 0.2)
_CAUSATIVE = tuple(v for v, _ in md.CAUSATIVE_VERBS)
_SEP_RE = re.compile(f"[{re.escape(_SEPS)}]")
_PLACE_RE = re.compile("|".join(sorted((re.escape(p) for p, *_ in md.PLACES), key=len, reverse=True)))
_COMPANY_RE = re.compile("|".join(r for r, _ in md.COMPANY_SUBJECTS))
_PUBLIC_RE = re.compile("|".join(r for r, _ in md.PUBLIC_OPERATORS))
PUBLIC_REACH = 12  # characters before a company word that may name its public trade (机场（集团）有限公司)
_PURPOSE_RE = re.compile("|".join(re.escape(w) for w, _ in md.PURPOSE_OPENERS))
_QUOTED_RE = re.compile(r"[“「]([^”」]*)[”」]")
_REPORT_RE = re.compile("(?:" + "|".join(re.escape(w) for w, _ in md.REPORT_OBJECTS) + ")$")
_PRODUCT_RE = re.compile("|".join(r for r, _ in md.PRODUCT_WORDS))
_COUNT_END_RE = re.compile(r"\d[\d.]*[万亿]?[个家项条所件种次名人座台辆套%]?[\u4e00-\u9fff]{0,2}$")
_NOT_YET_RE = re.compile(r"(?:(?:尚|还|暂|仍|均)未|未能)[\u4e00-\u9fff]{0,5}$")
_CAPACITY_RE = re.compile(r"\d[\d.]*[万亿]?(?:[个家项条所件种名人座台辆套张]|平方米|公顷|标箱|吨)")
# a place or body that opens a clause and acts with a partner (宝安区与…, 科教城还与…)
_PARTNER_RE = re.compile(r"\s*[^，,。；与和同跟公司由]{1,12}?(?:还|也|将|已)?(?:与|同|跟)")
_NEVER_RE = re.compile("|".join(f"(?:{r})" for r, _ in md.NEVER_SENTENCES))
_REPORTED_RE = re.compile(r"显示|数据|统计|获悉|消息|介绍|表示|发布|公布")
_EXTENT_END_RE = re.compile(r"约[\d.]+万?(?:公里|千米|公顷|平方米|平方公里|亩|米|个|座|处|套|条)$")
_TOTAL_RE = re.compile("|".join(r for r, _ in md.TOTAL_MARKERS))
_ADVICE_RE = re.compile(
    "(?:" + "|".join(re.escape(w) for w, _ in md.ADVISERS) + ")[^。；;！？]{0,30}?"
    "(?:" + "|".join(re.escape(w) for w, _ in md.NON_GOV_SPEECH) + ")"
)
_DAY_RE = re.compile(r"\d{1,2}月\d{1,2}日")
_REGISTERS_RE = re.compile(r"设立|注册|登记")  # verbs that count firms registering
_FIRMS_RE = re.compile(r"(?:各类|外资|港资|科技型)?(?:企业|市场主体|经营主体|商事主体|个体工商户)")
# a clause that opens on its own present time (截至2月底，累计…，目前已完成…): the total of the
# frame before does not govern it
_NOW_LEAD_RE = re.compile(r"[，,、\s]*(?:目前|当前|现在|如今|眼下)")
# a lead-in that only says when (2025年底前，实现…): what follows is the act, not a purpose tail
_TIME_ONLY_RE = re.compile(
    r"(?:到|至|在|于)?(?:\d{4}年|今年|明年|年内)?(?:\d{1,2}月)?(?:底|末|内|上半年|下半年)?(?:前|以前|之前)?"
)
# a sentence that opens on its purpose (为深入贯彻落实…，…): 为 right before a verb or an adverb
_PURPOSE_LEAD_RE = re.compile(r"\s*为了?(?=" + _ADV_RE.pattern + "|" + _VERB_RE.pattern + ")")
_YEAR_ROLE_RE = re.compile("(?:" + "|".join(w for w, _ in md.YEAR_ROLES) + ")$")
_CHECK_RE = re.compile("(?:" + "|".join(w for w, _ in md.OFFICIAL_CHECKS) + ")$")
_AIM_RE = re.compile("|".join(re.escape(w) for w, _ in md.AIM_MARKERS))
_ANNOUNCING = frozenset(v for v, _ in md.ANNOUNCING_VERBS)
_COPULA_RE = re.compile("|".join(r for r, _ in md.COPULAS))
_NEWS_RE = re.compile("(?:" + "|".join(r for r, _ in md.ANNOUNCED_NEWS) + ")")
# what may stand before an announcing verb besides its subject: dates and time words
_DATE_LEAD_RE = re.compile(r"[\d年月日上下午今昨近前当晚早\s]+")
# a lead that ends on an aspect or modal marker, maybe with the time of the act between it and
# the verb (设施改造已于去年9月完成, 将于2026年竣工): the verb is the predicate, not a noun
_MARKED_END_RE = re.compile(
    r"(?:已经?|正在?|将|拟|预计|计划)(?:于|在|从|自)?[\d年月日底初中末旬上下半季度今明去本内前第一二三四五六七八九十个]*"
    r"(?:正式|全面|全部|基本|顺利|成功|陆续|先后)?$"
)


def own_cue(masked: str, unit: _Unit) -> str:
    """The status cue of the unit itself: before its verb (将, 已), else in the verb chain (持续)."""
    return last_cue(masked[unit.a : unit.h]) or last_cue(masked[unit.h : unit.k])


@functools.lru_cache(maxsize=4096)
def last_cue(text: str, *, context: bool = False) -> str:
    """The status of the last cue in ``text`` ('' when none); sentence context skips aspect."""
    last = None
    for last in (_CTX_RE if context else attrs.CUE_RE).finditer(text):  # noqa: B007 -- we want the last
        pass
    return last.lastgroup.rstrip("0123456789") if last is not None and last.lastgroup else ""


def keep(
    text: str,
    masked: str,
    unit: _Unit,
    *,
    first: bool,
    sentence: int,
    inherited: str = "",
    frame: int = -1,
    task: bool = False,
) -> bool:
    """Verb weight plus object concreteness, in context, reaches the threshold, and the clause is
    none of the kinds that are never measures (``_never``).

    ``sentence`` is where the unit's sentence starts (cues before it do not count);
    ``inherited`` is the status cue of the sentence or list intro before the unit; ``frame`` is
    where its full sentence starts (across ；), whose 截至/累计 governs every count of it;
    ``task``: the clause is part of a plan's task with named responsible bodies."""
    if _never(text, masked, unit, first=first, sentence=sentence):
        return False
    own = own_cue(masked, unit)
    planned = (own or inherited) == "planned"
    score = clause_score(text, masked, unit, planned=planned, own_planned=own == "planned")
    span = text[unit.a : unit.b]
    perfective = text.startswith("了", unit.k)
    if perfective or (
        own in ("ongoing", "done")
        and (
            re.search(r"正在?|已", masked[max(unit.a, unit.h - 4) : unit.h])
            or _MARKED_END_RE.search(masked, unit.a, unit.h)
        )
    ):
        score += ASPECT_BONUS  # 正在推进, 已建成: the text reports a concrete state
    elif own == "planned" and _NOT_YET_RE.search(masked, unit.a, unit.h):
        score += ASPECT_BONUS  # 尚未开工, 未能按期开放: a project's state, reported
    if _DAY_RE.search(text, unit.a, unit.h) and _head_weight(masked, unit) >= DATED_MIN_WEIGHT:
        score += DATED_BONUS  # 2月6日起恢复通关: an act on a named day
    if task:
        score += TASK_BONUS  # a plan's task: each of its clauses is assigned to a body
    progressive = (
        own == "ongoing"
        and not text[unit.k : unit.b].strip("，,、 ")
        and re.search(r"正在?", masked[max(unit.a, unit.h - 4) : unit.h]) is not None
    )  # 隧道剩余约1.6公里正在加紧掘进: works under way, whatever figure their subject carries
    if planned:
        score += PLANNED_BONUS  # a stated commitment counts even when phrased abstractly
    elif progressive:
        pass
    elif (
        _STAT_RE.search(span)
        and re.search(r"\d|[一二三四五六七八九十百千万两]+(?:[个家项条所人成倍]|分之)", span)
        and not _works_extent(text, masked, unit)
    ):
        score -= CUMULATIVE_PENALTY if _TOTAL_RE.search(span) else STAT_PENALTY  # a fact unless strong
    elif _COUNT_END_RE.search(span.rstrip("，,、 ")):
        if (
            0 <= frame < unit.a
            and _TOTAL_RE.search(text, frame, unit.a)
            and not _NOW_LEAD_RE.match(text, unit.a)
        ):
            score -= CUMULATIVE_PENALTY  # 截至年底，累计建成X个；建成Y座: one more item of a stock
        elif not _builds_things(text, masked, unit) and not _body_acts(text, unit):
            score -= COUNT_PENALTY  # ends with a count: reads as a fact
    return round(score, 3) >= KEEP_THRESHOLD


def _never(text: str, masked: str, unit: _Unit, *, first: bool, sentence: int) -> bool:
    """Clauses that are never measures: suggestions, purpose tails, advice, aims, list intros,
    what a year is, published figures, product news and a firm's own news."""
    if any(w in text[unit.a : unit.b] for w, _ in md.NON_GOV_SPEECH[-2:]):  # 可以考虑, 希望
        return True
    if _NEVER_RE.search(text[sentence : unit.b].lstrip("，,、 ")):
        return True  # 同时也要看到，…: commentary; 本方案自印发之日起施行: a closing formula
    piece = max([unit.a] + [masked.rfind(c, unit.a, unit.h) + 1 for c in _SEPS])
    piece += len(text[piece : unit.h]) - len(text[piece : unit.h].lstrip("，,、 "))
    obj = text[unit.k : unit.b].rstrip("，,、 ")
    lead = text[unit.a : piece].strip("，,、 ")
    opens = first and (not lead or bool(_TIME_ONLY_RE.fullmatch(lead)))  # the clause opens the sentence
    return bool(
        (not opens and _PURPOSE_RE.match(text, piece))  # 促进…: a purpose tail
        or (
            first and _PURPOSE_LEAD_RE.match(text, unit.a) and text[unit.b : unit.b + 1] in "，,"
        )  # 为落实…，
        or _ADVICE_RE.search(text, sentence, unit.h)  # 专家建议设立…: advice, not an act
        or _AIM_RE.search(text, piece, unit.h)  # 研讨会旨在搭建…: a statement of aim
        or text.startswith(("以下", "如下"), unit.k)  # introduces a list: the items are the measures
        or (masked.startswith("作为", unit.h) and _YEAR_ROLE_RE.search(obj))  # 作为…开局之年
        or _publishes_figures(text, masked, unit)  # 公布2024年经济数据: news about statistics
        or (_PRODUCT_RE.search(text, unit.a, unit.b) and not attrs.GOV_RE.search(text, unit.a, unit.b))
        or _company_subject(text, masked, unit, sentence)  # a firm's own news
        or _announces(text, masked, unit)  # 新区1月21日公布，…: introduces what is reported
        or _capacity(text, masked, unit, obj)  # 未来可提供约50万个单位: what it can hold, a figure
        or (_COPULA_RE.search(text, piece, unit.h) is not None and "的" in text[unit.k : unit.b])
    )


def _capacity(text: str, masked: str, unit: _Unit, obj: str) -> bool:
    """可 right before the head and a count as its object (建成后可容纳3000人, 未来可提供约50万个
    单位): what a place or facility can hold, a figure, not an act."""
    return masked[unit.h - 1 : unit.h] == "可" and bool(_CAPACITY_RE.search(obj))


def _announces(text: str, masked: str, unit: _Unit) -> bool:
    """An announcing verb (公布) with no object but news (消息称) and only a subject and a date
    before it."""
    verbs = [m.group() for m in _VERB_RE.finditer(masked, unit.h, unit.k)]
    obj = text[unit.k : unit.b].strip("，,、：: ")
    if not verbs or not all(v in _ANNOUNCING for v in verbs) or (obj and not _NEWS_RE.fullmatch(obj)):
        return False
    lead = masked[unit.a : unit.h].strip("，,、 ")
    if "＿" in lead:
        return False  # 《方案》正式发布: the document is named, its release is the act
    subject = attrs.GOV_RE.search(lead) or _PLACE_RE.search(lead)
    rest = lead[: subject.start()] + lead[subject.end() :] if subject else lead
    return subject is not None and not _DATE_LEAD_RE.sub("", rest).strip("于在")


def _body_acts(text: str, unit: _Unit) -> bool:
    """A government body is the clause's own subject (区交通运输局…新增公交线路4条): the count is
    the extent of its act, unless the body only reports figures (统计局数据显示). In an official's
    answer at a press conference (答：…我们已调整公交线路23条) 我们 is that body."""
    lead = text[unit.a : unit.h]
    answer = "我们" in lead and text.lstrip().startswith(("答：", "答:"))
    return (answer or bool(attrs.GOV_RE.search(lead))) and not _REPORTED_RE.search(lead)


def _works_extent(text: str, masked: str, unit: _Unit) -> bool:
    """A strong act whose only statistic is the approximate extent of the works it did
    (完成红树林修复约45公顷, 完成道路改造约2.6公里): the figure measures the act."""
    span = text[unit.a : unit.b]
    stats = {m.group() for m in _STAT_RE.finditer(span)}
    return (
        bool(stats)
        and all(s.startswith("约") for s in stats)
        and bool(_EXTENT_END_RE.search(span.rstrip("，,、 ")))
        and _builds_things(text, masked, unit)
    )


def _head_weight(masked: str, unit: _Unit) -> float:
    """The weight of the strongest verb in the unit's head chain."""
    return max((VERBS[m.group()][0] for m in _VERB_RE.finditer(masked, unit.h, unit.k)), default=0.0)


def _builds_things(text: str, masked: str, unit: _Unit) -> bool:
    """A strong act (建成, 新建, 完成) counted in things it makes, not a total (共, 截至)."""
    if _REGISTERS_RE.search(masked, unit.h, unit.k) and _FIRMS_RE.match(text, unit.k):
        return False  # 新设立企业4120户: registrations counted, not things the government made
    return _head_weight(masked, unit) >= STRONG_WEIGHT and not _TOTAL_RE.search(text, unit.a, unit.b)


def _publishes_figures(text: str, masked: str, unit: _Unit) -> bool:
    """The head is a document verb (发布, 公布) and its object is figures or a review of results."""
    verbs = [m.group() for m in _VERB_RE.finditer(masked, unit.h, unit.k)]
    obj = re.sub(r"[”》」）)等]+$", "", text[unit.k : unit.b].rstrip("，,、：: "))
    return bool(verbs) and all(v in _DOCUMENT_VERBS for v in verbs) and bool(_REPORT_RE.search(obj))


def _company_subject(text: str, masked: str, unit: _Unit, sentence: int) -> bool:
    """The unit's subject, or its sentence's opening subject, is a private firm."""
    if attrs.GOV_RE.search(text, unit.a, unit.h):
        return False
    piece = max(unit.a, *(masked.rfind(c, unit.a, unit.h) + 1 for c in "，,"))
    if _PARTNER_RE.match(text, piece):
        return False  # 宝安区与X公司签订协议, 科教城还与X公司签署: the firm is the partner
    if found := _COMPANY_RE.search(text, unit.a, unit.h):
        return not _public(text, found)
    if _PARTNER_RE.match(text, sentence):
        return False  # 科教城还与X公司签署协议，双方将共建…: the firm is the partner
    found = (_VERB_RE.search(masked, sentence, unit.a), _SEP_RE.search(masked, sentence, unit.a))
    end = min((m.start() for m in found if m is not None), default=sentence)
    company = _COMPANY_RE.search(text, sentence, end)
    return company is not None and not _public(text, company)


def _public(text: str, company: re.Match[str]) -> bool:
    """The company builds or runs public infrastructure (中国铁路广州局集团有限公司, 深圳市地铁集团)."""
    return bool(_PUBLIC_RE.search(text, max(0, company.start() - PUBLIC_REACH), company.end()))


def clause_score(
    text: str, masked: str, unit: _Unit, *, planned: bool = False, own_planned: bool = True
) -> float:
    """Verb weight + object concreteness (+ a named subject); the keep test adds context.

    ``planned``: the clause or its sentence commits (将, 力争); ``own_planned``: the clause itself
    does (a level verb, 达到, is a target only then)."""
    chain = masked[unit.h : unit.k]

    def weight_of(verb: str) -> float:
        if planned and (own_planned or verb not in _LEVEL_VERBS):
            return _PLANNED_WEIGHTS.get(verb, VERBS[verb][0])
        return VERBS[verb][0]

    weights = (weight_of(m.group()) for m in _VERB_RE.finditer(chain))
    weight = max(weights, default=0.0)
    if any(v in chain for v in _CAUSATIVE):  # 推动X开工建设: the goal verb is the act
        goal = [VERBS[m.group()][0] for m in _VERB_RE.finditer(masked, unit.k, unit.b)]
        weight = max([weight, *(w * 0.9 for w in goal)])
    obj = text[unit.k : unit.b]
    if chain.endswith("通过") and _CHECK_RE.search(obj.rstrip("，,、 ")):
        weight = max(weight, PASSED_CHECK_WEIGHT)  # 通过竣工验收: a milestone passed
    score = weight
    if not obj.strip("，,、 "):
        obj = text[unit.a : unit.h]  # verb-final clause: the object stands before the verb
        marked = re.search(r"[正将已在]$", masked[unit.a : unit.h]) or _MARKED_END_RE.search(
            masked, unit.a, unit.h
        )
        bare = not _ADV_RE.match(masked, unit.h) and not marked
        if bare and weight < 1.0:
            score -= 0.2  # a bare verb at the end is often a noun (小区建设), unlike 获批设立
        if marked:  # 二期改造正在施工: the subject, without its markers, is what is acted on
            lead = _MARKED_END_RE.search(obj)
            obj = obj[: lead.start()] if lead else obj.rstrip("正将已在")
            obj = re.sub(r"(?:目前|当前|现在|仍然?|还|也)+$", "", obj)  # 二期工程目前正在施工
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


def subject_object(text: str, unit: _Unit) -> str:
    """What a verb-final clause acts on: the last piece before its verb, without aspect, modal and
    time markers (二期工程目前正在施工 -> 二期工程, 东段预计于10月前开放 -> 东段)."""
    lead = text[unit.a : unit.h]
    obj = lead[max(lead.rfind(c) for c in "，,、：:；") + 1 :]
    marked = _MARKED_END_RE.search(obj)
    obj = obj[: marked.start()] if marked else obj
    obj = re.sub(
        r"(?:(?:尚|还|暂|仍|均)未|未能|(?:尚|还)?没有?)(?:按期|如期|按时|按原定时间|按原计划|按计划)?$",
        "",
        obj,
    )
    return re.sub(r"(?:目前|当前|现在|仍然?|还|也|正|将|已|均)+$", "", obj).strip()


def _named(obj: str) -> bool:
    """The object names something: a 《document》, or a “name” short enough to be one (a long
    quotation is a slogan: “算力供给最普惠、场景开放最广泛…”)."""
    return "《" in obj or any(len(q) <= NAME_MAX for q in _QUOTED_RE.findall(obj))
