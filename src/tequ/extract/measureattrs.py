"""Attributes of a measure: horizon (dates, years, plan periods) and actor (who acts).

Pure functions over clean Simplified text; ``measures.py`` calls them for each kept clause.
Horizons follow the gold conventions: a plan period ``2026-2030`` (十五五, 2026—2030年,
2026年至2030年), a day ``2024-06-30``, a month ``2024-09``, a quarter, half year or month range
that closed before the article ``2025-01/2025-06`` (one still ahead gives its year), a year
``2025`` (今年/去年/明年/年内 resolved against the article date), else None. A period inside a
《title》 counts only when the clause names no other time; 目前 drops a time named earlier.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tequ.extract import measuredata as md
from tequ.model import Document, Paragraph

SENT_END = "。！？!?；;"
_GUARDS = {v: g for v, g, _ in md.VERB_GUARDS}
VERB_RE = re.compile(
    "|".join(
        re.escape(v) + (f"(?!{_GUARDS[v]})" if v in _GUARDS else "")
        for v in sorted((v for v, *_ in md.ACTION_VERBS), key=len, reverse=True)
    )
)
# one alternation; at equal positions done beats ongoing beats planned (listed first)
CUE_GROUPS = [("done", md.DONE_CUES), ("ongoing", md.ONGOING_CUES), ("planned", md.PLANNED_CUES)]
CUE_RE = re.compile("|".join(f"(?P<{st}{i}>{r})" for st, t in CUE_GROUPS for i, (r, _) in enumerate(t)))
_GOV_PREFIX = "|".join(
    sorted([p for p, *_ in md.PLACES] + [p for p, _ in md.GOV_PREFIXES], key=len, reverse=True)
)
_GOV_SUFFIX = "|".join(sorted((x for x, _ in md.GOV_SUFFIXES), key=len, reverse=True))
# 和 inside an official name (发展和改革局, 工业和信息化局, 住房和建设局), not between two bodies
_GOV_AND = r"和(?=改革|信息化|建设|城乡建设|自然资源|社会保障|旅游)"
GOV_RE = re.compile(
    rf"(?:{_GOV_PREFIX})+(?:(?![与和及等的在对把将已正])[\u4e00-\u9fff]|{_GOV_AND}){{0,10}}"
    rf"(?<![举创承主协督公民全])(?:{_GOV_SUFFIX})"
    r"(?!长|主任|书记|会|门|[\u4e00-\u9fff]?员)"  # 局长, 常委 of 常委会, 委员: not the end of a name
)
_SELF = tuple(w for w, _ in md.SELF_REFERENCES)
_REPORTING = tuple(w for w, _ in md.REPORTING_VERBS)
_LEAD_RE = re.compile("^(?:" + "|".join(r for r, _ in md.LEAD_WORDS) + ")+")
_MODAL_LEAD_RE = re.compile("^(?:" + md.LEAD_WORDS[2][0] + ")")
_SUBJECT_NEXT = "将已正也还要在于并与和及、，,现再新共全去今明近计拟力争\u3000 0123456789"
_PLACE_RE = re.compile("|".join(sorted((re.escape(p) for p, *_ in md.PLACES), key=len, reverse=True)))
_PLACES = {p: c for p, c, _ in md.PLACES}
# a span of years: 2022-2023年, 2022年至2023年, 2024—2026 in a title's brackets
_RANGE_RE = re.compile(
    r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*(?:年(?!\d{1,2}月)|(?=[)）]|$))"
)
_DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_MD_RE = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_YEAR_RE = re.compile(r"(?<!\d)(\d{4})年(?!\d{0,2}[-—–至到]\d)")
_REL_YEAR = {"今年": 0, "本年": 0, "年内": 0, "去年": -1, "上年": -1, "明年": 1}
_REL_RE = re.compile("|".join(_REL_YEAR))
# part of a year: 一季度, 第二季度 (第二季 in Hong Kong), 上半年, 前三季度, 1—6月 (after an optional year)
_PART_RE = re.compile(
    r"(?:((?:19|20)\d{2})年|(今年|本年|去年|上年|明年))?"
    r"(?:第?([一二三四1-4])季度|第([一二三四1-4])季|([上下])半年|前三季度|(?<!\d)(\d{1,2})\s*[-—–至到]\s*(\d{1,2})月)"
)
# a month without a day: 9月, 去年10月, 2024年6月 (a day after it makes it a date instead)
_MONTH_RE = re.compile(
    r"(?:((?:19|20)\d{2})年|(今年|本年|去年|上年|明年))?(?<![\d—–-])(\d{1,2})月(?![\d份]{0,2}日|\d)"
)
_NOW_RE = re.compile(r"目前|当前|现阶段|眼下")  # 'now': a time named earlier no longer holds
_TITLE_RE = re.compile(r"《[^《》]*》")
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PLAN_RE = re.compile("|".join(n for n, *_ in md.PLAN_PERIODS))
_PLAN = {n: p for n, p, _ in md.PLAN_PERIODS}
_PUB_RE = re.compile(r"(?:发布日期|发布时间|日期|时间)[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_ANY_DATE_RE = re.compile(r"(20\d{2})(?:年|-)(\d{1,2})(?:月|-)(\d{1,2})")


_CN_YEAR_RE = re.compile(r"[〇○零一二三四五六七八九]{4}(?=年)")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def arabic_years(text: str) -> str:
    """``text`` with years written in Chinese numerals (二○二六年, 二〇二四年: Hong Kong and formal
    usage) in Arabic digits, character for character, so every index still maps to the original."""
    return _CN_YEAR_RE.sub(lambda m: m.group().translate(_CN_DIGITS), text)


def time_hint(text: str) -> str | None:
    """The last explicit time reference in ``text`` as a raw string (resolved later); a time
    inside a 《title》 (a plan's own period) counts only when the text names no other."""
    if "以来" in text:
        return None
    outside = _TITLE_RE.sub(lambda m: "＿" * len(m.group()), text)
    return _last_time(outside) or _last_time(text)


def _last_time(text: str) -> str | None:
    found = [
        m
        for rx in (_RANGE_RE, _DATE_RE, _MD_RE, _PART_RE, _MONTH_RE, _YEAR_RE, _REL_RE, _PLAN_RE, _NOW_RE)
        for m in rx.finditer(text)
    ]
    outer = [m for m in found if not any(_inside(m, o) for o in found)]
    last = max(outer, key=lambda m: m.start()) if outer else None
    return None if last is None or last.re is _NOW_RE else last.group()  # 目前: no earlier time


def _inside(m: re.Match[str], o: re.Match[str]) -> bool:
    """``m`` lies within the longer match ``o`` (2023年 inside 2022-2023年)."""
    return o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() > m.end() - m.start()


def resolve(hint: str, date: str | None) -> str | None:
    if m := _RANGE_RE.fullmatch(hint):
        return f"{m.group(1)}-{m.group(2)}"
    if m := _DATE_RE.fullmatch(hint):
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if m := _PART_RE.fullmatch(hint):
        return _part_of_year(m, date)
    if m := _MONTH_RE.fullmatch(hint):
        return _month(m, date)
    if m := _YEAR_RE.fullmatch(hint):
        return m.group(1)
    if (m := _MD_RE.fullmatch(hint)) and date:
        return f"{date[:4]}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"  # the article's year
    if hint in _PLAN:
        return _PLAN[hint]
    if hint in _REL_YEAR and date:
        return str(int(date[:4]) + _REL_YEAR[hint])
    return None


def _part_of_year(m: re.Match[str], date: str | None) -> str | None:
    """``YYYY-MM/YYYY-MM`` for a quarter, a half or a month range that closed before the article
    (the article's year if none is named); the year alone for one still ahead."""
    year_text, rel, quarter, short, half, first, last = m.groups()
    quarter = quarter or short  # 第三季: the Hong Kong name of a quarter
    if year_text:
        year = int(year_text)
    elif date:
        year = int(date[:4]) + _REL_YEAR.get(rel or "今年", 0)
    else:
        return None
    if quarter:
        q = _QUARTER[quarter]
        a, b = 3 * q - 2, 3 * q
    elif half:
        a, b = (1, 6) if half == "上" else (7, 12)
    elif first:
        a, b = int(first), int(last)
    else:
        a, b = 1, 9  # 前三季度
    if not 1 <= a <= b <= 12:
        return None
    if date and f"{year}-{b:02d}" >= date[:7]:
        return str(year)  # a deadline ahead (上半年开工): the year, as for 年内
    return f"{year}-{a:02d}/{year}-{b:02d}"  # a period already reported on


def _month(m: re.Match[str], date: str | None) -> str | None:
    """``YYYY-MM`` for a month (the article's year when none is named)."""
    year_text, rel, month = m.groups()
    if year_text:
        year = int(year_text)
    elif date:
        year = int(date[:4]) + _REL_YEAR.get(rel or "今年", 0)
    else:
        return None
    return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else None


def horizon(span: str, hint: str | None, date: str | None) -> str | None:
    """The time a clause names (a plan period, a day, a year), else its sentence's ``hint``."""
    if "以来" in span:
        return None
    outside = _TITLE_RE.sub(lambda m: "＿" * len(m.group()), span)
    for text in (outside, span):  # a plan's own period in its 《title》 only as a last resort
        for rx in (_DATE_RE, _MD_RE, _RANGE_RE, _PLAN_RE, _PART_RE, _MONTH_RE, _YEAR_RE, _REL_RE):
            if m := rx.search(text):
                return resolve(m.group(), date)
        if hint and text is outside and not _NOW_RE.search(span):
            return resolve(hint, date)
    return None


def subject_actor(lead: str, main: str | None = None, *, whole: bool = False) -> str | None:
    """A government body or place that is the subject in ``lead`` (the text before a verb).

    A body may stand anywhere in ``lead`` when ``whole``, else in its last piece (after the
    last separator); a place counts only as a subject (罗湖将…, 坪山与…), not inside a name
    (福田口岸)."""
    cut = max(lead.rfind(c) for c in "，,、：:；")
    piece = _LEAD_RE.sub("", lead[cut + 1 :])
    if whole and (m := GOV_RE.search(lead)):
        return expand(m.group(), main)
    if m := GOV_RE.search(piece):
        return expand(m.group(), main)
    if main and piece.startswith(_SELF):
        return main
    places = []
    for m in _PLACE_RE.finditer(piece):
        nxt = piece[m.end() : m.end() + 1]
        subject = (
            not nxt or nxt in _SUBJECT_NEXT or VERB_RE.match(piece, m.end()) or CUE_RE.match(piece, m.end())
        )
        if (m.start() == 0 or piece[m.start() - 1] in "与和及、") and subject:
            places.append(_PLACES[m.group()])
    return "、".join(dict.fromkeys(places)) if places else None


def expand(org: str, main: str | None) -> str:
    """``市交通运输局`` -> ``深圳市交通运输局`` when the article's actor is a city, a district or a
    city body (深圳市人民政府办公厅)."""
    city = "深圳市" if main and (main.endswith("区") or main.startswith("深圳市")) else None
    if org.startswith("市") and city:
        return city + org[1:]
    if org.startswith("区") and main and main.endswith("区"):
        return main + org[1:]
    if org.startswith("区") and main and (d := re.match(r"[\u4e00-\u9fff]{2,4}?区(?=人民政府|政府)", main)):
        return d.group() + org[1:]  # 坪山区人民政府办公室 issues the plan: 区民政局 is 坪山区民政局
    return org


def actor(text: str, masked: str, a: int, h: int, k: int, main: str | None) -> str | None:
    """The unit's own subject, else the subject of its sentence, else the article's actor.

    A named non-government subject (a facility, a school, a pilot scheme) gives None."""
    lead = text[a:h]
    own = subject_actor(lead, main)
    if own:
        return own
    whole = lead.lstrip("，,、 ")
    bare = _LEAD_RE.sub("", whole)
    implied = bool(_MODAL_LEAD_RE.search(_LEAD_RE.sub("", whole[:2]) + whole)) or any(
        v in bare for v in _REPORTING
    )
    bare = re.sub(r"[正将已也还要在于并现再]+$", "", bare)
    opens = ("在", "对", "通过", "按照", "以", "围绕", "依托", "自", "为", "根据")
    if len(bare) >= 4 and not implied and not bare.startswith(opens):
        return None  # a non-government subject (a facility, a school, a pilot scheme)
    start = max(masked.rfind(c, 0, a) for c in SENT_END) + 1
    first = VERB_RE.search(masked, start, k)
    sentence = subject_actor(text[start : first.start()], main, whole=True) if first else None
    return sentence or main


def main_actor(paras: Sequence[Paragraph]) -> str | None:
    """The article's usual actor: a body in its title, else its most mentioned place."""
    for p in paras:
        if p.role == "title" and (m := GOV_RE.search(p.text)):
            return expand(m.group(), None)
    counts = Counter(_PLACES[m.group()] for p in paras for m in _PLACE_RE.finditer(p.text))
    return counts.most_common(1)[0][0] if counts else None


def plan_period(paras: Sequence[Paragraph]) -> str | None:
    """The period of the plan an article announces (《…(2022-2023年)》 released or issued)."""
    for p in paras:
        for m in re.finditer(r"(?:发布|印发|出台)《([^》]*)》", p.text):
            if r := _RANGE_RE.search(m.group(1)):
                return f"{r.group(1)}-{r.group(2)}"
    return None


def own_plan_period(paras: Sequence[Paragraph]) -> str | None:
    """The period a plan's own text names in its title or its notice (…实施方案（2025—2027年）)."""
    for p in paras:
        named = p.role == "title" or "方案" in p.text or "计划" in p.text
        if named and (r := _RANGE_RE.search(p.text)):
            return f"{r.group(1)}-{r.group(2)}"
    return None


def article_dates(doc: Document) -> dict[int, str]:
    """Publication date per article; an undated article inherits the previous one's date."""
    out: dict[int, str] = {}
    last: str | None = None
    for i, art in enumerate(doc.articles):
        date = art.published or find_date(doc.article_paragraphs(i)[:6])
        last = date or last
        if last:
            out[i] = last
    return out


def find_date(paras: Sequence[Paragraph]) -> str | None:
    text = "\n".join(p.text for p in paras)
    m = _PUB_RE.search(text) or _ANY_DATE_RE.search(text)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def is_past(horizon: str | None, date: str | None) -> bool:
    """A single year before the article's year, a part of a year that ended before the
    article's month, or a day up to the article's date."""
    if not horizon or not date:
        return False
    if re.fullmatch(r"\d{4}", horizon):
        return horizon < date[:4]
    if m := re.fullmatch(r"\d{4}-\d{2}/(\d{4}-\d{2})", horizon):
        return m.group(1) < date[:7]  # a quarter or half year that closed before the article
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", horizon)) and horizon <= date


_PART_AHEAD_RE = re.compile(r"年底|年末|下半年|上半年|[一二三四1-4]季度|第[一二三四1-4]季")


def is_future(horizon: str | None, date: str | None, text: str = "") -> bool:
    """A time that starts after the article: a later year (or a plan period starting after it),
    a month after the article's month, a day after its date; or the article's own year when
    ``text`` (the clause and its time hint) names a part of it, which resolves to the year
    alone only while it is ahead (年底 before December, 下半年 in May)."""
    if not horizon or not date:
        return False
    first = horizon.split("/")[0]
    if horizon == date[:4] and (m := _PART_AHEAD_RE.search(text)):
        return m.group() not in ("年底", "年末") or date[5:7] != "12"
    if re.fullmatch(r"\d{4}(?:-\d{4})?", horizon):
        return horizon[:4] > date[:4]
    if re.fullmatch(r"\d{4}-\d{2}", first):
        return first > date[:7]
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", first)) and first > date
