"""Answer a factual question from the knowledge base, with the cited sentence.

``2025年深圳口岸出入境人员有多少?`` -> the year (period 2025), a place known to the base (深圳),
the kind asked for (a level unless the question asks for growth, a share, a rank or a target)
and the indicator words left over (口岸出入境人员). Stored facts are scored by character-bigram
overlap of those words with the fact's subject, plus agreement of period, place and kind; the
best one is answered with its value written back in 亿/万 and its quote and source.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from tequ.link.series import GENERIC_SUFFIXES, expand_abbreviations, normalise_place
from tequ.link.tracking import bigrams, similarity
from tequ.search.fulltext import to_simplified

if TYPE_CHECKING:
    from tequ.store.base import Store

#: Question words and fillers removed before matching indicator words.
QUESTION_WORDS: tuple[tuple[str, str], ...] = (
    ("是多少", "how much is"),
    ("有多少", "how many are there"),
    ("多少", "how many / how much"),
    ("多大", "how large"),
    ("几", "how many (small numbers)"),
    ("什么", "what"),
    ("请问", "polite opener"),
    ("一共", "in total"),
    ("总共", "in total"),
    ("要达到", "is to reach (a target)"),
    ("达到", "reached"),
    ("达", "reached"),
    ("是", "copula"),
    ("有", "have"),
    ("吗", "question particle"),
    ("呢", "question particle"),
    ("了", "aspect particle"),
    ("的", "possessive particle"),
    ("年", "year marker left after the year number"),
)

#: Words that say which kind of fact is asked for.
KIND_WORDS: tuple[tuple[str, str, str], ...] = (
    ("增长", "change", "growth"),
    ("增速", "change", "growth rate"),
    ("增幅", "change", "growth rate"),
    ("同比", "change", "year-on-year"),
    ("下降", "change", "decline"),
    ("减少", "change", "decrease"),
    ("占比", "share", "proportion"),
    ("比重", "share", "proportion"),
    ("排名", "rank", "ranking"),
    ("第几", "rank", "which place"),
    ("目标", "target", "goal"),
    ("要达到", "target", "is to reach: 到2025年要达到多少"),
    ("力争", "target", "strive for"),
    ("计划", "target", "plan"),
)

#: How a qualifier is written in an answer (prefix).
QUALIFIER_WORDS: dict[str, str] = {
    "over": "超过",  # 突破/超
    "at_least": "不少于",  # 以上/不少于
    "about": "约",  # 约/左右
    "nearly": "近",  # 近/接近
    "under": "不到",  # 不到/以下
    "exact": "",
}

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年)?")
#: Words before a year that make it the base of a comparison (比2023年增长), not the period asked.
_BASE_YEAR_MARKS = ("比", "较", "相比", "与", "同")
#: A measure word right after 多少 at the end of the question (多少人次, 多少个, 多少亿元): the
#: unit asked for. Scale characters (亿, 万) are dropped, the store keeps units unscaled.
_ASKED_UNIT = re.compile(r"多少(?P<unit>[^\d多少是有]{1,3})$")
_SCALES = "亿万千百"
#: A measure word between 多少 and the noun it counts (多少家民宿, 多少个泊位): the unit asked for.
#: Only classifiers that do not start a compound unit (架次, 台次, 辆次 and 个百分点 are units).
_ASKED_CLASSIFIER = re.compile(r"多少(?P<unit>[个家项座条所名位只套张间户])(?!百分点)(?=[\u4e00-\u9fff]{2})")
_PUNCT = re.compile(r"[\s?？!！,，。.、:：;；\"“”'‘’]+")


def format_value(value: float, unit: str) -> str:
    """``273000000, 人次`` -> ``2.73亿人次``; ``14, %`` -> ``14%``; ``9505e4`` -> ``9505万``."""
    if unit == "%":
        return f"{value:g}%"
    for scale, word in ((1e8, "亿"), (1e4, "万")):
        if abs(value) >= scale:
            return f"{round(value / scale, 4):g}{word}{unit}"
    return f"{value:g}{unit}"


_CN_MONTHS = {ch: i for i, ch in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}
_MONTH = r"(\d{1,2}|十[一二]|[一二三四五六七八九十])"
#: Parts of a year written right after it, as the store writes their periods (periods.py).
_PARTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?:1|一)月?[—–\-~至到]{_MONTH}月"), "to"),  # 1—10月: January to October
    (re.compile(rf"前{_MONTH}个?月"), "to"),  # 前10个月
    (re.compile(r"上半年"), "to-06"),
    (re.compile(r"前三季度"), "to-09"),
    (re.compile(r"(?:第一|一)季度"), "to-03"),
    (re.compile(rf"{_MONTH}月(?:份)?(?![底末初])"), "month"),  # 11月
    (re.compile(r"(?:年)?[底末](?!前)"), "end"),  # 年底: the stock at 31 December
)


def part_of_year(rest: str, year: str) -> tuple[str, int] | None:
    """The period of a part of ``year`` that ``rest`` (the question after the year) starts with,
    and how many characters name it: ``1—10月`` -> ``2024-01/2024-10``, ``11月`` -> ``2024-11``,
    ``底`` -> ``2024-12-31``; None when it names none."""
    for rx, what in _PARTS:
        m = rx.match(rest)
        if not m:
            continue
        if what == "end":
            return f"{year}-12-31", m.end()
        if what.startswith("to-"):
            return f"{year}-01/{year}-{what[3:]}", m.end()
        month = m.group(1)
        n = int(month) if month.isdigit() else _CN_MONTHS.get(month, 0)
        if not 1 <= n <= 12:
            return None
        return (f"{year}-01/{year}-{n:02d}" if what == "to" else f"{year}-{n:02d}"), m.end()
    return None


def parse_question(question: str, places: list[str]) -> dict[str, Any]:
    """Split a question into ``period`` (a year, or the part of it named right after the year:
    ``part_of_year``), its ``year``, ``place``, ``kind``, the ``unit`` asked for (多少人次 -> 人次,
    else None) and the indicator ``words``."""
    q = expand_abbreviations(_PUNCT.sub("", to_simplified(question or "")))
    period = None
    years = list(_YEAR.finditer(q))
    asked = [m for m in years if not q[: m.start()].endswith(_BASE_YEAR_MARKS)] or years
    year = None
    if asked:  # 2024年…比2023年增长多少: 2023 is the base, 2024 the period asked for
        year = period = asked[0].group(1)
        part = part_of_year(q[asked[0].end() :], year)
        if part:  # 2024年1—10月 -> 2024-01/2024-10, 2024年底 -> 2024-12-31
            period = part[0]
            q = q[: asked[0].end()] + q[asked[0].end() + part[1] :]
        for m in reversed(years):
            q = q[: m.start()] + q[m.end() :]
        q = q.replace("比上年", "").replace("较上年", "")
    place = next((p for p in places if len(p) >= 2 and p in q), None)
    if place is None:  # 深圳市 in the question, 深圳 in the base (or the reverse)
        place = next((p for p in places if len(p) >= 2 and (normalise_place(p) or p) in q), None)
    kind = next((k for word, k, _why in KIND_WORDS if word in q), None)
    unit = None
    if m := _ASKED_CLASSIFIER.search(q):
        unit = m.group("unit")
        q = q[: m.start("unit")] + q[m.end("unit") :]
    elif m := _ASKED_UNIT.search(q):
        unit = m.group("unit").lstrip(_SCALES) or None
        q = q[: m.start("unit")]
    words = q
    for word, _why in QUESTION_WORDS:
        words = words.replace(word, " ")
    return {
        "period": period,
        "year": year,
        "place": place,
        "kind": kind,
        "unit": unit,
        "words": "".join(words.split()),
        "text": q,
    }


def weighted_grams(text: str) -> dict[str, float]:
    """Bigrams of the indicator words, weighted from 1 (first) to 2 (last): Chinese noun phrases
    are head-final (in 口岸出入境内地居民 the head 内地居民 says what is counted), but a verb may
    follow the head (港澳台居民出入境), so the modifier that tells two counts apart still weighs
    at least half as much as the end."""
    t = _PUNCT.sub("", text)
    out: dict[str, float] = {}
    for i in range(len(t) - 1):
        out[t[i : i + 2]] = 1.0 + i / max(1, len(t) - 2)
    if len(t) == 1:
        out[t] = 1.0
    return out


#: Endings of a question that only say "the number of" what comes before (游客人数 = 游客): stored
#: subjects name the thing counted. Not 总数: 社康机构总数 (all) differs from 新增社康机构.
COUNT_TAILS: tuple[tuple[str, str], ...] = (
    ("人数", "head count: 游客人数 counts the visitors"),
    ("数量", "quantity: 出入境人员数量 = 出入境人员"),
)

#: Least weighted bigram F1 (``_weighted_f1``) of a subject that shares no head with the question:
#: below it the fact is about another indicator (交通固定资产投资 for 轨道交通运营里程, F1 0.13),
#: and no answer is better than a wrong one. Right answers with no head match (a growth question
#: ends in 增长) score 0.4 and more on the sample and unseen questions.
MIN_SUBJECT_F1 = 0.2

#: With no year asked, figures scoring within this much of the best one and naming the same
#: indicator (``same_indicator``) compete on their period: the latest one is answered.
RECENT_MARGIN = 0.3
#: Taken off a fact of another kind than the one a question names (增速: not the level).
KIND_MISMATCH = 0.25
#: ``same_indicator``: least bigram overlap of the two subjects and least length ratio.
SAME_OVERLAP = 0.8
SAME_LENGTH = 0.7

#: Longest tail (characters) after a subject found inside the question that can be a verb on
#: the head (出入境, 通关, 进出口) rather than a further noun.
MAX_TRAILING_VERB = 3

#: The tail that turns a count into a share (国际货邮吞吐量占全部货邮量比重 -> 国际货邮吞吐量):
#: left out of both a share subject and a share question, whose kind already says it.
_SHARE_TAIL = re.compile(r"(?:占[^占]{0,12}?)?(?:的)?(?:比重|比例|占比)$")

_CLAUSE_BREAKS = "，,。；;！!？?\n：:"


def _clause(before: str, quote: str, after: str) -> str:
    """The clause holding the quote: from the last clause break before it to the next one after."""
    cut = max(before.rfind(ch) for ch in _CLAUSE_BREAKS)
    stops = [i for i in (after.find(ch) for ch in _CLAUSE_BREAKS) if i >= 0]
    return to_simplified(before[cut + 1 :] + quote + after[: min(stops, default=len(after))])


_SENTENCE_ENDS = "。！!？?；;\n"


def sentence_of(before: str, quote: str, after: str) -> str:
    """The sentence holding the quote, in the original script: from the last sentence end
    before it to the next one after (that end included)."""
    cut = max(before.rfind(ch) for ch in _SENTENCE_ENDS)
    stops = [i for i in (after.find(ch) for ch in _SENTENCE_ENDS) if i >= 0]
    end = min(stops, default=len(after) - 1) + 1
    return (before[cut + 1 :] + quote + after[:end]).strip()


def sentence_year(fact: dict[str, Any]) -> str | None:
    """The one year written in the fact's sentence before its quote (2025年，深圳口岸累计验放…
    -> 2025), or None when there is none or more than one. For facts stored without a period."""
    before = fact.get("before") or ""
    cut = max(before.rfind(ch) for ch in _SENTENCE_ENDS)
    years = {m.group(1) for m in _YEAR.finditer(to_simplified(before[cut + 1 :]))}
    return years.pop() if len(years) == 1 else None


def _char_f1(a: str, b: str) -> float:
    sa, sb = set(a), set(b)
    shared = len(sa & sb)
    if not shared:
        return 0.0
    p, r = shared / len(sa), shared / len(sb)
    return 2 * p * r / (p + r)


def _head_match(core: str, words: str) -> float:
    """Share of the subject that ends the question: 外国人 fully ends 口岸出入境外国人 (1.0),
    出入境人员 does not (0.0). Chinese noun phrases are head-final, so this keeps a modifier
    match (口岸出入境) from outranking the thing counted. A question may put a verb after the
    head (港澳台居民出入境多少): the longest end of the subject found anywhere in the question
    counts too, at 0.8, so 港澳台居民 matches fully and 内地居民出入境 only for 居民出入境, unless
    the question ends in a measurement noun (机构总数: ``GENERIC_SUFFIXES``), which is its head,
    or in more than ``MAX_TRAILING_VERB`` characters after the match."""
    generic = next((w for w, _why in GENERIC_SUFFIXES if core.endswith(w) and not words.endswith(w)), "")
    if generic and len(core) > len(generic) + 1:  # 民宿总数 answers 多少家民宿: 民宿 is its head
        core = core[: -len(generic)]
    n = 0
    while n < min(len(core), len(words)) and core[-1 - n] == words[-1 - n]:
        n += 1
    inside = next((k for k in range(len(core), 0, -1) if core[-k:] in words), 0)
    rest = words[words.rfind(core[-inside:]) + inside :] if inside else ""
    if len(rest) > MAX_TRAILING_VERB or any(rest.endswith(w) for w, _why in GENERIC_SUFFIXES):
        inside = 0  # 社康机构总数: 总数 is the head; 强度高于全市平均: a longer tail is no verb
    return max(n, 0.8 * inside) / len(core) if core else 0.0


def gram_weights(candidates: list[dict[str, Any]], grams: dict[str, float]) -> dict[str, float]:
    """``grams`` reweighted by how rare each bigram is among the candidates' subjects
    (``log(1 + N / df)``): words every candidate shares (口岸, 出入境) count less than the
    ones that tell candidates apart (港澳台, 日均)."""
    n = len(candidates) or 1
    df = dict.fromkeys(grams, 0)
    for f in candidates:
        subject = bigrams(f["subject"])
        for g in grams:
            df[g] += g in subject
    return {g: w * math.log(1 + n / (df[g] + 1)) for g, w in grams.items()}


def _weighted_f1(core: str, grams: dict[str, float]) -> float:
    """F1 of the subject's bigrams against the question's weighted bigrams: recall weighs the
    question's bigrams found in the subject, precision counts the subject's bigrams found."""
    sub = bigrams(core)
    if not sub or not grams:
        return 0.0
    total = sum(grams.values()) or 1.0
    r = sum(w for g, w in grams.items() if g in sub) / total
    p = len(sub & set(grams)) / len(sub)
    return 2 * p * r / (p + r) if p + r else 0.0


def score_fact(
    fact: dict[str, Any], parsed: dict[str, Any], words: str, *, weights: dict[str, float] | None = None
) -> float:
    """How well ``fact`` answers ``parsed`` (higher is better; 0 means unrelated).

    Character F1 between the indicator words and the fact's subject (its place prefix left out),
    bigram F1 and coverage of the words by the clause the fact was stated in, both with the
    question's bigrams weighted by ``weights`` (``gram_weights``; position only when None), how
    much of the subject ends the question (``_head_match``), and agreement of period, place,
    unit and kind.
    """
    grams = weights if weights is not None else weighted_grams(words)
    total = sum(grams.values()) or 1.0
    place = to_simplified(fact.get("place") or "")
    subject = _PUNCT.sub("", to_simplified(fact["subject"]))
    core = (
        subject[len(place) :]
        if place and subject.startswith(place) and len(subject) > len(place)
        else subject
    )
    if (
        fact["kind"] == "share"
        and parsed["kind"] == "share"
        and (m := _SHARE_TAIL.search(core))
        and m.start() > 1
    ):
        core = core[: m.start()]
    clause = bigrams(_clause(fact.get("before") or "", fact["quote"], fact.get("after") or ""))
    if fact["kind"] == "share":  # …吞吐量约96万吨，占全部货邮量的比重超过五成: a share's clause
        clause |= bigrams(core)  # seldom repeats what it is a share of; its subject carries it over
    f1 = _char_f1(core, words)
    cov_clause = sum(w for g, w in grams.items() if g in clause) / total
    if f1 + cov_clause == 0:
        return 0.0
    wf1, head = _weighted_f1(core, grams), _head_match(core, words)
    if head == 0 and wf1 < MIN_SUBJECT_F1:  # another indicator that shares a word (交通): no answer
        return 0.0
    score = 0.35 * f1 + 0.4 * wf1 + 0.45 * cov_clause + 0.3 * head
    if parsed["period"]:
        period, asked = fact["period"] or "", parsed["period"]
        year = parsed.get("year") or asked
        if period == asked:
            score += 0.3
        elif period.startswith(asked):
            score += 0.1
        elif asked != year and period:  # a part of the year asked (1—10月, 11月, 年底)
            if not (asked.endswith("-12-31") and period == year):
                return 0.0  # another part, or the whole year for a part: not the figure asked
            score += 0.25  # a year-end stock is the year's figure
        elif not period and sentence_year(fact) == year:  # stated, not stored
            score += 0.25
    if parsed["place"]:
        wanted = normalise_place(parsed["place"]) or parsed["place"]
        score += 0.2 if normalise_place(fact.get("place")) == wanted or wanted in subject else -0.1
    if parsed.get("unit"):
        score += 0.2 if fact["unit"].endswith(parsed["unit"]) else -0.2
    wanted_kind = parsed["kind"] or "level"
    if fact["kind"] == wanted_kind or (wanted_kind == "level" and fact["kind"] == "count"):
        score += 0.25
    elif parsed["kind"]:  # a growth, share or rank asked for: a level is another figure
        score -= KIND_MISMATCH
    return score


def _core(fact: dict[str, Any]) -> str:
    """The fact's subject, Simplified, without punctuation and without its place in front."""
    place = to_simplified(fact.get("place") or "")
    subject = _PUNCT.sub("", to_simplified(fact["subject"]))
    return (
        subject[len(place) :]
        if place and subject.startswith(place) and len(subject) > len(place)
        else subject
    )


