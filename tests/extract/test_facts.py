"""Facts: candidates, qualifiers, kinds, periods, places, subjects, spans (tequ.extract.facts).

Every sentence here is written for these tests; the figures are illustrative.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tequ.clean import clean_text
from tequ.extract import factdata as fd
from tequ.extract.facts import extract_facts
from tequ.model import FACT_KINDS, QUALIFIERS, Document, Fact
from textdocs import dated_doc, fact_with


def make_doc(body: str, published: str | None = "2025-02-10", title: str = "南山区发布年度数据") -> Document:
    """A cleaned one-article document whose publication date is ``published``."""
    return dated_doc(body, published, title)


def facts_of(body: str, **kw: str | None) -> list[Fact]:
    return extract_facts(make_doc(body, **kw))


def one(body: str, value: float, **kw: str | None) -> Fact:
    """The fact of ``body`` with ``value`` (fails when there is none)."""
    return fact_with(facts_of(body, **kw), value)


# ------------------------------------------------------------------ values and units
@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("2024年，全市新增幼儿园学位3.5万个。", 35000, "个"),
        ("2024年，全市新增幼儿園學位3.5萬個。", 35000, "个"),  # Traditional
        ("全年固定资产投资完成12.5亿元。", 1_250_000_000, "元"),
        ("进出口总额达到1.2万亿元。", 1_200_000_000_000, "元"),
        ("全年接待游客8600万人次。", 86_000_000, "人次"),
        ("累计引进博士后研究人员320名。", 320, "人"),
        ("片区规划面积约12.8平方公里。", 12.8, "平方公里"),
        ("港口完成集装箱吞吐量3100万标箱。", 31_000_000, "标箱"),
        ("新能源汽车产量达到150万辆。", 1_500_000, "辆"),
    ],
)
def test_facts_value_in_base_unit(body: str, value: float, unit: str) -> None:
    f = one(body, value)
    assert f.unit == unit


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("全区企业总数突破5000家。", 5000, "over"),
        ("高新技术企业超过800家。", 800, "over"),
        ("园区集聚企业逾300家。", 300, "over"),
        ("全市公园数量超千个。", 1000, "over"),
        ("海湾港货物吞吐量首破3亿吨。", 300_000_000, "over"),
        ("全年游客量再破2000万人次。", 20_000_000, "over"),
        ("入驻团队60余个。", 60, "over"),
        ("覆盖社区200多个。", 200, "over"),
        ("新增就业岗位1万个以上。", 10000, "at_least"),
        ("每年接待访客约50万人次。", 500_000, "about"),
        ("服务对象80万人左右。", 800_000, "about"),
        ("新建充电桩近2000个。", 2000, "nearly"),
        ("平均通关时间不到30分钟。", 30, "under"),
        ("投资总额12亿元。", 1_200_000_000, "exact"),
    ],
)
def test_facts_qualifier_from_cue_words(body: str, value: float, qualifier: str) -> None:
    assert one(body, value).qualifier == qualifier


# ------------------------------------------------------------------ kinds
@pytest.mark.parametrize(
    ("body", "value", "unit", "kind"),
    [
        ("地区生产总值同比增长5.8%。", 5.8, "%", "change"),
        ("单位能耗同比下降2.5%。", -2.5, "%", "change"),
        ("审批时间缩短12天。", -12, "天", "change"),
        ("外贸出口增长两成。", 20, "%", "change"),
        ("签约率提升4个百分点。", 4, "个百分点", "change"),
        ("外资企业访客较上年增长两倍。", 200, "%", "change"),
        ("数字经济占比达到31.5%。", 31.5, "%", "share"),
        ("约占全市的四分之一。", 25, "%", "share"),
        ("符合条件的企业减按15%的税率征收所得税。", 15, "%", "level"),
        ("全区新增中小学5所。", 5, "所", "count"),
        ("常住人口180万人。", 1_800_000, "人", "level"),
        ("学位数量增至2.1万个。", 21000, "个", "count"),
        ("通勤时间缩短为25分钟。", 25, "分钟", "level"),
    ],
)
def test_facts_kind_and_sign(body: str, value: float, unit: str, kind: str) -> None:
    f = one(body, value)
    assert (f.unit, f.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("专利授权量连续5年位居全省首位。", 1, "位"),
        ("专利授权量连续5年位居全省首位。", 5, "年"),
        ("跨境电商规模排名全国第三位。", 3, "位"),
        ("拥有全国最多的12个保税仓库。", 1, "位"),
    ],
)
def test_facts_ranks_and_year_runs(body: str, value: float, unit: str) -> None:
    f = one(body, value)
    assert f.unit == unit
    assert f.kind == ("rank" if unit == "位" else "count")


def test_facts_big_number_noun_takes_its_classifier() -> None:
    f = one("会议提出五大举措，推动产业升级。", 5)
    assert (f.unit, f.kind) == ("项", "count")


@pytest.mark.parametrize(
    "body",
    [
        "力争全年新增学位4000个以上。",
        "该区计划新建公园3个。",
        "今年将再开通地铁线路2条。",
        "今年地区生产总值增长6%左右的预期目标。",
    ],
)
def test_facts_plans_are_targets(body: str) -> None:
    kinds = [f.kind for f in facts_of(body)]
    assert kinds and all(k == "target" for k in kinds), kinds


def test_facts_estimate_is_a_level_not_a_target() -> None:
    assert one("全年产值预计超3000亿元。", 300_000_000_000).kind == "level"


# ------------------------------------------------------------------ not facts
@pytest.mark.parametrize(
    ("body", "forbidden"),
    [
        ("党的二十届三中全会精神。", {20, 3}),
        ("第十届文博会在会展中心开幕。", {10}),
        ("地铁3号线和12号线换乘。", {3, 12}),
        ("“十四五”时期是关键阶段。", {14}),
        ("咨询电话0755-12345678。", {755, 12345678}),
        ("印发《2021—2025年发展规划》。", {2021, 2025}),
        ("推动“五个一”工程建设。", {5, 1}),
        ("进入ESI全球前1%学科。", {1}),
        ("每万人拥有医生3人。", {10000}),
        ("2024年3月5日举行会议。", {2024, 3, 5}),
        ("这是又一个重要年份。", {1}),
        ("前10个月经济平稳运行。", {10}),
        ("站点800米范围内全覆盖。", {800}),
        ("全国十大港口名单公布。", {10}),
    ],
)
def test_facts_leave_out_names_ordinals_dates_and_codes(body: str, forbidden: set[float]) -> None:
    values = {f.value for f in facts_of(body)}
    assert not values & forbidden, [(f.quote, f.value) for f in facts_of(body)]


# ------------------------------------------------------------------ periods
@pytest.mark.parametrize(
    ("body", "value", "period"),
    [
        ("2024年，全区新增企业1200家。", 1200, "2024"),
        ("2024年1—6月，外贸进出口额1500亿元。", 150_000_000_000, "2024-01/2024-06"),
        ("截至2024年底，全市共有养老机构150家。", 150, "2024-12-31"),
        ("去年全区新增绿道30公里。", 30, "2024"),
        ("目前已建成口袋公园85个。", 85, "2025-02-10"),
        ("累计建成人才住房2万套。", 20000, None),
        ("年均新增企业100家以上。", 100, None),
        ("自2020年以来，累计新增学位8.5万个。", 85000, "2020/2024"),
        ("2024年，全区新增企业1200家。其中科技企业300家。", 300, "2024"),
        ("全年客流约2亿人次，恢复至2019年同期水平的九成。", 200_000_000, "2024"),
    ],
)
def test_facts_period_resolution(body: str, value: float, period: str | None) -> None:
    assert one(f"2024年是关键之年。{body}", value).period == period


def test_facts_period_whole_year_follows_context() -> None:
    body = "2024年1—9月，交易额达到180亿元，预计全年达到250亿元。"
    assert one(body, 25_000_000_000).period == "2024"
    assert one(body, 18_000_000_000).period == "2024-01/2024-09"


# ------------------------------------------------------------------ place, subject, links
def test_facts_place_from_clause_head_else_main_place() -> None:
    facts = facts_of("南山区新增企业500家。前海新增港资企业200家，全市新增学位1万个。")
    places = {f.value: f.place for f in facts}
    assert places[500] == "南山区"
    assert places[200] == "前海"


def test_facts_subject_is_the_noun_phrase() -> None:
    assert one("2024年，深圳新增社区公园32个。", 32).subject == "深圳新增社区公园"
    assert one("2024年，深圳32家医院实现检查结果互认。", 32).subject.endswith("医院")
    assert (
        one("全市口岸出入境人员数量突破2亿人次。", 200_000_000, title="深圳口岸年报").subject
        == "深圳口岸出入境人员"
    )


def test_facts_change_relates_to_its_level() -> None:
    facts = facts_of("2024年，全市社会消费品零售总额1.1万亿元，同比增长4.5%。")
    level = next(i for i, f in enumerate(facts) if f.kind == "level")
    change = next(f for f in facts if f.kind == "change")
    assert change.relates_to == level
    assert change.subject == facts[level].subject


def test_facts_quotes_match_the_original_and_cover_cue_and_unit() -> None:
    doc = make_doc("2024年，全市口岸出入境人員數量突破2.5億人次，同比增長12%。")
    facts = extract_facts(doc)
    assert [f.quote for f in facts] == ["突破2.5億人次", "同比增長12%"]
    for f in facts:
        assert doc.original[f.start : f.end] == f.quote


# ------------------------------------------------------------------ robustness and tables
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "0123456789.%万亿元个家人次年月日同比增长下降约超近第号《》“”，。、 \n一二三十百千大占比居首位累计截至底"
            )
        )
        | st.characters(),
        max_size=120,
    )
)
def test_facts_never_raise_and_keep_spans(body: str) -> None:
    doc = clean_text("fuzz.txt", body, encoding="utf-8")
    for f in extract_facts(doc):
        assert 0 <= f.start < f.end <= len(doc.original)
        assert doc.original[f.start : f.end] == f.quote
        assert f.kind in FACT_KINDS and f.qualifier in QUALIFIERS


def test_factdata_tables_are_well_formed() -> None:
    for key, (unit, kind) in fd.UNITS.items():
        assert key and unit and kind in ("count", "level", "change")
    for table in (fd.QUALIFIER_BEFORE, fd.QUALIFIER_AFTER, fd.APPROX_SUFFIX):
        assert all(k and v in QUALIFIERS for k, v in table.items())
    assert all(k and v in (1, -1) for k, v in fd.CHANGE_VERBS.items())
    assert all(k and v in ("个", "项") for k, v in fd.CLASSIFIER_BY_NOUN.items())
    assert all(k and v for k, v in fd.PLACES.items())
    for name in dir(fd):
        table = getattr(fd, name)
        if name.isupper() and isinstance(table, tuple):
            assert all(isinstance(w, str) and w for w in table), name
            assert len(set(table)) == len(table), f"duplicate entry in {name}"


# ------------------------------------------------------------------ later mechanisms
def test_facts_months_without_a_year_are_in_the_past() -> None:
    f = one("1—9月，全区工业利润总额120亿元。", 12_000_000_000, published="2025-01-20")
    assert f.period == "2024-01/2024-09"


def test_facts_comparison_base_is_not_the_period() -> None:
    f = one("2024年，全区客流约9000万人次，恢复至2019年同期的九成，日均约25万人次。", 250_000)
    assert f.period == "2024"


def test_facts_time_inside_a_clause_does_not_carry() -> None:
    body = "2024年，全市接待游客超过1亿人次，刷新了2019年创下的纪录，日均接待约30万人次。"
    assert one(body, 300_000).period == "2024"


@pytest.mark.parametrize(
    ("body", "value", "kind"),
    [
        ("今年，南山将加快建设三个产业园区。新增人才公寓2000套，建成公园5个。", 2000, "target"),
        ("今年，南山将加快建设三个产业园区。去年已建成公园5个。", 5, "count"),
        ("区政府工作报告提出今年新增学位3000个。", 3000, "target"),
        ("获批将15%的优惠税率扩展至全区。", 15, "level"),
    ],
)
def test_facts_plan_frames_and_object_marker(body: str, value: float, kind: str) -> None:
    assert one(body, value).kind == kind


@pytest.mark.parametrize(
    ("body", "forbidden"),
    [
        ("福田、罗湖、南山三个区率先试点。", 3),  # sums up the list just named
        ("全年单日客流超过80万人次的日子有40天。", 800_000),  # a threshold describing the days
        ("“产业”“科技”“人才”三个关键词。", 3),
    ],
)
def test_facts_leave_out_list_sums_and_thresholds(body: str, forbidden: float) -> None:
    assert forbidden not in {f.value for f in facts_of(body)}


def test_facts_open_list_with_deng_is_a_count() -> None:
    assert one("新能源、医药、材料等3个产业集群加快发展。", 3).unit == "个"


def test_facts_place_in_a_modifier_is_not_the_place() -> None:
    facts = facts_of("截至2024年底，河套园区已落地项目超过200个，其中与香港高校合作的项目约30个。")
    assert {f.value: f.place for f in facts}[30] == "河套"


@pytest.mark.parametrize(
    ("body", "value"), [("产值三年翻一番。", 100), ("收入较2020年翻两番。", 300), ("规模实现翻番。", 100)]
)
def test_facts_doubling_is_a_change_in_percent(body: str, value: float) -> None:
    f = one(body, value)
    assert (f.unit, f.kind) == ("%", "change")


@pytest.mark.parametrize(
    ("body", "unit"), [("新建住宅均价每平方米5.2万元。", "元/平方米"), ("补贴标准为300元/人。", "元/人")]
)
def test_facts_rates_per_unit(body: str, unit: str) -> None:
    assert {f.unit for f in facts_of(body)} == {unit}


def test_facts_subject_before_a_link_verb_with_nothing_after() -> None:
    facts = facts_of("2024年，全区工业投资完成480亿元，增长了两个百分点。")
    assert [f.subject for f in facts] == ["南山区工业投资", "南山区工业投资"]


def test_facts_at_most_is_under() -> None:
    assert one("候检时间不超过30分钟。", 30).qualifier == "under"


def test_facts_share_after_qizhong_relates_to_the_whole() -> None:
    facts = facts_of("2024年，全区新注册企业1.2万家，其中港资企业约1800家，占比15%。")
    share = next(f for f in facts if f.kind == "share")
    assert share.relates_to is not None and facts[share.relates_to].value == 12000


@pytest.mark.parametrize(
    ("body", "value", "period"),
    [
        ("2024年，单日客流超过80万人次的日子有40天，其中12月21日单日客流约94万人次。", 940_000, "2024-12-21"),
        ("2024年，全区累计建成5G基站约9800个。", 9800, "2024"),  # the opening year frames the total
        ("全区新增企业1200家；累计建成5G基站约9800个。", 9800, None),  # a year carried in: no start
        ("产值三年翻一番。", 100, "2021/2024"),
        ("商圈去年接待游客约1900万人次，游客消费约占销售额的两成。", 20, "2024"),
    ],
)
def test_facts_period_cases_of_later_mechanisms(body: str, value: float, period: str | None) -> None:
    assert one(f"2024年是关键之年。{body}", value).period == period


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("2023年，全市累计接待游客1.6亿人次。", "2023"),  # the year opens the sentence
        ("其中，2023年累计接待游客1.6亿人次。", "2023"),  # or the clause after a connective
        ("自2021年以来，全市累计接待游客1.6亿人次。", "2021/2024"),  # a start: a span
        ("全市接待游客人数在2023年累计达1.6亿人次。", None),  # a year inside the sentence
        ("全市累计接待游客1.6亿人次。", None),  # no start, no frame
    ],
)
def test_facts_cumulative_total_framed_by_an_opening_year(body: str, period: str | None) -> None:
    assert one(f"2024年是关键之年。{body}", 160_000_000).period == period


@pytest.mark.parametrize(
    ("body", "value", "quote", "word"),
    [
        ("2024年，北站旅客发送量约3650万人次，日均约10万人次。", 100_000, "日均约10万人次", "日均"),
        ("2024年，北站旅客发送量日均约10万人次。", 100_000, "日均约10万人次", "日均"),
        ("全区居民可支配收入人均约7.2万元。", 72_000, "人均约7.2万元", "人均"),
        ("2024年，社区食堂服务长者月均超过2000人次。", 2000, "月均超过2000人次", "月均"),
    ],
)
def test_facts_average_words_stay_whole_in_quote_and_subject(
    body: str, value: float, quote: str, word: str
) -> None:
    f = one(body, value)
    assert f.quote == quote
    assert word in f.subject and not f.subject.endswith(word[0])


def test_facts_lone_jun_is_still_a_filler() -> None:
    f = one("2024年，两个园区产值均超过500亿元。", 50_000_000_000)
    assert f.quote == "均超过500亿元" and "均" not in f.subject


def test_facts_gap_in_percentage_points_is_a_level() -> None:
    f = one("研发投入强度高于全市平均水平约0.7个百分点。", 0.7)
    assert (f.kind, f.qualifier) == ("level", "about")


def test_facts_parallel_lists_give_each_number_its_item() -> None:
    facts = facts_of("2024年，全市三甲医院、重点专科分别增至35家、40个；新增国家级、省级实验室3个、12个。")
    subjects = {f.value: f.subject for f in facts}
    assert subjects[35].endswith("三甲医院") and subjects[40].endswith("重点专科")
    assert subjects[3].endswith("新增国家级实验室") and subjects[12].endswith("新增省级实验室")


def test_facts_sentence_opening_qizhong_restates_the_sentence_before() -> None:
    body = "今年1—10月，全港完成集装箱吞吐量约2790万标箱。其中，西部港区完成约1300万标箱。"
    assert one(body, 13_000_000, published="2024-11-18").period == "2024-01/2024-10"


def test_facts_whole_year_in_a_plan_is_the_publication_year() -> None:
    body = "去年接待游客约1900万人次。罗湖将推出消费季，力争全年举办活动200场以上。"
    f = one(body, 200, published="2025-03-05")
    assert (f.kind, f.period) == ("target", "2025")


def test_facts_time_closing_its_clause_is_the_topic() -> None:
    body = "2021年客流仅约80万人次；而在疫情前的2019年，年客流超过8000万人次。"
    assert one(body, 80_000_000).period == "2019"


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("全区已组建教育集团28个。", "2025-02-10"),
        ("2024年，全区已组建教育集团28个。", "2024"),
        ("全区已累计组建教育集团28个。", None),
    ],
)
def test_facts_already_is_a_stock_now_unless_timed(body: str, period: str | None) -> None:
    assert one(body, 28).period == period


def test_facts_change_from_a_stock_day_to_a_stock_day() -> None:
    f = one("截至2024年底，全区港资企业约1.1万家，较2021年底增长近四成。", 40)
    assert (f.period, f.qualifier) == ("2021-12-31/2024-12-31", "nearly")


# ------------------------------------------------------------------ words read whole
@pytest.mark.parametrize(
    ("body", "value", "subject_end"),
    [
        ("2023年，宝安机场航班起降30.2万架次，同比增长5.1%。", 302_000, "航班起降"),
        ("去年，园区电梯升降约8万次。", 80_000, "电梯升降"),
    ],
)
def test_facts_change_character_inside_a_word_is_no_change(body: str, value: float, subject_end: str) -> None:
    f = one(body, value)
    assert f.kind != "change" and f.value > 0
    assert f.subject.endswith(subject_end)


def test_facts_change_after_a_whole_word_relates_to_it() -> None:
    facts = facts_of("2023年，宝安机场航班起降30.2万架次，同比增长5.1%；货邮吞吐量80万吨。")
    change = next(f for f in facts if f.kind == "change")
    assert change.value == 5.1
    assert facts[change.relates_to].subject.endswith("航班起降")


@pytest.mark.parametrize(("body", "value"), [("货车保有量减少3000辆，降幅5%。", -5), ("价格涨幅3%。", 3)])
def test_facts_size_of_a_rise_or_fall_is_a_change(body: str, value: float) -> None:
    f = one(body, value)
    assert f.kind == "change"


# ------------------------------------------------------------------ dates that frame what follows
@pytest.mark.parametrize(
    "body",
    [
        "新航站楼已于2023年9月18日投入使用，全市机场年设计容量增至约9000万人次。",
        "新航站楼于2023年9月18日投入使用，全市机场年设计容量增至约9000万人次。",
        "2023年9月18日，新航站楼投入使用。全市机场年设计容量增至约9000万人次。",
    ],
)
def test_facts_dated_act_frames_the_figure_after_it(body: str) -> None:
    assert one(body, 90_000_000, published="2024-03-01").period == "2023"


def test_facts_planned_date_and_meeting_date_do_not_frame() -> None:
    body = "新航站楼将于2025年下半年开工。全年新增停车泊位约3000个。"
    assert one(f"2024年是关键之年。{body}", 3000).period == "2024"
    body = "在2023年9月18日举行的会议上，全市机场年设计容量增至约9000万人次。"
    assert one(body, 90_000_000, published="2024-03-01").period != "2023-09-18"


# ------------------------------------------------------------------ subjects without leftovers
@pytest.mark.parametrize(
    ("body", "value", "subject"),
    [
        # a time removed takes its preposition and suffix along; plan markers go too
        ("龙岗区提出，到2027年新能源汽车产业产值力争突破3000亿元。", 3e11, "龙岗区新能源汽车产业产值"),
        ("市卫健委表示，将力争到“十五五”期末全市执业医师达到12万人。", 120_000, "南山区执业医师"),
        ("片区将引进设计机构，目标是到2028年底引进外资研发中心30家以上。", 30, "南山区引进外资研发中心"),
        ("福田将力争到2027年引进国际科研团队50个以上。", 50, "福田引进国际科研团队"),
        ("自2020年以来累计建成充电桩1.2万个。", 12_000, "南山区建成充电桩"),
        # a reporting verb: what was said follows it
        ("宝安区提出全区工业投资增长8%左右。", 8, "宝安区工业投资"),
        # adverbs and verbs right before the number
        ("片区入境旅客仅约30万人次。", 300_000, "南山区片区入境旅客"),
        ("仅福田口岸一处的年客流就超过5000万人次。", 5e7, "福田口岸一处的年客流"),
        # 的 after the place, and a word ending in 的 kept whole
        ("深圳的糖尿病患者规范管理率达70%。", 70, "深圳糖尿病患者规范管理率"),
        ("以购物为目的的占比达到35%。", 35, "南山区购物为目的占比"),
    ],
)
def test_facts_subject_has_no_leftovers(body: str, value: float, subject: str) -> None:
    assert one(body, value).subject == subject


def test_facts_total_after_a_new_figure_drops_the_flow_verb() -> None:
    for place in ("全区", "光明科学城"):
        facts = facts_of(f"{place}新增专精特新企业约120家，总数超过900家。")
        assert [f.subject.endswith("新增专精特新企业") for f in facts] == [True, False]
        assert facts[1].subject.endswith("专精特新企业总数")


def test_facts_recovered_share_borrows_the_level_subject() -> None:
    facts = facts_of("全年商圈客流约2亿人次，恢复至2019年的八成以上。")
    share = next(f for f in facts if f.value == 80)
    assert share.subject == facts[0].subject and share.relates_to == 0


@pytest.mark.parametrize(
    "body",
    [
        "全年规模以上工业增加值约900亿元，约占全市三成。",  # 约占: a share of the level before
        "全年入境游客约300万人次，恢复至2019年同期水平的近八成。",  # the base goes whole
    ],
)
def test_facts_share_after_a_level_borrows_its_subject(body: str) -> None:
    level, share = facts_of(body)
    assert share.kind == "share" and share.relates_to == 0
    assert share.subject.startswith(level.subject)


@pytest.mark.parametrize(
    ("body", "value", "subject"),
    [
        ("力争改建完成后货车平均通关时间缩短两成以上。", -20, "南山区货车平均通关时间"),
        ("全市外贸进出口总额首次迈上2万亿元台阶、达到2.1万亿元。", 2e12, "南山区外贸进出口总额"),
        ("全市外贸进出口总额首次迈上2万亿元台阶、达到2.1万亿元。", 2.1e12, "南山区外贸进出口总额"),
        ("大鹏新区全年接待游客1600万人次。新区新增精品酒店12家。", 12, "大鹏新区新增精品酒店"),
    ],
)
def test_facts_subject_leftovers_after_verbs_and_thresholds(body: str, value: float, subject: str) -> None:
    assert one(body, value).subject == subject


def test_facts_to_a_bare_year_is_that_year_to_its_end_is_the_day() -> None:
    body = "到2027年，全区海洋产业产值力争突破800亿元。"
    assert one(body, 8e10).period == "2027"
    assert one(body.replace("2027年", "2027年底"), 8e10).period == "2027-12-31"
    assert one("截至2024年，全区共有学校120所。", 120).period == "2024-12-31"


def test_facts_whole_year_after_already_is_the_context_year() -> None:
    body = "2024年是关键之年。全区已集聚律师事务所约150家；区法院全年审结涉外案件约2100件。"
    assert one(body, 150).period == "2025-02-10"  # 已: a stock now
    assert one(body, 2100).period == "2024"  # 全年: the year reported, not the publication's


def test_facts_bare_figure_after_a_day_is_that_day_in_the_context_year() -> None:
    body = "2023年全年共发布预警19次，单日最高降雨出现在8月14日，约230万立方米。"
    f = one(body, 2_300_000, published="2024-01-20")
    assert f.period == "2023-08-14"
    assert one(body, 2_300_000, published="2025-03-01").period == "2023-08-14"  # not 2024-08-14


def test_facts_total_in_a_later_clause_is_not_framed_by_qizhong_or_quannian() -> None:
    body = "2024年，全区工业增加值突破900亿元。其中，高新区集聚软件企业约1200家，全年营业收入超过800亿元；全区累计建成充电桩约7600个。"
    assert one(body, 1200).period == "2024"
    assert one(body, 8e10).period == "2024"
    assert one(body, 7600).period is None  # 累计 with no start of its own


@pytest.mark.parametrize(
    ("body", "value", "subject"),
    [
        ("改造工程将于明年开工，施工周期约三年。", 3, "南山区施工周期"),
        ("该项目为期两年，总投资约50亿元。", 2, "南山区项目"),
    ],
)
def test_facts_length_in_years_is_a_level_without_period(body: str, value: float, subject: str) -> None:
    f = one(body, value)
    assert (f.unit, f.kind, f.period, f.subject) == ("年", "level", None, subject)


def test_facts_year_without_a_length_cue_is_no_fact() -> None:
    assert not [f for f in facts_of("项目三年前已经立项，今年开工。") if f.unit == "年"]


@pytest.mark.parametrize(("name", "place"), [("光明", "光明区"), ("龙华", "龙华区"), ("大鹏", "大鹏新区")])
def test_facts_short_district_names_are_places(name: str, place: str) -> None:
    f = one(f"今年{name}将力争新落地产业化项目50个以上。", 50)
    assert f.place == place
    assert f.subject == f"{name}新落地产业化项目"  # no second place prefixed


@pytest.mark.parametrize(
    ("body", "value", "kind", "qualifier"),
    [
        ("全市展会多达300场。", 300, "count", "exact"),  # 多达: as many as, no rise
        ("高达95%的企业实现盈利。", 95, "share", "exact"),
        ("参展企业差不多500家。", 500, "count", "about"),
        ("每场至多3000人。", 3000, "level", "under"),
        ("全年降雨量较常年偏多12%。", 12, "change", "exact"),
        ("全年降雨量较常年偏少8%。", -8, "change", "exact"),
    ],
)
def test_facts_words_with_a_change_character_read_whole(
    body: str, value: float, kind: str, qualifier: str
) -> None:
    f = one(body, value)
    assert (f.kind, f.qualifier) == (kind, qualifier)
    assert not f.subject.endswith(("高", "较", "差不")), f.subject


def test_facts_superlative_scope_is_a_rank_not_at_most() -> None:
    assert one("深圳坐拥全国最多的16个国家一类口岸。", 16).qualifier == "exact"


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("今年以来，全区已办理业务2.3万件。", "2025"),  # not the publication day of 已
        ("去年以来，全区累计办理业务2.3万件。", "2024/2025"),
    ],
)
def test_facts_relative_year_since(body: str, period: str) -> None:
    assert one(body, 23_000).period == period


def test_facts_share_keeps_the_whole_it_divides() -> None:
    f = one("新能源汽车保有量突破100万辆，占汽车总量的25%。", 25)
    assert f.subject.endswith("占汽车总量")
    assert one("全市商品房销售数量12万套。", 120_000).subject == "南山区商品房销售"


def test_facts_subject_is_never_empty() -> None:
    for f in facts_of("港口吞吐量增减幅度不大，约为2%。"):
        assert f.subject.startswith("南山区港口吞吐量")


@pytest.mark.parametrize(
    ("body", "subjects"),
    [
        ("全市65%高血压患者、58%慢阻肺患者在社区就诊。", ["南山区高血压患者占比", "南山区慢阻肺患者占比"]),
        (
            "全市65.2%的高血压患者、58.1%的慢阻肺患者在社区就诊。",
            ["南山区高血压患者占比", "南山区慢阻肺患者占比"],
        ),
        ("全年新增托位5000个、学位3万个。", ["南山区新增托位", "南山区新增学位"]),
        ("全年新增托位5000个、总数3万个。", ["南山区新增托位", "南山区托位总数"]),
        ("年均新增企业100家以上、产值增长20%以上。", ["南山区新增企业", "南山区产值"]),
    ],
)
def test_facts_list_items_have_their_own_subjects(body: str, subjects: list[str]) -> None:
    assert [f.subject for f in facts_of(body)] == subjects


def test_facts_deadline_ahead_is_a_target_on_that_day() -> None:
    f = one("2025年底前，全市新建充电桩2万个。", 20_000)
    assert (f.kind, f.period) == ("target", "2025-12-31")
    f = one("2024年底前，全市新建充电桩2万个。", 20_000)  # already passed when published
    assert (f.kind, f.period) == ("count", "2024-12-31")
    assert one("截至2025年6月底，全市累计建成5G基站8.2万个。", 82_000).kind == "count"


@pytest.mark.parametrize("body", ["与2023年相比，全市客流增长15%。", "2024年，全区客流与2023年相比增长15%。"])
def test_facts_base_compared_with_is_not_the_period(body: str) -> None:
    f = one(f"2024年是关键之年。{body}", 15)
    assert (f.period, f.subject) == ("2024", "南山区客流")


def test_facts_respectively_spreads_changes_over_the_levels_before() -> None:
    facts = facts_of("全年接待游客1680万人次、实现旅游收入140亿元，分别增长12%和8%。")
    changes = [f for f in facts if f.kind == "change"]
    assert [(f.value, f.subject, f.relates_to) for f in changes] == [
        (12, "南山区接待游客", 0),
        (8, "南山区旅游收入", 1),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("出口和进口分别下降3%、5%。", [(-3, "南山区出口"), (-5, "南山区进口")]),
        ("全市GDP和社零分别达到3.6万亿元和1.1万亿元。", [(3.6e12, "南山区GDP"), (1.1e12, "南山区社零")]),
    ],
)
def test_facts_respectively_items_joined_by_he(body: str, expected: list) -> None:
    assert [(f.value, f.subject) for f in facts_of(body)] == expected


@pytest.mark.parametrize(
    ("body", "value", "unit", "subject"),
    [
        ("全年共办理出入境证件120万件次。", 1_200_000, "件次", "南山区办理出入境证件"),
        ("全区人口密度达到每平方公里1.2万人。", 12_000, "人/平方公里", "南山区人口密度"),
    ],
)
def test_facts_units_read_whole(body: str, value: float, unit: str, subject: str) -> None:
    f = one(body, value)
    assert (f.unit, f.subject) == (unit, subject)


def test_facts_rank_scope_is_not_the_place() -> None:
    f = next(f for f in facts_of("龙华区全年实现营收2000亿元，增速居全市第二。") if f.kind == "rank")
    assert f.place == "龙华区"


@pytest.mark.parametrize(
    ("body", "value", "period"),
    [
        ("2024年一季度，全区实现税收收入120亿元；二季度实现130亿元。", 1.3e10, "2024-04/2024-06"),
        ("2023年1—6月，全区税收收入120亿元，7月实现20亿元。", 2e9, "2023-07"),
        ("2024年全市GDP增长5%。1—2月，全市出口增长12%。", 12, "2025-01/2025-02"),  # another sentence
    ],
)
def test_facts_yearless_time_takes_the_year_written_before_it_in_the_sentence(
    body: str, value: float, period: str
) -> None:
    assert one(body, value, published="2025-03-10").period == period


@pytest.mark.parametrize(
    ("body", "value", "subject"),
    [
        ("投资额为负增长2.1%。", -2.1, "南山区投资额"),
        ("全区实现正增长3%。", 3, "南山区"),  # the own place alone: the place
        ("增长两成半。", 25, "南山区"),  # nothing names what grew: the place, never empty
    ],
)
def test_facts_signed_growth_and_place_only_subjects(body: str, value: float, subject: str) -> None:
    f = one(body, value)
    assert (f.kind, f.subject) == ("change", subject)


@pytest.mark.parametrize(
    ("body", "value", "subject"),
    [
        ("今年全区GDP预期增长目标定于5.5%。", 5.5, "南山区GDP预期增长"),
        ("光明区印发交通行动方案 2025年轨道交通里程将达40公里", 40, "光明区轨道交通里程"),  # a headline
    ],
)
def test_facts_target_subject_without_aim_words_or_headline_head(
    body: str, value: float, subject: str
) -> None:
    f = one(body, value)
    assert (f.kind, f.subject) == ("target", subject)


@pytest.mark.parametrize(
    ("body", "subjects"),
    [
        ("该区引进落地2家外资医院，另有3家在谈。", ["南山区引进落地外资医院", "南山区外资医院"]),
        ("该市GDP增长6%。", ["南山区GDP"]),  # 该市: the own place, not 该 + 市
        ("全年为市民提供就业岗位8万个。", ["南山区就业岗位"]),
    ],
)
def test_facts_subject_of_own_place_words_and_beneficiaries(body: str, subjects: list[str]) -> None:
    assert [f.subject for f in facts_of(body)] == subjects


@pytest.mark.parametrize("time", ["2024年末", "2024年底"])
def test_facts_year_end_is_a_stock_on_that_day(time: str) -> None:
    assert one(f"{time}，全区共有企业5万家。", 50_000).period == "2024-12-31"


def test_facts_plan_date_frames_no_later_sentence() -> None:
    body = "新线力争2024年底建成通车；同步启动道路改造。计划新建自行车道120公里。"
    f = one(body, 120, published="2023-05-01")
    assert (f.kind, f.period) == ("target", None)


@pytest.mark.parametrize(
    ("body", "value", "subject"),
    [
        ("全年GDP比2020年翻一番。", 100, "南山区GDP"),
        ("投资增速比上月回落0.5个百分点。", -0.5, "南山区投资增速"),
        ("社康诊疗量占比达到39%。", 39, "南山区社康诊疗量占比"),  # 占比 is whole
    ],
)
def test_facts_comparison_word_left_by_a_time_is_dropped(body: str, value: float, subject: str) -> None:
    assert one(body, value).subject == subject


@pytest.mark.parametrize(
    "body",
    [
        "全市的高血压患者规范管理率达70%。",
        "南山区的高血压患者规范管理率达70%。",
        "辖区内的高血压患者规范管理率达70%。",
    ],
)
def test_facts_de_after_the_place_is_normalised(body: str) -> None:
    assert one(body, 70).subject == "南山区高血压患者规范管理率"
