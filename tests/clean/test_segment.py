"""Titles, digests and article metadata, on documents written for these tests."""

from __future__ import annotations

from tequ.clean import clean_text
from tequ.clean.segment import parse_authors, parse_date, parse_dateline, parse_source

DIGEST = """【湾区快讯】是本号的资讯栏目,每天为你带来最新的政策和数据。
示范区召开中小企业发展座谈会
2024年5月8日上午,示范区管委会召开中小企业发展座谈会,听取企业代表意见建议。
会上,管委会介绍了支持中小企业发展的十条措施,现场企业代表踊跃发言。
(湾区日报记者 王小明 李华)
某区新增社区医院12家
记者从区卫健局获悉,今年某区新增社区医院12家,总数超过300家,服务覆盖全区。
下一步,该区将继续推进基层医疗服务提质扩容,让居民就近看病更方便。
(内容来源:南方晚报 记者 赵六 通讯员 区卫宣)
我们的口号是:关注湾区,关注未来!
特别声明:以上内容为自媒体平台用户上传并发布,本平台仅提供信息存储服务。
"""

PAGE = """2024年6月1日星期六
示范区发布十条措施支持中小企业
来源:湾区日报
发布日期:2024-05-09 10:20
湾区新闻网
分享:
5月8日上午,示范区管委会召开新闻发布会,介绍支持中小企业发展的十条措施,涉及资金、人才和场地。
根据措施,示范区将设立规模为10亿元的专项资金,对符合条件的企业给予最高200万元的补贴。
编辑:钱七
手机扫一扫打开当前页面
"""


def test_parse_date_full_dates_only() -> None:
    assert parse_date("发布时间:2024-05-09 10:20") == "2024-05-09"
    assert parse_date("2026年1月13日下午") == "2026-01-13"
    assert parse_date("今年11月下旬") is None
    assert parse_date("2024年13月40日") is None


def test_parse_source_variants() -> None:
    assert parse_source("来源:湾区日报 发布时间:2024-05-09") == "湾区日报"
    assert parse_source("来源: 某某新闻客户端") == "某某新闻客户端"
    assert parse_source("(湾区日报记者 王小明 李华)") == "湾区日报"
    assert parse_source("(内容来源:南方晚报 记者 赵六 通讯员 区卫宣)") == "南方晚报"
    assert parse_source("【来源】 某某报业集团 客户端") == "某某报业集团客户端"


def test_parse_authors_reporters_and_editors() -> None:
    assert parse_authors("(湾区日报记者 王小明 李华)") == ["王小明", "李华"]
    assert parse_authors("(内容来源:南方晚报 记者 赵六 通讯员 区卫宣)") == ["赵六"]
    assert parse_authors("[编辑:钱七]") == ["钱七"]
    assert parse_authors("【撰文】孙八") == ["孙八"]
    assert parse_authors("文/周九 图/吴十") == ["周九"]


def test_clean_text_splits_digest_at_headline_after_closing_byline() -> None:
    doc = clean_text("digest.txt", DIGEST, encoding="utf-8")
    arts = [(a.title, a.published, a.source) for a in doc.articles]
    assert arts == [
        ("示范区召开中小企业发展座谈会", "2024-05-08", "湾区日报"),
        ("某区新增社区医院12家", None, "南方晚报"),
    ]
    kept = doc.text
    assert "资讯栏目" not in kept and "口号" not in kept and "信息存储" not in kept
    assert "(湾区日报记者 王小明 李华)" in kept
    assert doc.articles[0].authors == ("王小明", "李华")


def test_clean_text_page_header_metadata_and_chrome() -> None:
    doc = clean_text("page.txt", PAGE, encoding="utf-8")
    (art,) = doc.articles
    assert (art.title, art.published, art.source) == (
        "示范区发布十条措施支持中小企业",
        "2024-05-09",
        "湾区日报",
    )
    assert doc.paragraphs[0].role == "title"
    text = doc.text
    for gone in ("星期六", "来源", "发布日期", "湾区新闻网", "分享", "扫一扫"):
        assert gone not in text
    assert "编辑:钱七" in text
    reasons = {d.reason for d in doc.dropped}
    assert {"chrome:page-date", "meta", "chrome:site", "chrome:share"} <= reasons


def test_clean_text_end_mark_closes_article_and_splits_digest() -> None:
    text = (
        "第一条新闻的标题在这里\n示范区今天召开发布会,介绍了支持中小企业发展的十条措施。\n(完)\n"
        "第二条新闻的标题在这里\n某区今年新增社区医院12家,总数超过300家,服务覆盖全区。\n—END—\n"
        "这是一段页面尾部的推荐文字,不属于任何一条新闻。\n"
    )
    doc = clean_text("d.txt", text, encoding="utf-8")
    assert [a.title for a in doc.articles] == ["第一条新闻的标题在这里", "第二条新闻的标题在这里"]
    assert "推荐文字" not in doc.text


def test_clean_text_short_lines_only_keeps_them() -> None:
    doc = clean_text("l.txt", "通知标题\n一、会议时间\n二、会议地点\n三、参会人员\n", encoding="utf-8")
    assert "会议地点" in doc.text


