"""Government-portal page shapes: metadata field blocks, bracketed control rows, writer credits
and enumerated lists. Every page here is written for these tests (Traditional and Simplified)."""

from __future__ import annotations

import inspect
import re

import pytest

from tequ.clean import boilerplate, clean_text
from tequ.clean.boilerplate import FIELD_LABELS, chrome_family, classify, is_control_row
from tequ.clean.segment import date_rank, parse_field, parse_source

PORTAL = """某市某区人民政府
索引号:00000000MB0000000X/2024-00077
发布机构:某区住房和建设局
成文日期:2024-09-02
发布日期:2024-09-05
【字体:大 中 小】 【打印】
某区启动老旧小区改造 年内完成改造小区42个
某区日前召开老旧小区改造工作推进会,今年计划改造小区42个,惠及居民约1.8万户,总投资约6.5亿元。
改造内容包括:
1. 加装电梯120部
2. 改造供水管网35公里
(一)完善无障碍设施
一是增设充电桩800个
附件下载:某区老旧小区改造计划.pdf
联系电话:0000-00000000
"""

PORTAL_HANT = """某市某區人民政府
索引號:00000000MB0000000X/2024-00078
發布機構:某區交通運輸局
成文日期:2024-10-08
發布日期:2024-10-10
【字號 大 中 小】【我要糾錯】【列印】
某區新開通公交線路6條 覆蓋新建住宅區
某區交通運輸局表示,新開通的6條公交線路將覆蓋區內12個新建住宅區,日均服務乘客約3萬人次。
下一步,該區將根據客流變化動態調整班次,方便居民出行。
"""


@pytest.mark.parametrize(
    "line",
    [
        "【打印】【关闭】",
        "【字号 大 中 小】【我要纠错】【打印】",
        "【大 中 小】 列印本页",
        "【我要纠错】",
        "[收藏] [打印本页]",
        "字体 大 中 小",
    ],
)
def test_chrome_family_bracketed_control_rows(line: str) -> None:
    assert chrome_family(line) == "tools"


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("附件：", "attachment"),
        ("附件下载", "attachment"),
        ("1.某区2024年统计公报.pdf", "attachment"),
        ("附件2:某区老旧小区改造计划.DOCX", "attachment"),
        ("某区将在年底前公布改造计划。", None),
        ("附件是本次改造计划的详细说明,请各街道认真研究,结合实际抓好落实。", None),
    ],
)
def test_chrome_family_attachment_links(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


@pytest.mark.parametrize(
    "line",
    [
        "【聚焦】某区出台二十条措施支持民营经济发展",
        "【一】",
        "[1]",
        "【提示】请市民合理安排出行。",
        "大中小学生暑期安全教育活动启动",
        "某区为大中小企业提供一站式服务",
    ],
)
def test_is_control_row_leaves_column_names_numbering_and_sentences(line: str) -> None:
    assert not is_control_row(line)
    assert chrome_family(line) != "tools"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("索引号:00000000MB0000000X/2024-00077", "meta"),
        ("发布机构:某区住房和建设局", "meta"),
        ("标题:某区启动老旧小区改造", "meta"),
        ("【主题分类】城乡建设", "meta"),
        ("深圳:前三季度经济运行稳中向好", "headline"),
        ("原标题:某区启动老旧小区改造", "meta"),
    ],
)
def test_classify_portal_field_lines(line: str, kind: str) -> None:
    assert classify(line).kind == kind


def test_parse_field_roles_and_values() -> None:
    assert parse_field("发布机构:某区住房和建设局") == ("source", "某区住房和建设局")
    assert parse_field("发文机关: 某区人民政府办公室 成文日期:2024-09-02") == ("source", "某区人民政府办公室")
    assert parse_field("标题:某区启动老旧小区改造 年内完成42个") == (
        "title",
        "某区启动老旧小区改造 年内完成42个",
    )
    assert parse_field("索引号:0000/2024-00077") == ("other", "0000/2024-00077")
    assert parse_field("某区启动老旧小区改造") is None


def test_date_rank_publication_before_signing_and_revision() -> None:
    assert date_rank("发布日期:2024-09-05") == 0
    assert date_rank("发布时间:2024-09-05 10:00") == 0
    assert date_rank("2024-09-05") == 0
    assert date_rank("成文日期:2024-09-02") == 1
    assert date_rank("更新时间:2024-09-06") == 1
    assert date_rank("【生效日期】2024-10-01") == 1


@pytest.mark.parametrize(("text", "title", "published", "source"), [
    (PORTAL, "某区启动老旧小区改造 年内完成改造小区42个", "2024-09-05", "某区住房和建设局"),
    (PORTAL_HANT, "某区新开通公交线路6条 覆盖新建住宅区", "2024-10-10", "某区交通运输局"),
])  # fmt: skip
def test_clean_text_portal_metadata_block(text: str, title: str, published: str, source: str) -> None:
    doc = clean_text("p.txt", text, encoding="utf-8")
    (art,) = doc.articles
    assert (art.title, art.published, art.source) == (title, published, source)
    for gone in ("索引号", "发布机构", "成文日期", "大 中 小", "纠错", "附件下载", "联系电话"):
        assert gone not in doc.text


