"""Entity-stage fixes found on the third fresh set (ec documents: a Guangzhou-Shenzhen-Dongguan
corridor article, a Shenzhen science article in Traditional script), default mode, each on
sentences written for these tests."""

from __future__ import annotations

from tequ.extract.entities import extract_entities
from textdocs import entity_keys as keys
from textdocs import lines_doc as make_doc


def texts(*lines: str) -> set[str]:
    return {e.text for e in extract_entities(make_doc(*lines))}


def test_a_kind_of_body_counted_right_after_it_is_no_name() -> None:
    found = texts("截至去年底，该省拥有国家重点实验室25家、工程技术研究中心60余家。")
    assert "国家重点实验室" not in found


def test_a_named_body_followed_by_other_words_is_kept() -> None:
    found = keys("鹏城实验室今年新增科研人员200名。")
    assert ("ORG", "鹏城实验室") in found


def test_a_place_and_a_kind_of_company_is_no_company() -> None:
    found = texts("在香港上市公司里，科技企业的市值占比逐年提高。", "广州国有公司今年利润增长。")
    assert not any(t.endswith("公司") for t in found)


def test_a_kind_of_zone_with_no_place_is_no_place() -> None:
    found = texts("该市已获批服务贸易创新发展试验区和跨境电商综合试验区。")
    assert not any(t.endswith("试验区") for t in found)


def test_dongguan_towns_science_park_and_river_crossing_are_known() -> None:
    found = keys(
        "从东莞凤岗、塘厦到松山湖的公交线路已开通。",
        "狮子洋通道建成后，东莞港的集装箱可更快运抵南沙。",
    )
    assert {
        ("LOC", "凤岗镇"),
        ("LOC", "塘厦镇"),
        ("LOC", "东莞松山湖高新技术产业开发区"),
        ("FAC", "狮子洋通道"),
        ("FAC", "东莞港"),
    } <= found


def test_listed_name_of_a_company_links_to_its_brand() -> None:
    found = {(e.text, e.canonical) for e in extract_entities(make_doc("腾讯控股日前公布季度业绩。"))}
    assert ("腾讯控股", "腾讯") in found


def test_a_quoted_name_before_a_class_of_research_facility_is_a_facility() -> None:
    found = keys("该中心已建成“天河智算一号”等大科学装置，并向高校开放。")
    assert ("FAC", "天河智算一号") in found


def test_a_quoted_slogan_before_other_words_is_no_facility() -> None:
    found = keys("会议提出“科技强市”目标，加快创新发展。")
    assert not any(t == "FAC" for t, _ in found)


def test_a_bracketed_company_name_leaves_the_clause_words_before_it() -> None:
    found = texts("3月2日，记者从广州市地铁（集团）有限公司获悉，新线将开通。")
    assert "广州市地铁（集团）有限公司" in found
    assert not any(t.startswith("记者") for t in found)


def test_a_company_with_its_place_in_brackets_is_a_company() -> None:
    found = texts("该项目由华润置地（深圳）有限公司开发建设。")
    assert "华润置地（深圳）有限公司" in found


def test_hong_kong_rail_lines_stations_and_bureau_are_known() -> None:
    found = keys("環境及生態局表示，北環綫通車後，由錦上路站往古洞站只需數分鐘，粉嶺北居民受惠。")
    assert {
        ("ORG", "香港特别行政区政府环境及生态局"),
        ("FAC", "北环线"),
        ("FAC", "锦上路站"),
        ("FAC", "古洞站"),
        ("LOC", "粉岭北"),
    } <= found


def test_the_city_urban_renewal_and_land_bureau_is_one_body() -> None:
    found = keys("市城市更新和土地整备局近日批复了两个更新单元。")
    assert ("ORG", "深圳市城市更新和土地整备局") in found
    assert ("ORG", "土地整备局") not in found
