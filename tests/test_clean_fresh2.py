"""Reading fixes found on the second fresh set (tests/fresh2): JSON Lines records whose content
field is an HTML page body, date and source fields under the names feeds give them, and
container metadata in Traditional script. Every sentence here was written for these tests."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from tequ.clean.boilerplate import classify
from tequ.clean.offsets import View
from tequ.clean.pinyin import strip_pinyin
from tequ.clean.script import to_simplified_text
from tequ.clean.segment import parse_authors, parse_dateline
from tequ.ingest.files import load_bytes, load_document
from tequ.ingest.html import markup_kind
from tequ.ingest.markdown import is_markdown

ROOT = Path(__file__).resolve().parent.parent

BODY = (
    "记者从龙华区水务局获悉，今年以来全区新建改造雨污管网约86公里，完成老旧小区排水改造23个。",
    "龙华区水务局有关负责人表示，下一步将加快推进观澜河支流整治工程，力争年底前消除黑臭水体。",
    "据介绍，去年全区共投入水环境治理资金约14亿元，河道水质达标率提升至92%。",
)
CHROME = (
    "<div class='share'>分享到：微信 朋友圈 微博</div>",
    "<p class='pic'>观澜河畔新建的生态步道。记者 周航 摄</p>",
    "<div class='related'>相关阅读：<ul><li>龙华新增口袋公园8个</li><li>观澜河碧道全线贯通</li></ul></div>",
    "<p>责任编辑：吴思远</p>",
)


def _record(**fields: object) -> bytes:
    return (json.dumps(fields, ensure_ascii=False) + "\n").encode("utf-8")


def _html_body() -> str:
    return (
        CHROME[0]
        + "".join(f"<p>{s}</p>" for s in BODY[:2])
        + CHROME[1]
        + f"<p>{BODY[2]}</p>"
        + "".join(CHROME[2:])
    )


def test_jsonl_html_content_keeps_the_paragraphs_and_drops_the_page_chrome() -> None:
    doc = load_bytes("feed.jsonl", _record(title="龙华区水环境治理提速", content=_html_body()))
    kept = [p.text for p in doc.paragraphs]
    assert [k for k in kept if "<" in k] == []
    for s in BODY:
        assert s in kept
    for gone in ("分享到", "摄", "相关阅读", "龙华新增口袋公园8个", "观澜河碧道全线贯通", "责任编辑"):
        assert not any(gone in k for k in kept), gone
    # every kept paragraph quotes the raw JSON line, and what was removed is recorded
    for p in doc.paragraphs:
        assert doc.original[p.start : p.end] == p.text
    dropped = [doc.original[d.start : d.end] for d in doc.dropped]
    assert "分享到：微信 朋友圈 微博" in dropped and "责任编辑：吴思远" in dropped


def test_jsonl_html_content_with_escapes_and_entities_maps_offsets_into_the_json_line() -> None:
    body = '<div class="top">分享：微信&nbsp;微博</div><p>' + BODY[0] + '</p><p style="x">' + BODY[1] + "</p>"
    raw = json.dumps({"title": "标题", "content": body}, ensure_ascii=True) + "\n"
    doc = load_bytes("feed.jsonl", raw.encode("ascii"))
    assert [p.text for p in doc.paragraphs if p.role != "title"][-2:] == list(BODY[:2])
    p = doc.paragraphs[-1]
    assert json.loads(f'"{doc.original[p.start : p.end]}"') == BODY[1]


def test_jsonl_inline_tags_keep_the_line_breaks_of_the_text() -> None:
    text = f"{BODY[0]}\n<strong>{BODY[1][:10]}</strong>{BODY[1][10:]}\n{BODY[2]}"
    doc = load_bytes("feed.jsonl", _record(title="龙华区水环境治理提速", text=text))
    assert [p.text for p in doc.paragraphs][-3:] == list(BODY)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<p>一段</p>", "page"),
        ("第一行<br/>第二行", "page"),
        ("一段<a href='x'>链接</a>文字", "inline"),
        ("数值 a<b 与 c>d 的比较", None),
        ("纯文本，没有标签。", None),
    ],
)
def test_markup_kind(text: str, kind: str | None) -> None:
    assert markup_kind(text) == kind


@pytest.mark.parametrize("key", ["pub_date", "pubDate", "Publish-Date", "publish_date", "release_time"])
def test_jsonl_publication_date_under_the_names_feeds_use(key: str) -> None:
    doc = load_bytes(
        "feed.jsonl", _record(**{"title": "标题甲", "content": BODY[0], key: "2025-07-03 08:00"})
    )
    assert doc.articles[0].published == "2025-07-03"


def test_jsonl_source_and_authors_in_traditional_are_simplified() -> None:
    doc = load_bytes(
        "feed.jsonl", _record(title="標題", content=BODY[0], source="香港經濟導報", author=["陳國雄"])
    )
    assert doc.articles[0].source == "香港经济导报"
    assert doc.articles[0].authors[0] == "陈国雄"


def test_html_meta_source_in_traditional_is_simplified() -> None:
    page = (
        "<html><head><title>龍華區水環境治理提速</title>"
        "<meta name='ContentSource' content='香港經濟導報'></head><body>"
        + "".join(f"<p>{s}</p>" for s in BODY)
        + "</body></html>"
    )
    doc = load_bytes("page.html", page.encode("utf-8"))
    assert doc.articles[0].source == "香港经济导报"


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.txt")), ids=lambda p: p.name)
def test_example_wrapped_in_paragraph_tags_reads_like_the_plain_record(path: Path) -> None:
    text = load_document(str(path)).original.lstrip("\ufeff")
    body = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n") if line.strip())
    wrapped = load_bytes("w.jsonl", _record(content=body))
    plain = load_bytes("p.jsonl", _record(content=text))
    assert [p.text for p in wrapped.paragraphs] == [p.text for p in plain.paragraphs]
    assert [(a.title, a.published, a.source) for a in wrapped.articles] == [
        (a.title, a.published, a.source) for a in plain.articles
    ]


@pytest.mark.parametrize(
    ("lead", "outlet", "names"),
    [
        ("【湾区商报讯】记者梁文轩报道：落马洲河套新建的实验楼昨日启用。", "湾区商报", ["梁文轩"]),
        ("【湾区商报讯】记者 梁文轩 深圳报道：前海新增跨境服务点。", "湾区商报", ["梁文轩"]),
        ("【湾区商报讯】记者吴磊、方婷报道：两地口岸延长通关时间。", "湾区商报", ["吴磊", "方婷"]),
        ("【湾区商报讯】记者从市卫健委获悉，今年全市新增病床。", "湾区商报", []),
        ("湾区晚报讯（记者 郑雅琪）6月2日，福田区举行签约仪式。", "湾区晚报", ["郑雅琪"]),
    ],
)
def test_dateline_credits_bracketed_or_not(lead: str, outlet: str, names: list[str]) -> None:
    assert parse_dateline(lead) == (outlet, names)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("本报讯（记者 郑雅琪）6月2日，福田区", ["郑雅琪"]),
        ("记者吴磊、方婷报道", ["吴磊", "方婷"]),
        ("本报记者 韩冬 报道", ["韩冬"]),
    ],
)
def test_credit_names_end_at_the_first_word_that_is_no_name(credit: str, names: list[str]) -> None:
    assert parse_authors(credit) == names


@pytest.mark.parametrize("stamp", ["1741744200", "1741744200000", 1741744200])
def test_jsonl_epoch_timestamp_as_string_or_number(stamp: object) -> None:
    doc = load_bytes("feed.jsonl", _record(title="标题乙", content=BODY[1], pub_date=stamp))
    assert doc.articles[0].published == "2025-03-12"


def test_jsonl_eight_digit_date_string_is_still_a_date() -> None:
    doc = load_bytes("feed.jsonl", _record(title="标题丙", content=BODY[1], date="20250312"))
    assert doc.articles[0].published == "2025-03-12"


PORTAL_TOP = ("繁體版 | English | 无障碍", "登录 | 注册", "搜索", "请输入关键字", "主页 > 新闻公报")
PORTAL_BOTTOM = (
    "加入收藏 | 设为首页",
    "【打印此页】【关闭本页】",
    "本站建议使用1920*1080分辨率及以上浏览器浏览",
)


def test_portal_page_switches_buttons_and_browser_advice_are_dropped() -> None:
    text = "\n".join(
        [*PORTAL_TOP, "龙华区水环境治理提速", "发布时间：2025-03-02 10:00", *BODY, *PORTAL_BOTTOM]
    )
    doc = load_bytes("portal.txt", text.encode("utf-16"))
    kept = [p.text for p in doc.paragraphs]
    assert kept == ["龙华区水环境治理提速", *BODY]
    reasons = {doc.original[d.start : d.end]: d.reason for d in doc.dropped}
    for line in PORTAL_BOTTOM:
        assert reasons[line].startswith("chrome"), line


@pytest.mark.parametrize(
    "line", ["收藏本页", "简体版 | 繁體版", "简 | 繁 | EN", "登录", "搜 索", "主頁 > 新聞公報 > 2025年"]
)
def test_portal_controls_are_chrome(line: str) -> None:
    assert classify(to_simplified_text(line)).kind == "chrome"


@pytest.mark.parametrize(
    "line",
    [
        "收藏家李先生表示，这批文物很珍贵。",
        "建议使用公共交通出行",
        "简介",
        "打印机",
        "主页设计大赛",
        "繁华街区",
    ],
)
def test_words_of_portal_controls_inside_text_are_not_chrome(line: str) -> None:
    assert classify(line).kind != "chrome"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("前往福田區 (qū) 辦事的市民", "前往福田區辦事的市民"),
        ("前往福田區　(qū)　辦事的市民", "前往福田區辦事的市民"),
        ("前往福田(fútián)區辦事的市民", "前往福田區辦事的市民"),
        ("南山區 (qū)，科技園", "南山區，科技園"),
    ],
)
def test_pinyin_glued_or_set_off_by_blanks_goes(raw: str, clean: str) -> None:
    assert strip_pinyin(View.of(raw)).text == clean
    doc = load_bytes("p.txt", f"标题\n{raw}，今年新增服务窗口12个。".encode())
    assert doc.paragraphs[-1].text == to_simplified_text(clean) + "，今年新增服务窗口12个。"


@pytest.mark.parametrize("text", ["咖啡(café)店", "文件(résumé)", "开放日 (open day)", "深圳 (Shenzhen)"])
def test_words_with_accents_in_parentheses_stay(text: str) -> None:
    assert strip_pinyin(View.of(text)).text == text


def test_jsonl_markdown_content_loses_its_syntax() -> None:
    md = (
        f"# 龙华区水环境治理提速\n\n![观澜河](https://example.org/a.jpg)\n\n"
        f"{BODY[0].replace('龙华区水务局', '**龙华区水务局**', 1)}\n\n"
        f"- {BODY[2].replace('水环境治理', '[水环境治理](https://example.org/b)', 1)}\n\n> {BODY[1]}"
    )
    doc = load_bytes("feed.jsonl", _record(content=md, pub_date="2025-03-02"))
    assert doc.articles[0].title == "龙华区水环境治理提速"
    assert [p.text for p in doc.paragraphs] == ["龙华区水环境治理提速", BODY[0], BODY[2], BODY[1]]
    assert [d.reason for d in doc.dropped] == ["chrome:image"]


@pytest.mark.parametrize("text", ["参与#深圳新闻#话题讨论", "3#楼和5#楼已封顶", "A*B 两栋楼", BODY[0]])
def test_plain_text_with_hash_or_star_is_not_markdown(text: str) -> None:
    assert not is_markdown(text)


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("shape", ["array", "stream"])
def test_jsonl_file_holding_a_json_array_or_pretty_printed_records(shape: str, indent: int | None) -> None:
    records = [
        {"title": "龙华区水环境治理提速", "content": _html_body(), "pub_date": "2025-03-02"},
        {"title": "觀瀾河支流整治啟動", "text": BODY[1], "source": "龍華發布"},
    ]
    if shape == "array":
        data = json.dumps(records, ensure_ascii=False, indent=indent)
    else:
        data = "\n".join(json.dumps(r, ensure_ascii=False, indent=indent) for r in records)
    if shape == "stream" and indent is None:
        data = data.replace("\n", " ")  # records on one line, one after another
    doc = load_bytes("feed.jsonl", data.encode("utf-8"))
    assert [(a.title, a.published, a.source) for a in doc.articles] == [
        ("龙华区水环境治理提速", "2025-03-02", None),
        ("观澜河支流整治启动", None, "龙华发布"),
    ]
    first = [p for p in doc.paragraphs if p.article == 0]
    assert [p.text for p in first][1:] == list(BODY)
    assert all(doc.original[p.start : p.end] == p.text for p in first)


def test_jsonl_title_with_tags_and_entities_reads_as_text() -> None:
    doc = load_bytes("feed.jsonl", _record(title="龙华区&nbsp;水环境治理<em>提速</em>", text=BODY[0]))
    assert doc.articles[0].title == "龙华区 水环境治理提速"
    p = doc.paragraphs[0]
    assert doc.original[p.start : p.end] == "龙华区&nbsp;水环境治理<em>提速"


def test_press_release_closing_date_dates_the_article() -> None:
    """A press release that ends with 完 and a line holding only its date (with the weekday)
    is dated by that line when no header gives a date."""
    from tequ.ingest.files import load_bytes

    text = (
        "政府新闻公报\n河套合作区新一批项目动工\n\n"
        "　　创新科技及工业局今日公布，河套合作区港方园区第二批楼宇已经动工，预计两年后落成。\n\n"
        "　　局方表示，新楼宇将提供约5万平方米的研发空间，供初创企业及研究机构使用。\n\n"
        "完\n2025年6月3日（星期二）\n香港时间15时10分\n"
    )
    doc = load_bytes("release.txt", text.encode("utf-8"))
    assert doc.articles[0].published == "2025-06-03"
