"""Time expressions: parse_time values, to_period strings (gold conventions), find_times
spans and false positives, data-table integrity, property tests."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tequ.errors import ParseError
from tequ.extract import periods as periods_mod
from tequ.extract.periods import TimeSpan, TimeValue, find_times, parse_time, to_period
from tequ.extract.timebase import solar_term
from tequ.extract.timedata import (
    COUNT_LEAD,
    DAY_WORDS,
    GLUED_WORDS,
    MONTH_WORDS,
    UNITS,
    VAGUE_NOW,
    VAGUE_RECENT_YEARS,
    WEEK_PREFIXES,
    WEEKDAYS,
    WORD_LEAD,
    YEAR_WORDS,
)

BASE = date(2025, 3, 21)  # a Friday


# -- data tables ------------------------------------------------------------------------------


def test_timedata_tables_are_clean() -> None:
    for table in (YEAR_WORDS, MONTH_WORDS, DAY_WORDS, VAGUE_NOW, VAGUE_RECENT_YEARS, UNITS):
        assert all(k and k == k.strip() for k in table)
    assert all(-4 <= v <= 4 for t in (YEAR_WORDS, MONTH_WORDS, DAY_WORDS) for v in t.values())
    assert set(WEEKDAYS.values()) == set(range(7))
    assert all(-3 <= v <= 3 for v in WEEK_PREFIXES.values())
    assert not set(YEAR_WORDS) & set(MONTH_WORDS)


# -- parse_time and to_period -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2024年9月20日", "2024-09-20"),
        ("2024年1—11月", "2024-01/2024-11"),
        ("2024年1-11月", "2024-01/2024-11"),
        ("2025年全年", "2025"),
        ("2025年", "2025"),
        ("2022-2023年", "2022/2023"),
        ("2026—2030年", "2026/2030"),
        ("今年11月下旬", "2025-11-21/2025-11-30"),
        ("上半年", "2025-01/2025-06"),
        ("第三季度", "2025-07/2025-09"),
        ("一季度", "2025-01/2025-03"),
        ("前三季度", "2025-01/2025-09"),
        ("今年前三季度", "2025-01/2025-09"),
        ("截至2024年底", "2024-12-31"),
        ("截至2024年6月", "2024-06-30"),
        ("去年", "2024"),
        ("今年", "2025"),
        ("明年", "2026"),
        ("上月", "2025-02"),
        ("本月", "2025-03"),
        ("下个月", "2025-04"),
        ("近日", "2025-03-21"),
        ("十四五", "2021/2025"),
        ("“十五五”", "2026/2030"),
        ("十三五", "2016/2020"),
        ("一五", "1953/1957"),
        ("2021.6.14", "2021-06-14"),
        ("20240307", "2024-03-07"),
        ("二〇二四年十一月", "2024-11"),
        ("6月14日", "2025-06-14"),
        ("周一", "2025-03-17"),
        ("上周", "2025-03-10/2025-03-16"),
        ("80年代", "1980/1989"),
        ("21世纪", "2000/2099"),
        ("上世纪80年代", "1980/1989"),
        ("2017年8月11日至8月22日", "2017-08-11/2017-08-22"),
        ("9月20-25日", "2025-09-20/2025-09-25"),
        ("2024年三季度末", "2024-09"),
    ],
)
def test_parse_time_periods(text: str, period: str) -> None:
    assert to_period(parse_time(text, BASE)) == period


def test_parse_time_vague_and_relative() -> None:
    assert parse_time("近日", BASE).vague
    recent = parse_time("近年来", BASE)
    assert recent.vague and recent.end == BASE and recent.start.year < BASE.year
    assert parse_time("近三年", BASE) == TimeValue(date(2022, 3, 21), BASE, "span", vague=True)
    assert parse_time("过去一年", BASE).start == date(2024, 3, 21)
    assert parse_time("未来三年", BASE).start == BASE
    assert parse_time("3天后", BASE) == TimeValue(date(2025, 3, 24), date(2025, 3, 24), "day")
    assert parse_time("两年前", BASE).start == date(2023, 1, 1)
    assert parse_time("年底前", BASE) == TimeValue(BASE, date(2025, 12, 31), "span", vague=True)
    assert parse_time("2019年5月8日起", BASE) == TimeValue(date(2019, 5, 8), BASE, "span")


@pytest.mark.parametrize(("text", "quarter"), [("一季度前", 1), ("二季度以来", 2), ("3季度前", 3)])
def test_parse_time_numbered_quarter_is_that_quarter_not_an_amount(text: str, quarter: int) -> None:
    got = parse_time(text, date(2025, 11, 6))
    assert got.start == date(2025, 3 * quarter - 2, 1)  # Q1/Q2/Q3 of the year, not "N quarters ago"


def test_parse_time_quarters_with_ge_are_an_amount() -> None:
    assert parse_time("两个季度前", date(2025, 11, 6)).start == date(2025, 5, 1)


@pytest.mark.parametrize("text", ["一季度前海新设企业", "二季度前海税收", "一季度，前海"])
def test_find_times_qian_of_a_place_name_is_no_suffix(text: str) -> None:
    assert [t.text for t in find_times(text, BASE)][:1] == [text[:3]]


def test_parse_time_year_end_is_vague_span_but_cutoff_is_a_day() -> None:
    end = parse_time("2024年底", BASE)
    assert end.vague and (end.start, end.end) == (date(2024, 11, 1), date(2024, 12, 31))
    assert parse_time("截至2024年末", BASE) == TimeValue(date(2024, 12, 31), date(2024, 12, 31), "day")


def test_parse_time_two_digit_years_follow_the_base() -> None:
    assert parse_time("98年4月", date(1997, 7, 1)).start == date(1998, 4, 1)
    assert parse_time("24年", date(2021, 6, 14)).start == date(2024, 1, 1)
    assert parse_time("三三年", date(2021, 6, 14)).start == date(1933, 1, 1)


def test_parse_time_relative_needs_a_base() -> None:
    with pytest.raises(ParseError):
        parse_time("去年", None)
    assert parse_time("2024年3月", None).start == date(2024, 3, 1)


@pytest.mark.parametrize("text", ["", "17号线", "连续32年", "苹果", "2月30日", "13月", "1-2个"])
def test_parse_time_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_time(text, BASE)


def test_to_period_open_ends_and_day_spans() -> None:
    assert to_period(TimeValue(date.min, date(2025, 12, 31), "span")) == "/2025-12-31"
    assert to_period(TimeValue(date(2024, 1, 5), date(2024, 2, 3), "span")) == "2024-01-05/2024-02-03"
    assert to_period(TimeValue(date(2024, 12, 1), date(2025, 2, 28), "span")) == "2024-12/2025-02"


def test_solar_terms_match_known_dates() -> None:
    assert solar_term(2021, "立春") == date(2021, 2, 3)
    assert solar_term(2024, "立春") == date(2024, 2, 4)
    assert solar_term(2018, "立夏") == date(2018, 5, 5)
    assert solar_term(2021, "立冬") == date(2021, 11, 7)


def test_to_period_matches_gold_periods(gold_dir: Path) -> None:
    """Every gold period string is a shape to_period can produce (year, month, day, spans)."""
    shapes = {to_period(parse_time(t, BASE)) for t in ("2024年", "2024年3月", "2024年3月5日")}
    assert shapes == {"2024", "2024-03", "2024-03-05"}
    for path in gold_dir.glob("*.gold.json"):
        for fact in json.loads(path.read_text(encoding="utf-8"))["facts"]:
            p = fact.get("period")
            if p:
                a, _, b = p.partition("/")
                start = parse_time(a if len(a) != 4 else f"{a}年", BASE).start
                end = parse_time(b or a if len(b or a) != 4 else f"{b or a}年", BASE).end
                assert to_period(TimeValue(start, end, "span")) == p


# -- find_times -------------------------------------------------------------------------------


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, to_period(t.value) if t.value else None) for t in find_times(text, BASE)]


def test_find_times_news_forms() -> None:
    text = "2024年1—11月，全市实现增长；截至2024年底累计完成。今年11月下旬启动，“十四五”规划收官。"
    assert _spans(text) == [
        ("2024年1—11月", "2024-01/2024-11"),
        ("截至2024年底", "2024-12-31"),
        ("今年11月下旬", "2025-11-21/2025-11-30"),
        ("十四五", "2021/2025"),
    ]


def test_find_times_relative_and_ranges() -> None:
    assert _spans("2022-2023年和2026—2030年") == [("2022-2023年", "2022/2023"), ("2026—2030年", "2026/2030")]
    assert _spans("近日，上半年，前三季度，近三年") == [
        ("近日", "2025-03-21"),
        ("上半年", "2025-01/2025-06"),
        ("前三季度", "2025-01/2025-09"),
        ("近三年", "2022-03-21/2025-03-21"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "地铁17号线和5号线",
        "连续32年位居全国第一",
        "每人1-2个名额",
        "第1000万辆汽车下线",
        "身份证号140302197706220124。",
        "有十分之一的概率",
        "调高24点5度",
        "一日之计在于晨",
        "夜间经济",
    ],
)
def test_find_times_false_positives(text: str) -> None:
    assert find_times(text, BASE) == []


def test_find_times_without_base_keeps_relative_spans() -> None:
    (span,) = find_times("去年增长", None)
    assert span.text == "去年" and span.value is None


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_find_times_never_raises(text: str) -> None:
    for t in find_times(text, BASE):
        assert isinstance(t, TimeSpan)
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text


_TIME_SOUP = st.text(
    alphabet="0123456789一二三十年月日号至-—今去上下本周季度前后底末近第截至初中天半个来以内最过接未同次大长全当 :点时分",
    max_size=40,
)


def test_find_times_range_guard_covers_the_longest_left_side() -> None:
    longest = re._parser.parse(f"(?:{periods_mod._LEFT})(?:{periods_mod._CLOCK})?").getwidth()[1]  # type: ignore[attr-defined]
    assert longest <= periods_mod._LEFT_MAX
    assert [t.text for t in find_times("2024年12月31日下午3点30分  至2025年1月2日", BASE)] == [
        "2024年12月31日下午3点30分  至2025年1月2日"
    ]


@pytest.mark.parametrize("text", ["编号12034年前", "共1234天后", "第121世纪"])
def test_find_times_no_time_starts_inside_a_digit_run(text: str) -> None:
    assert [t.text for t in find_times(text, BASE)] == []


@settings(max_examples=400, deadline=None)
@given(_TIME_SOUP)
def test_find_times_never_raises_on_date_soup(text: str) -> None:
    for t in find_times(text, BASE):
        assert text[t.start : t.end] == t.text
        assert t.value is None or t.value.start <= t.value.end


@settings(max_examples=300, deadline=None)
@given(_TIME_SOUP)
def test_find_times_trigger_lookahead_changes_nothing(text: str) -> None:
    plain = re.compile(periods_mod._NOT_IN_DIGITS + f"(?:{periods_mod._TIME_BODY})")
    fast = [m.span() for m in periods_mod._TIME_RE.finditer(text)]
    slow = [m.span() for m in plain.finditer(text) if m.end() > m.start()]
    assert fast == slow


@settings(max_examples=300, deadline=None)
@given(_TIME_SOUP)
def test_find_times_pattern_without_ranges_agrees_where_no_separator(text: str) -> None:
    text = periods_mod._RANGE_SEP_RE.sub("，", text)  # no range can match
    full = [m.span() for m in periods_mod._TIME_RE.finditer(text)]
    assert [m.span() for m in periods_mod._TIME_ONE_RE.finditer(text)] == full


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("发布于20240105，共1.5万人", ["20240105"]),  # an 8-digit date: digits then anything
        ("20240105发布", ["20240105"]),
        ("共120家、30%、1.5万人", []),  # digits followed by a unit start no time
    ],
)
def test_find_times_digit_starts(text: str, found: list[str]) -> None:
    assert [t.text for t in find_times(text, BASE)] == found


def test_find_times_more_news_forms() -> None:
    assert _spans("3月以来，新增企业") == [("3月以来", "2025-03-01/2025-03-21")]
    assert _spans("3个月以来") == [("3个月以来", "2024-12-01/2025-03-21")]
    assert _spans("2024年度报告") == [("2024年度", "2024")]
    assert _spans("12月18日至20日举行") == [("12月18日至20日", "2025-12-18/2025-12-20")]
    assert _spans("前两个月出口增长") == [("前两个月", "2025-01/2025-02")]
    assert _spans("2024年以来") == [("2024年以来", "2024-01-01/2025-03-21")]
    assert _spans("到2035年前建成") == [("2035年前", "2025-03-21/2035-12-31")]
    assert _spans("十年来持续增长") == [("十年来", "2015-01-01/2025-03-21")]


def test_find_times_relative_year_glued_to_a_word_is_not_a_time() -> None:
    assert find_times("建成后年均客流超过1亿人次", BASE) == []
    assert find_times("投产后年产值达10亿元", BASE) == []
    assert _spans("于后年完成") == [("后年", "2027")]
    assert _spans("比前年增长") == [("前年", "2023")]


def test_find_times_full_width_digits_keep_offsets() -> None:
    text = "于２０２４年１１月１日和２０２４－０３－０５"
    assert _spans(text) == [("２０２４年１１月１日", "2024-11-01"), ("２０２４－０３－０５", "2024-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "主要体现在三个方面",
        "节日前后",
        "一周一次",
        "每周一开放",
        "一年中最热",
        "不同年份",
        "未来年度预算",
        "每年年底",
    ],
)
def test_find_times_word_tails_are_not_times(text: str) -> None:
    assert find_times(text, BASE) == []


def test_find_times_standalone_short_words_still_found() -> None:
    assert _spans("日前，市政府召开会议") == [("日前", "2025-03-21")]
    assert _spans("截至目前") == [("截至目前", "2025-03-21")]
    assert _spans("周一开放") == [("周一", "2025-03-17")]


def test_timedata_glue_tables() -> None:
    assert all(len(w) == 2 for w in GLUED_WORDS)
    assert not set(WORD_LEAD) & set("一二三四五六七八九十")
    assert "每" in COUNT_LEAD


@settings(max_examples=500, deadline=None)
@given(st.one_of(_TIME_SOUP, st.text(max_size=30)))
def test_parse_time_returns_a_range_or_raises_parse_error(text: str) -> None:
    for base in (BASE, None):
        try:
            tv = parse_time(text, base)
        except ParseError:
            continue
        assert tv.start <= tv.end


def test_parse_time_range_into_next_year() -> None:
    assert to_period(parse_time("2024年12月至1月", BASE)) == "2024-12/2025-01"
    assert to_period(parse_time("二〇二四年一至十一月", BASE)) == "2024-01/2024-11"
