"""Entity-stage fixes found on the second fresh set (eb documents: a Macau / Hengqin article in
Traditional script, a Guangming hospital item in GB18030), default mode, each on sentences
written for these tests."""

from __future__ import annotations

from tequ.extract import names
from tequ.link.canonical import canonical_name, load_region_pack
from textdocs import entity_keys as keys


def test_quoted_name_ending_in_an_event_suffix_is_an_event() -> None:
    found = keys("市貿促會將於下月舉辦「灣區數字貿易發展論壇」，邀請企業參加。")
    assert ("EVENT", "湾区数字贸易发展论坛") in found


def test_quoted_generic_word_is_still_no_event() -> None:
    assert list(names.find_quoted_schemes("他说“大会”开得很好。")) == []


def test_person_after_a_role_word_the_tagger_did_not_tag() -> None:
    found = keys("澳門經濟及科技發展局局長戴建業表示，明年會推出新措施。")
    assert ("PER", "戴建业") in found
    assert ("ORG", "澳门特别行政区经济及科技发展局") in found


def test_macau_secretariat_named_without_a_place() -> None:
    found = keys("行政法務司司長在記者會上介紹了相關情況。")
    assert ("ORG", "澳门特别行政区行政法务司") in found


def test_zone_bodies_written_hezuoqu_x_take_the_documents_zone() -> None:
    found = keys(
        "橫琴粵澳深度合作區今年新增企業逾千家。",
        "合作區商事服務局表示，合作區執委會將簡化登記流程。",
    )
    assert ("ORG", "横琴粤澳深度合作区商事服务局") in found
    assert ("ORG", "横琴粤澳深度合作区执行委员会") in found
    assert not any(c.startswith("合作区") for _, c in found)


def test_zone_expansion_in_canonical_name() -> None:
    pack = load_region_pack("shenzhen")
    zone = "前海深港现代服务业合作区"
    assert canonical_name("合作区管理局", "ORG", pack, zone=zone) == "深圳市前海深港现代服务业合作区管理局"
    assert (
        canonical_name("合作区人才服务中心", "ORG", pack, zone=zone) == "前海深港现代服务业合作区人才服务中心"
    )
    assert canonical_name("合作区人才服务中心", "ORG", pack) == "合作区人才服务中心"


def test_named_central_business_district_and_no_bare_one() -> None:
    found = keys("市里將加快推進十字門中央商務區的交通建設，中央商務區的配套也會完善。")
    assert ("LOC", "十字门中央商务区") in found
    assert ("LOC", "中央商务区") not in found


def test_counted_facilities_are_a_kind_not_a_name() -> None:
    found = keys("明年將在口岸增設兩條香港居民專用通道，片區還將新建3個前海青年創業基地。")
    assert not any(t == "FAC" for t, _ in found)
    assert ("LOC", "香港") in found


def test_campus_short_form_joins_its_university_campus() -> None:
    found = keys(
        "暨南大学深圳校区今年秋季迎来新生。",
        "深圳校区新建的图书馆已经投入使用。",
    )
    assert ("ORG", "暨南大学深圳校区") in found
    assert ("ORG", "深圳校区") not in found


def test_campus_short_form_joins_a_pack_campus_with_another_canonical() -> None:
    found = keys("中山大学深圳校区新学期开学。", "深圳校区食堂全面升级。")
    assert ("ORG", "中山大学·深圳") in found
    assert ("ORG", "深圳校区") not in found


def test_items_of_a_list_closed_by_a_count_of_companies() -> None:
    found = keys("深圳市星河数码科技有限公司、云栖智能、海鲸物联等6家企业参加了签约。")
    assert ("ORG", "云栖智能") in found and ("ORG", "海鲸物联") in found


def test_list_of_industries_before_companies_is_no_body_list() -> None:
    found = keys("园区引进了新能源、生物医药等企业。")
    assert ("ORG", "生物医药") not in found


def test_shared_suffix_list_whose_first_item_follows_a_verb() -> None:
    found = keys("区里计划在松岗、燕罗等街道建设公园。")
    assert ("LOC", "松岗街道") in found and ("LOC", "燕罗街道") in found


def test_hong_kong_bureau_canonical_is_the_full_official_form() -> None:
    found = keys("香港特別行政區政府運輸及物流局將與深圳市交通運輸局加強合作。")
    assert ("ORG", "香港特别行政区政府运输及物流局") in found
    assert ("ORG", "香港特别行政区政府") not in found  # the bureau's name, not two bodies


