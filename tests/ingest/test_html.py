"""HTML: visible lines mapped into the source, main text via trafilatura, safe fallbacks."""

from __future__ import annotations

from tequ.ingest import load_bytes
from tequ.ingest.html import html_unit, visible_blocks, visible_lines

PAGE = """<!DOCTYPE html><html><head><title>示范区发布新政策 - 某某新闻网</title>
<meta name="ContentSource" content="某某日报"><meta name="PubDate" content="2024-05-08 09:30">
<script>var x = "<p>脚本文字</p>";</script><style>p{color:red}</style></head>
<body><div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">政务</a></div>
<div class="crumb">当前位置：首页 &gt; 要闻</div>
<div class="article"><h1>示范区发布新政策&nbsp;支持中小企业发展</h1>
<div class="info">来源：湾区日报　发布时间：2024-05-09 09:30</div>
<div class="share">分享到：微信 微博</div>
<p>5月8日上午，示范区管委会召开新闻发布会，介绍支持中小企业发展的十条措施。</p>
<p>根据措施，示范区将设立规模为10亿元的专项资金，对符合条件的企业给予最高200万元的补贴。</p>
<p>管委会有关负责人表示，措施将于今年6月1日起施行，有效期三年，到期后视情况延续。</p>
<p>（记者 王小明 李华）</p>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/x">另一条新闻标题在这里</a></li></ul></div>
<div class="footer">版权所有 某某新闻网 粤ICP备12345678号</div>
</body></html>"""


def test_visible_lines_map_entities_and_skip_scripts() -> None:
    lines = visible_lines(PAGE)
    texts = [v.text for v in lines]
    assert "示范区发布新政策 支持中小企业发展" in texts
    assert not any("脚本" in t or "color" in t for t in texts)
    v = next(v for v in lines if v.text.startswith("示范区发布新政策"))
    k = v.text.index(" ")
    assert PAGE[v.starts[k] : v.ends[k]] == "&nbsp;"
    for v in lines:
        for i, ch in enumerate(v.text):
            src = PAGE[v.starts[i] : v.ends[i]]
            assert ch == src or src.startswith("&") or not src.strip()


def test_load_bytes_html_main_text_and_metadata() -> None:
    doc = load_bytes("page.html", PAGE.encode("utf-8"))
    (art,) = doc.articles
    assert art.title == "示范区发布新政策 支持中小企业发展"
    assert art.published == "2024-05-09"  # the page's own 发布时间 line wins over <meta>
    assert art.source == "湾区日报"
    assert art.authors == ("王小明", "李华")
    text = doc.text
    assert "十条措施" in text and "有效期三年" in text
    for chrome in ("首页", "当前位置", "分享到", "相关阅读", "ICP", "另一条新闻"):
        assert chrome not in text
    for p in doc.paragraphs:
        assert doc.original[p.start : p.end]


def test_html_unit_falls_back_when_extraction_fails() -> None:
    deep = (
        "<html><body>"
        + "<div>" * 10_000
        + "<p>一条很短的测试新闻正文。</p>"
        + "</div>" * 10_000
        + "</body></html>"
    )
    unit = html_unit(deep)
    assert any("测试新闻" in v.text for v in unit.lines)


def test_html_meta_tags_are_hints() -> None:
    page = "<html><head><meta name='ContentSource' content='某区融媒体中心'></head><body><p>正文内容较长的一句话。</p></body></html>"
    doc = load_bytes("p.html", page.encode())
    assert doc.articles[0].source == "某区融媒体中心"


def test_html_title_tag_used_when_page_has_no_headline_line() -> None:
    page = (
        "<html><head><title>某区新增社区医院12家 - 某某新闻网</title></head><body>"
        "<p>记者从区卫健局获悉,今年某区新增社区医院12家,总数超过300家,服务覆盖全区各个街道。</p>"
        "<p>下一步,该区将继续推进基层医疗服务提质扩容,让居民就近看病更方便。</p></body></html>"
    )
    doc = load_bytes("t.html", page.encode())
    assert doc.articles[0].title == "某区新增社区医院12家"
    title = doc.paragraphs[0]
    assert title.role == "title"
    assert page[title.start : title.end].startswith("某区新增社区医院12家")


def test_html_closing_credit_below_main_text_is_kept() -> None:
    paras = "".join(
        f"<p>{t}</p>"
        for t in (
            "示范区管委会今天召开新闻发布会,介绍支持中小企业发展的十条措施,涉及资金、人才和场地。",
            "根据措施,示范区将设立规模为十亿元的专项资金,对符合条件的企业给予最高两百万元补贴。",
            "管委会有关负责人表示,措施将于今年六月一日起施行,有效期三年,到期后视情况延续。",
        )
    )
    page = (
        "<html><body><h1>示范区发布十条措施</h1>"
        f'<div class="content">{paras}</div><div class="editor">责任编辑:钱七</div>'
        '<div class="footer">版权所有 某某网</div></body></html>'
    )
    doc = load_bytes("c.html", page.encode())
    assert doc.articles[0].authors == ("钱七",)


