"""Line classification: page chrome, metadata, bylines, headlines and body text.

Each line (already stripped, pinyin removed, Simplified) gets a ``Kind``. The signals are
general: phrase families of page widgets (tables below, one comment per entry), line shape
(length, final punctuation), and a few structural shapes (a lone number, a lone date, a file
name). Position-dependent decisions (head and tail of a page, site names near the top) are made
in ``segment.py``, which knows where the title and the body are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# ---------------------------------------------------------------------------------------------
# Phrase families of page chrome. Each entry: (family, regex on lower-cased text); a line matching any is chrome.
# ---------------------------------------------------------------------------------------------

#: a page button of portal article pages (【打印本页】, 加入收藏, 设为首页), alone or in a row
_PAGE_BUTTON = (
    r"(?:我要)?(?:打印(?:本页|此页|文章|正文)?|关闭(?:窗口|本页)?|(?:加入|添加)?收藏(?:本页|本站)?|设为首页)"
)
#: accessibility, version and language switches of portal pages (无障碍 | 长者模式 | 繁体版 | English)
_SWITCH = r"(?:无障碍(?:浏览|阅读)?|长者(?:模式|版)|关怀版|适老化|繁[體体]版?|简体版?|简|繁|english|en|手机版|手机浏览)"

CHROME: tuple[tuple[str, str], ...] = (
    # share widgets and QR prompts: 分享到 / 分享: / 扫一扫 / 扫码 / 二维码 / 朋友圈 / "open on phone"
    (
        "share",
        r"分享到|^分享(?:至|给)?[:：]?$|扫一扫|扫码(?:下载|关注|分享|阅读|收看|收听|观看|进入)|^二维码|二维码$"
        r"|二维码(?:关注|下载|分享)|(?:分享|转发)(?:至|到)朋友圈|微信里点|手机上打开|打开当前页|^scan me"
        r"|^(?:微信|微博|qq空间|qq|朋友圈|复制链接|抖音)(?:\s*[|/、]?\s*(?:微信|微博|qq空间|qq|朋友圈|复制链接|抖音))+$",
    ),
    # app download prompts: 下载XX客户端 / 下载XXAPP / APP下载
    ("app", r"下载.{0,16}(?:app|客户端)|(?:app|客户端)下载"),
    # platform disclaimers, in Chinese and English
    (
        "disclaimer",
        r"特别声明|免责声明|版权声明|信息存储服务|如有侵权|转载请注明|^notice[:：]|the content above",
    ),
    # search boxes and hot-search bars
    (
        "search",
        r"^(?:快捷|站内|全站|热门)?搜索[:：]|^热搜|^搜\s*索$|^请输入(?:关键字|关键词|搜索内容|检索词)",
    ),
    # breadcrumbs
    (
        "breadcrumb",
        r"^(?:当前位置|您的位置|您现在的位置|所在位置)[:：]|^\S{0,6}(?:首页|主页)\s*[>＞»/]"
        # ... or a whole line of three or more short links joined by > (读创 > 深圳 > 民生)
        r"|^[^\s>＞»›]{1,12}(?:\s*[>＞»›]\s*[^\s>＞»›]{1,12}){2,}$",
    ),
    # related-links and recommendation blocks, paging and page tools
    (
        "related",
        r"^(?:猜您喜欢|猜你喜欢|相关阅读|相关新闻|相关链接|相关信息|相关文章|推荐阅读|延伸阅读|热点推荐|热门推荐"
        r"|往期回顾|往期推荐|往期精彩|精彩回顾|更多新闻|精彩推荐|热门文章|最新文章|热点专题|专题专栏|相关稿件|相关附件)"
        r"|查看更多|^上一[篇条]|^下一[篇条]"
        r"|返回顶部|返回首页|返回列表|\s[?？]?返回$|^知识图谱$|点击标签|^(?:点击|轻触)?阅读原文|^点击进入|^[【\[]?广告[】\]]?$"
        # the WeChat page's own widgets under an article copied from it
        r"|^喜欢此内容的人还喜欢|^(?:继续|向上)滑动看下一个$|^预览时标签不可点|^在小说阅读器中沉浸阅读"
        r"|^(?:热点|热门|点击|阅读|新闻|一周|今日)?排行榜?$|^(?:热点|热门|最新)(?:新闻|资讯|动态)$",
    ),
    # page tools: font size, print / close / bookmark buttons, view counters, like buttons
    (
        "tools",
        rf"^[【\[]?字[体號号](?:大小)?[:：]|^[【\[]?{_PAGE_BUTTON}[】\]]?(?:\s*[|｜/]?\s*[【\[]?{_PAGE_BUTTON}[】\]]?)*$"
        # browser advice and account links of portal pages
        r"|^(?:本站|本网站?)?(?:建议|推荐)(?:您)?(?:使用|采用).{0,40}(?:浏览器|分辨率)"
        r"|^(?:登录|注册|退出|个人中心)(?:\s*[|｜/]?\s*(?:登录|注册|退出|个人中心))*$"
        r"|^(?:浏览次数|阅读次数|阅读数|阅读量|点击数|浏览量|访问量|点击量)[:：]"
        r"|^(?:点赞|在看|收藏|评论|分享|赞|留言|写留言)(?:\s+(?:点赞|在看|收藏|评论|分享|赞|留言|写留言))*$"
        r"|^(?:分享此文章|推荐给朋友)$|^(?:设为星标|星标我们)|^您是(?:本站)?第\s*\d+\s*位访"
        # accessibility and language switches of portal pages, alone or in a row
        rf"|^(?:{_SWITCH}|视力保护色[:：]?)(?:\s*[|/｜]?\s*{_SWITCH})*$"
        r"|点个?\s*[“\"]?在看|(?:^|[\s【\[:：])大\s*中\s*小(?:$|[\s】\]])"
        # font-size buttons spelled with letters: A- A+ / A+ A A-
        r"|^a\s*[+\-＋－]\s*(?:a\s*[+\-＋－]?\s*){1,2}$|^a\s+a\s*[+\-＋－]$",
    ),
    # video and audio placeholders left by players
    (
        "media",
        r"视频加载中|不支持\s*(?:video|视频|audio|音频)|^点击播放|^(?:视频|音频)[:：]?$|^(?:视频|音频)来源[:：]",
    ),
    # end-of-article marks and divider rules: —END—, (完), ------
    ("end", r"^[-—–=*_~·•.\s]*end[-—–=*_~·•.\s]*$|^[(（]?完[)）]?$|^[-—–=*_~·•.。…|/\\#\s]{2,}$"),
    # image placeholders and bare image file names
    (
        "image",
        r"^!\[[^\]]*\]\([^)]*\)$|^\S{0,80}\.(?:png|jpe?g|gif|webp|bmp|svg)$|^[\[【]?(?:图片|image)[\]】]?$",
    ),
    # download links: a bare 附件 label, or a line that ends in a document file name (.pdf, .docx...)
    ("attachment", r"^附件(?:下载)?\s*\d{0,2}\s*[:：]?$|^\S.{0,78}\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$"),
    # text-to-speech widgets
    ("tts", r"人工智能朗读|语音播报|^听全文|^(?:朗读|播报|听新闻)[:：]?$"),
    # copyright footers, ICP numbers, site-owner lines
    (
        "copyright",
        r"icp备|icp证|公网安备|版权所有(?!者)|copyright|©|^主办(?:单位)?[:：]|^承办(?:单位)?[:：]|技术支持[:：]|网站地图"
        r"|联系我们|网站标识码|all rights reserved"
        r"|(?:地址|电话|邮编|传真|邮箱)[:：].*(?:地址|电话|邮编|传真|邮箱)[:：]",
    ),
    # column promos and follow-us lines: 【栏目】就是… / 请关注 / 微信号 / 公众号 / 长按识别
    (
        "promo",
        r"^【[^】]{2,10}】(?:就是|是)|请关注|关注我们(?!的)|微信号|公众号|长按(?:识别|二维码)|点击关注|点击(?:上方|下方)蓝字",
    ),
)

# a row of page controls: short bracketed labels (【打印】【关闭】, 【字号 大 中 小】【我要纠错】) and
# at most ``CONTROL_TAIL`` characters of other text (【大 中 小】 列印本页); a bracketed column name
# before a headline (【聚焦】深圳出台…) has a longer tail, and bracketed numbering (【一】) is not a control
_CONTROL = re.compile(r"[【\[]\s*([^【】\[\]]{1,8}?)\s*[】\]]")
_NUMERAL = re.compile(r"^[\d一二三四五六七八九十零〇百]+$")
_BLANK_RUN = re.compile(r"\s+")
CONTROL_TAIL = 4


def is_control_row(text: str) -> bool:
    """A line of bracketed page controls (see ``_CONTROL``), never a sentence."""
    if ("【" not in text and "[" not in text) or _SENTENCE_END.search(text):
        return False
    labels = _CONTROL.findall(text)
    if not labels or all(_NUMERAL.match(x) for x in labels):
        return False
    return len(_BLANK_RUN.sub("", _CONTROL.sub("", text))) <= CONTROL_TAIL


# photo captions and credits: 图源:X / 图片来源:X / 记者 X 摄 / X 供图 / 图/X
_CAPTION = re.compile(
    r"(?:图源|图片来源|图片由)[:：]|(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄$"
    r"|\s[\u4e00-\u9fff]{2,4}\s*摄$|供图[)）]?$|^图[/:：]\s*\S"
    # 图为… / (资料图片) / 图片来自网络 / 图片由…提供 / 图1 … / 视频来源:X
    r"|^[(（]?图为|^[(（]?资料图片?[)）]?$|图片来自网络|^[(（]?(?:本文)?图片(?:均)?由.{1,20}提供[)）]?$|^图\s*\d{1,2}\s"
)
#: a line opened by a triangle or arrow is a photo caption (▲图为… / ↑ 新建的公园)
_CAPTION_MARKS = "▲△↑▼"
#: captions are short; longer lines that mention a photo credit are body text
CAPTION_MAX = 150


def _top_alternatives(rx: str) -> list[str]:
    """Split a regex at its top-level ``|`` (outside groups and classes)."""
    out, cur, depth, i = [], [], 0, 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            cur.append(rx[i : i + 2])
            i += 2
            continue
        if c == "[":
            j = i + 2 if rx[i + 1 : i + 2] == "]" else i + 1
            while rx[j] != "]":
                j += 2 if rx[j] == "\\" else 1
            cur.append(rx[i : j + 1])
            i = j + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


_FAMILIES = tuple((fam, re.compile(rx)) for fam, rx in CHROME)
_ALTS = [alt for _, rx in CHROME for alt in _top_alternatives(rx)]
# one anchored regex (tried at the line start only) and one for the phrases found anywhere:
# far faster than one big alternation, which Python's re tries at every position
_CHROME_START = re.compile("|".join(f"(?:{a[1:]})" for a in _ALTS if a.startswith("^")))
_CHROME_ANYWHERE = re.compile("|".join(f"(?:{a})" for a in _ALTS if not a.startswith("^")))
# a 首页 > link chain anywhere in a short line (某某新闻网 | 首页 > 经济 > 数据); tested apart, only
# in lines that hold 首页, so the big alternation stays small
_HOME_CHAIN = re.compile(r"首页\s*[>＞»›]\s*\S")
#: chrome phrases count anywhere in lines up to this length; in longer lines only in the first
#: ``CHROME_HEAD`` characters, where it starts (a long paragraph that mentions 扫码 or 二维码 is news, not a widget)
CHROME_MAX = 80
#: registration numbers mark a footer however long the line is
_FOOTER = re.compile(r"icp备|icp证|公网安备|网站标识码")
FOOTER_MAX = 400
CHROME_HEAD = 8

_DATE = r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_TIME = r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
_WEEKDAY = r"\s*(?:星期|周|礼拜)[一二三四五六日天]"
LONE_DATE = re.compile(rf"^{_DATE}{_TIME}$")
CRAWL_DATE = re.compile(rf"^{_DATE}{_TIME}{_WEEKDAY}{_TIME}$|^{_WEEKDAY.strip()}")
DATE_META = re.compile(rf"(?:发布|发表|更新|时间|日期)[^:：\n]{{0,4}}[:：]\s*{_DATE}")
#: words that introduce the outlet: 来源 with its usual prefixes, 稿源, 出处
SOURCE_WORD = r"(?:文章|新闻|信息|稿件|内容|消息|本文)?来源|稿源|出处"
SOURCE_META = re.compile(rf"^[\[【(（]?(?:{SOURCE_WORD}|原标题)(?:[\]】)）:：]|\s*[|｜丨]\s*\S)")
# a 来源 field anywhere in a short line, or a line opening with a date(-time) and more fields
SOURCE_FIELD = re.compile(rf"(?:^|\s)[\[【(（]?(?:{SOURCE_WORD})[\]】)）]?\s*[:：]")
DATE_LEAD = re.compile(rf"^{_DATE}{_TIME}\s+\S")
# a date with a clock time anywhere in a short line: the info line under a headline
# (原创 某城发布 2025-03-01 08:00 广东 / 某某日报 2025-03-01 08:00)
DATE_TIME = re.compile(rf"{_DATE}\s*\d{{1,2}}[:：]\d{{2}}")
#: info lines are short
INFO_MAX = 60

#: labels of the metadata block of government portal pages (信息公开 pages); a line ``label:value``
#: is metadata, never a headline. The role says what its value gives the article.
FIELD_LABELS: tuple[tuple[str, str], ...] = (
    ("索引号", "other"),  # catalogue number of the open-government system
    ("发布机构", "source"),  # issuing body: the outlet of the page
    ("发文机关", "source"),  # issuing authority of a document
    ("发文单位", "source"),  # issuing unit
    ("发布单位", "source"),  # publishing unit
    ("分类", "other"),  # category, short label
    ("主题分类", "other"),  # subject category
    ("体裁分类", "other"),  # genre category
    ("组配分类", "other"),  # combined category
    ("主题词", "other"),  # subject keywords
    ("发文字号", "other"),  # document number (〔2023〕12号)
    ("文号", "other"),  # document number, short label
    ("有效性", "other"),  # in force / repealed
    ("公开方式", "other"),  # how the information is published
    ("公开范围", "other"),  # to whom it is published
    ("成文日期", "other"),  # signing date (a date, ranked after the publication date)
    ("生效日期", "other"),  # date it takes effect
    ("发布日期", "other"),  # publication date
    ("标题", "title"),  # the document's title
)
FIELD_LINE = re.compile(
    rf"^[\[【]?(?P<label>{'|'.join(label for label, _ in FIELD_LABELS)})(?:[\]】]|\s*[:：])\s*[:：]?\s*(?P<value>\S.*)$"
)
FIELD_ROLE = dict(FIELD_LABELS)
# a document number on its own line (深龙府办〔2025〕8号, 粤府函[2024]12号): metadata, never a headline
DOC_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号$"
)
NUMBERING = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]?$")

# bylines: a parenthesised closing credit, or a line led by a credit word
_CREDIT = (
    r"记者|通讯员|值班编辑|编辑|责编|撰文|作者|内容来源|来源|供稿|文字|摄影|审核|审读|审校|初审|二审|三审|终审"
    r"|校对|统筹|策划|监制|出品"
)
BYLINE_PAREN = re.compile(rf"^[(（][^()（）]{{0,60}}(?:{_CREDIT})[^()（）]{{0,60}}[)）]$")
BYLINE_LEAD = re.compile(
    rf"^[\[【]?(?:责任编辑|{_CREDIT}|文)(?:[\]】]\s*|\s*[:：/]\s*|\s+)(?P<names>.*?)[\]】]?$"
)
#: a byline is short; a long line starting with 记者 is a sentence (记者从…获悉)
BYLINE_MAX = 60
#: metadata lines (来源, 发布时间) are short
META_MAX = 120
#: headline-shaped lines are at most this long and do not end like a sentence
HEADLINE_MAX = 80
_SENTENCE_MARK = re.compile(r"[。？！?!]")
_SENTENCE_END = re.compile(r"[。；;:：，,、]$|。")


# an enumerated list item: 1. / 2、 / (一) / 一、 / 一是 / 第一, / ①; a short one is headline-shaped
# (family "item") and stays with the body it continues, however short (segment.py)
LIST_ITEM = re.compile(
    r"^(?:\d{1,2}\s*[.、．)）](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]"
    r"|第[一二三四五六七八九十\d]{1,3}[，,、是]|[\u2460-\u2473])\s*\S"
)


@dataclass(frozen=True, slots=True)
class Kind:
    """What a line is: ``chrome`` (with a family), ``meta``, ``byline``, ``number``, ``headline``, ``body``."""

    kind: str
    family: str = ""


def chrome_family(text: str) -> str | None:
    """The chrome family of a line, or None."""
    probe = (text if len(text) <= CHROME_MAX else text[:CHROME_HEAD]).lower()
    if _CHROME_START.match(probe) or _CHROME_ANYWHERE.search(probe):
        return next(fam for fam, rx in _FAMILIES if rx.search(probe))
    if "首页" in probe and _HOME_CHAIN.search(probe):
        return "breadcrumb"
    # cheap character tests first: every footer phrase holds 备, 证 or 标识; every caption 图 or 摄
    footer_chars = "备" in text or "证" in text or "标识" in text
    if footer_chars and len(text) <= FOOTER_MAX and _FOOTER.search(text.lower()):
        return "copyright"
    if len(text) <= CAPTION_MAX and (
        text[0] in _CAPTION_MARKS or (("图" in text or "摄" in text) and _CAPTION.search(text))
    ):
        return "caption"
    if CRAWL_DATE.search(text):
        return "page-date"
    if is_control_row(text):
        return "tools"
    return None


# an outlet-prefixed reporter credit without parentheses: 某某日报记者 张三 李四
BYLINE_OUTLET = re.compile(r"^\S{0,12}记者\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*$")


def is_byline(text: str) -> bool:
    """A credit line: ``(南方+记者 X Y)``, ``编辑:X``, ``【撰文】X``, ``[编辑:X]``, never a photo credit."""
    if len(text) > BYLINE_MAX or _CAPTION.search(text) or text.endswith("摄") or _SENTENCE_MARK.search(text):
        return False  # 记者:是什么原因…? is an interview question, not a credit
    if BYLINE_PAREN.match(text) or BYLINE_OUTLET.match(text):
        return True
    m = BYLINE_LEAD.match(text)
    return m is not None and not SOURCE_META.match(text)


def is_headline_shaped(text: str) -> bool:
    """Short and not ending like a sentence (a title or subheading)."""
    return 2 <= len(text) <= HEADLINE_MAX and not _SENTENCE_END.search(text)


def is_meta(text: str) -> bool:
    """A short metadata line: 来源 / 发布时间 fields, a lone date(-time); never a crawl date."""
    return (
        len(text) <= META_MAX
        and (
            SOURCE_META.match(text) is not None
            or DATE_META.search(text) is not None
            or LONE_DATE.match(text) is not None
            or (("源" in text or "出处" in text) and SOURCE_FIELD.search(text) is not None)
            or DATE_LEAD.match(text) is not None
            or FIELD_LINE.match(text) is not None
            or ("号" in text and DOC_NUMBER.match(text) is not None)
            or (
                len(text) <= INFO_MAX
                and DATE_TIME.search(text) is not None
                and not _SENTENCE_MARK.search(text)
            )
        )
        and not CRAWL_DATE.search(text)
    )


@lru_cache(maxsize=8192)
def classify(text: str) -> Kind:
    """Classify one stripped, Simplified line (see module docstring).

    Order matters: bylines and metadata lines win over chrome phrases they may carry (a
    ``来源:X 发布时间:Y 分享到:`` line is metadata, read and then dropped).
    """
    if NUMBERING.match(text):
        return Kind("number")
    if is_byline(text):
        return Kind("byline")
    if is_meta(text):
        return Kind("meta")
    fam = chrome_family(text)
    if fam is not None:
        return Kind("chrome", fam)
    if is_headline_shaped(text):
        return Kind("headline", "item" if LIST_ITEM.match(text) else "")
    return Kind("body")
