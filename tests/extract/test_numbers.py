"""Number expressions: parse_number values and rejections, find_numbers spans and flags,
data-table integrity, property tests (round trips, never raising), scanner equivalence."""

from __future__ import annotations

import re
from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tequ.errors import ParseError
from tequ.extract import numbers as numbers_mod
from tequ.extract.numbers import NumberSpan, find_numbers, parse_number, parse_quantity
from tequ.extract.numdata import (
    ASCII_UNITS,
    DIGITS,
    FIXED_PHRASES,
    LARGE_UNITS,
    MEASURE_WORDS,
    SMALL_UNITS,
    TENS,
)
from tequ.extract.numparse import normalise, parse_plain

# -- data tables ------------------------------------------------------------------------------


def test_numdata_tables_are_clean() -> None:
    for table in (MEASURE_WORDS, FIXED_PHRASES, ASCII_UNITS):
        assert all(w and w == w.strip() for w in table)
        assert len(set(table)) == len(table), [w for w in table if table.count(w) > 1]
    assert set(DIGITS.values()) == set(range(10))
    assert all(len(c) == 1 for c in (*DIGITS, *TENS, *SMALL_UNITS, *LARGE_UNITS))
    assert not set(DIGITS) & set(SMALL_UNITS) & set(LARGE_UNITS)


def test_numdata_fixed_phrases_contain_a_numeral() -> None:
    numerals = set(DIGITS) | set(SMALL_UNITS) | set(LARGE_UNITS)
    assert all(numerals & set(w) for w in FIXED_PHRASES)


# -- parse_number -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5", 1234.5),
        ("１２３", 123),
        ("３．５", 3.5),
        ("一百二十三万", 1_230_000),
        ("二〇二四", 2024),
        ("两", 2),
        ("负三", -3),
        ("-10.1万", -101_000),
        ("百分之十二点五", 12.5),
        ("12.5%", 12.5),
        ("三成", 30),
        ("五成", 50),
        ("壹佰贰拾叁", 123),
        ("玖仟陆佰陆拾伍圆壹角捌分", 9665.18),
        ("2.73亿", 273_000_000),
        ("1.5万", 15_000),
        ("4.1万亿", 4_100_000_000_000),
        ("9505万", 95_050_000),
        ("2236.61亿", 223_661_000_000),
        ("三万五", 35_000),
        ("一百二", 120),
        ("十三万五", 135_000),
        ("一亿五千万零六千三百五十五", 150_006_355),
        ("一万零一", 10_001),
        ("廿二", 22),
        ("三点五亿", 350_000_000),
        ("二十点一万", 201_000),
        ("百分之百", 100),
        ("一千一百一十一万一千一百一十一亿", 1_111_111_100_000_000),
    ],
)
def test_parse_number_values(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


def test_parse_number_fraction_and_permille() -> None:
    assert parse_number("三分之一") == pytest.approx(1 / 3)
    assert parse_quantity("千分之五") == (5.0, "permille")
    assert parse_quantity("5‰") == (5.0, "permille")
    assert parse_quantity("万分之五") == (0.05, "percent")
    assert parse_quantity("三成") == (30.0, "percent")
    assert parse_quantity("1.5万") == (15000.0, "")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "负",
        "元整",
        "零点",
        "点一",
        "零点点",
        "百十一",
        "十一十二",
        "10..1万",
        "10.1万零100",
        "万",
        "abc",
        "一带",
    ],
)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_number(text)


# -- find_numbers -----------------------------------------------------------------------------


def _found(text: str) -> list[tuple[str, float, float | None]]:
    return [(n.text, n.value, n.high) for n in find_numbers(text)]


def test_find_numbers_keeps_magnitudes_whole() -> None:
    text = "全年营收达2236.61亿元，进出口总额1.2万亿元，旅客9505万人次。"
    assert _found(text) == [
        ("2236.61亿", 223_661_000_000, None),
        ("1.2万亿", 1_200_000_000_000, None),
        ("9505万", 95_050_000, None),
    ]
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


def test_find_numbers_ranges() -> None:
    assert _found("预计3至5万人参加") == [("3至5万", 30_000, 50_000)]
    assert _found("约3-5万元") == [("3-5万", 30_000, 50_000)]
    assert _found("有十七八万人") == [("十七八万", 170_000, 180_000)]
    assert _found("补贴1万元-5万元") == [("1万元-5万", 10_000, 50_000)]
    assert _found("票价一百二十到一百五十万元") == [("一百二十到一百五十万", 1_200_000, 1_500_000)]
    assert _found("增长3%-5%") == [("3%-5%", 3, 5)]


def test_find_numbers_month_ranges_are_two_numbers() -> None:
    assert _found("1—11月累计") == [("1", 1, None), ("11", 11, None)]
    assert _found("2022-2023年") == [("2022", 2022, None), ("2023", 2023, None)]


def test_find_numbers_flags() -> None:
    (pct,) = find_numbers("同比增长14%")
    assert pct.percent and pct.value == 14
    (cheng,) = find_numbers("增长三成")
    assert cheng.percent and cheng.value == 30
    (pm,) = find_numbers("下降5‰")
    assert pm.permille
    (ordinal,) = find_numbers("第1000万辆汽车")
    assert ordinal.ordinal and ordinal.value == 10_000_000
    (first,) = find_numbers("位居第一")
    assert first.ordinal and first.value == 1
    (approx,) = find_numbers("500余家企业")
    assert approx.approx_suffix == "余" and approx.bounds() == (500, 600)
    (more,) = find_numbers("30多万人")
    assert more.value == 300_000 and more.approx_suffix == "多"


def test_find_numbers_plan_names() -> None:
    spans = find_numbers("“十四五”规划和十五五时期")
    assert [(n.text, n.value, n.plan) for n in spans] == [("十四五", 14, True), ("十五五", 15, True)]


