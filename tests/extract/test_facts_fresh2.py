"""Facts: mechanisms found on the second fresh gold set (tests/fresh2), each with sentences
written for these tests (the figures are illustrative)."""

from __future__ import annotations

from tequ.extract.facts import extract_facts
from tequ.model import Document, Fact
from textdocs import dated_doc, fact_with


def make_doc(body: str, published: str = "2025-11-20") -> Document:
    """A cleaned one-article document published on ``published``."""
    return dated_doc(body, published, "某区发布经济运行情况")


def facts_of(body: str, published: str = "2025-11-20") -> list[Fact]:
    return extract_facts(make_doc(body, published))


def one(body: str, value: float, published: str = "2025-11-20") -> Fact:
    """The fact of ``body`` with ``value`` (fails when there is none)."""
    return fact_with(facts_of(body, published), value)


# ------------------------------------------------------------------ units
def test_produced_volumes_in_pieces_and_aircraft() -> None:
    body = "1—9月，全市芯片产量86.4亿块，增长12%；无人机产量超过210万架。"
    chips, drones = one(body, 8_640_000_000), one(body, 2_100_000)
    assert (chips.unit, chips.kind) == ("块", "level")
    assert (drones.unit, drones.qualifier) == ("架", "over")


def test_piece_and_aircraft_words_with_chinese_numerals_are_no_quantity() -> None:
    assert facts_of("大楼门口挂着两块牌子，停着一架直升机，工人实行三班倒。") == []


def test_scheduled_services() -> None:
    f = one("码头至机场的航线每日往返9班。", 9)
    assert (f.unit, f.kind) == ("班", "level")


def test_a_length_after_a_speed_word_is_a_speed() -> None:
    f = one("2024年，这条城际铁路全长约80公里，设计时速200公里。", 200)
    assert (f.unit, f.period) == ("公里/小时", None)  # a design speed, like a length, in no period
    assert one("这条城际铁路全长约80公里，设计时速200公里。", 80).unit == "公里"


# ------------------------------------------------------------------ periods
def test_one_month_of_a_span_does_not_end_the_span() -> None:
    body = "1—8月，全市工业增加值增长4.6%。8月当月，工业增加值增长6.1%。工业总产值2.9万亿元，总量居全省首位。"
    assert one(body, 6.1).period == "2025-08"
    assert one(body, 2_900_000_000_000).period == "2025-01/2025-08"
    assert one(body, 1).period == "2025-01/2025-08"


def test_since_a_year_named_in_the_sentence_before_reaches_the_publication_year() -> None:
    body = "2022年5月，片区正式挂牌。2022年以来，片区累计引进企业超过3000家。"
    assert one(body, 3000, published="2025-12-02").period == "2022/2025"


def test_an_average_rate_after_a_since_cue_covers_the_span() -> None:
    body = "2022年以来，片区累计引进企业超过3000家，实际利用外资年均增长9.2%。"
    assert one(body, 9.2, published="2025-12-02").period == "2022/2025"
    assert one("片区实际利用外资年均增长9.2%。", 9.2, published="2025-12-02").period is None


def test_an_enumerated_item_is_not_framed_by_the_time_of_an_earlier_item() -> None:
    body = (
        "成效主要有三：一是营商环境持续优化，累计推出改革举措60项；二是产业加快集聚，"
        "2024年实现产值950亿元；三是民生不断改善，累计提供就业岗位超过8000个。"
    )
    assert one(body, 95_000_000_000, published="2025-12-02").period == "2024"
    assert one(body, 8000, published="2025-12-02").period is None


def test_n_years_since_frames_the_later_clauses_of_its_sentence() -> None:
    body = "2024年，园区产值增长6%。科技创新园区三年来累计落地科研项目90余个，引进国家级平台7个。"
    assert one(body, 90, published="2025-12-02").period == "2022/2024"
    assert one(body, 7, published="2025-12-02").period == "2022/2024"


def test_a_count_reached_with_da_in_a_span_is_a_stock_on_its_last_day() -> None:
    body = "1—9月，全市进出口增长3%。有进出口实绩的企业达2.6万家，比上年同期增加1200家。"
    assert one(body, 26_000).period == "2025-09-30"
    assert one(body, 1200).period == "2025-09-30"
    flow = "1—9月，全市新增企业达3000家，进出口达1.2万亿元。"
    assert one(flow, 3000).period == "2025-01/2025-09"
    assert one(flow, 1_200_000_000_000).period == "2025-01/2025-09"


