"""Facts: mechanisms found on the third fresh gold set (tests/fresh3), each with sentences
written for these tests (the figures are illustrative)."""

from __future__ import annotations

from tequ.extract.facts import extract_facts
from tequ.model import Document, Fact
from textdocs import dated_doc, fact_with


def make_doc(body: str, published: str) -> Document:
    """A cleaned one-article document published on ``published``."""
    return dated_doc(body, published, "某区发布年度工作情况")


def facts_of(body: str, published: str) -> list[Fact]:
    return extract_facts(make_doc(body, published))


def one(body: str, value: float, published: str) -> Fact:
    """The fact of ``body`` with ``value`` (fails when there is none)."""
    return fact_with(facts_of(body, published), value)


# ------------------------------------------------------------------ the items of a planned list
PLANNED_LIST = (
    "2024年，全镇社会事业支出完成3.1亿元。\n\n"
    "2025年，镇政府将集中力量办好八项惠民工程：\n\n"
    "一是改造农贸市场4个，惠及商户600户；\n\n"
    "二是为辖区独居老人安装智能烟感，覆盖不少于2000户；\n\n"
    "三是新增公共停车位800个。\n\n"
    "据统计，全镇常住人口为9.6万人。"
)


def test_items_after_a_planned_list_header_are_targets_of_its_year() -> None:
    for value, unit in ((4, "个"), (600, "户"), (2000, "户"), (800, "个")):
        f = one(PLANNED_LIST, value, "2025-01-15")
        assert (f.kind, f.period, f.unit) == ("target", "2025", unit), f


def test_the_list_frame_ends_with_the_items() -> None:
    spent = one(PLANNED_LIST, 310_000_000, "2025-01-15")
    people = one(PLANNED_LIST, 96_000, "2025-01-15")
    assert spent.kind == "level" and spent.period == "2024"
    assert people.kind != "target"


def test_a_list_of_things_done_is_no_plan() -> None:
    body = "2024年，镇政府确定的惠民工程已全部完成：\n\n一是改造农贸市场3个；\n\n二是新增公共停车位650个。"
    for value in (3, 650):
        assert one(body, value, "2025-01-15").kind != "target"


# ------------------------------------------------------------------ expected growth of a budget
def test_expected_growth_of_a_budget_is_a_target() -> None:
    body = "2025年，全区税收收入预期增长4%，安排教育支出38亿元。"
    growth, spend = one(body, 4, "2025-01-15"), one(body, 3_800_000_000, "2025-01-15")
    assert (growth.kind, growth.period) == ("target", "2025")
    assert spend.kind == "target"


# ------------------------------------------------------------------ a quarter named without its year
def test_fourth_quarter_in_january_is_the_one_just_past() -> None:
    body = "四季度，全港集装箱吞吐量达到820万标箱，同比增长6%。"
    f = one(body, 8_200_000, "2025-01-10")
    assert f.period == "2024-10/2024-12"


def test_next_quarter_in_spring_is_not_moved_back() -> None:
    body = "三季度，新航站楼将投入使用，预计新增停车位1200个。"
    f = one(body, 1200, "2025-05-10")
    assert f.period is None or f.period.startswith("2025")


# ------------------------------------------------------------------ a project's total investment
def test_total_investment_after_a_start_date_has_no_period() -> None:
    body = "会展中心二期工程已于2024年9月开工建设，总投资约48亿元。"
    f = one(body, 4_800_000_000, "2025-01-10")
    assert (f.period, f.qualifier) == (None, "about")


def test_signed_total_investment_keeps_its_day() -> None:
    body = "2024年12月28日，首批签约项目15个，总投资超过60亿元。"
    f = one(body, 6_000_000_000, "2025-01-10")
    assert f.period is not None and f.period.startswith("2024")


# ------------------------------------------------------------------ an aim after a past event
def test_an_aim_after_a_past_start_date_takes_no_month() -> None:
    body = "物流园三期已于2024年10月动工，建成后将新增仓储能力50万吨。"
    f = one(body, 500_000, "2025-01-10")
    assert (f.kind, f.period) == ("target", None)


def test_an_aim_with_its_own_year_keeps_it() -> None:
    body = "物流园三期已于2024年10月动工，力争2026年新增仓储能力50万吨。"
    f = one(body, 500_000, "2025-01-10")
    assert (f.kind, f.period) == ("target", "2026")