@pytest.mark.parametrize(
    "text",
    [
        "推进一带一路建设",
        "坚持一国两制方针",
        "全市一盘棋",
        "区域一体化发展",
        "统一部署",
        "唯一",
        "一些企业",
        "一批项目",
        "进一步加强",
        "万马奔腾",
        "千行百业",
        "走进千家万户",
        "十分重要",
        "长三角地区",
        "一是加强监管，二是优化服务",
        "二十大精神",
        "G20峰会和5G基站",
    ],
)
def test_find_numbers_skips_words(text: str) -> None:
    assert find_numbers(text) == []


def test_find_numbers_chinese_needs_context() -> None:
    assert _found("一个项目") == [("一", 1, None)]
    assert _found("两千六百人") == [("两千六百", 2600, None)]
    assert _found("唯一一家") == [("一", 1, None)]
    assert _found("二〇二四") == [("二〇二四", 2024, None)]


def test_find_numbers_latin_units() -> None:
    assert _found("装机100MW") == [("100", 100, None)]


# -- properties -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_parse_number_reads_chinese_integers(n: int) -> None:
    text = cn2an.an2cn(n, "low")
    assert parse_number(text) == n
    assert parse_number(cn2an.an2cn(n, "up")) == n


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, max_value=10**8, places=3, allow_nan=False, allow_infinity=False))
def test_parse_number_reads_chinese_decimals(d: Decimal) -> None:
    text = cn2an.an2cn(str(d), "low")
    assert parse_number(text) == pytest.approx(float(d), rel=1e-12, abs=1e-12)


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.01"), max_value=9999, places=2, allow_nan=False),
    st.sampled_from(["万", "亿", "万亿"]),
)
def test_parse_number_reads_mixed_forms(d: Decimal, mag: str) -> None:
    scale = {"万": Decimal(10**4), "亿": Decimal(10**8), "万亿": Decimal(10**12)}[mag]
    text = f"{d.normalize():f}{mag}"
    assert parse_number(text) == pytest.approx(float(d * scale), rel=1e-12)
    (span,) = find_numbers(f"达到{text}元")
    assert span.text == text


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_find_numbers_never_raises(text: str) -> None:
    for n in find_numbers(text):
        assert isinstance(n, NumberSpan)
        assert 0 <= n.start < n.end <= len(text)
        assert text[n.start : n.end] == n.text


_NUMERIC_SOUP = st.text(
    alphabet="0123456789.,一二三四五六七八九十百千万亿零两第负%成至-多余个人元年月", max_size=40
)


@settings(max_examples=400, deadline=None)
@given(_NUMERIC_SOUP)
def test_find_numbers_never_raises_on_numeral_soup(text: str) -> None:
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


@settings(max_examples=300, deadline=None)
@given(_NUMERIC_SOUP)
def test_find_numbers_trigger_scan_equals_finditer(text: str) -> None:
    fast = [m.span() for m in numbers_mod.iter_matches(numbers_mod._SCAN_RE, numbers_mod._TRIGGER_RE, text)]
    slow = [m.span() for m in numbers_mod._SCAN_RE.finditer(text) if m.end() > m.start()]
    assert fast == slow
    assert [m.span() for m in numbers_mod._SCAN_AT_TRIGGER_RE.finditer(text)] == slow


def test_find_numbers_trigger_covers_every_start() -> None:
    for word in FIXED_PHRASES:
        assert numbers_mod._TRIGGER_RE.match(word)
    assert re.fullmatch(numbers_mod._TRIGGER_RE, "５")


def test_find_numbers_news_details() -> None:
    assert _found("最低气温零下2℃") == [("零下2", -2, None)]
    (staff,) = find_numbers("近八成员工参与培训")
    assert staff.percent and staff.value == 80
    assert _found("提出三大建议和十大行动") == [("三", 3, None), ("十", 10, None)]
    assert _found("中共一大和二十大") == []
    assert _found("电话0755-88888888") == [("0755", 755, None), ("88888888", 88888888, None)]
    assert _found("新台币 177.1 亿元") == [("177.1 亿", 17_710_000_000, None)]
    assert _found("两个亿") == [("两个亿", 200_000_000, None)]


def test_find_numbers_vague_multitudes_are_ranges() -> None:
    assert _found("数十家企业") == [("数十", 10, 100)]
    assert _found("几十万块") == [("几十万", 100_000, 1_000_000)]
    assert _found("成千上万的市民") == []
    assert _found("1万(含)-5万元") == [("1万(含)-5万", 10_000, 50_000)]


@settings(max_examples=500, deadline=None)
@given(st.one_of(_NUMERIC_SOUP, st.text(max_size=30)))
def test_parse_number_returns_a_float_or_raises_parse_error(text: str) -> None:
    try:
        value = parse_number(text)
    except ParseError:
        return
    assert value == value and abs(value) < 1e25


def test_find_numbers_traditional_script() -> None:
    assert _found("增長三點五億元，兩萬人") == [("三點五億", 350_000_000, None), ("兩萬", 20_000, None)]


@settings(max_examples=400, deadline=None)
@given(
    st.from_regex(r"[0-9]{1,14}(\.[0-9]{1,4})?", fullmatch=True),
    st.sampled_from(sorted(numbers_mod._MAGNITUDES)),
)
def test_core_value_shortcut_matches_the_section_parser(digits: str, magnitude: str) -> None:
    core = digits + magnitude
    try:
        slow: Decimal | str = parse_plain(normalise(core), core)
    except ParseError:
        slow = "error"
    try:
        fast: Decimal | str = numbers_mod._core_value(core)[0]
    except ParseError:
        fast = "error"
    assert fast == slow
