"""Measures on the third fresh set's failure kinds (Hong Kong government wording: years in
Chinese numerals, 展开/推展/兴建, modal 会, 第三季; verb chains before a noun; developers as
subjects), on our own sentences."""

from __future__ import annotations

from pathlib import Path

from tequ.extract import measureattrs as attrs
from tequ.extract.measures import extract_measures
from tequ.model import Measure
from textdocs import news_doc


def _measures(
    tmp_path: Path, body: str, date: str = "2025-05-12", title: str = "新市镇发展最新进度"
) -> list[Measure]:
    return extract_measures(news_doc(tmp_path, body, title=title, date=date))


def test_years_in_chinese_numerals_keep_their_offsets_and_read_as_digits() -> None:
    text = "工程已於二○二三年展開，預計二〇三〇年完成"
    out = attrs.arabic_years(text)
    assert len(out) == len(text)
    assert "2023年" in out and "2030年" in out
    assert attrs.arabic_years("第一二三项") == "第一二三项"  # no 年 after it: not a year


def test_hong_kong_works_started_in_a_chinese_numeral_year_and_their_forecast(tmp_path: Path) -> None:
    found = _measures(tmp_path, "東涌新市鎮擴展工程已於二○二二年展開，預計二○二九年完成。")
    assert [(m.status, m.horizon) for m in found] == [("done", "2022"), ("planned", "2029")]
    assert found[0].quote.endswith("展開")


def test_modal_hui_after_a_body_is_planned(tmp_path: Path) -> None:
    found = _measures(
        tmp_path, "運輸署表示，政府會繼續推展屯門公路的擴闊工程。當局會與業界合作推廣電動巴士。"
    )
    assert [m.status for m in found] == ["planned", "planned"]


def test_works_being_built_by_someone_are_ongoing(tmp_path: Path) -> None:
    found = _measures(tmp_path, "新的跨境巴士總站正由運輸署興建。")
    assert [m.status for m in found] == ["ongoing"]


def test_a_verb_before_a_verb_noun_compound_heads_the_clause(tmp_path: Path) -> None:
    found = _measures(
        tmp_path, "区住房建设局今年将启动改造项目12个，重点解决电梯老化问题。", title="区里推进老旧小区改造"
    )
    assert len(found) == 1 and found[0].action.endswith("启动") and found[0].status == "planned"


def test_jiangjunao_is_a_place_not_a_modal_after_the_verb(tmp_path: Path) -> None:
    found = _measures(tmp_path, "路政署計劃於明年第二季展開將軍澳隧道的擴建研究。")
    assert len(found) == 1
    assert found[0].action == "展开" and found[0].status == "planned" and found[0].horizon == "2026"


def test_hong_kong_quarters_without_du() -> None:
    assert attrs.resolve("今年第三季", "2025-05-12") == "2025"
    assert attrs.resolve("去年第三季", "2025-05-12") == "2024-07/2024-09"


def test_a_developer_by_its_trade_name_is_no_government_actor(tmp_path: Path) -> None:
    body = "万科地产已取得坪山一宗住宅用地，将按约定配建人才住房200套。区住建局将加快推进保障房建设。"
    found = _measures(tmp_path, body, title="区里推进住房保障")
    assert [m.quote for m in found] == ["区住建局将加快推进保障房建设"]


def test_a_total_to_reach_by_a_future_year_is_a_target_not_a_tally(tmp_path: Path) -> None:
    found = _measures(
        tmp_path, "下一步，区里将到2028年累计新增公共充电桩不少于3000个。", title="区里推进充电设施建设"
    )
    assert [m.status for m in found] == ["planned"]


def test_publishing_the_latest_progress_is_a_report_not_an_act(tmp_path: Path) -> None:
    found = _measures(tmp_path, "規劃署今日公布東涌新市鎮擴展的最新進度。當局已完成首期填海工程。")
    assert [m.status for m in found] == ["done"]
    assert "填海" in found[0].quote


def test_budget_execution_rates_are_figures_and_delivering_projects_is_an_act(tmp_path: Path) -> None:
    body = "去年全区税收收入完成预算的98.5%。今年区政府将继续办好八件民生实事，行政运行支出压减5%。"
    found = _measures(tmp_path, body, date="2026-02-10", title="某区预算报告")
    assert [(m.action, m.status) for m in found] == [("办好", "planned"), ("压减", "planned")]


def test_a_topic_frame_with_a_verb_is_no_measure(tmp_path: Path) -> None:
    found = _measures(tmp_path, "项目建设方面，区里已完成12条道路的提升改造。", title="区里推进道路提升")
    assert len(found) == 1 and found[0].action.endswith("完成")
    assert found[0].quote.startswith("项目建设方面")  # the frame only widens the span


def test_a_scheme_in_force_since_a_past_year_is_ongoing(tmp_path: Path) -> None:
    found = _measures(tmp_path, "深圳自2016年起实施“鹏城英才计划”。", title="深圳人才工作")
    assert [m.status for m in found] == ["ongoing"]


def test_a_listed_company_named_with_its_stock_code_is_a_firm(tmp_path: Path) -> None:
    body = "某某电子（002415）在坪山设立新研发中心。区科技创新局已设立专项资金支持企业研发。"
    found = _measures(tmp_path, body, title="坪山科技创新")
    assert [m.quote for m in found] == ["区科技创新局已设立专项资金支持企业研发"]


def test_works_under_way_are_a_clause_of_their_own(tmp_path: Path) -> None:
    body = "元朗南的第一期工程正進行中，拓展署預計於二○二七年底前交付首批用地。比賽正在進行中。"
    found = _measures(tmp_path, body)
    assert [(m.status, m.horizon) for m in found] == [("ongoing", None), ("planned", "2027")]


def test_what_a_place_can_hold_is_a_figure_not_an_act(tmp_path: Path) -> None:
    body = "规划署预计，新市镇未来可提供约8万个住宅单位。规划署将于年内展开土地平整工程。"
    found = _measures(tmp_path, body)
    assert [m.status for m in found] == ["planned"] and "土地平整" in found[0].quote


def test_consulting_the_public_is_an_act(tmp_path: Path) -> None:
    found = _measures(tmp_path, "運輸署並會在明年就東涌西延線的走線諮詢公眾。")
    assert [(m.status, m.horizon) for m in found] == [("planned", "2026")]


def test_a_verb_before_an_area_or_scope_noun_names_the_area(tmp_path: Path) -> None:
    found = _measures(
        tmp_path, "该单元拆除范围用地面积约12万平方米。区里已完成该片区的土地整备。", title="区里推进城市更新"
    )
    assert [m.status for m in found] == ["done"] and "土地整备" in found[0].quote
