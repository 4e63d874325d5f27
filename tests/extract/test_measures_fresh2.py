"""Measures on the second fresh set's failure kinds (a plan's own text, purpose lead-ins,
works in progress, public operators, statistics of money flows), on our own sentences."""

from __future__ import annotations

from pathlib import Path

from tequ.extract.measures import extract_measures
from tequ.ingest import load_document
from tequ.model import Measure
from textdocs import news_doc


def _measures(
    tmp_path: Path, body: str, date: str = "2026-04-20", title: str = "区里推进一批民生项目"
) -> list[Measure]:
    return extract_measures(news_doc(tmp_path, body, title=title, date=date))


def _one(tmp_path: Path, body: str, **kw: str) -> Measure:
    found = _measures(tmp_path, body, **kw)
    assert len(found) == 1, [m.quote for m in found]
    return found[0]


PLAN = (
    "某区推进养老服务提质工作方案（2026—2028年）\n"
    "为进一步完善养老服务体系，结合本区实际，制定本方案。\n"
    "一、主要任务\n"
    "1. 扩充长者食堂网点。支持各街道探索社区长者食堂连锁运营，鼓励物业企业研究开设助餐点。"
    "（责任单位：区民政局、各街道办事处）\n"
    "2. 推广智慧养老服务。为独居老人提供上门巡访服务。（牵头单位：区民政局）\n"
    "二、保障措施\n"
    "（一）加强统筹协调。成立由分管副区长牵头的工作小组，建立月度通报制度。\n"
)


def test_a_plans_tasks_are_its_commitments_and_their_titles_are_no_measures(tmp_path: Path) -> None:
    found = _measures(tmp_path, PLAN, title="某区民政局关于印发养老服务提质工作方案的通知")
    quotes = [m.quote for m in found]
    assert "支持各街道探索社区长者食堂连锁运营" in quotes
    assert "为独居老人提供上门巡访服务" in quotes
    assert "成立由分管副区长牵头的工作小组" in quotes
    assert not any(q.startswith(("1.", "2.", "扩充", "推广智慧")) for q in quotes)  # task titles
    assert not any("制定本方案" in q or q.startswith("为进一步") for q in quotes)  # preamble
    assert {m.status for m in found} == {"planned"}


def test_news_about_a_plan_keeps_its_own_status(tmp_path: Path) -> None:
    m = _one(tmp_path, "记者从区民政局获悉，区里已成立由分管副区长牵头的工作小组，统筹全区养老服务。")
    assert m.status == "done"


def test_a_sentence_opening_on_its_purpose_is_no_measure(tmp_path: Path) -> None:
    found = _measures(tmp_path, "为深入贯彻落实《某市养老服务条例》，区民政局新开设3家长者饭堂。")
    assert [m.quote for m in found] == ["区民政局新开设3家长者饭堂"]


def test_a_time_lead_before_shixian_is_no_purpose_tail(tmp_path: Path) -> None:
    body = "区里将继续推进街道便民服务站建设。2026年底前，实现全区30个社区便民服务站全覆盖。"
    found = _measures(tmp_path, body, date="2026-03-02")
    assert found[-1].quote == "2026年底前，实现全区30个社区便民服务站全覆盖"
    assert found[-1].status == "planned"


def test_works_verbs_of_a_construction_report(tmp_path: Path) -> None:
    body = "目前，地铁五号线南延段正在进行铺轨施工，区间隧道剩余约800米正在加紧掘进。车站顶板已全部浇筑完成。"
    found = _measures(tmp_path, body)
    assert [m.status for m in found] == ["ongoing", "ongoing", "done"]
    assert found[1].quote == "区间隧道剩余约800米正在加紧掘进"


def test_present_progress_after_a_cumulative_total(tmp_path: Path) -> None:
    body = "截至3月底，项目累计完成投资46亿元，目前已完成主体结构的60%。"
    m = _one(tmp_path, body)
    assert m.quote == "目前已完成主体结构的60%"
    assert m.status == "ongoing"


def test_money_flows_completed_are_statistics(tmp_path: Path) -> None:
    assert _measures(tmp_path, "局长说，2025年全年完成投资38.6亿元，南段已完成投资约六成。") == []


def test_a_public_operator_is_no_private_firm(tmp_path: Path) -> None:
    body = "某市地铁集团有限公司副总经理王某介绍，该线全长约30公里，预计2028年建成通车。"
    m = _one(tmp_path, body)
    assert m.quote == "预计2028年建成通车"
    assert m.status == "planned"


def test_progress_of_building_is_a_noun(tmp_path: Path) -> None:
    body = "区住房和建设局有关负责人介绍了人才公寓和社区体育公园建设进展。"
    assert _measures(tmp_path, body) == []


def test_new_verbs_of_delivery(tmp_path: Path) -> None:
    body = (
        "区政务服务中心将推行帮办代办制度。"
        "区里在各街道新设12个自助服务点。"
        "相关部门正在梳理企业诉求清单。"
        "口岸部门将研究延长皇岗口岸夜间通关时间。"
    )
    found = _measures(tmp_path, body)
    assert [m.action for m in found] == ["推行", "新设", "梳理", "研究延长"]


