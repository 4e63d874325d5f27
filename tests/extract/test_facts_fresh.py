"""Facts: mechanisms found on the fresh gold documents (tests/fresh), each with sentences
written for these tests (the figures are illustrative)."""

from __future__ import annotations

import pytest

from tequ.extract.facts import extract_facts
from tequ.model import Document, Fact
from textdocs import dated_doc, fact_with


def make_doc(
    body: str, published: str | None = "2025-07-18", title: str = "宝安区发布经济运行数据"
) -> Document:
    """A cleaned one-article document whose publication date is ``published``."""
    return dated_doc(body, published, title)


def facts_of(body: str, **kw: str | None) -> list[Fact]:
    return extract_facts(make_doc(body, **kw))


def one(body: str, value: float, **kw: str | None) -> Fact:
    """The fact of ``body`` with ``value`` (fails when there is none)."""
    return fact_with(facts_of(body, **kw), value)


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


# ------------------------------------------------------------------ plans
_PLAN_TITLE = "关于印发《光明区社区体育设施建设三年行动计划(2025—2027年)》的通知"
_PLAN_BODY = (
    "为加快补齐社区体育设施短板，结合我区实际，制定本行动计划。\n\n一、现状\n\n2024年，全区新建社区球场45个，同比增长9%。\n\n"
    "二、目标\n\n到2027年，全区社区球场总数达到600个。三年内新增健身步道80公里，新增社区球场不少于150个。\n\n"
    "(一)新建智慧健身驿站30座，配套储物柜不低于500个。每年举办社区运动会不少于20场。"
    "其中，2025年新建驿站8座，2026年、2027年分别新建10座、12座。"
)


def test_fresh_figures_of_a_plan_are_targets_of_its_period() -> None:
    got = {
        f.value: (f.kind, f.period) for f in facts_of(_PLAN_BODY, published="2025-03-20", title=_PLAN_TITLE)
    }
    assert got[45] == ("count", "2024")  # the baseline stays what it was
    assert got[9] == ("change", "2024")
    assert got[600] == ("target", "2027")
    assert got[500] == ("target", "2025/2027")  # after a target in its sentence
    assert got[80] == ("target", "2025/2027")
    assert got[150] == ("target", "2025/2027")
    assert got[30] == ("target", "2025/2027")
    assert got[20] == ("target", None)  # every year: no single period
    assert got[8] == ("target", "2025")
    assert got[10] == ("target", "2026")  # 分别: the k-th year listed before
    assert got[12] == ("target", "2027")


def test_fresh_report_on_a_plan_keeps_prose_figures_and_reads_plan_years() -> None:
    body = (
        "近日，区政府印发《坪山区养老服务提升方案(2025—2027年)》，明确三年内新增养老床位1200张，"
        "其中护理型床位约800张。\n\n"
        "方案梳理出18项重点任务，区民政局将同步建设长者饭堂20个。"
    )
    got = {
        f.value: (f.kind, f.period)
        for f in facts_of(body, published="2025-05-06", title="坪山区印发养老服务方案")
    }
    assert got[1200] == ("target", "2025/2027")
    assert got[800] == ("target", "2025/2027")
    assert got[18][0] == "count"  # what the plan holds is no aim
    assert got[20] == ("target", None)  # an aim, but no time of its own in a report on the plan


def test_fresh_nine_year_school_is_no_plan_length() -> None:
    body = "(二)对九年一贯制学校推行代建模式，建设周期压缩约三成。"
    f = one(body, -30, published="2025-03-20", title=_PLAN_TITLE)
    assert f.period != "2025/2033"


# ------------------------------------------------------------------ stocks in a span of months
def test_fresh_count_reached_in_a_quarter_is_on_its_last_day() -> None:
    body = "一季度，全区外贸航线增至126条，通达全球40个国家和地区。其中，新开航线5条。"
    got = {f.value: f.period for f in facts_of(body, published="2025-04-20")}
    assert got[126] == "2025-03-31"
    assert got[40] == "2025-03-31"
    assert got[5] == "2025-01/2025-03"  # a flow of the quarter
    flow = "一季度，全港集装箱吞吐量达到710万标箱。"
    assert one(flow, 7_100_000, published="2025-04-20").period == "2025-01/2025-03"  # a level: the flow


