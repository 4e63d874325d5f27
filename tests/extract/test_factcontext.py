"""Periods and places of facts around time words (tequ.extract.factcontext via extract_facts).

Every sentence here is written for these tests; the figures are illustrative.
"""

from __future__ import annotations

import re

import pytest
from test_facts import facts_of, one

from tequ.extract import factcontext as fc


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("2019年以来，全区累计新增学位6万个。", "2019/2025"),  # no 自: the suffix is enough
        ("自2019年以来，全区累计新增学位6万个。", "2019/2025"),
        ("2021年起，全区共建成口袋公园90个。", "2021/2025"),
        ("2019年至今，全区共建成口袋公园90个。", "2019/2025"),
    ],
)
def test_facts_since_a_year_runs_to_the_publication_year(body: str, period: str) -> None:
    facts = [f for f in facts_of(body, published="2025-02-10") if f.value in (60000, 90)]
    assert [f.period for f in facts] == [period]


def test_facts_since_a_year_runs_to_the_context_year() -> None:
    assert one("2024年是收官之年。2019年以来，全区累计新增学位6万个。", 60000).period == "2019/2024"


@pytest.mark.parametrize(
    ("published", "period"),
    [
        ("2024-12-12", "2024-01/2024-11"),  # reported after the months
        ("2024-11-28", "2024-01/2024-11"),  # within the last month of the range
        ("2024-06-03", "2023-01/2023-11"),  # the range ends after the publication month
    ],
)
def test_facts_month_range_without_year_follows_publication(published: str, period: str) -> None:
    body = "1—11月，全市社会消费品零售总额增长6.5%。"
    assert one(body, 6.5, published=published).period == period


def test_facts_day_later_in_the_publication_month_stays_in_that_year() -> None:
    f = one("10月26日，全市新开通公交线路12条。", 12, published="2024-10-20")
    assert f.period is not None and f.period.startswith("2024")


@pytest.mark.parametrize("sep", ["", "，"])
def test_facts_quarter_before_a_place_name_starting_with_qian(sep: str) -> None:
    f = one(f"一季度{sep}前海实现税收收入180亿元。", 18_000_000_000, published="2025-04-28")
    assert (f.place, f.period) == ("前海", "2025-01/2025-03")


def test_cue_trigger_lookahead_changes_nothing() -> None:
    plain = re.compile(fc._CUE_RE.pattern.split(")", 1)[1])  # without the leading look-ahead
    text = "目前全年累计新增，其中连续3年增长，近5年来年均增加，十年累计翻番，已经每年20年以来"
    assert [m.span() for m in fc._CUE_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]