def same_indicator(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two facts name one indicator in slightly different words: one series key (口岸验放
    出入境旅客 = 口岸出入境旅客), or (机场国际及地区客运通航城市, 国际及地区客运通航城市) nearly all bigrams of the shorter subject in the longer, and the
    shorter at least ``SAME_LENGTH`` of the longer, so a narrower count (内地居民出入境旅客 inside
    出入境旅客) is not taken for it."""
    if a.get("subject_norm") and a.get("subject_norm") == b.get("subject_norm"):
        return normalise_place(a.get("place")) == normalise_place(b.get("place"))
    ca, cb = _core(a), _core(b)
    if min(len(ca), len(cb)) < SAME_LENGTH * max(len(ca), len(cb)):
        return False
    return normalise_place(a.get("place")) == normalise_place(b.get("place")) and (
        similarity(bigrams(ca), bigrams(cb)) >= SAME_OVERLAP
    )


#: Qualifiers of a bound: the figure is at least (over, at_least), at most (under, nearly) or
#: around (about) the stated number; how far the exact figure may lie from it is ``BOUND_SPAN``.
_LOWER_BOUNDS = frozenset({"over", "at_least"})
_UPPER_BOUNDS = frozenset({"under", "nearly"})
BOUND_SPAN = 0.25


def significant_digits(value: float) -> int:
    """How precisely ``value`` is stated: its significant digits (6000万 1, 6147.7万 5)."""
    digits = f"{abs(value):.12g}".split("e")[0].replace(".", "").lstrip("0")
    if float(value).is_integer():
        digits = digits.rstrip("0")
    return max(1, len(digits))


def statement_rank(fact: dict[str, Any]) -> tuple[int, int, int]:
    """How exactly ``fact`` states its figure: an exact figure rather than a bound (突破, 以上,
    约), more significant digits, then in the body rather than a title."""
    return (
        int((fact.get("qualifier") or "exact") == "exact"),
        significant_digits(fact["value"]),
        int(fact.get("role") != "title"),
    )


def _within_bound(exact: float, stated: float, qualifier: str) -> bool:
    """Whether ``exact`` may be the figure a statement of ``stated`` with ``qualifier`` rounds."""
    if stated <= 0 or exact <= 0:
        return exact == stated
    ratio = exact / stated
    if qualifier in _LOWER_BOUNDS:
        return 1 <= ratio <= 1 + BOUND_SPAN
    if qualifier in _UPPER_BOUNDS:
        return 1 - BOUND_SPAN <= ratio <= 1
    return abs(ratio - 1) <= BOUND_SPAN / 2  # about, or a round exact figure (首破6000万)


def restates(g: dict[str, Any], f: dict[str, Any]) -> bool:
    """Whether ``g`` states the figure of ``f`` more exactly: the same document, period, unit and
    kind, place and indicator (one series key, or for a headline ``f`` one subject inside the
    other: the title's 机场旅客吞吐量 and the body's 旅客吞吐量), a value the wording of ``f`` allows (6147.7万 for 首破6000万, not 480万)
    and a more exact figure (``statement_rank``: the exactness and digits, not the place alone)."""
    if (g["doc_id"], g["period"], g["unit"], g["kind"]) != (f["doc_id"], f["period"], f["unit"], f["kind"]):
        return False
    if statement_rank(g)[:2] <= statement_rank(f)[:2]:
        return False  # (a body repeating the headline's bound adds nothing: the first is kept)
    if not _within_bound(g["value"], f["value"], f.get("qualifier") or "exact"):
        return False
    if normalise_place(g.get("place")) != normalise_place(f.get("place")):
        return False
    if f.get("subject_norm") and g.get("subject_norm") == f["subject_norm"]:
        return True  # one series key
    if f.get("role") != "title":  # (国际集装箱吞吐量约1400万 beside 集装箱吞吐量1532.6万: two)
        return False
    cg, cf = _core(g), _core(f)  # a headline names its indicator in its own words
    return cg in cf or cf in cg


def answer(store: Store, question: str) -> dict[str, Any] | None:
    """The best-supported answer to ``question`` from ``store`` (see ``Store.ask``), or None."""
    parsed = parse_question(question, store.places())
    text = parsed["words"] or parsed["text"]
    place = parsed["place"]
    if place and place in text and len(text) > len(place) + 1:
        text = text.replace(place, "")
    if parsed["kind"] == "share" and (m := _SHARE_TAIL.search(text)) and m.start() > 1:
        text = text[: m.start()]
    for tail, _why in COUNT_TAILS:
        if text.endswith(tail) and len(text) > len(tail) + 1:
            text = text[: -len(tail)]
            break
    grams = weighted_grams(text)
    if not grams:
        return None
    candidates = store.fact_candidates(sorted(grams), period=parsed["year"])
    if parsed["period"]:  # facts stored without a period may state the year in their sentence
        undated = [f for f in store.fact_candidates(sorted(grams)) if not f["period"]]
        candidates += [f for f in undated if sentence_year(f) == parsed["year"]] or (
            undated if not candidates else []
        )
    weights = gram_weights(candidates, grams)
    scored = [(score_fact(f, parsed, text, weights=weights), f) for f in candidates]
    scored = [(s, f) for s, f in scored if s > 0]
    if not scored:
        return None
    best_score, f = max(scored, key=lambda sf: (sf[0], sf[1].get("published") or "", -sf[1]["fact_id"]))
    if not parsed["period"]:  # no year asked: the latest figure of the indicator the best one states
        near = [
            (sc, g)
            for sc, g in scored
            if sc >= best_score - RECENT_MARGIN
            and (g["unit"], g["kind"]) == (f["unit"], f["kind"])
            and same_indicator(g, f)
        ]
        best_score, f = max(near, key=lambda sf: (sf[1]["period"] or "", sf[0]))
    restated = [g for _sc, g in scored if g is not f and restates(g, f)]
    if restated:  # the headline's 首破6000万 stated exactly in the body (6147.7万): that figure
        f = max(restated, key=lambda g: (statement_rank(g), -g["fact_id"]))
        best_score = next(sc for sc, g in scored if g is f)
    return {
        "question": question,
        "answer": QUALIFIER_WORDS.get(f["qualifier"], "") + format_value(f["value"], f["unit"]),
        "value": f["value"],
        "unit": f["unit"],
        "qualifier": f["qualifier"],
        "subject": f["subject"],
        "period": f["period"],
        "place": f["place"],
        "kind": f["kind"],
        "quote": f["quote"],
        "sentence": sentence_of(f.get("before") or "", f["quote"], f.get("after") or ""),
        "start": f["start"],
        "end": f["end"],
        "doc_id": f["doc_id"],
        "fact_id": f["fact_id"],
        "title": f["title"],
        "source": f["source"],
        "published": f["published"],
        "score": round(best_score, 4),
    }