def test_html_header_lines_kept_when_title_only_in_title_tag() -> None:
    paras = "".join(
        f"<p>{t}</p>"
        for t in (
            "示范区管委会今天召开新闻发布会,介绍支持中小企业发展的十条措施,涉及资金、人才和场地。",
            "根据措施,示范区将设立规模为十亿元的专项资金,对符合条件的企业给予最高两百万元补贴。",
            "管委会有关负责人表示,措施将于今年六月一日起施行,有效期三年,到期后视情况延续。",
        )
    )
    page = (
        "<html><head><title>示范区发布十条措施_某某区人民政府门户网站</title></head><body>"
        '<div class="nav"><a>首页</a> <a>政务公开</a></div>'
        '<div class="tit">示范区发布十条措施</div><div class="info">来源:湾区日报 发布时间:2024-05-09</div>'
        f'<div class="content">{paras}</div><div class="footer">版权所有 某某网</div></body></html>'
    )
    doc = load_bytes("t.html", page.encode())
    (art,) = doc.articles
    assert (art.title, art.published, art.source) == ("示范区发布十条措施", "2024-05-09", "湾区日报")


PORTAL = """<html><head><meta charset="utf-8"><title>某区启动老旧小区改造_某区人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<table class="meta">
<tr><td>索引号:</td><td>00000000MB0000000X/2024-00077</td><td>分类:</td><td>城乡建设</td></tr>
<tr><td>发布机构：</td><td>某区住房和建设局</td><td>成文日期:</td><td>2024-09-02</td></tr>
<tr><th>标题:</th><td colspan="3">某区启动老旧小区改造 年内完成改造小区42个</td></tr>
<tr><td>发布日期:</td><td>2024-09-05</td></tr>
</table>
<div class="tools">【字体:<a>大</a> <a>中</a> <a>小</a>】 【<a>打印</a>】 【<a>关闭</a>】</div>
<div class="article"><h1>某区启动老旧小区改造 年内完成改造小区42个</h1>
<p>某区日前召开老旧小区改造工作推进会，今年计划改造小区42个，惠及居民约1.8万户，总投资约6.5亿元。</p>
<p>改造内容包括加装电梯、改造供水管网和完善无障碍设施，区住房和建设局将按月通报进度。</p>
<p>改造内容包括：</p><p>1. 加装电梯120部</p><p>2. 改造供水管网35公里</p></div>
<div class="footer">主办单位：某区人民政府 粤ICP备00000000号</div></body></html>"""


def test_visible_lines_join_label_and_value_cells_of_a_row() -> None:
    texts = [v.text for v in visible_lines(PORTAL)]
    assert "索引号:00000000MB0000000X/2024-00077" in texts
    assert "分类:城乡建设" in texts
    assert "发布机构：某区住房和建设局" in texts
    assert "标题:某区启动老旧小区改造 年内完成改造小区42个" in texts
    assert "2024-09-05" not in texts  # joined to its label, never a lone cell


def test_load_bytes_html_portal_metadata_table() -> None:
    doc = load_bytes("portal.html", PORTAL.encode("utf-8"))
    (art,) = doc.articles
    assert (art.title, art.published, art.source) == (
        "某区启动老旧小区改造 年内完成改造小区42个",
        "2024-09-05",
        "某区住房和建设局",
    )
    text = doc.text
    assert "1. 加装电梯120部" in text and "2. 改造供水管网35公里" in text
    for gone in ("索引号", "发布机构", "城乡建设", "打印", "政务公开", "ICP"):
        assert gone not in text


def test_load_bytes_html_lines_outside_the_main_text_are_recorded() -> None:
    doc = load_bytes("page.html", PAGE.encode("utf-8"))
    outside = [d for d in doc.dropped if d.reason == "chrome:outside-main"]
    assert outside
    dropped_text = " ".join(doc.original[d.start : d.end] for d in doc.dropped)
    assert "另一条新闻标题在这里" in dropped_text


LIST_PAGE = """<html><head><meta charset="utf-8"><title>某区出台十项措施支持中小企业发展</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a></div>
<div class="article"><h1>某区出台十项措施支持中小企业发展</h1>
<div class="info">来源：某区融媒体中心 发布时间：2024-05-08 09:30</div>
<p>某区日前出台支持中小企业发展的十项措施，涵盖融资、用地、人才等方面，全年预计惠及企业三千家以上。</p>
<p>措施主要包括：</p>
<ol><li>新建中小企业服务中心两个</li><li>设立总额5亿元的纾困基金</li></ol>
<p>（一）加大财政支持力度</p><p>一是降低企业用地成本</p></div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/x">某区新开通公交线路6条</a></li></ul></div>
<div class="footer">版权所有 某区融媒体中心 粤ICP备00000000号</div></body></html>"""


def test_visible_blocks_marks_list_items_with_their_own_text() -> None:
    lines, items = visible_blocks(LIST_PAGE)
    flagged = {v.text for v in lines if id(v) in items}
    assert flagged == {"新建中小企业服务中心两个", "设立总额5亿元的纾困基金"}  # the link-only item is not one


def test_load_bytes_html_list_items_closing_the_article_are_kept() -> None:
    doc = load_bytes("list.html", LIST_PAGE.encode("utf-8"))
    text = doc.text
    for item in (
        "新建中小企业服务中心两个",
        "设立总额5亿元的纾困基金",
        "（一）加大财政支持力度",
        "一是降低企业用地成本",
    ):
        assert item in text
    assert "公交线路" not in text and "相关阅读" not in text