def test_listing_the_tasks_of_a_plan_is_a_count(tmp_path: Path) -> None:
    assert _measures(tmp_path, "该方案围绕住房和就业两个方向，梳理出24项重点任务和31个配套项目。") == []


def test_study_with_the_object_marker_jiang(tmp_path: Path) -> None:
    m = _one(tmp_path, "区卫生健康局将研究将社区医院夜间门诊由目前的8家增至15家。")
    assert m.action.startswith("研究")
    assert m.status == "planned"


def test_exploring_a_concrete_act_is_a_commitment(tmp_path: Path) -> None:
    m = _one(tmp_path, "下一步，区里将探索在高铁站设立城市候机楼。")
    assert m.status == "planned"


def test_the_day_of_an_act_is_a_time_lead(tmp_path: Path) -> None:
    found = _measures(tmp_path, "揭牌当天，区人力资源局现场发放了120份创业补贴。")
    assert len(found) == 1
    assert found[0].action == "发放"


def test_an_arrangement_that_must_wait_is_a_noun(tmp_path: Path) -> None:
    assert _measures(tmp_path, "具体安排须待两地有关部门进一步商定。") == []


def test_firms_registering_are_counted_not_made(tmp_path: Path) -> None:
    assert _measures(tmp_path, "今年1至9月，片区新设立企业2650户。") == []


def test_we_in_an_officials_answer_is_the_body_that_acts(tmp_path: Path) -> None:
    path = tmp_path / "qa.txt"
    path.write_text(
        "区里召开新闻发布会\n发布时间：2026-04-20\n问：施工期间怎样减少对出行的影响？\n"
        "答：开工以来，我们已调整公交线路15条。\n",
        encoding="utf-8",
    )
    found = extract_measures(load_document(str(path)))
    assert [m.quote for m in found] == ["开工以来，我们已调整公交线路15条"]
    assert found[0].status == "done"


def test_bringing_into_a_scheme_is_an_act(tmp_path: Path) -> None:
    m = _one(tmp_path, "区里将把社区长者食堂运营情况纳入街道年度考核。")
    assert m.action == "纳入"
    assert m.status == "planned"


def test_full_coverage_by_a_deadline_is_a_commitment(tmp_path: Path) -> None:
    m = _one(tmp_path, "年底前实现社区家庭医生工作室街道全覆盖。")
    assert m.status == "planned"


def test_modal_hui_after_an_adverb_is_a_plan(tmp_path: Path) -> None:
    m = _one(tmp_path, "两地口岸部门亦会研究延长莲塘口岸夜间通关时间。")
    assert m.status == "planned"


def test_a_state_reached_stays_done_in_a_forward_article(tmp_path: Path) -> None:
    body = (
        "区里将新建3所公办幼儿园，力争年内开工。区里还将推出托育补贴，计划9月发放。"
        "截至今年3月底，全区获批使用“育儿补贴”政策的定点机构已增至52家。"
    )
    found = _measures(tmp_path, body)
    last = [m for m in found if "获批" in m.quote]
    assert len(last) == 1
    assert last[0].status == "done"


def test_a_plans_task_is_done_by_its_responsible_body_within_the_plan_period(tmp_path: Path) -> None:
    body = (
        "某区养老服务提质工作方案（2026—2028年）\n"
        "为进一步完善养老服务体系，结合本区实际，制定本方案。\n"
        "1. 推广智慧养老。为独居老人提供上门巡访服务。（责任单位：区民政局、各街道办事处）\n"
        "2. 扩充助餐网点。支持各街道新建社区长者食堂。（责任单位：区商务局）\n"
    )
    found = _measures(tmp_path, body, title="坪山区人民政府办公室关于印发养老服务提质工作方案的通知")
    assert [(m.actor, m.horizon) for m in found] == [
        ("坪山区民政局", "2026-2028"),
        ("坪山区商务局", "2026-2028"),
    ]


def test_supporting_links_of_a_chain_names_no_act(tmp_path: Path) -> None:
    body = "市里计划出台专项政策，重点支持研发设计、检验检测和认证等环节。"
    assert [m.action for m in _measures(tmp_path, body)] == ["出台"]


def test_a_notice_issues_its_document_not_its_addressees(tmp_path: Path) -> None:
    m = _one(tmp_path, "《某区养老服务提质工作方案》已经区政府同意，现印发给你们，请认真贯彻执行。")
    assert m.action == "印发"
    assert m.object == "某区养老服务提质工作方案"


def test_an_approved_design_is_obtained_as_a_whole(tmp_path: Path) -> None:
    m = _one(tmp_path, "记者获悉，北站综合枢纽初步设计已获批复。")
    assert m.action == "获批复"
    assert m.object == "北站综合枢纽初步设计"
    assert m.status == "done"


def test_opening_new_routes_is_its_own_act(tmp_path: Path) -> None:
    found = _measures(tmp_path, "今年机场计划新开国际客运航线8条以上。区里新开工保障房项目3个。")
    assert [m.action for m in found] == ["新开", "新开工"]  # 新开工 is 新 + 开工, not 新开 + 工
    assert found[1].object.startswith("保障房")


def test_the_perfective_belongs_to_the_verb_not_the_object(tmp_path: Path) -> None:
    m = _one(tmp_path, "区里建立了由区领导牵头的项目调度机制。")
    assert m.object == "由区领导牵头的项目调度机制"
