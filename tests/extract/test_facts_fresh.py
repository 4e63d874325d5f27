"""Facts: mechanisms found on the fresh gold documents (tests/fresh), each with sentences
written for these tests (the figures are illustrative)."""

from __future__ import annotations

import dataclasses

import pytest

from tequ.extract.facts import extract_facts
from tequ.ingest.files import load_bytes
from tequ.model import Document, Fact


def make_doc(
    body: str, published: str | None = "2025-07-18", title: str = "宝安区发布经济运行数据"
) -> Document:
    """A cleaned one-article document whose publication date is ``published``."""
    doc = load_bytes("sample.txt", f"{title}\n\n{body}\n".encode())
    arts = tuple(dataclasses.replace(a, published=published) for a in doc.articles)
    return dataclasses.replace(doc, articles=arts)


def facts_of(body: str, **kw: str | None) -> list[Fact]:
    return extract_facts(make_doc(body, **kw))


def one(body: str, value: float, **kw: str | None) -> Fact:
    """The fact of ``body`` with ``value`` (fails when there is none)."""
    found = [f for f in facts_of(body, **kw) if abs(f.value - value) < 1e-6]
    assert found, f"no fact with value {value} in {[(f.quote, f.value) for f in facts_of(body, **kw)]}"
    return found[0]


# ------------------------------------------------------------------ numbers and units
@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("园区屋顶光伏装机容量达到3万千瓦。", 30_000, "千瓦"),  # 万 is the number's, 千瓦 the unit
        ("全年用电量8.2亿千瓦时。", 820_000_000, "千瓦时"),
        ("绿道总长度增加到12万千米。", 120_000, "公里"),
        ("新建储能电站容量不低于50兆瓦时。", 50, "兆瓦时"),
        ("海上风电装机规模达到1.5吉瓦。", 1.5, "吉瓦"),
    ],
)
def test_fresh_energy_units_after_a_magnitude(body: str, value: float, unit: str) -> None:
    assert one(body, value).unit == unit


def test_fresh_doubling_with_perfective_le() -> None:
    f = one("跨境电商包裹量比去年同期翻了一番。", 100)
    assert (f.kind, f.unit, f.quote) == ("change", "%", "翻了一番")


def test_fresh_second_rank_of_a_list_keeps_the_subject() -> None:
    fs = [f for f in facts_of("全年港口货运量居全省第二、全国第五。") if f.kind == "rank"]
    assert [(f.value, f.subject) for f in fs] == [
        (2, "宝安区港口货运量全省排名"),
        (5, "宝安区港口货运量全国排名"),
    ]


def test_fresh_floor_before_the_verb() -> None:
    assert one("每个社区至少配建3个便民服务点。", 3).qualifier == "at_least"
    assert one("全区新增学位6000个。", 6000).qualifier == "exact"


# ------------------------------------------------------------------ periods
def test_fresh_month_named_then_same_month() -> None:
    assert one("6月当月，全区社会消费品零售总额125亿元。", 12_500_000_000).period == "2025-06"


def test_fresh_half_year_goes_on_into_later_sentences() -> None:
    body = "上半年，全区外贸进出口860亿元，同比增长5.2%。港口货物吞吐量完成1.6亿吨，同比增长3.1%。"
    assert one(body, 160_000_000).period == "2025-01/2025-06"
    assert one(body, 3.1).period == "2025-01/2025-06"


def test_fresh_half_year_of_the_lead_is_the_reporting_period() -> None:
    body = "上半年，全区实现地区生产总值1500亿元，同比增长6.1%。\n\n新登记经营主体2.1万户，保持较快增长。"
    assert one(body, 21_000).period == "2025-01/2025-06"
    plan = "力争上半年完成重点项目投资50亿元。\n\n全区新建社区公园8个。"
    assert one(plan, 8, published="2025-03-02").period != "2025-01/2025-06"  # an aim, not a report


def test_fresh_bare_rank_clause_takes_the_figure_before() -> None:
    body = "2024年1—11月，全市进出口总额3.9万亿元。交易中心全年交易额820亿元，居同类平台首位。"
    assert one(body, 1, published="2025-01-05").period == "2024"