def test_sar_body_without_its_place_takes_the_documents_sar() -> None:
    found = keys("香港特區政府今年推出新政策。", "特區政府房屋局表示，將增加公屋供應。")
    assert ("ORG", "香港特别行政区政府房屋局") in found
    assert ("ORG", "特区政府房屋局") not in found


def test_hong_kong_body_written_with_the_short_sar_form() -> None:
    pack = load_region_pack("shenzhen")
    assert canonical_name("香港特区政府保安局", "ORG", pack) == "香港特别行政区政府保安局"


def test_station_after_the_lines_phase() -> None:
    found = keys("地鐵12號線二期的福永站預計明年開通，16號線二期的龍城公園站同步啟用。")
    assert ("FAC", "福永站") in found and ("FAC", "龙城公园站") in found
    assert not any("二期" in c for _, c in found)


def test_roads_in_a_list_closed_by_a_road_word() -> None:
    found = keys("施工期间将在福龙路、梅观路、玉龙大道等路段实行交通管制。")
    assert ("FAC", "梅观路") in found and ("FAC", "玉龙大道") in found


def test_list_closed_by_a_road_word_keeps_only_road_shaped_items() -> None:
    found = keys("将在学校、医院、商场等路口加装信号灯。")
    assert not any(t == "FAC" for t, _ in found)


def test_terminal_building_is_a_facility() -> None:
    found = keys("新航站楼建成后，T2航站楼将改造为国际到达区。")
    assert ("FAC", "T2航站楼") in found
    assert ("FAC", "新航站楼") not in found


def test_department_whose_suffix_the_tagger_split_off() -> None:
    found = keys("龍崗區今年新增企業3000家。", "区工业和信息化局局长介绍，将出台扶持措施。")
    assert ("ORG", "龙岗区工业和信息化局") in found


def test_body_before_a_joint_action_is_the_body() -> None:
    found = keys("福田区将联合清华大学、南方科技大学共建人工智能联合实验室。")
    assert ("ORG", "南方科技大学") in found
    assert not any("共建" in c for _, c in found)


def test_areas_named_after_sub_districts_are_those_sub_districts() -> None:
    found = keys("区里将加快推进松岗、燕罗等片区的学校建设。")
    assert ("LOC", "松岗街道") in found and ("LOC", "燕罗街道") in found


def test_bare_sar_government_is_the_one_the_document_names() -> None:
    found = keys("香港特區政府運輸署署長昨日到訪深圳。", "特區政府將於明年推出新措施。")
    assert ("ORG", "香港特别行政区政府") in found
    assert not any(c == "特区政府" for _, c in found)


def test_bare_sar_government_without_a_sar_in_the_document_is_dropped() -> None:
    assert ("ORG", "特区政府") not in keys("特区政府将于明年推出新措施。")


def test_area_carrying_its_own_suffix_keeps_its_name() -> None:
    found = keys("区里拟在大运新城、坂田片区各建设一所学校。")
    assert ("LOC", "坂田街道") not in found


def test_company_with_a_bracketed_group_word() -> None:
    found = keys(
        "會上，深圳市燃氣（集團）有限公司與多家企業簽約。", "据华南物流（控股）有限公司介绍，项目进展顺利。"
    )
    assert ("ORG", "深圳市燃气（集团）有限公司") in found
    assert ("ORG", "华南物流（控股）有限公司") in found


def test_selection_of_a_kind_is_no_name() -> None:
    found = keys("服务站将覆盖港澳主要社区，并与香港部分学校开展交流。")
    assert not any("主要" in c or "部分" in c for _, c in found)


def test_section_of_a_line_named_after_a_place_is_the_line() -> None:
    found = keys("穗莞深城際機場段去年已開通，乘客可從城際鐵路站台直達航站樓。")
    assert ("FAC", "穗莞深城际") in found
    assert not any(c in ("穗莞深城际机场", "城际铁路") for _, c in found)


def test_exhibition_halls_are_facilities() -> None:
    found = keys("学生们参观了蛇口改革开放展览馆。", "市民可前往光明科学城规划展示馆参观。")
    assert ("FAC", "蛇口改革开放展览馆") in found and ("FAC", "光明科学城规划展示馆") in found


def test_cross_border_places_and_city_traffic_police() -> None:
    found = keys("不少學童經落馬洲支線口岸往返上水，深圳交警提醒家長錯峰出行。")
    assert ("FAC", "落马洲支线口岸") in found and ("LOC", "上水") in found
    assert ("ORG", "深圳市公安局交通警察局") in found