NOTICE = """首页 > 新闻动态 > 区级动态
某区召开2025年优化营商环境工作会议_某某区人民政府门户网站
发布时间：2025-02-12 16:30:21  来源：某区发展和改革局  字体：【大 中 小】
2月12日下午，某区召开2025年优化营商环境工作会议，总结去年工作成效，部署今年重点任务。
会议指出，去年全区新登记经营主体4.2万户，同比增长8%，营商环境满意度持续提升。
扫一扫在手机打开当前页
【打印】 【关闭】
"""

WECHAT = """点击蓝字 关注我们
某城发布
2025年03月01日 09:00 广东
今天起，这些新规正式施行！
3月1日起，一批涉及民生的新规开始施行，快来看看有哪些变化。
01
《某市物业管理条例（修订）》
条例明确，业主大会可以通过电子投票方式作出决定，投票结果须公示不少于七日。
来源：某城发布综合
编辑：张三
往期推荐
某市地铁新线路下月开通
点个“在看”，分享给更多人
"""


def test_clean_text_government_notice_page() -> None:
    doc = clean_text("n.txt", NOTICE, encoding="utf-8")
    (art,) = doc.articles
    assert (art.title, art.published, art.source) == (
        "某区召开2025年优化营商环境工作会议",
        "2025-02-12",
        "某区发展和改革局",
    )
    assert "首页" not in doc.text and "打印" not in doc.text and "扫一扫" not in doc.text
    assert "4.2万户" in doc.text


def test_clean_text_wechat_article() -> None:
    doc = clean_text("w.txt", WECHAT, encoding="utf-8")
    (art,) = doc.articles
    assert (art.title, art.published, art.source) == ("今天起，这些新规正式施行！", "2025-03-01", "某城发布")
    kept = doc.text
    assert "《某市物业管理条例（修订）》" in kept and "编辑：张三" in kept
    for gone in ("蓝字", "往期推荐", "地铁新线路", "在看"):
        assert gone not in kept


def test_clean_text_digest_items_with_their_own_metadata() -> None:
    text = (
        "第一条新闻的标题\n来源：甲报 2024-05-01\n示范区今天召开发布会,介绍了支持中小企业发展的十条措施。\n"
        "发布会上,管委会负责人回答了记者提问。\n"
        "第二条新闻的标题\n来源：乙报 2024-05-02\n某区今年新增社区医院12家,总数超过300家,服务覆盖全区。\n"
    )
    doc = clean_text("d.txt", text, encoding="utf-8")
    assert [(a.title, a.published, a.source) for a in doc.articles] == [
        ("第一条新闻的标题", "2024-05-01", "甲报"),
        ("第二条新闻的标题", "2024-05-02", "乙报"),
    ]


def test_clean_text_related_inset_early_does_not_cut_the_article() -> None:
    paras = [
        "示范区今天召开发布会,介绍了支持中小企业发展的十条措施,涉及资金、人才和场地。",
        "根据措施,示范区将设立规模为十亿元的专项资金,对符合条件的企业给予补贴。",
        "人才方面,示范区将建设人才公寓五千套,用于保障新引进青年人才的居住需求。",
        "场地方面,示范区将新增产业用房二十万平方米,租金按市场价的七成收取。",
        "管委会有关负责人表示,措施将于今年六月一日起施行,有效期为三年。",
    ]
    text = "示范区发布十条措施\n" + paras[0] + "\n相关新闻\n" + "\n".join(paras[1:]) + "\n"
    doc = clean_text("r.txt", text, encoding="utf-8")
    for p in paras:
        assert p in doc.text
    assert "相关新闻" not in doc.text


def test_parse_dateline_outlet_and_reporters() -> None:
    assert parse_dateline("新华社深圳3月1日电(记者 张三 李四)今天,示范区召开发布会。") == (
        "新华社",
        ["张三", "李四"],
    )
    assert parse_dateline("本报讯(记者 王五)近日,某区召开会议。") == (None, ["王五"])
    assert parse_dateline("近日,某区召开会议。") == (None, [])


def test_clean_text_notice_signing_date_is_the_publication_date() -> None:
    text = (
        "关于开展2025年度企业服务月活动的通知\n各有关单位:\n"
        "为进一步优化营商环境,现决定于2025年3月开展企业服务月活动,请各单位认真组织实施。\n"
        "某区发展和改革局\n2025年2月20日\n"
    )
    doc = clean_text("n.txt", text, encoding="utf-8")
    assert doc.articles[0].published == "2025-02-20"


def test_clean_text_subtitle_line_is_not_the_title() -> None:
    text = "示范区发布十条措施\n——支持中小企业发展\n示范区今天召开发布会,介绍了支持中小企业发展的十条措施。\n"
    doc = clean_text("s.txt", text, encoding="utf-8")
    assert doc.articles[0].title == "示范区发布十条措施"
    assert "——支持中小企业发展" in doc.text


def test_clean_text_digest_items_take_the_digest_header_date() -> None:
    text = "湾区早班车 | 2024年11月18日\n" + DIGEST.split("\n", 1)[1]
    doc = clean_text("d.txt", text, encoding="utf-8")
    # the digest's date wins over a date in an item's lead (that is when the event happened)
    assert [a.published for a in doc.articles] == ["2024-11-18", "2024-11-18"]
