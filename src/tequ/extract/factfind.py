"""Fact candidates in one paragraph's clean text: number, unit, qualifier, kind, quote range.

Positions are indices into ``Paragraph.text`` (end exclusive); ``tequ.extract.facts`` maps them
to the original. A candidate's quote ``[a, b)`` covers the cue words, the number and its unit
(``同比增长14%``, ``突破2.73亿人次``), never more than the clause.

Mechanisms (tables in ``factdata``):

- candidates: numbers from ``numbers.find_numbers`` followed by a unit word (``UNITS``), a
  percent sign, ``N大`` + noun (三大建议), or a bare magnitude after a qualifier (超千家);
  ordinals, plan names, dates, numbers inside 《》 titles or short quoted slogans, tiers
  (前1%), rate denominators (每万人) and line/session numbers (17号线, 九次全会) are left out;
- the words right before the number (read backwards, longest first) give the qualifier, a
  change verb and its sign, a share link, a threshold (迈上…台阶); the words after give
  以上/左右/以下;
- ranks: a rank verb (居, 保持) followed within the clause by 首位/第N位/第一档, or a scope +
  superlative before a quantity (全国最多的16个);
- kind: rank, change, share (a percentage, unless a rate such as a tax rate), else the unit's
  default (count for classifiers, level for amounts); targets are decided with the context.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tequ.extract import factcontext as fc
from tequ.extract import factdata as fd
from tequ.extract import factsubject as fs
from tequ.extract.numbers import NumberSpan, find_numbers, parse_number


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_UNIT_RE = re.compile(rf"\s?({_alt(fd.UNITS)})")
_NOT_AFTER_RE = re.compile(rf"\s?(?:{_alt(fd.NOT_QUANTITY_AFTER)})")
_NOT_BEFORE_RE = re.compile(rf"(?:{_alt(fd.NOT_QUANTITY_BEFORE)})\s?$")
_NOT_BEFORE_ENDS = frozenset(w[-1] for w in fd.NOT_QUANTITY_BEFORE)  # (else a space ends the match)
_TIER_RE = re.compile(rf"(?:{_alt(fd.TIER_BEFORE_PERCENT)})$")
_PER_AFTER_RE = re.compile(rf"/({_alt(fd.UNITS)})")
_PER_BEFORE_RE = re.compile(rf"每({_alt(fd.UNITS)})$")
_DESCRIPTOR_RE = re.compile(rf"(?:{_alt(fd.DESCRIPTOR_AFTER)})")
_WINDOW_RE = re.compile(rf"(?:{_alt(fd.WINDOW_BEFORE)})$")
_DURATION_UNITS = frozenset({"个月", "天", "周", "小时", "分钟", "个工作日"})
_OF_QUALIFIER_RE = re.compile(rf"({_alt(fd.QUALIFIER_BEFORE)})(?![年日期来])[^，。；、]{{0,16}}的$")
_ARTICLE_LEADS = frozenset({"", "了", "有", "是", "为", "成为"})  # before 一 + classifier: an article
_FLOOR_VERB_RE = re.compile(r"(?:至少|最少|不少于)[\u4e00-\u9fff]{2}$")
_QUAL_AFTER_RE = re.compile(rf"\s?({_alt(fd.QUALIFIER_AFTER)})")
_THRESHOLD_AFTER_RE = re.compile(rf"(?:{_alt(fd.THRESHOLD_NOUNS)})")
_BIG_RE = re.compile(
    r"(?=[二三四五六七八九十两2-9]大)"  # a cheap look-ahead first: other positions are skipped in C
    rf"(?<![第\d])([二三四五六七八九十两]|[2-9])大(?!{_alt(fd.NOT_BIG_NEXT)})(?=[\u4e00-\u9fff“])"
)
_ANY_NUMERAL_RE = re.compile(
    r"[0-9０-９一二三四五六七八九十两百千万亿零〇壹贰叁肆伍陆柒捌玖拾佰仟]|首位|榜首|翻番"
)
_DOUBLING_RE = re.compile(rf"翻了?({_alt(fd.DOUBLINGS)})?番")  # (翻了一番: the same, perfective)
_SCOPE_END_RE = re.compile(rf"(?:{_alt(fd.RANK_SCOPES)})$")
_BARE_MAG_RE = re.compile(
    rf"(?=[百千万])(?<=超|逾|近|上|过)([百千万])(?={_alt(k for k, v in fd.UNITS.items() if v[1] == 'count')})"
)
_BARE_MAG_GATE_RE = re.compile(r"[超逾近上过][百千万]")  # where _BARE_MAG_RE can match
_RANK_RE = re.compile(
    rf"({_alt(fd.RANK_VERBS)})([^，。；;,]{{0,12}}?)(首位|榜首|双第一|第([一二三四五六七八九十]|\d{{1,2}})(位|名|档)?)"
)
# A second position joined to the first (居全国第三、全球第四): its own scope, the same verb.
_RANK_NEXT_RE = re.compile(
    r"[、和及]([^，。；;,、\d]{1,8}?)(首位|榜首|第([一二三四五六七八九十]|\d{1,2})(位|名|档)?)"
)
_SUPERLATIVE_RE = re.compile(rf"({_alt(fd.RANK_SCOPES)})(?:城市)?({_alt(fd.SUPERLATIVES)})的?")
SENTENCE_RE = fc.SENTENCE_RE
CLAUSE_RE = fc.CLAUSE_RE
_RATE_RE = re.compile(_alt(fd.RATE_CUES))
_GAP_RE = re.compile(_alt(fd.GAP_CUES))
_ESTIMATE_RE = re.compile(_alt(fd.ESTIMATE_CUES))
_TITLE_RE = re.compile(r"《[^》]{0,80}》")
_QUOTED_RE = re.compile(r"“[^”]{1,10}”|\"[^\"]{1,10}\"")
_CHINESE_DIGITS = "一二三四五六七八九十两零〇"

# Back-scan table: word before a number -> role. Built once from factdata.
_ROLES: dict[str, tuple[str, str | int]] = {}
for _w in fd.FILLERS:
    _ROLES[_w] = ("fill", 0)
for _w in fd.THRESHOLD_VERBS:
    _ROLES[_w] = ("thr", 0)
for _w, _s in fd.CHANGE_VERBS.items():
    _ROLES[_w] = ("chg", _s)
for _w in fd.FLOW_VERBS:
    _ROLES[_w] = ("flow", 0)
for _w in fd.SHARE_CUES:
    _ROLES[_w] = ("share", 0)
for _w in (*fd.CHANGE_TO, "达至", "稳定在", "保持在", "控制在", "在"):
    _ROLES[_w] = ("to", 0)
for _w in fd.YEAR_COUNT_CUES:
    _ROLES[_w] = ("consec", 0)
for _w in fd.YEAR_SPAN_CUES:
    _ROLES[_w] = ("span", 0)
for _w, _q in fd.QUALIFIER_BEFORE.items():
    _ROLES[_w] = ("q", _q)
for _w in fd.NOT_CHANGE_WORDS:
    _ROLES[_w] = ("stop", 0)  # 起降 read whole: its 降 is no decrease, and the scan ends there
for _w in fd.AVERAGE_WORDS:
    _ROLES.setdefault(_w, ("avg", 0))  # 日均 read whole (its 均 is no filler of its own)
# a cue word ending with a character has one of its lengths (longest first)
_ROLE_LENGTHS: dict[str, tuple[int, ...]] = {
    ch: tuple(sorted({len(w) for w in _ROLES if w[-1] == ch}, reverse=True)) for ch in {w[-1] for w in _ROLES}
}


@dataclass(slots=True)
class Candidate:
    """A fact candidate inside one paragraph: ``[a, b)`` is the quote, ``n`` the number start."""

    a: int
    b: int
    n: int
    value: float
    unit: str
    kind: str
    qualifier: str = "exact"
    post: int = 0  # end of number + unit (+ qualifier after)
    noun: str = ""  # noun phrase after the classifier
    estimate: bool = False
    clause_end: int = 0  # end of the candidate's clause (to read a noun phrase lazily)
    duration: bool = False  # 连续N年 counts and ranks: the context year, not a span
    sub: str = ""  # subject hint (rank/duration predicate)
    share_word: str = ""  # 占比 / 比重 read before a share
    flow_word: str = ""  # 新增 / 引进 read before the number (新增32家社康机构)
    avg_word: str = ""  # 日均 / 人均 read before the number (旅客日均约14.5万人次)
    span: bool = False  # a length of time (施工周期约三年): a level with no period of its own


@dataclass(slots=True)
class _Scan:
    start: int
    qualifier: str = "exact"
    sign: int = 0
    share: bool = False
    threshold: bool = False
    consec: bool = False
    span: bool = False  # 周期/为期 before N年: a length of time
    flow: bool = False
    share_word: str = ""
    flow_word: str = ""
    avg_word: str = ""


def _scan_back(text: str, pos: int, floor: int) -> _Scan:
    """Read cue words backwards from ``pos`` (longest match first) down to ``floor``."""
    sc = _Scan(pos)
    seen_to = False
    i = pos
    for _ in range(6):
        while i > floor and text[i - 1] == " ":
            i -= 1
        lengths = _ROLE_LENGTHS.get(text[i - 1]) if i > floor else None
        if lengths is None:
            break
        for k in lengths:
            if k <= i - floor:
                role = _ROLES.get(text[i - k : i])
                if role is not None:
                    break
        else:
            break
        kind, val = role
        if kind == "span":
            sc.span = True  # 施工周期约三年: the cue names what lasts, the subject keeps it
        if kind in ("stop", "span"):
            break
        if kind == "q" and sc.qualifier == "exact" and sc.sign == 0:
            sc.qualifier = str(val)
        elif kind == "chg" and not seen_to and sc.sign == 0:
            sc.sign = int(val)
        elif kind == "to":
            seen_to = seen_to or sc.sign == 0
        if kind == "share" and not sc.share_word:
            sc.share_word = text[i - k : i]
        if kind == "flow":
            sc.flow_word = text[i - k : i] + sc.flow_word  # 引进 + 落地
        if kind == "avg" and not sc.avg_word:
            sc.avg_word = text[i - k : i]
        sc.share = sc.share or kind == "share"
        sc.threshold = sc.threshold or kind == "thr" or val == "over"
        sc.consec = sc.consec or kind == "consec"
        sc.flow = sc.flow or kind == "flow"
        i -= k
        sc.start = i
    return sc


def title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of 《》 titles (their numbers and years belong to a name)."""
    return [m.span() for m in _TITLE_RE.finditer(text)]


