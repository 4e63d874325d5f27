"""Entity-stage fixes found on the fresh gold documents (default mode), each on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tequ.clean import clean_text
from tequ.extract import names
from tequ.extract.credits import find_credits
from tequ.extract.entities import EntitySettings, extract_entities
from tequ.link.canonical import district_government, load_region_pack
from textdocs import entity_keys as keys
from textdocs import lines_doc as make_doc


def test_station_named_right_after_its_metro_line() -> None:
    found = keys("乘客可在地铁5号线新秀站、9号线文锦站换乘。")
    assert ("FAC", "新秀站") in found and ("FAC", "文锦站") in found
    assert ("FAC", "地铁5号线") in found and ("FAC", "地铁9号线") in found


def test_station_named_after_a_port_is_a_station() -> None:
    found = keys("新口岸将与地铁7号線皇崗口岸站在地下接駁。")
    assert ("FAC", "皇岗口岸站") in found


@pytest.mark.parametrize(
    "text", ["地铁3号线站点将增加。", "地铁3号线沿线站点将增加。", "2号线东延段站将开工。"]
)
def test_line_station_needs_a_name(text: str) -> None:
    assert list(names.find_line_stations(text)) == []


def test_address_chain_gives_each_level() -> None:
    found = keys("龙岗区龙城街道爱联社区的居民代表参加了座谈。")
    assert ("LOC", "龙岗区") in found and ("LOC", "龙城街道") in found
    assert ("LOC", "爱联社区") in found
    assert not any("街道爱联" in c for _, c in found)


def test_road_followed_by_its_junction_is_two_facilities() -> None:
    found = keys("南山区正在推进滨河大道沙河立交的改造工程。")
    assert ("FAC", "滨河大道") in found and ("FAC", "沙河立交") in found
    assert ("FAC", "滨河大道沙河立交") not in found


def test_event_mention_keeps_its_edition() -> None:
    ents = extract_entities(
        make_doc("第五届深港口岸经济论坛昨日在南山区开幕。", "首届大湾区低空经济博览会将于明年举办。")
    )
    events = {e.text: e.canonical for e in ents if e.type == "EVENT"}
    assert events == {
        "第五届深港口岸经济论坛": "深港口岸经济论坛",
        "首届大湾区低空经济博览会": "大湾区低空经济博览会",
    }


def test_university_branch_and_affiliated_hospital() -> None:
    found = keys(
        "香港中文大学（深圳）附属第二医院今年新增床位。", "广州中医药大学深圳医院（福田）也开设了门诊。"
    )
    assert ("ORG", "香港中文大学(深圳)附属第二医院") in found
    assert ("ORG", "广州中医药大学深圳医院(福田)") in found


def test_body_in_preparation_keeps_its_name() -> None:
    ents = extract_entities(make_doc("深圳海洋大学（筹）今年开始招生。"))
    uni = next(e for e in ents if e.canonical == "深圳海洋大学")
    assert uni.text == "深圳海洋大学（筹）"


def test_kind_word_before_a_company_name_is_left_out() -> None:
    found = keys("另一家入驻企业深圳明德光电科技有限公司则在园区设立了研发中心。")
    assert ("ORG", "深圳明德光电科技有限公司") in found
    assert not any(c.startswith("企业") for _, c in found)


def test_research_institute_tagged_as_verb_is_still_a_body() -> None:
    found = keys("当天，位于留仙大道旁的深圳市大湾区合成生物研究院正式揭牌。")
    assert ("ORG", "深圳市大湾区合成生物研究院") in found


def test_plan_word_used_as_a_verb_is_no_policy() -> None:
    found = keys("羅湖口岸升級改造工程計劃於2026年啟動。")
    assert not any(t == "POLICY" for t, _ in found)
    assert ("FAC", "罗湖口岸") in found


def test_headquarters_needs_its_body() -> None:
    found = keys("该公司在园区设立了华南研发总部。", "比亚迪全球总部的建设进展顺利。")
    assert ("FAC", "华南研发总部") not in found
    assert ("FAC", "比亚迪全球总部") in found


def test_link_road_of_a_known_expressway() -> None:
    found = keys("東部過境高速連接綫正在加快推進。")
    assert ("FAC", "东部过境高速连接线") in found


def test_quoted_scheme_after_trial_verb_and_paired_mode() -> None:
    found = keys(
        "雙方將在文錦渡口岸率先試點“刷臉通關”，旅客無需出示證件。",
        "该口岸按“一次申报，分段查验”模式建设。",
    )
    assert ("POLICY", "刷脸通关") in found
    assert ("POLICY", "一次申报，分段查验") in found


def test_quoted_items_in_a_list_after_a_verb_are_not_schemes() -> None:
    found = keys("推广“诊间结算”“床旁结算”等便民措施。")
    assert ("POLICY", "诊间结算") not in found


def test_quote_after_verb_with_a_comma_inside_is_speech() -> None:
    found = keys("他介绍，要实施“我们先把路修好，再把企业引进来”的思路。")
    assert not any(t == "POLICY" for t, _ in found)


def test_district_government_canonical() -> None:
    pack = load_region_pack("shenzhen")
    assert district_government("宝安区政府", pack) == "深圳市宝安区人民政府"
    assert district_government("深圳市宝安区人民政府", pack) == "深圳市宝安区人民政府"
    assert district_government("区政府", pack, "宝安区") == "深圳市宝安区人民政府"
    assert district_government("香港特区政府", pack, "宝安区") is None
    assert district_government("区政府", pack) is None


def test_bare_district_government_joins_the_district() -> None:
    ents = extract_entities(make_doc("宝安区召开会议。", "该方案已经区政府同意，宝安区政府将抓好落实。"))
    gov = [e for e in ents if e.canonical == "深圳市宝安区人民政府"]
    assert len(gov) == 1 and len(gov[0].mentions) == 2
    assert not any(e.canonical == "香港特别行政区政府" for e in ents)


def test_credit_word_is_no_author_and_signoff_names_are_people() -> None:
    page = (
        "示例区新建两座公园\n发布时间:2025-03-01 来源:示例区融媒\n"
        "今年示例区将新建两座社区公园，新增绿地约12公顷，方便周边居民休闲。\n"
        "（记者 王小明 实习生 李乐）\n审核：孙一鸣\n"
    )
    doc = clean_text("page.txt", page, encoding="utf-8")
    found = {(typ, name) for _, typ, name in find_credits(doc)}
    assert ("PER", "实习生") not in found
    people = {e.canonical for e in extract_entities(doc) if e.type == "PER"}
    assert "实习生" not in people
    assert {"王小明", "孙一鸣"} <= people


def test_photo_credit_in_caption_is_not_an_entity() -> None:
    page = (
        "示例区新建两座公园\n发布时间:2025-03-01 来源:示例区融媒\n"
        "今年示例区将新建两座社区公园，新增绿地约12公顷，方便周边居民休闲。\n"
        "▲公园一角。图/记者 赵大成 摄\n"
    )
    doc = clean_text("page.txt", page, encoding="utf-8")
    assert "赵大成" not in {e.canonical for e in extract_entities(doc)}


def test_full_text_mode_unchanged_for_editions() -> None:
    """The edition rule is a default-mode rule: full-text mode keeps its own spans."""
    doc = make_doc("第五届深港口岸经济论坛昨日在南山区开幕。")
    full = {e.text for e in extract_entities(doc, settings=EntitySettings(full_text=True))}
    assert "第五届深港口岸经济论坛" not in full


def test_village_and_community_after_their_subdistrict() -> None:
    found = keys("在福永街道凤凰村，村民正在整治河道。", "松岗街道各社区也在推进。")
    assert ("LOC", "凤凰村") in found and ("LOC", "福永街道") in found
    assert not any(c.endswith("各社区") for _, c in found)


def test_urban_village_and_kind_of_company_are_generic() -> None:
    found = keys(
        "由区属国企深圳市福田投资控股有限公司统一运营。",
        "全区在城中村新建社区党群服务中心8个。",
        "不少香港公司到前海投资。",
    )
    assert ("ORG", "深圳市福田投资控股有限公司") in found
    assert not any("城中村" in c or c.startswith("新建") for _, c in found)
    assert ("ORG", "香港公司") not in found


def test_department_is_no_ministry() -> None:
    assert not any(t == "ORG" for t, _ in keys("区规划和自然资源部门要将站点纳入规划。"))


def test_district_hospital_and_its_works() -> None:
    ents = extract_entities(
        make_doc("南山区召开会议。", "加快推进区中医院迁建工程，区人民医院新院区年内启用。")
    )
    found = {(e.type, e.canonical) for e in ents}
    assert ("ORG", "南山区中医院") in found and ("ORG", "南山区人民医院") in found
    assert not any(t == "POLICY" for t, _ in found)
    assert not any("院区" in c for _, c in found)


def test_named_campus_and_new_facility_suffixes() -> None:
    found = keys(
        "南山外国语学校桃源校区建成开学。",
        "原定年内开工的大梅沙海滨栈道提升工程推迟。",
        "平湖南铁路货场完成扩容。",
    )
    assert ("ORG", "南山外国语学校桃源校区") in found
    assert ("FAC", "大梅沙海滨栈道") in found
    assert ("FAC", "平湖南铁路货场") in found


def test_quoted_items_named_as_reforms() -> None:
    found = keys("海关将深化“跨境快检”“两段准入”等改革。")
    assert ("POLICY", "跨境快检") in found and ("POLICY", "两段准入") in found


def test_contributor_in_metadata_line_is_a_person() -> None:
    page = (
        "示例区新建两座公园\n2025-03-01 09:00 来源：示例区融媒 记者 王小明 通讯员 李乐\n"
        "今年示例区将新建两座社区公园，新增绿地约12公顷，方便周边居民休闲。\n"
    )
    doc = clean_text("page.txt", page, encoding="utf-8")
    people = {e.canonical: e for e in extract_entities(doc) if e.type == "PER"}
    assert "李乐" in people
    assert doc.original[people["李乐"].start : people["李乐"].end] == "李乐"


def test_rail_line_with_direction_route_and_area_station() -> None:
    found = keys("深港西部铁路（洪水桥—前海）深圳段先行工程今日开工，设前海站1座。")
    assert ("FAC", "深港西部铁路(洪水桥—前海)") in found
    assert ("FAC", "前海站") in found
    assert not any(t in ("POLICY", "PER") for t, _ in found)


def test_two_places_are_not_a_bridge() -> None:
    found = keys("线路南起前海，北至香港洪水桥，全长约18公里。")
    assert ("LOC", "洪水桥") in found and ("LOC", "香港") in found
    assert not any(t == "FAC" for t, _ in found)


def test_joint_handling_is_not_the_stock_connect() -> None:
    found = keys("罗湖区设立深港通办窗口，方便香港居民办事。", "深港通交易额创新高。")
    assert ("POLICY", "深港通") in found
    assert len([e for e in extract_entities(make_doc("罗湖区设立深港通办窗口。")) if e.type == "POLICY"]) == 0


def test_named_project_with_a_section_word_stays_and_grades_are_no_school() -> None:
    found = keys("推进深圳河莲塘段生态示范带工程。", "评选市智慧教育示范学校和科创示范学校。")
    assert ("POLICY", "深圳河莲塘段生态示范带工程") in found
    assert not any("示范学校" in c for _, c in found)


def test_surname_and_title_refer_back_to_the_person() -> None:
    doc = make_doc("园区管理办公室主任李振华在会上表示，将加快建设。", "李主任说，明年还将新增两个平台。")
    ents = extract_entities(doc)
    per = next(e for e in ents if e.canonical == "李振华")
    assert len(per.mentions) == 2 and "李主任" in per.aliases
    assert [e for e in ents if e.type == "PER"] == [per]


def test_surname_shared_by_two_people_links_nobody() -> None:
    doc = make_doc("区长李振华和局长李文博出席活动。", "李主任介绍了情况。")
    ents = extract_entities(doc)
    assert all(len(e.mentions) == 1 for e in ents if e.type == "PER")


def test_company_core_name_is_a_later_mention() -> None:
    doc = make_doc("深圳市星河微电子有限公司今年建成研发线。", "星河微电子今年营业收入增长三成。")
    ents = extract_entities(doc)
    comp = next(e for e in ents if e.canonical == "深圳市星河微电子有限公司")
    assert len(comp.mentions) == 2 and "星河微电子" in comp.aliases


def test_declared_abbreviation_is_a_later_mention() -> None:
    doc = make_doc("深圳市大湾区合成生物研究院（以下简称“合成院”）当天揭牌。", "合成院首期组建科研团队14个。")
    ents = extract_entities(doc)
    org = next(e for e in ents if e.canonical == "深圳市大湾区合成生物研究院")
    assert len(org.mentions) == 2 and "合成院" in org.aliases


def test_premier_is_not_a_title_reference() -> None:
    import re

    from tequ.extract.entities import _TITLES

    titled = re.compile(f"(李)(?:{_TITLES})")
    assert titled.match("李总说") is not None and titled.match("李主任说") is not None
    assert titled.match("李总理会见") is None and titled.match("李总监介绍") is None


@pytest.mark.parametrize("name", ["李总监", "王总裁", "陈主管"])
def test_surname_and_business_title_is_no_name(name: str) -> None:
    assert names.is_titled(name) and not names.is_person_name(name)


def test_body_named_again_without_its_place() -> None:
    doc = make_doc("香港特區政府表示支持兩地合作。", "特區政府明年將再推出一批措施。")
    gov = next(e for e in extract_entities(doc) if e.canonical == "香港特别行政区政府")
    assert len(gov.mentions) == 2 and "特區政府" in gov.aliases


def test_placeless_form_shared_by_two_bodies_links_nobody() -> None:
    doc = make_doc("龙岗区卫生健康局和坪山区卫生健康局联合发文。", "卫生健康局将组织检查。")
    ents = extract_entities(doc)
    assert all(len(e.mentions) == 1 for e in ents if e.type == "ORG")


def test_company_core_that_is_a_common_phrase_is_no_short_form() -> None:
    doc = make_doc("深圳市建筑工程有限公司承建该项目。", "建筑工程质量安全检查将持续开展。")
    comp = next(e for e in extract_entities(doc) if e.canonical == "深圳市建筑工程有限公司")
    assert len(comp.mentions) == 1
