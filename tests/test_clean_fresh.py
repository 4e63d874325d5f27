"""Cleaning fixes found on the fresh gold documents (tests/fresh): page widgets, sign-off lines,
document numbers, digest items with a credit under their 来源 line, one-sentence repeats and
toneless pinyin artifacts. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tequ.clean import dedupe, pinyin
from tequ.clean.boilerplate import classify
from tequ.clean.offsets import View
from tequ.clean.segment import is_signoff, parse_authors, parse_source
from tequ.ingest.files import load_bytes

BODY = (
    "记者从市交通运输局获悉，今年以来全市新开通公交线路12条，优化调整线路35条，惠及沿线居民约20万人。",
    "市交通运输局有关负责人表示，下一步将继续加密地铁接驳线路，力争年底前实现重点片区全覆盖。",
    "据介绍，今年全市还将新增公交专用道约40公里，并在主要换乘站增设候车亭和夜间照明设施。",
)


def _kept(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


@pytest.mark.parametrize("line", ["在看", "点赞", "收藏", "A- A+", "A+ A A-"])
def test_lone_reaction_buttons_and_letter_font_switches_are_chrome(line: str) -> None:
    assert classify(line).kind == "chrome"


@pytest.mark.parametrize(
    "line",
    [
        "喜欢此内容的人还喜欢",
        "继续滑动看下一个",
        "轻触阅读原文",
        "写留言",
        "赞",
        "推荐给朋友",
        "往期精彩",
        "相关稿件",
        "阅读量：3.4万",
        "您是第5678位访客",
        "无障碍 | 长者版 | 繁体 | English",
        "适老化",
    ],
)
def test_wechat_and_portal_widgets_are_chrome(line: str) -> None:
    assert classify(line).kind == "chrome"


@pytest.mark.parametrize(
    "line", ["推荐给朋友们的三条骑行线路", "留言板功能上线", "无障碍设施全覆盖", "赞助企业名单公布"]
)
def test_headlines_that_start_like_widgets_stay(line: str) -> None:
    assert classify(line).kind == "headline"


@pytest.mark.parametrize("line", ["湾区号 | 首页 > 财经 > 要闻", "晚报网 > 本地 > 交通"])
def test_link_chains_are_breadcrumbs(line: str) -> None:
    assert (classify(line).kind, classify(line).family) == ("chrome", "breadcrumb")


@pytest.mark.parametrize("line", ["A股市场回暖", "大湾区 > 长三角"])
def test_headlines_with_letters_or_one_arrow_stay_headlines(line: str) -> None:
    assert classify(line).kind == "headline"


@pytest.mark.parametrize("line", ["深南府办〔2024〕15号", "粤交函[2023]第7号"])
def test_a_lone_document_number_is_metadata_not_a_headline(line: str) -> None:
    assert classify(line).kind == "meta"


def test_notice_title_above_its_document_number_is_the_title() -> None:
    text = "\n".join(
        [
            "某区政府在线",
            "某区人民政府办公室关于印发《某区公交线网优化工作方案》的通知",
            "某府办〔2024〕15号",
            "发布日期:2024-03-02 来源:某区交通运输局",
            *BODY,
        ]
    )
    (art,) = load_bytes("n.txt", text.encode()).articles
    assert art.title == "某区人民政府办公室关于印发《某区公交线网优化工作方案》的通知"
    assert (art.published, art.source) == ("2024-03-02", "某区交通运输局")


def test_signoff_credits_only() -> None:
    assert is_signoff("责任编辑:周敏") and is_signoff("【责任编辑：汪涛】") and is_signoff("审核：孙明")
    assert not is_signoff("编辑:周敏") and not is_signoff("编辑：周敏 审核：孙明")
    assert not is_signoff("(湾区日报记者 王小明)")


def test_signoff_line_is_dropped_but_its_editor_still_credited() -> None:
    text = "\n".join(
        ["全市新开通公交线路12条", "来源:湾区日报 2024-05-09", *BODY, "记者 王芳", "责任编辑:周敏"]
    )
    doc = load_bytes("s.txt", text.encode())
    kept = _kept(doc)
    assert "记者 王芳" in kept and "责任编辑:周敏" not in kept
    assert doc.articles[0].authors == ("王芳", "周敏")


def test_author_names_stop_at_the_next_field() -> None:
    assert parse_authors("发布时间:2024-05-09 来源:湾区日报 作者:李明 浏览次数:88") == ["李明"]
    assert parse_authors("记者 王芳 实习生 张敏") == ["王芳", "张敏"]


class _Ln:
    def __init__(self, text: str, kind: str = "body") -> None:
        self.view_text, self.kind, self.drop = text, kind, None

    @property
    def text(self) -> str:
        return self.view_text


def test_one_sentence_copy_of_a_lead_sentence_is_a_repeat() -> None:
    lead = "市统计局昨日发布数据，今年前三季度全市社会消费品零售总额同比增长5.2%，增速高于全省。网上零售额占比继续提高。"
    copy = "市统计局昨日发布数据，今年前三季度全市社会消费品零售总额同比增长5.2%增速高于全省。"
    lines = [_Ln(lead), _Ln("商务部门表示，四季度将继续发放消费券，重点支持餐饮和文旅消费。"), _Ln(copy)]
    dedupe.mark_contained(lines)
    assert [ln.drop for ln in lines] == [None, None, "duplicate"]


def test_one_sentence_paragraphs_sharing_only_their_start_both_stay() -> None:
    a = "市统计局昨日发布数据，今年前三季度全市工业增加值同比增长6.1%。"
    b = "市统计局昨日发布数据，今年前三季度全市固定资产投资同比下降2.3%。"
    lines = [_Ln(a), _Ln(b)]
    dedupe.mark_contained(lines)
    assert [ln.drop for ln in lines] == [None, None]


def test_of_two_one_sentence_copies_the_later_goes() -> None:
    a = "今年前三季度全市新增就业岗位约12万个，城镇调查失业率保持稳定。"
    b = "今年前三季度全市新增就业岗位约12万个城镇调查失业率保持稳定。"
    lines = [_Ln(a), _Ln(b)]
    dedupe.mark_contained(lines)
    assert [ln.drop for ln in lines] == [None, "duplicate"]


def test_toneless_pinyin_artifacts_in_numbers_mark_the_document() -> None:
    text = "福田区(qu)今年新建公园(yuan)8个，改造绿道(dao)约30公里。"
    assert pinyin.toneless_mode(text)
    assert not pinyin.toneless_mode("小程序(app)上线，福田区(qu)新建公园8个。")
    assert not pinyin.toneless_mode("条款(a)(b)(c)适用于新建项目。")


def test_toneless_pinyin_removed_from_a_big5_digest_line() -> None:
    lines = [
        "福田區(qu)今年新建公園(yuan)8個",
        "改造綠道(dao)約30公里，新增口袋公園12個，綠化覆蓋率提高到45%。",
        "區城管局有關負責人表示，下一步將繼續推進公園城市建設，力爭年底前完成全部改造任務。",
        "據介紹，今年全區還將新增城市綠道約20公里，並在主要社區增設休閒座椅和夜間照明設施。",
    ]
    doc = load_bytes("p.txt", "\n".join(lines).encode("big5"))
    kept = "\n".join(_kept(doc))
    assert "(qu)" not in kept and "(dao)" not in kept and "福田区今年新建公园8个" in kept
    assert doc.articles[0].title == "福田区今年新建公园8个"


def test_one_toneless_parenthesis_alone_stays() -> None:
    view = View.lines("新开通的线路(xian)编号为M501。")[0]
    assert pinyin.strip_pinyin(view, toneless=pinyin.toneless_mode(view.text)).text == view.text


def test_digest_item_with_a_credit_under_its_source_line_opens_an_article() -> None:
    text = "\n".join(
        [
            "点击蓝字关注我们",
            "湾区早班车｜5月10日",
            "今天是2024年5月10日，以下是今日为您整理的要闻。",
            "全市新开通公交线路12条",
            "2024年5月9日 来源：湾区日报",
            "记者 王芳",
            BODY[0],
            BODY[1],
            "在看",
            "南山区新增口袋公园8个",
            "2024年5月8日 来源：南山发布",
            "记者 李明 通讯员 张敏",
            "南山区城管局消息，今年以来全区新建口袋公园8个，改造提升街心绿地15处，新增绿化面积约6万平方米。",
            "南山区城管局表示，年内还将推进10条道路的绿化提升工程，让市民出门即可见绿。",
            "点赞",
        ]
    )
    doc = load_bytes("d.txt", text.encode())
    got = [(a.title, a.published, a.source, a.authors) for a in doc.articles]
    assert ("全市新开通公交线路12条", "2024-05-09", "湾区日报", ("王芳",)) in got
    assert ("南山区新增口袋公园8个", "2024-05-08", "南山发布", ("李明",)) in got
    kept = _kept(doc)
    assert "在看" not in kept and "点赞" not in kept


def test_big5_page_labelled_gb2312_is_read_as_big5() -> None:
    paras = "".join(
        f"<p>{t}</p>"
        for t in (
            "灣區新聞中心消息，今年以來全市新開通公交線路12條，優化調整線路35條，惠及沿線居民約20萬人。",
            "市交通運輸局有關負責人表示，下一步將繼續加密地鐵接駁線路，力爭年底前實現重點片區全覆蓋。",
            "據介紹，今年全市還將新增公交專用道約40公里，並在主要換乘站增設候車亭和夜間照明設施。",
        )
    )
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>全市新開通公交線路12條</title></head><body><h1>全市新開通公交線路12條</h1>{paras}</body></html>"
    )
    doc = load_bytes("b.html", page.encode("big5"))
    assert doc.encoding.startswith("big5")
    assert doc.paragraphs[0].text == "全市新开通公交线路12条"


def test_gbk_page_labelled_gb2312_stays_gb() -> None:
    page = (
        '<html><head><meta charset="gb2312"><title>某区新建公园</title></head><body><h1>某区新建公园</h1>'
        "<p>副区长王堃表示，今年全区新建口袋公园23个，改造提升街心绿地15处，新增绿化面积约6万平方米。</p>"
        "<p>区城管局表示，年内还将推进10条道路的绿化提升工程，让市民出门即可见绿，目前已完成过半。</p>"
        "</body></html>"
    )
    doc = load_bytes("g.html", page.encode("gbk"))
    assert doc.encoding == "gb18030" and "王堃" in doc.original


def test_a_credit_line_in_the_header_is_metadata_but_still_credited() -> None:
    text = "\n".join(
        ["全市新开通公交线路12条", "发布时间：2024-05-09 10:20", "作者：李明", *BODY, "(编辑:王芳)"]
    )
    doc = load_bytes("h.txt", text.encode())
    kept = _kept(doc)
    assert "作者：李明" not in kept and "(编辑:王芳)" in kept
    assert doc.articles[0].authors == ("李明", "王芳")


@pytest.mark.parametrize(
    "copy",
    [
        "据统计，今年前三季度全区新增就业岗位约3万个，城镇调查失业率保持在5%以内。其中，高校毕业生就业率达到95.1%，比上年提高0.8个百分点。（记者 王芳）",
        "据统计，今年前三季度全区新增就业岗位约3万，城镇调查失业率保持在5%以内。其中，高校毕业生就业率达到95.1%，比上年提高0.8个百分点。",
    ],
)
def test_of_two_near_copies_the_first_stays_in_place(copy: str) -> None:
    first = "据统计，今年前三季度全区新增就业岗位约3万个，城镇调查失业率保持在5%以内。其中，高校毕业生就业率达到95.1%，比上年提高0.8个百分点。"
    lines = [
        _Ln(first),
        _Ln("区人社局表示，四季度将继续开展就业服务活动，计划举办招聘会50场以上。"),
        _Ln(copy),
    ]
    dedupe.mark_contained(lines)
    assert [ln.drop for ln in lines] == [None, None, "duplicate"]


def test_a_lead_stitched_from_one_longer_paragraph_still_goes() -> None:
    lead = "全区新增就业岗位约3万个。高校毕业生就业率达到95.1%。"
    full = "据统计，全区新增就业岗位约3万个。高校毕业生就业率达到95.1%。区人社局表示，四季度将继续开展就业服务活动，计划举办招聘会50场以上。"
    lines = [_Ln(lead), _Ln(full)]
    dedupe.mark_contained(lines)
    assert [ln.drop for ln in lines] == ["duplicate", None]


B_PARK = "南山区城管局消息，今年以来全区新建口袋公园8个，改造提升街心绿地15处，新增绿化面积约6万平方米。"


def test_digest_item_with_its_credit_above_the_source_line_opens_an_article() -> None:
    text = "\n".join(
        [
            "全市新开通公交线路12条",
            "记者 王芳",
            "来源：湾区日报 2024-05-09",
            BODY[0],
            "南山区新增口袋公园8个",
            "记者 李明",
            "来源：南山发布 2024-05-08",
            B_PARK,
        ]
    )
    got = [(a.title, a.published, a.source) for a in load_bytes("c.txt", text.encode()).articles]
    assert got == [
        ("全市新开通公交线路12条", "2024-05-09", "湾区日报"),
        ("南山区新增口袋公园8个", "2024-05-08", "南山发布"),
    ]


def test_a_subheading_with_only_a_credit_under_it_does_not_split() -> None:
    text = "\n".join(
        ["全市新开通公交线路12条", "来源：湾区日报 2024-05-09", BODY[0], "公园建设", "记者 李明", B_PARK]
    )
    assert len(load_bytes("c.txt", text.encode()).articles) == 1


def test_digest_item_markers_are_not_part_of_the_title() -> None:
    text = "\n".join(
        [
            "【1】全市新开通公交线路12条",
            BODY[0],
            "（来源：湾区日报）",
            "【2】南山区新增口袋公园8个",
            B_PARK,
            "（来源：南山发布）",
            "▌1—4月全市新增就业岗位4万个",
            "据统计，1—4月全市新增就业岗位约4万个，高校毕业生就业率达到95.1%，比上年同期提高0.8个百分点。",
            "（来源：深圳特区报）",
        ]
    )
    titles = [a.title for a in load_bytes("m.txt", text.encode()).articles]
    assert titles == ["全市新开通公交线路12条", "南山区新增口袋公园8个", "1—4月全市新增就业岗位4万个"]


def _three_items(head: list[str]) -> bytes:
    return "\n".join(
        [
            *head,
            "全市新开通公交线路12条",
            "来源：湾区日报",
            BODY[0],
            "南山区新增口袋公园8个",
            "来源：南山发布",
            B_PARK,
            "全市新增就业岗位4万个",
            "来源：深圳特区报",
            "据统计，1—4月全市新增就业岗位约4万个，高校毕业生就业率达到95.1%，比上年同期提高0.8个百分点。",
        ]
    ).encode()


def test_digest_header_and_greeting_are_no_article_and_date_the_items() -> None:
    doc = load_bytes(
        "g.txt", _three_items(["湾区早知道｜5月10日", "今天是2024年5月10日，以下是今日为您整理的要闻。"])
    )
    assert [(a.title, a.published) for a in doc.articles] == [
        ("全市新开通公交线路12条", "2024-05-10"),
        ("南山区新增口袋公园8个", "2024-05-10"),
        ("全市新增就业岗位4万个", "2024-05-10"),
    ]
    assert all("今天是" not in p.text for p in doc.paragraphs)


def test_a_short_dated_first_item_is_still_an_article() -> None:
    first = ["5月10日起地铁4号线延长运营", "来源：深圳地铁", "地铁4号线将于5月10日起延长运营时间至次日0时。"]
    doc = load_bytes("g.txt", _three_items(first))
    assert doc.articles[0].title == "5月10日起地铁4号线延长运营" and len(doc.articles) == 4


@pytest.mark.parametrize(
    "line",
    [
        "▲新建成的口袋公园",
        "△ 公交场站新貌",
        "图为改造后的公交场站。",
        "（资料图片）",
        "↑ 新开通的公交线路。（区交通局供图）",
        "（图片由受访者提供）",
        "图2 公交场站改造前后对比",
        "视频来源：湾区电视台",
    ],
)
def test_caption_and_media_credit_shapes_are_chrome(line: str) -> None:
    assert classify(line).kind == "chrome"


@pytest.mark.parametrize("line", ["图书馆新馆开放", "图片展在市民中心开幕", "视频会议系统全覆盖"])
def test_headlines_about_pictures_stay(line: str) -> None:
    assert classify(line).kind == "headline"


def test_a_capitalised_word_in_parentheses_loses_no_letters() -> None:
    # in toneless mode the broken-parenthesis pattern must not eat the end of a Latin word
    assert pinyin.find_pinyin("路线(Wū)开通", toneless=True) == []
    assert pinyin.find_pinyin("路线?wū)开通", toneless=True) == [(3, 6)]


def test_pinyin_whose_tone_marked_vowel_became_a_question_mark_is_removed() -> None:
    lines = [
        "福田區(q?)今年新建公園(yu?n)8個",
        "改造綠道(d?o)約30公里，新增口袋公園12個，綠化覆蓋率提高到45%。",
        "區城管局有關負責人表示，下一步將繼續推進公園城市建設，力爭年底前完成全部改造任務。",
        "據介紹，今年全區還將新增城市綠道約20公里，並在主要社區增設休閒座椅和夜間照明設施。",
    ]
    doc = load_bytes("q.txt", "\n".join(lines).encode("big5"))
    kept = "\n".join(_kept(doc))
    assert "?" not in kept and "改造绿道约30公里" in kept
    assert doc.articles[0].title == "福田区今年新建公园8个"


def test_a_question_in_parentheses_is_no_pinyin() -> None:
    assert not pinyin.toneless_mode("市民问(why?)为何延期(ok?)答复(no?)如下")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("来源：湾区日报|作者：李明", "湾区日报"),
        ("来源：湾区日报 | 作者：李明", "湾区日报"),
        ("来源 | 湾区日报", "湾区日报"),
        ("稿源 丨 湾区+", "湾区+"),
        ("来源：“南山发布”微信公众号", "南山发布"),
        ("来源：湾区新闻客户端", "湾区新闻客户端"),
    ],
)
def test_source_value_ends_at_a_bar_and_loses_account_quotes(line: str, outlet: str) -> None:
    assert parse_source(line) == outlet


def test_a_source_line_with_a_bar_is_metadata() -> None:
    assert classify("来源 | 湾区日报").kind == "meta"


def _header(meta: str):
    return load_bytes("i.txt", "\n".join(["全市新开通公交线路12条", meta, *BODY]).encode()).articles[0]


def test_publication_date_wins_over_an_update_date_on_the_same_line() -> None:
    assert _header("更新时间：2024-09-05 发布时间：2024-09-03").published == "2024-09-03"


@pytest.mark.parametrize("meta", ["湾区日报 2024年9月3日 10:20", "原创 湾区日报 2024年09月03日 10:20 广东"])
def test_the_account_of_an_info_line_is_the_source(meta: str) -> None:
    art = _header(meta)
    assert (art.published, art.source) == ("2024-09-03", "湾区日报")


def test_an_info_line_led_by_a_date_label_names_no_source() -> None:
    assert _header("发表于 2024-09-03 10:20").source is None


def test_an_unbracketed_source_or_editor_line_under_a_paragraph_closes_a_digest_item() -> None:
    jobs = "市人社局表示，四季度将继续开展就业服务活动，计划举办招聘会50场以上，帮助高校毕业生就业。"
    first = ["全市新开通公交线路12条", BODY[0], "来源：湾区日报"]
    text = "\n".join(
        [
            *first,
            "南山区新增口袋公园8个",
            B_PARK,
            "编辑：李明",
            "四季度举办招聘会50场以上",
            jobs,
            "来源：深圳特区报",
        ]
    )
    got = [(a.title, a.source, a.authors) for a in load_bytes("u.txt", text.encode()).articles]
    assert got == [
        ("全市新开通公交线路12条", "湾区日报", ()),
        ("南山区新增口袋公园8个", None, ("李明",)),
        ("四季度举办招聘会50场以上", "深圳特区报", ()),
    ]


def test_a_dated_source_line_under_a_paragraph_does_not_split_subheadings() -> None:
    text = "\n".join(
        ["全市新开通公交线路12条", BODY[0], "发布时间：2024-05-09 来源：湾区日报", "公园建设", B_PARK]
    )
    assert len(load_bytes("u.txt", text.encode()).articles) == 1


def test_a_word_annotated_at_once_loses_its_pinyin() -> None:
    text = "\n".join(["前海(qián hǎi)新开通公交线路12条", "来源：湾区日报 2024-05-09", *BODY])
    doc = load_bytes("w.txt", text.encode())
    assert doc.articles[0].title == "前海新开通公交线路12条"
    assert pinyin.find_pinyin("论坛(open day)举行") == [] and pinyin.find_pinyin("发展(fā zhan)") == []