def test_an_anniversary_is_no_length_in_weeks() -> None:
    assert facts_of("在研究院成立八周年之际，论坛开幕。") == []
    assert one("展览持续6周。", 6).unit == "周"


def test_the_size_of_a_thing_holds_in_no_period() -> None:
    body = "2024年，园区新引进项目40个。据介绍，园区规划占地约65公顷，总建筑面积约21万平方米，连接道路全长约1.8公里。"
    assert one(body, 40).period == "2024"
    assert one(body, 65).period is None
    assert one(body, 210_000).period is None
    assert one(body, 1.8).period is None
    assert one("2024年，全市新增绿地面积150公顷。", 150).period == "2024"  # a flow
    assert one("截至2024年底，园区面积4平方公里。", 4).period == "2024-12-31"  # a stock on that day


def test_a_period_stated_later_does_not_frame_the_paragraphs_before_it() -> None:
    doc = dated_doc(
        (
            "11月18日，某医院二期正式启用。\n\n"
            "据介绍，二期新增床位900张，总投资约30亿元。\n\n"
            "今年1—10月，医院接诊患者约120万人次，同比增长8%。"
        ),
        "2025-11-19",
        "医院总床位突破2000张",
    )
    facts = extract_facts(doc)
    period = {f.value: f.period for f in facts}
    assert period[1_200_000] == "2025-01/2025-10"
    assert period[900] != "2025-01/2025-10"
    assert period[2000] == "2025-01/2025-10"  # the headline sums up the article


def test_that_day_is_the_day_named_before_not_the_publication_day() -> None:
    body = "9月12日上午，体育中心正式开放。同日，配套公寓交付使用，首批600名运动员当天入住。"
    assert one(body, 600, published="2025-09-14").period == "2025-09-12"
    doc = dated_doc(
        (
            "3月6日，两区在口岸大楼签署合作备忘录。\n\n"
            "2024年，两区往来旅客增长12%。签约当天，约150名两地青年参观了规划展示馆。"
        ),
        "2025-03-08",
        "两区签署合作备忘录",
    )
    youth = [f for f in extract_facts(doc) if f.value == 150]
    assert [f.period for f in youth] == ["2025-03-06"]


def test_the_start_of_a_planned_change_is_no_target_and_the_aim_keeps_the_plan_period() -> None:
    doc = dated_doc(
        "3. 扩大服务覆盖。力争服务站点由目前的约40个增至60个。",
        "2025-04-02",
        "深圳市推进社区服务提质实施方案（2025—2027年）",
    )
    facts = {f.value: f for f in extract_facts(doc)}
    assert (facts[40].kind, facts[40].period) == ("count", "2025-04-02")
    assert (facts[60].kind, facts[60].period) == ("target", "2025/2027")


def test_a_deadline_year_with_qian_is_the_year_aimed_at() -> None:
    body = "管理局将于明年推出招商计划，并争取在2028年前完成其余六栋大楼的建设。"
    assert one(body, 6, published="2025-04-08").period == "2028"
    assert one("力争2029年以前建成充电站300座。", 300, published="2025-04-08").period == "2029"


def test_aim_and_a_verb_before_a_figure_make_it_a_target() -> None:
    assert one("服务站首年目标服务不少于5000人次。", 5000).kind == "target"
    assert one("完成对目标企业120家的走访。", 120).kind == "count"  # 目标 + noun: no aim


def test_a_deadline_ahead_opening_the_next_clause_makes_the_figure_a_target() -> None:
    f = one("区里正加快推进6所新建学校建设，确保9月底前全部交付使用。", 6, published="2025-05-20")
    assert (f.kind, f.period) == ("target", "2025-09-30")  # (9月底前 is ahead, not last September)
    g = one("在港澳新设12个自助服务点，2026年6月前全部投入使用。", 12, published="2025-05-20")
    assert (g.kind, g.period) == ("target", "2026-06-30")
    done = one("去年建成7所学校，2024年底前全部交付使用。", 7, published="2025-05-20")
    assert done.kind == "count"  # a deadline already past


def test_a_group_counted_before_and_named_again_is_no_new_count() -> None:
    body = "2024年皇岗、福田、深圳湾三个陆路口岸旅客约7100万人次。今年1—5月，三个口岸旅客约3200万人次。"
    assert [f.value for f in facts_of(body, published="2025-06-23") if f.unit == "个"] == []
    assert len([f for f in facts_of("新建两个公园，改造两个广场。") if f.value == 2]) == 2
