"""Measures on fresh failure kinds (head verb, negation, 以来 lead-ins, tallies), own sentences."""

from __future__ import annotations

from pathlib import Path

from tequ.extract.measures import extract_measures
from tequ.model import Measure
from textdocs import news_doc


def _measures(tmp_path: Path, body: str, date: str = "2026-04-20") -> list[Measure]:
    return extract_measures(news_doc(tmp_path, body, title="区里推进一批民生项目", date=date))


def _one(tmp_path: Path, body: str, **kw: str) -> Measure:
    found = _measures(tmp_path, body, **kw)
    assert len(found) == 1, [m.quote for m in found]
    return found[0]


def test_phase_of_a_project_is_a_noun_the_head_is_the_later_verb(tmp_path: Path) -> None:
    m = _one(tmp_path, "上个月，南湾片区排水改造二期工程建成投用，沿线积水点全部消除。")
    assert m.action.startswith("建成")
    assert m.status == "done"


def test_a_verb_inside_a_yi_wei_frame_is_no_act(tmp_path: Path) -> None:
    assert _measures(tmp_path, "一年来，区政府坚持以重点项目建设为抓手。") == []


def test_a_verb_before_a_copula_is_the_subject(tmp_path: Path) -> None:
    body = "滨海步道升级改造是2023年民生实事清单中最受关注的一项，总投资约3亿元。"
    assert _measures(tmp_path, body) == []


def test_a_marked_verb_final_clause_reports_works_under_way(tmp_path: Path) -> None:
    m = _one(tmp_path, "记者在现场看到，三号泵站改造正在施工。")
    assert m.status == "ongoing"


def test_not_yet_finished_is_ongoing_not_yet_started_is_planned(tmp_path: Path) -> None:
    body = (
        "受地质条件影响，东线隧道工程尚未完成全线贯通。"
        "北区公园提升工程因用地调整未能如期开工。"
        "南段绿道未能按原定时间开放。"
    )
    found = _measures(tmp_path, body)
    assert [m.status for m in found] == ["ongoing", "planned", "planned"]
    assert found[0].action.startswith("完成")
    assert found[1].action == "开工"
    assert found[2].action == "开放"


def test_expected_opening_before_a_date_is_planned(tmp_path: Path) -> None:
    m = _one(tmp_path, "区水务局表示，西段步道预计于2027年5月前开放。")
    assert m.status == "planned"
    assert m.horizon == "2027-05"


def test_first_time_does_not_undo_the_plan_of_its_sentence(tmp_path: Path) -> None:
    body = "据了解，区政府将于下月公布新一批民生实事清单，并首次通过网络平台征集居民意见。"
    found = _measures(tmp_path, body)
    assert len(found) == 2
    assert {m.status for m in found} == {"planned"}


def test_since_as_a_lead_in_reports_results(tmp_path: Path) -> None:
    m = _one(tmp_path, "今年以来，区里新引进港资企业48家。")
    assert m.status == "done"
    m = _one(tmp_path, "自2021年实施学位攻坚计划以来，区里新增学位近2万个。")
    assert m.status == "ongoing"


def test_progressive_zheng_before_a_preposition(tmp_path: Path) -> None:
    body = (
        "区里将出台《跨境服务便利化若干措施》。区里将新建跨境服务中心2个。区里将开通跨境巴士线路3条。"
        "特区政府正以《北部都会区发展策略》为蓝本，与深圳共同推进跨境数据服务中心建设。"
    )
    found = _measures(tmp_path, body, date="2026-01-05")
    assert [m.status for m in found] == ["planned", "planned", "planned", "ongoing"]


def test_a_tally_with_no_object_is_a_fact_a_target_is_kept(tmp_path: Path) -> None:
    assert _measures(tmp_path, "截至3月底，年度清单中已完成12项。") == []
    m = _one(tmp_path, "区里力争全年完成老旧小区改造30个。")
    assert m.status == "planned"


def test_a_verb_inside_a_body_or_institute_name_is_no_head(tmp_path: Path) -> None:
    m = _one(tmp_path, "据区住房和建设局消息，南岸人才公寓项目日前正式交付入住。")
    assert m.action.endswith("交付")
    assert m.quote.startswith("南岸人才公寓")
    m = _one(tmp_path, "当天上午，位于滨河大道旁的深圳市海洋材料研究院正式揭牌。")
    assert m.action.endswith("揭牌")


def test_an_official_name_with_he_is_one_body(tmp_path: Path) -> None:
    m = _one(tmp_path, "区工业和信息化局牵头建立重点企业月度调度机制。")
    assert m.actor is not None and m.actor.endswith("工业和信息化局")


def test_funds_allocated_and_rewards_granted_are_acts(tmp_path: Path) -> None:
    body = "区财政每年安排产业扶持专项资金不少于8亿元，对新升规的工业企业给予一次性奖励。"
    assert [m.action for m in _measures(tmp_path, body)] == ["安排", "给予"]


def test_a_firm_as_partner_does_not_make_the_clause_business_news(tmp_path: Path) -> None:
    body = "针对租户关心的涨租问题，南山区与辖区股份合作公司签订稳租协议。"
    assert len(_measures(tmp_path, body)) == 1
    body = "该实验室由南方科技大学与深圳市某某科技有限公司共同组建。"
    assert _measures(tmp_path, body) == []