def _blocked(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of 《》 titles and of short quoted slogans (“八个提升”)."""
    titles = [m.span() for m in _TITLE_RE.finditer(text)] if "《" in text else []
    quoted = [m.span() for m in _QUOTED_RE.finditer(text)] if "“" in text or '"' in text else []
    return titles, quoted


def _inside(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return bool(spans) and any(s <= a and b <= e for s, e in spans)


def _unit_at(text: str, n: NumberSpan) -> tuple[str, str, int] | None:
    """``(unit, default kind, end)`` of the unit right after the number, or None."""
    if n.percent:
        return "%", "share", n.end
    if n.permille:
        return "‰", "share", n.end
    m = _UNIT_RE.match(text, n.end)
    if m is None or _NOT_AFTER_RE.match(text, n.end):  # (most numbers without a unit stop at once)
        return None
    unit, kind = fd.UNITS[m.group(1)]
    if unit in fd.DIGITS_ONLY_UNITS and not any(ch.isascii() and ch.isdigit() for ch in n.text):
        return None  # 两块牌子: an object, not a produced volume
    end = m.end()
    nxt = text[end : end + 1]
    if nxt and nxt in _CHINESE_DIGITS and not n.text.isascii():
        return None  # 五位一体, 三化一对照: a slogan built of numerals
    per = _PER_AFTER_RE.match(text, end) or _PER_BEFORE_RE.search(text, max(0, n.start - 6), n.start)
    if per:  # 5.2万元/平方米, 每平方米5.2万元: a rate per unit
        unit, kind = f"{unit}/{fd.UNITS[per.group(1)][0]}", "level"
        end = max(end, per.end()) if per.start() >= n.end else end
    elif unit == "公里" and any(cue in text[max(0, n.start - 4) : n.start] for cue in fd.SPEED_CUES):
        unit = "公里/小时"  # 设计时速250公里: a speed
    return unit, kind, end


def _quantity(
    text: str,
    n: NumberSpan,
    bounds: Sequence[int],
    blocked: tuple[list[tuple[int, int]], list[tuple[int, int]]],
) -> Candidate | None:
    """A candidate for the number ``n``, or None when it is not a quantity (``bounds``: the
    paragraph's clause boundaries)."""
    if n.ordinal or n.plan or n.high is not None or n.value <= 0:
        return None
    value, end, found = n.value, n.end, _unit_at(text, n)
    if found is None and "分之" in n.text:
        found, value = ("%", "share", n.end), n.value * 100  # 五分之一 of a whole: a share in %
    elif n.percent and n.text.endswith("成") and text.startswith("半", n.end):
        found, value, end = ("%", "share", n.end + 1), n.value + 5, n.end + 1  # 三成半 = 35%
    if found is None:
        return None  # no unit: a year, a list number, a code
    titles, quoted = blocked
    if _inside(n.start, n.end, titles) or (_inside(n.start, n.end, quoted) and not n.percent):
        return None
    before = text[n.start - 1] if n.start else ""
    if (before in _NOT_BEFORE_ENDS or before.isspace()) and _NOT_BEFORE_RE.search(
        text, max(0, n.start - 6), n.start
    ):
        return None
    if (n.percent or n.permille) and _TIER_RE.search(text, max(0, n.start - 4), n.start):
        return None
    unit, kind, end = found[0], found[1], max(found[2], end)
    clause = fc.segment(bounds, n.start)
    per = _PER_BEFORE_RE.search(text, max(clause[0], n.start - 6), n.start) if "/" in unit else None
    sc = _scan_back(text, per.start() if per else n.start, clause[0])  # 达到每平方公里1.2万人
    if per and sc.start == per.start():
        sc.start = per.start()
    if n.text == "一" and text[sc.start : n.start] in _ARTICLE_LEADS:
        return None  # a bare 一 with no cue word is the indefinite article (一个重要年份, 新设了一处…)
    if _DESCRIPTOR_RE.match(text, end):
        return None  # 800米范围内: a descriptor of something else
    if _closes_list(text, n, clause[0], sc.start) or _refers_back(text, n, end, kind):
        return None
    if unit in _DURATION_UNITS and not sc.sign and _WINDOW_RE.search(text, max(0, sc.start - 3), sc.start):
        return None  # 前10个月, 近30天: a time window
    c = _build(text, n.start, value, unit, kind, end, sc, clause, n.approx_suffix)
    if c is not None:
        c.clause_end = clause[1]
    return c


def _refers_back(text: str, n: NumberSpan, end: int, kind: str) -> bool:
    """True for a count in Chinese numerals that names again a group counted before in the
    paragraph (罗湖、文锦渡、莲塘三个陆路口岸…。今年1—5月，三个口岸…): the same words, and the
    noun after it among the words after the first."""
    if kind != "count" or n.text.isascii():
        return False
    head = text[n.start : end]
    first = text.rfind(head, 0, n.start)
    noun = text[end : end + 2]
    return first >= 0 and len(noun) == 2 and noun in text[first + len(head) : first + len(head) + 8]


def _closes_list(text: str, n: NumberSpan, clause_start: int, cue_start: int) -> bool:
    """True for a Chinese-numeral count right after an enumeration it merely sums up."""
    if cue_start != n.start or any(ch.isascii() and ch.isdigit() for ch in n.text):
        return False
    before = text[clause_start : n.start]
    if before.endswith(fd.OPEN_LIST_MARKERS):
        return False
    return any(sep in before for sep in fd.LIST_SEPARATORS) or before.endswith(("”", "’", '"'))


def _build(
    text: str, start: int, value: float, unit: str, kind: str, end: int, sc: _Scan,
    clause: tuple[int, int], approx: str | None,
) -> Candidate | None:  # fmt: skip
    qualifier = sc.qualifier
    if approx and qualifier == "exact":
        qualifier = fd.APPROX_SUFFIX.get(approx, "exact")
    post = end
    m = _QUAL_AFTER_RE.match(text, end)
    if m and not (m.group(1) in ("多", "余") and approx):
        qualifier = fd.QUALIFIER_AFTER[m.group(1)]
        post = m.end()
    if sc.threshold and _THRESHOLD_AFTER_RE.match(text, post) and qualifier == "exact":
        qualifier = "over"
    if sc.sign and unit == "倍":
        kind, value, unit = "change", value * 100 * sc.sign, "%"  # 增长两倍 = +200%
    elif sc.sign:
        kind, value = "change", value * sc.sign
    elif unit == "%" and not sc.share and _RATE_RE.search(text, clause[0], clause[1]):
        kind = "level"
    elif kind == "change" and _GAP_RE.search(text, clause[0], start):
        kind = "level"  # 高于全市平均水平0.7个百分点: a gap, not a change
    if (
        qualifier == "exact"
        and sc.start == start
        and _FLOOR_VERB_RE.search(text, max(clause[0], start - 6), start)
    ):
        qualifier = "at_least"  # 至少打造2个: a floor before the verb of the figure
    if qualifier == "exact" and text[start - 1 : start] == "的":
        m_about = _OF_QUALIFIER_RE.search(text, clause[0], start)  # 约占全市的五分之一
        qualifier = fd.QUALIFIER_BEFORE[m_about.group(1)] if m_about else qualifier
    if (
        qualifier in ("over", "at_least", "under")
        and text[post : post + 1] == "的"
        and unit != "%"
        and not sc.sign
    ):
        return None  # 超过80万人次的日子: a threshold describing something else
    estimate = _ESTIMATE_RE.search(text, clause[0], start) is not None
    return Candidate(
        sc.start, post, start, value, unit, kind, qualifier, post, estimate=estimate,
        share_word=sc.share_word, flow_word=sc.flow_word, avg_word=sc.avg_word,
    )  # fmt: skip


def _duration(text: str, n: NumberSpan, bounds: Sequence[int]) -> Candidate | None:
    """连续N年: a count of years; 为期N年, 周期约N年: a length of time in years."""
    if n.ordinal or n.high is not None or not 1 <= n.value <= 100 or text[n.end : n.end + 1] != "年":
        return None
    clause = fc.segment(bounds, n.start)
    sc = _scan_back(text, n.start, clause[0])
    if sc.span and not sc.consec:  # 施工周期约三年: a length of time, a level
        c = _build(text, n.start, n.value, "年", "level", n.end + 1, sc, clause, n.approx_suffix)
        if c is not None:
            c.span, c.clause_end = True, clause[1]
        return c
    if not sc.consec:
        return None
    pred = fs.clean_pre(text[n.end + 1 : clause[1]])
    return Candidate(sc.start, n.end + 1, n.start, n.value, "年", "count", post=n.end + 1,
                 clause_end=clause[1], duration=True, sub=pred)  # fmt: skip


def _big(text: str, m: re.Match[str], clause: tuple[int, int]) -> Candidate | None:
    """N大 + noun (三大建议): a count in the noun's classifier."""
    try:
        value = parse_number(m.group(1))
    except Exception:
        return None
    window = text[m.end() : min(clause[1], m.end() + 12)]
    hits = [(window.rfind(k) + len(k), v) for k, v in fd.CLASSIFIER_BY_NOUN.items() if k in window]
    if hits:
        end, unit = max(hits)
        noun = window[:end]
    else:
        noun, unit = fs.noun_after(text, m.end(), clause[1]), "个"
    if len(noun) < 2:
        return None
    sc = _scan_back(text, m.start(), clause[0])
    cand = Candidate(sc.start, m.end(), m.start(), value, unit, "count", post=m.end(), noun=noun)
    return cand


def _bare_magnitude(text: str, m: re.Match[str], clause: tuple[int, int]) -> Candidate | None:
    """超千家, 近万人: a lone magnitude character after a qualifier."""
    value = {"百": 100.0, "千": 1000.0, "万": 10000.0}[m.group(1)]
    um = _UNIT_RE.match(text, m.end())
    if um is None:
        return None
    unit, kind = fd.UNITS[um.group(1)]
    sc = _scan_back(text, m.start(), clause[0])
    return _build(text, m.start(), value, unit, kind, um.end(), sc, clause, None)


def _doubling(text: str, m: re.Match[str], clause: tuple[int, int]) -> Candidate:
    """翻番 / 翻一番 (+100%), 翻两番 (+300%): a change in percent."""
    times = fd.DOUBLINGS[m.group(1) or "一"]
    sc = _scan_back(text, m.start(), clause[0])
    value = (2.0**times - 1) * 100
    return Candidate(sc.start, m.end(), m.start(), value, "%", "change", post=m.end())


def _ranks(text: str, bounds: Sequence[int], cands: list[Candidate]) -> list[Candidate]:
    """Positions: 居全国城市首位 (1), 第N位/名/档 after a rank verb, 全国最多的N个 (1)."""
    out: list[Candidate] = []
    # (each pattern is tried only where a character it needs occurs: 首位/第N位, 最多/第一大)
    for m in _RANK_RE.finditer(text) if "第" in text or "首" in text else ():
        clause = fc.segment(bounds, m.start())
        if m.end() > clause[1] or (m.group(4) and not (m.group(5) or m.group(1))):
            continue
        word = m.group(3)
        value = float(fd.RANK_WORDS.get(word, 0))
        if not value and m.group(4):
            g = m.group(4)
            value = float(g) if g.isdigit() else float(fc.small_int(g) or 0)
        if value <= 0:
            continue
        unit = "档" if m.group(5) == "档" else "位"
        scope = "".join(c for c in m.group(2) if c not in '“”"')
        out.append(Candidate(m.start(), m.end(), m.start(), value, unit, "rank", post=m.end(),
                         duration=True, sub=scope + "排名"))  # fmt: skip
        end = m.end()
        while (nxt := _RANK_NEXT_RE.match(text, end)) is not None and nxt.end() <= clause[1]:
            word, g = nxt.group(2), nxt.group(3)
            value = float(fd.RANK_WORDS.get(word, 0)) or float(
                g if g and g.isdigit() else fc.small_int(g or "") or 0
            )
            if value <= 0:
                break
            unit = "档" if nxt.group(4) == "档" else "位"
            out.append(Candidate(nxt.start() + 1, nxt.end(), nxt.start() + 1, value, unit, "rank", post=nxt.end(),
                             duration=True, sub=nxt.group(1) + "排名"))  # fmt: skip
            end = nxt.end()
    for m in _SUPERLATIVE_RE.finditer(text) if "最" in text or "第一大" in text else ():
        clause = fc.segment(bounds, m.start())
        nxt = next((c for c in cands if m.end() <= c.n < clause[1] and c.kind != "rank"), None)
        if nxt is None or nxt.n - m.end() > 2:
            continue
        noun = nxt.noun or fs.noun_after(text, nxt.post, clause[1])
        out.append(Candidate(m.start(), nxt.post, nxt.n, 1.0, "位", "rank", post=nxt.post,
                         duration=True, noun=noun, sub=m.group(1) + "排名"))  # fmt: skip
    return out


_LIST_JOINS = ("、", "和", "及", "与")


def _share_change(text: str, cands: list[Candidate]) -> None:
    """A number joined to a change before it with no cue of its own (分别增长12%和8%) is a
    change too, with the same sign."""
    for prev, c in itertools.pairwise(cands):
        if (
            prev.kind == "change"
            and c.kind != "change"
            and c.a == c.n
            and c.unit == prev.unit
            and text[prev.b : c.a] in _LIST_JOINS
        ):
            c.kind, c.value, c.noun = "change", -c.value if prev.value < 0 else c.value, ""


def find_candidates(text: str) -> list[Candidate]:
    """Every fact candidate of one paragraph's clean text, in text order."""
    if not _ANY_NUMERAL_RE.search(text):
        return []
    bounds = fc.clause_bounds(text)  # CLAUSE_RE includes the sentence ends
    blocked = _blocked(text)
    no_go = blocked[0] + blocked[1]
    cands: list[Candidate] = []
    for n in find_numbers(text):
        c = (text.startswith("年", n.end) and _duration(text, n, bounds)) or _quantity(
            text, n, bounds, blocked
        )
        if c is None:
            continue
        if c.kind != "change" and not c.noun and (c.kind == "count" or c.unit == "%"):
            c.noun = fs.noun_after(text, c.post, c.clause_end)  # levels read it only when needed
        cands.append(c)
    taken = {c.n for c in cands}
    for m in _BIG_RE.finditer(text) if "大" in text else ():  # (skipped where it cannot match)
        if _SCOPE_END_RE.search(text, max(0, m.start() - 4), m.start()):
            continue  # 全国十大港口: a tier, not a count
        if m.start() not in taken and not _inside(m.start(), m.end(), no_go):
            c = _big(text, m, fc.segment(bounds, m.start()))
            if c is not None:
                cands.append(c)
    for m in _BARE_MAG_RE.finditer(text) if _BARE_MAG_GATE_RE.search(text) else ():
        if m.start() not in taken and not _inside(m.start(), m.end(), no_go):
            c = _bare_magnitude(text, m, fc.segment(bounds, m.start()))
            if c is not None:
                cands.append(c)
    for m in _DOUBLING_RE.finditer(text) if "翻" in text else ():
        if not _inside(m.start(), m.end(), no_go):
            cands.append(_doubling(text, m, fc.segment(bounds, m.start())))
    cands.sort(key=lambda c: c.n)
    if len(cands) > 1 and any(c.kind == "change" for c in cands):
        _share_change(text, cands)
    cands += _ranks(text, bounds, cands)
    cands.sort(key=lambda c: (c.n, c.kind == "rank"))
    return cands