def test_fresh_time_after_the_figure_in_its_clause() -> None:
    body = "2024年，园区工业产值增长8%。首批三座厂房已于今年陆续投用。"
    assert one(body, 3, published="2025-11-02").period == "2025"


def test_fresh_part_after_a_change_since_a_day_is_on_the_day_reached() -> None:
    body = "截至6月底，全市累计建成充电站520座，较去年底净增60座，其中超充站占比达到35%。"
    got = {f.value: f.period for f in facts_of(body, published="2025-07-15")}
    assert got[60] == "2024-12-31/2025-06-30"  # the change spans from the base day
    assert got[35] == "2025-06-30"


# ------------------------------------------------------------------ aims and what is done
def test_fresh_about_before_a_need_verb() -> None:
    assert one("隧道建成后从南头乘车到机场约需12分钟。", 12).qualifier == "about"


def test_fresh_within_the_year_is_this_year() -> None:
    body = "2024年，全市新开航线9条。市交通运输局表示，将于年内再开通跨境巴士线路6条。"
    f = one(body, 6, published="2025-11-05")
    assert (f.kind, f.period) == ("target", "2025")


def test_fresh_done_clause_after_a_plan_is_no_aim() -> None:
    body = "今年计划筹集保障性租赁住房1.5万套，目前已完成8200套。"
    assert one(body, 15_000, published="2025-09-01").kind == "target"
    assert one(body, 8200, published="2025-09-01").kind == "count"


def test_fresh_plan_marker_before_an_adverb_of_extent() -> None:
    body = "按照计划，该区今年将基本完成老旧燃气管网改造，新增管道燃气用户2.6万户。"
    assert one(body, 26_000, published="2025-08-20").kind == "target"


def test_fresh_plan_word_time_is_no_reporting_period() -> None:
    body = "地铁新线日前通过安全评估，预计年内开通运营。\n\n新线全长约6.1公里，设站4座。"
    assert one(body, 4, published="2025-11-18").period is None


def test_fresh_one_after_a_perfective_is_an_article() -> None:
    assert not [f for f in facts_of("社区入口设了一处便民驿站，提供快递收发服务。") if f.value == 1]
    assert one("全区新增一处应急避难场所。", 1).unit == "处"  # a flow verb: a count


@pytest.mark.parametrize(
    ("text", "horizon"),
    [
        ("关于印发《龙岗区新能源汽车充电设施建设三年行动计划(2025—2027年)》的通知", "2025/2027"),
        ("关于印发《南山区2025—2027年社区养老服务行动方案》的通知", "2025/2027"),  # the years first
        ("深圳市促进低空经济发展行动计划（2025-2027年）", "2025/2027"),
        ("2025—2027年，全区新建公园30个", None),  # years, but no plan named
        ("回顾2020—2024年发展成就", None),
        ("全市国土空间总体规划(2021—2035年)", None),  # a plan that started long before
    ],
)
def test_fresh_plan_horizon_of_a_title(text: str, horizon: str | None) -> None:
    from datetime import date

    from tequ.extract.factcontext import plan_horizon

    assert plan_horizon([text], date(2025, 4, 1))[0] == horizon


def test_fresh_aim_word_right_before_the_figure() -> None:
    assert one("今年全区研发投入强度目标6.5%。", 6.5, published="2025-03-01").kind == "target"
    assert one("去年完成了年度目标，全年新增企业120家。", 120, published="2025-03-01").kind == "count"


def test_fresh_time_of_a_relative_clause_frames_nothing_after() -> None:
    body = "2024年承诺的政务服务专区已建成运行，可办理跨境高频事项126项。"
    assert one(body, 126, published="2026-03-18").period != "2024"
    noun = "2024年全市的地区生产总值增长5.8%，新增企业2万家。"  # a noun before 的: the frame stays
    assert one(noun, 20_000, published="2025-02-01").period == "2024"