def test_clean_text_portal_title_field_gives_the_title() -> None:
    text = (
        "标题:某区发布2024年重点民生项目清单\n发布机构:某区发展和改革局\n发布日期:2024-03-01\n"
        "某区日前发布2024年重点民生项目清单,共安排项目56个,年度计划投资约48亿元。\n"
        "项目涵盖教育、医疗、养老和交通等领域,将按季度公布进展。\n"
    )
    (art,) = clean_text("t.txt", text, encoding="utf-8").articles
    assert (art.title, art.published, art.source) == (
        "某区发布2024年重点民生项目清单",
        "2024-03-01",
        "某区发展和改革局",
    )


def test_clean_text_enumerated_items_after_the_body_are_kept() -> None:
    doc = clean_text("l.txt", PORTAL, encoding="utf-8")
    for item in ("1. 加装电梯120部", "2. 改造供水管网35公里", "(一)完善无障碍设施", "一是增设充电桩800个"):
        assert item in doc.text


@pytest.mark.parametrize("header", ["相关新闻", "点击排行", "热点新闻", "排行榜"])
def test_clean_text_enumerated_items_after_a_related_list_are_dropped(header: str) -> None:
    text = (
        "某区启动老旧小区改造\n"
        "某区日前召开老旧小区改造工作推进会,今年计划改造小区42个,惠及居民约1.8万户。\n"
        "改造内容包括加装电梯、改造供水管网和完善无障碍设施,总投资约6.5亿元。\n"
        f"{header}\n1. 某区新开通公交线路6条\n2. 某区新增停车位3000个\n"
    )
    doc = clean_text("r.txt", text, encoding="utf-8")
    assert "总投资约6.5亿元" in doc.text
    assert "公交线路" not in doc.text and "停车位" not in doc.text


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("(文/记者 王小明)", None),
        ("(文/湾区日报记者 王小明)", "湾区日报"),
        ("(文／記者 王小明)", None),
        ("(湾区日报记者 王小明 李华)", "湾区日报"),
        ("文/湾区日报记者 王小明", "湾区日报"),
        ("湾区日报记者 王小明 李华", "湾区日报"),
        ("(本报记者 王小明)", None),
        ("【记者】王小明", None),
    ],
)
def test_parse_source_writer_credit_is_not_an_outlet(line: str, source: str | None) -> None:
    assert parse_source(line) == source


def test_clean_text_writer_credit_leaves_the_source_line() -> None:
    text = (
        "某区新增社区医院12家\n2025-06-18 10:22 來源:湾区日報\n【大 中 小】 列印本頁\n"
        "記者從區衛健局獲悉,今年某區新增社區醫院12家,總數超過300家,服務覆蓋全區。\n(文/記者 王小明)\n"
    )
    doc = clean_text("h.txt", text, encoding="utf-8")
    (art,) = doc.articles
    assert (art.published, art.source, art.authors) == ("2025-06-18", "湾区日报", ("王小明",))
    assert "列印" not in doc.text


def test_field_labels_table_has_a_comment_per_entry() -> None:
    source = inspect.getsource(boilerplate)
    block = source[source.index("FIELD_LABELS: tuple") : source.index("FIELD_LINE =")]
    rows = [ln for ln in block.splitlines() if ln.strip().startswith('("')]
    assert len(rows) == len(FIELD_LABELS)
    for row in rows:
        assert re.search(r"\),\s+#\s*\S", row), row
    assert {role for _, role in FIELD_LABELS} <= {"source", "title", "other"}
    assert len({label for label, _ in FIELD_LABELS}) == len(FIELD_LABELS)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("原创 某城发布 某城发布 2025-03-01 08:00 广东", "meta"),
        ("某某日报 2025年3月1日 08:30", "meta"),
        ("新规2025年3月1日起施行 涉及物业管理和交通出行", "headline"),
        ("2025年3月1日08:00起,全市地铁线路延长运营时间至午夜,方便市民夜间出行。", "body"),
        ("完", "chrome"),
    ],
)
def test_classify_info_lines_and_end_marks(line: str, kind: str) -> None:
    assert classify(line).kind == kind


def test_clean_text_account_info_line_gives_the_date() -> None:
    text = (
        "原创 某城发布 某城发布 2025-03-01 08:00 广东\n今天起,这些新规正式施行!\n点击上方蓝字关注我们\n"
        "3月1日起,一批新规正式施行,涉及物业管理、交通出行等方面。\n編輯:張三\n來源:某城發布\n往期推荐\n"
    )
    (art,) = clean_text("w.txt", text, encoding="utf-8").articles
    assert (art.title, art.published, art.source) == ("今天起,这些新规正式施行!", "2025-03-01", "某城发布")