def test_a_count_after_a_stock_lead_is_part_of_the_stock(tmp_path: Path) -> None:
    body = "截至去年底，全区累计建成公共充电桩2.1万个；建成超充站86座，数量居全市前列。"
    assert _measures(tmp_path, body) == []


def test_commentary_and_a_closing_formula_are_no_measures(tmp_path: Path) -> None:
    body = "同时也要看到，老旧小区停车难问题依然突出，仍有约两成小区未配建停车设施。"
    assert _measures(tmp_path, body) == []
    assert _measures(tmp_path, "本实施方案自印发之日起施行。") == []


def test_combining_two_programmes_is_a_commitment_of_its_own(tmp_path: Path) -> None:
    body = "下一步，南山区将把旧村整治与产业升级结合起来，力争到2028年底基本消除重大消防隐患。"
    found = _measures(tmp_path, body)
    assert [m.action[-2:] for m in found] == ["结合", "消除"]
    assert {m.status for m in found} == {"planned"}


def test_a_principle_with_yi_wei_zhu_is_no_act(tmp_path: Path) -> None:
    assert _measures(tmp_path, "今年的整治坚持拆改并举，以微改造为主。") == []


def test_a_firm_partner_at_the_sentence_start_leaves_the_next_clause_alone(tmp_path: Path) -> None:
    body = "科技园还与前海某某投资公司签署合作协议，双方将共建跨境加速器。"
    assert [m.action for m in _measures(tmp_path, body)] == ["签署", "共建"]


def test_a_review_paragraph_of_a_plan_article_reports_done(tmp_path: Path) -> None:
    body = (
        "下半年，全区将新建口袋公园20个。全区将开通跨境巴士线路3条。区里将出台《夜间经济若干措施》。\n"
        "上半年，全区新能源汽车销量增长三成。西部物流园新开通至成都的班列2条。"
    )
    found = _measures(tmp_path, body, date="2026-07-20")
    assert [m.status for m in found] == ["planned", "planned", "planned", "done"]


def test_a_body_adding_a_counted_service_acts_a_bureau_reporting_counts_does_not(tmp_path: Path) -> None:
    m = _one(tmp_path, "为方便通勤，区交通运输局在科技园沿线新增公交线路6条。")
    assert m.action == "新增"
    assert _measures(tmp_path, "区统计局数据显示，全区新增市场主体1.2万户。") == []


def test_horizon_is_the_time_of_the_head_clause_and_whole_year_beats_a_lent_plan_period(
    tmp_path: Path,
) -> None:
    body = "他说，科技园首批两栋大楼已于今年落成，特区政府明年将再推出一批便利措施。"
    assert _one(tmp_path, body, date="2025-11-03").horizon == "2026"
    body = "区里将牵头编制《海洋经济发展规划（2026—2030年）》，力争全年新引进总部企业8家。"
    found = _measures(tmp_path, body, date="2026-01-20")
    assert [m.horizon for m in found] == ["2026-2030", "2026"]
    body = "6月14日，区政府正式印发《口岸片区提质发展三年行动方案（2026—2028年）》。"
    assert _one(tmp_path, body, date="2026-06-20").horizon == "2026-06-14"


def test_new_verbs_do_not_fire_inside_other_words(tmp_path: Path) -> None:
    assert _measures(tmp_path, "会议对下一阶段工作作出安排部署。") == []
    assert _measures(tmp_path, "前海与香港共建共享的格局初步形成。") == []
    assert _measures(tmp_path, "深圳坚持改革开放，不断扩大高水平对外开放。") == []
    assert [m.action for m in _measures(tmp_path, "今年新建成口袋公园12个。")] == ["新建成"]


def test_a_verb_final_clause_takes_its_subject_as_object(tmp_path: Path) -> None:
    body = "三期工程目前正在施工，预计年底完工。北段绿道未能按原定时间开放。"
    found = _measures(tmp_path, body)
    assert [(m.object, m.status) for m in found[:1] + found[-1:]] == [
        ("三期工程", "ongoing"),
        ("北段绿道", "planned"),
    ]


def test_the_date_of_a_report_lead_is_not_the_horizon(tmp_path: Path) -> None:
    body = "10月27日，记者从区科技创新局获悉，今年前三季度，科学城新引进科技型企业64家。"
    assert _one(tmp_path, body, date="2025-10-28").horizon == "2025-01/2025-09"


def test_a_plan_after_a_drafting_verb_is_its_object(tmp_path: Path) -> None:
    body = "根据规划，福田区将依托皇岗口岸，打造规划范围约8平方公里的口岸经济带。"
    assert [m.action for m in _measures(tmp_path, body)] == ["打造"]


def test_an_approximate_extent_of_works_does_not_make_a_fact(tmp_path: Path) -> None:
    m = _one(tmp_path, "街道负责人介绍，街道已配合完成周边人行道改造约3.4公里。")
    assert m.status == "done"
    assert _measures(tmp_path, "全区森林覆盖率约41%，同比提高0.3个百分点。") == []
