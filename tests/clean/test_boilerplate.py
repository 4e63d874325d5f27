"""Line classification by phrase family and line shape (lines written for these tests)."""

from __future__ import annotations

import inspect
import re

import pytest

from tequ.clean import boilerplate
from tequ.clean.boilerplate import CHROME, chrome_family, classify, is_byline, is_headline_shaped


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("分享到:微信 微博 QQ空间", "share"),
        ("微信扫一扫,在手机上阅读", "share"),
        ("扫码下载示范区发布APP", "share"),
        ("下载某某新闻客户端,看更多本地新闻", "app"),
        ("免责声明:本网转载内容仅供参考。", "disclaimer"),
        ("Notice: The content above is provided by a third party.", "disclaimer"),
        ("快捷搜索: 教育 交通", "search"),
        ("当前位置:首页 > 政务公开", "breadcrumb"),
        ("猜你喜欢", "related"),
        ("相关新闻", "related"),
        ("上一篇:某区召开工作会议", "related"),
        ("photo_2024_01.jpg", "image"),
        ("![](https://example.org/a.png)", "image"),
        ("市民在公园里晨练。通讯员 王五 摄", "caption"),
        ("新建成的图书馆。图源:某区融媒体中心", "caption"),
        ("人工智能朗读:", "tts"),
        ("粤ICP备00000000号 版权所有", "copyright"),
        ("【湾区快讯】是本号推出的资讯栏目,每日更新。", "promo"),
        ("欢迎关注,微信号:example", "promo"),
        ("2024年3月5日星期二", "page-date"),
        ("【字体:大 中 小】", "tools"),
        ("【打印本页】【关闭窗口】", "tools"),
        ("浏览次数:1024", "tools"),
        ("视频加载中,请稍候...", "media"),
        ("—END—", "end"),
        ("(完)", "end"),
        ("地址:某市某区某路1号 电话:0000-0000000", "copyright"),
        ("阅读原文", "related"),
        ("(图片来源:网络)", "caption"),
        ("微信 微博 QQ空间", "share"),
        ("广告", "related"),
    ],
)
def test_chrome_family_recognises_widget_lines(line: str, family: str) -> None:
    assert chrome_family(line) == family


@pytest.mark.parametrize(
    "line",
    [
        "市民可通过扫码预约的方式进入图书馆,每天开放时间延长至晚上九点,周末还将增加亲子阅读活动和讲座,欢迎广大读者参与。"
        "图书馆负责人表示,今年将新增藏书十万册。",
        "深圳今年新增学位4000个以上。",
        "记者从市教育局获悉,全市新建学校20所。",
        "市民扫码即可预约,每天限流两千人。",
        "特别是在数字政府方面,全市政务服务事项实现网上可办,群众办事更加便利,企业开办时间压缩至半天,"
        "二维码电子证照已覆盖全市各区,相关经验被国家推广。",
    ],
)
def test_chrome_family_leaves_news_sentences(line: str) -> None:
    assert chrome_family(line) is None


def test_classify_shapes() -> None:
    assert classify("12").kind == "number"
    assert classify("来源:某某日报").kind == "meta"
    assert classify("发布时间:2024-05-08 09:30").kind == "meta"
    assert classify("2024-05-08 09:30").kind == "meta"
    assert classify("(新华社记者 张三 李四)").kind == "byline"
    assert classify("责任编辑:王五").kind == "byline"
    assert classify("湾区日报记者 王小明 李华").kind == "byline"
    assert classify("文章来源:湾区新闻网").kind == "meta"
    assert classify("原标题:示范区出台十条措施").kind == "meta"
    assert classify("来源:湾区日报 发布时间:2024-05-09 分享到:").kind == "meta"
    assert classify("示范区出台十条措施支持中小企业").kind == "headline"
    assert classify("示范区出台十条措施支持中小企业。").kind == "body"


def test_is_byline_rejects_sentences_starting_with_reporter() -> None:
    assert not is_byline("记者从市卫健委获悉,全市新增社区医院12家,总数达到300家。")
    assert is_byline("【撰文】赵六")
    assert not is_byline("记者:平时训练多吗?每天几个小时?")
    assert is_byline("[编辑:钱七]")


def test_is_headline_shaped_limits() -> None:
    assert is_headline_shaped("向“新”而行,2025年怎么干?")
    assert not is_headline_shaped("这是一句话,")
    assert not is_headline_shaped("很" * 90)


def test_chrome_table_has_a_comment_per_entry_and_compiles() -> None:
    source = inspect.getsource(boilerplate)
    block = source[source.index("CHROME: tuple") : source.index("_CAPTION")]
    entries = re.findall(r'^\s*(?:\("(\w[\w-]*)",|\(\n\s*"(\w[\w-]*)")', block, re.M)
    names = {a or b for a, b in entries}
    assert names == {fam for fam, _ in CHROME}
    lines = block.splitlines()
    for fam, rx in CHROME:
        re.compile(rx)
        k = next(i for i, ln in enumerate(lines) if f'"{fam}"' in ln)
        above = lines[k - 1].strip() if lines[k].strip().startswith("(") else lines[k - 2].strip()
        assert above.startswith("#"), f"family {fam} has no comment"
