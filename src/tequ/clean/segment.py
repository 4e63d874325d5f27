"""Split a file's lines into articles and read each article's metadata.

Works on classified lines (``boilerplate.classify``) after duplicates are marked. For each unit
(a whole text/HTML file, or one JSONL record):

- the first article's title is the headline-shaped line that precedes the metadata lines
  (来源 / 发布时间 / a lone date) of the header, else the first headline before the body;
  lines above the title are page head (chrome); site names and metadata between the title and
  the body are dropped;
- a digest continues with a new article where a headline-shaped line follows a closing byline
  (``(南方+记者 X)``, ``(内容来源:…)``) or an end mark (``(完)``) and is itself followed by body
  text, or where a headline is followed by its own metadata lines (来源 / 发布时间) and body;
- after the last body paragraph only bylines stay (the page tail is chrome).

Metadata comes from the article's own lines: the date from a header metadata line, else the
unit's hint (HTML/JSONL metadata), else the date in the header line of the digest the article
belongs to, else the first full date of the lead paragraph, else None (page dates with a
weekday are crawl dates and never count). The source is the outlet of a
closing byline or 内容来源 first, then a 来源 line of the header, then any 来源 line, then the
dateline of the lead (新华社深圳3月1日电(记者 X)).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tequ.clean.boilerplate import BYLINE_PAREN, CRAWL_DATE, FIELD_LINE, FIELD_ROLE, SOURCE_WORD

_DATE_RX = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_SITE = re.compile(
    r"^[\u4e00-\u9fff·]{2,16}(?:人民政府|政府网|新闻网|门户网站|网|在线|官网|融媒体中心|发布|客户端)$"
)
_SOURCE_VALUE = re.compile(
    rf"(?:{SOURCE_WORD})[\]】)）]?\s*(?:[:：]|[|｜丨/／](?=\s*[^\s:：]))?\s*(?P<v>[^()（）\[\]【】|｜丨]+)"
)
# quotes around an account's name and the platform word after it: “深圳发布”微信公众号 -> 深圳发布
_ACCOUNT = re.compile(
    r"^[“\"「『]([^”\"」』]{2,20})[”\"」』](?:微信公众号|公众号|微信号|微博|客户端|抖音号|视频号)?$"
)
_HAS_SOURCE = re.compile(rf"(?:{SOURCE_WORD})[\]】)）]?\s*[:：]?")
_NEXT_FIELD = re.compile(r"\s+\S*(?:[:：]|记者|通讯员|编辑|作者|摄影)|\s+(?=(?:19|20)\d\d\s*[-/.年])|[(（]")
# the outlet of a reporter credit; a writer credit (文/) may come first and is not an outlet
_OUTLET = re.compile(r"^(?:[(（]\s*)?(?:文\s*[/／:：]\s*)?(?P<o>[^()（）\[\]【】\s:：/／]{1,16}?)\s*记者")
_CREDIT_SPLIT = re.compile(
    r"(责任编辑|见习记者|实习记者|记者|实习生|值班编辑|编辑|责编|撰文|作者|文(?=\s*[/／:：])|图(?=\s*[/／:：])|通讯员|内容来源|来源|摄影|审核|审读"
    r"|审校|初审|二审|三审|终审|校对|统筹|策划|监制|出品|供稿)"
)
_AUTHOR_CREDITS = frozenset(
    {"责任编辑", "记者", "见习记者", "实习记者", "实习生", "编辑", "责编", "撰文", "作者", "文"}
)
#: credits of the page's editorial sign-off (responsible editor, reviewers, proofreaders): a line
#: that holds only these is page chrome, not part of the article (its names are still read)
_SIGNOFF_CREDITS = frozenset(
    {"责任编辑", "责编", "值班编辑", "审核", "审读", "审校", "初审", "二审", "三审", "终审", "校对"}
)
_ANY_CREDIT = frozenset(w.split("(")[0] for w in _CREDIT_SPLIT.pattern[1:-1].split("|"))
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_NAME_SEP = re.compile(r"[\s,，、;；:：\[\]【】()（）/]+")
# "新华社综合" / "某报整理": the outlet the text was compiled from
_COMPILED = re.compile(r"(?:综合|整理|综合整理)$")
_SUBTITLE = re.compile(r"^[—－-]{1,2}")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


@dataclass(slots=True)
class Line:
    """One non-blank line of a unit while cleaning. ``text`` is clean Simplified text."""

    view: Any  # offsets.View of the clean text
    kind: str
    family: str = ""
    drop: str | None = None
    role: str = "body"
    article: int = -1

    @property
    def text(self) -> str:
        return str(self.view.text)


@dataclass
class Draft:
    """An article being built: its line indices and metadata."""

    lines: list[int] = field(default_factory=list)
    title: int | None = None
    published: str | None = None  # from a metadata line of the header
    lead_date: str | None = None  # first full date of the lead paragraph
    digest_date: str | None = None  # date in the header of the digest the article belongs to
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    title_text: str | None = None  # from a 标题: field of a metadata block, wins over the title line


def parse_date(text: str) -> str | None:
    """First full date (year, month, day) in ``text`` as ``YYYY-MM-DD``, or None."""
    for m in _DATE_RX.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def parse_field(text: str) -> tuple[str, str] | None:
    """(role, value) of a metadata field line (``发布机构:X`` -> ``("source", "X")``), or None."""
    m = FIELD_LINE.match(text)
    if m is None:
        return None
    value = _NEXT_FIELD.split(m.group("value").strip(), maxsplit=1)[0].strip()
    role = FIELD_ROLE[m.group("label")]
    return (role, m.group("value").strip() if role == "title" else value) if value else None


#: words of date labels that do not give the publication date: signing (成文), taking effect
#: (生效, 施行, 实施), repeal (废止, 失效), revision (更新, 修改) and printing (印发) dates
SECONDARY_DATE_WORDS = ("成文", "生效", "施行", "实施", "废止", "失效", "更新", "修改", "印发")
_DATE_LABEL = re.compile(r"^[\[【]?([^:：\d\]】]{1,8})(?:[\]】]|\s*[:：])")


_LABELLED_DATE = re.compile(r"([^\s:：\d\[\]【】|｜]{1,8})\s*[:：]\s*(?=(?:19|20)\d\d)")


def line_dates(text: str) -> list[tuple[int, str]]:
    """(rank, date) of each labelled date of a metadata line (更新时间:X 发布时间:Y gives both, the
    publication date ranked first), else of its first date (see ``date_rank``)."""
    date = parse_date(text)
    if date is None:
        return []
    if sum(1 for _ in _DATE_RX.finditer(text)) > 1:  # rare: only then are labels compared
        out = []
        for m in _LABELLED_DATE.finditer(text):
            labelled = parse_date(text[m.end() : m.end() + 24])
            if labelled:
                out.append((int(any(w in m.group(1) for w in SECONDARY_DATE_WORDS)), labelled))
        if len(out) > 1:
            return out
    return [(date_rank(text), date)]


def date_rank(text: str) -> int:
    """0 for a line whose date is the publication date, 1 for a secondary date (成文日期...)."""
    m = _DATE_LABEL.match(text)
    return int(m is not None and any(w in m.group(1) for w in SECONDARY_DATE_WORDS))


def parse_source(text: str) -> str | None:
    """The outlet a 来源 line or a closing byline names, or None."""
    m = _OUTLET.match(text)
    if m and not m.group("o").startswith("本"):  # 本报记者: "this paper", not a name
        return m.group("o")
    m = _SOURCE_VALUE.search(text)
    if not m:
        return None
    value = _NEXT_FIELD.split(m.group("v").strip(), maxsplit=1)[0].strip()
    value = _CJK_GAP.sub("", value)
    value = _COMPILED.sub("", value) if len(value) > 4 else value
    value = _ACCOUNT.sub(r"\1", value)
    return value or None


# a news dateline opening the lead: 新华社深圳3月1日电(记者 张三) / 某某日报讯(记者 李四)
# also a bracketed paper dateline with its credit unbracketed: 【某某报讯】记者王五报道： (记者 王五 深圳报道：
# names a place before 报道)
_DATELINE = re.compile(
    r"^(?:(?P<agency>[\u4e00-\u9fff+]{1,10}?(?:社|报|网|台|端|刊))[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电"
    r"|[【\[]?(?P<paper>[\u4e00-\u9fff+]{2,10}?)讯[】\]]?)\s*(?:[(（](?P<credit>[^()（）]{2,40})[)）]"
    r"|(?P<open>记者\s*[^，,。：:（(\s、]{2,5}(?:\s*、\s*[^，,。：:（(\s、]{2,5})*?)"
    r"(?:\s+[\u4e00-\u9fff]{2,4})?\s*(?:报道|报导)\s*[：:])?"
)
#: dateline outlets that only say "this paper / this site"
_SELF_OUTLETS = frozenset({"本报", "本网", "本台", "本刊", "本站"})


def parse_dateline(text: str) -> tuple[str | None, list[str]]:
    """(outlet, reporters) of a dateline opening a lead paragraph; the outlet is None for 本报."""
    m = _DATELINE.match(text)
    if not m:
        return None, []
    outlet = m.group("agency") or m.group("paper")
    authors = parse_authors(m.group("credit") or m.group("open") or "")
    if outlet in _SELF_OUTLETS or outlet.startswith("本"):
        outlet = None
    return outlet, authors


def parse_authors(text: str, *, credits: frozenset[str] = _AUTHOR_CREDITS) -> list[str]:
    """Names credited as reporter, writer or editor in a byline (``credits`` chooses the roles)."""
    parts = _CREDIT_SPLIT.split(text)
    names: list[str] = []
    for k in range(1, len(parts) - 1, 2):
        if parts[k] not in credits:
            continue
        # the names end where another labelled field starts (作者:X 浏览次数:12)
        value = _LABEL.split(parts[k + 1].lstrip(" \t:：/／]】"), maxsplit=1)[0]
        found = False
        for tok in _NAME_SEP.split(value):
            tok = _REPORTED.sub("", tok) if len(tok) > 3 else tok
            if _NAME.match(tok) and tok not in _NOT_NAMES:
                found = True
                if tok not in names:
                    names.append(tok)
            elif found and tok:
                break  # the names end at the first word that is none (记者 张三）3月1日，某区…)
    return names


#: a reporting verb glued to the last name of a credit (记者张明、李红报道)
_REPORTED = re.compile(r"(?:报道|报导|发自)$")
#: words a credit can hold that are no names
_NOT_NAMES = frozenset({"报道", "报导", "发自", "摄影", "综合", "整理", "供图"})


def is_signoff(text: str) -> bool:
    """A credit line naming only the page's editorial sign-off (责任编辑:X / 审核:Y / 【责编 X】)."""
    words = _CREDIT_SPLIT.findall(text)
    return bool(words) and all(w in _SIGNOFF_CREDITS for w in words)


def _next_live(lines: Sequence[Line], i: int, kinds: tuple[str, ...] = ()) -> int | None:
    for k in range(i + 1, len(lines)):
        if lines[k].drop is None and (not kinds or lines[k].kind in kinds):
            return k
    return None


def _prev_live(lines: Sequence[Line], i: int) -> int | None:
    return next((k for k in range(i - 1, -1, -1) if lines[k].drop is None), None)


def _is_source_line(text: str) -> bool:
    """A metadata line that names an outlet and holds no date (来源:X, not 发布时间:Y 来源:X)."""
    return (
        _HAS_SOURCE.search(text) is not None and parse_date(text) is None and parse_source(text) is not None
    )


def _first_body(lines: Sequence[Line], start: int) -> int | None:
    return next(
        (k for k in range(start, len(lines)) if lines[k].drop is None and lines[k].kind == "body"), None
    )


def _pick_title(lines: Sequence[Line], start: int, body: int) -> int | None:
    """Title of the article whose header is ``lines[start:body]``."""
    heads = [k for k in range(start, body) if lines[k].drop is None and lines[k].kind == "headline"]
    metas = [k for k in range(start, body) if lines[k].drop is None and lines[k].kind == "meta"]
    plain = [k for k in heads if not _SITE.match(lines[k].text)]
    if not plain:
        return heads[0] if heads else None
    if metas:
        # the headline just above the metadata block (来源 / 发布时间 follow the headline)
        before = [k for k in plain if k < metas[0]]
        if before:
            return before[-1]
    # the headline right above the body (lines above it are page or digest header), unless it is
    # a subtitle (——记…), whose headline is the one above it
    live = [k for k in range(start, body) if lines[k].drop is None and lines[k].kind != "byline"]
    while len(live) > 1 and _SUBTITLE.match(lines[live[-1]].text):
        live.pop()
    return live[-1] if live and live[-1] in plain else plain[0]


def _starts(lines: Sequence[Line], first_body: int) -> list[int]:
    """Indices of headline lines that open a further article of a digest."""
    out = []
    for i in range(first_body, len(lines)):
        ln = lines[i]
        closing = ln.drop is None and ln.kind == "byline" and BYLINE_PAREN.match(ln.text) is not None
        if not closing and ln.drop is None and ln.kind in ("byline", "meta"):
            # an unbracketed credit or 来源 line right under a paragraph closes it too (编辑:X / 来源:X)
            p = _prev_live(lines, i)
            closing = (
                p is not None
                and lines[p].kind == "body"
                and (ln.kind == "byline" or _is_source_line(ln.text))
            )
        if not closing and ln.family != "end":
            continue
        h = _next_live(lines, i)
        while h is not None and lines[h].kind in ("byline", "meta"):
            h = _next_live(lines, h)
        if h is None or lines[h].kind != "headline":
            continue
        b = _next_live(lines, h)
        if b is not None and lines[b].kind == "body" and not _closed_between(lines, i, b):
            out.append(h)
    out.extend(_headed_starts(lines, first_body))
    return sorted(set(out))


def _headed_starts(lines: Sequence[Line], first_body: int) -> list[int]:
    """Headlines after the first body paragraph that carry their own metadata block.

    A subheading is never followed by a 来源 / 发布时间 line; a digest item's headline often is
    (and a reporter credit may come before or after that line).
    """
    out = []
    for h in range(first_body + 1, len(lines)):
        if lines[h].drop is not None or lines[h].kind != "headline":
            continue
        b = _next_live(lines, h)
        metas = 0
        while b is not None and lines[b].kind in ("meta", "byline"):  # 来源 line and 记者 X, either order
            metas += lines[b].kind == "meta"
            b = _next_live(lines, b)
        if not metas:
            continue
        if b is not None and lines[b].kind == "body" and not _closed_between(lines, h, b):
            out.append(h)
    return out


def _closed_between(lines: Sequence[Line], i: int, j: int) -> bool:
    """A closing widget (disclaimer, related list, share bar...) lies between lines ``i`` and ``j``:
    what follows is the page's sidebar or footer, not another article."""
    return any(lines[k].kind == "chrome" and lines[k].family in END_FAMILIES for k in range(i + 1, j))


def segment(lines: Sequence[Line], hint_title: int | None = None) -> list[Draft]:
    """Mark head/tail chrome and header metadata as dropped; return the unit's articles."""
    first_body = _first_body(lines, 0)
    if first_body is None:  # no paragraph at all: the first headline is the title, nothing is head
        first_body = len(lines)
        heads = [k for k, ln in enumerate(lines) if ln.drop is None and ln.kind == "headline"]
        title = hint_title if hint_title is not None else (heads[0] if heads else None)
    else:
        title = hint_title if hint_title is not None else _pick_title(lines, 0, first_body)
    starts = [title if title is not None else 0, *_starts(lines, first_body)]
    drafts = []
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        lo = 0 if n == 0 else s
        d = Draft(lines=list(range(lo, end)), title=s if (n > 0 or title is not None) else None)
        _settle(lines, d, last=n + 1 == len(starts))
        drafts.append(d)
    head_end = starts[0]
    if len(drafts) >= DIGEST_MIN and _is_digest_head(lines, drafts[0]):
        for k in drafts[0].lines:
            if lines[k].drop is None:
                lines[k].drop = "chrome:digest-head"
        head_end = starts[1]
        drafts = drafts[1:]
    if len(drafts) > 1:
        digest_date = _digest_date(lines, head_end)
        for d in drafts:
            d.digest_date = digest_date
    return drafts


#: a digest has at least this many items before its header can be told from an article
DIGEST_MIN = 3
#: the greeting under a digest's header line is one short paragraph
DIGEST_INTRO_MAX = 80
_HEAD_DATE = (
    r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
)
# a header line: a name and its date set apart (某某早知道｜10月15日, 湾区快讯 2025年7月8日 星期三);
# a headline's date runs into its words (10月15日起…, …延长至10月15日)
_DIGEST_HEAD = re.compile(
    rf"(?:^|[｜|丨]|\s)(?:{_HEAD_DATE})\s*(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?$|^(?:{_HEAD_DATE})\s*[｜|丨]"
)


#: a line that is only a full date, with its weekday: the closing date of a press release
_CLOSING_DATE = re.compile(
    r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?"
)


def _is_digest_head(lines: Sequence[Line], d: Draft) -> bool:
    """The first draft of a digest is its header, not an article: a dated title line (某某早知道｜
    10月15日) over at most one short greeting paragraph (今天是…以下是今日要闻。)."""
    if d.title is None or not _DIGEST_HEAD.search(lines[d.title].text):
        return False
    body = [k for k in d.lines if k > d.title and lines[k].drop is None and lines[k].kind == "body"]
    return len(body) <= 1 and sum(len(lines[k].text) for k in body) <= DIGEST_INTRO_MAX


def _digest_date(lines: Sequence[Line], first_title: int) -> str | None:
    """The date a digest's own header line carries (深圳新闻早班车 | 2024年11月18日), never a crawl date."""
    for k in range(first_title):
        if not CRAWL_DATE.search(lines[k].text):
            date = parse_date(lines[k].text)
            if date:
                return date
    return None


#: chrome families that close an article: what follows them on the page is not the article
#: share of the body text that must come before a closing widget for it to end the article
END_AFTER = 0.5
END_FAMILIES = frozenset({"share", "app", "related", "copyright", "disclaimer", "tools", "end"})


def _end_marker(lines: Sequence[Line], idx: Sequence[int], first_body: int) -> int:
    """Index just before the first closing widget (share bar, related list...) after the body starts.

    On table-layout pages the extractor keeps the sidebar; teasers after the share bar and the
    related-links header are chrome even though they look like paragraphs.
    """
    body = {k: len(lines[k].text) for k in idx if lines[k].drop is None and lines[k].kind == "body"}
    total = sum(body.values())
    seen = 0
    for k in idx:
        seen += body.get(k, 0)
        closing = k > first_body and lines[k].kind == "chrome" and lines[k].family in END_FAMILIES
        if closing and seen >= END_AFTER * total:  # a widget early in the text is an inset, not the end
            return k - 1
    return len(lines)


def _list_tail(lines: Sequence[Line], last_body: int, limit: int) -> int:
    """The last line of the run of short list items (1. / (一) / 一是) right after ``last_body``:
    an enumeration that closes the text is content, not page tail. Dropped lines may lie between."""
    k = last_body + 1
    while k <= limit and (lines[k].drop is not None or lines[k].family == "item"):
        if lines[k].drop is None:
            last_body = k
        k += 1
    return last_body


def _settle(lines: Sequence[Line], d: Draft, *, last: bool) -> None:
    """Drop head, header metadata and tail lines of one article; set roles."""
    idx = d.lines
    body = [k for k in idx if lines[k].drop is None and lines[k].kind == "body"]
    first_body = body[0] if body else (idx[-1] + 1 if idx else 0)
    last_body = body[-1] if body else -1
    if last and body:
        marker = _end_marker(lines, idx, first_body)
        last_body = max((k for k in body if k <= marker), default=last_body)
        last_body = _list_tail(lines, last_body, min(marker, idx[-1]))
    elif not body:
        last_body = len(lines)  # no paragraph at all (a list of short lines): no tail to cut
    for k in idx:
        ln = lines[k]
        if ln.drop is not None:
            continue
        if ln.kind == "number":
            ln.drop = "numbering"
        elif ln.kind == "meta":
            ln.drop = "meta"
        elif d.title is not None and k < d.title:
            ln.drop = "chrome:head"
        elif k == d.title:
            ln.role = "title"
        elif k < first_body and ln.kind == "headline" and _SITE.match(ln.text):
            ln.drop = "chrome:site"
        elif last and k > last_body and ln.kind != "byline":
            ln.drop = "chrome:tail"
        elif ln.kind == "byline" and d.title is not None and d.title < k < first_body:
            ln.drop = "meta"  # a credit in the header (作者:X under the title) is part of its info block
        elif ln.kind == "byline":
            if not parse_authors(ln.text, credits=_ANY_CREDIT) and not parse_source(ln.text):
                ln.drop = "meta"
            elif is_signoff(ln.text):
                ln.drop = "chrome:signoff"
            else:
                ln.role = "byline"
    _metadata(lines, d, first_body)


def _metadata(lines: Sequence[Line], d: Draft, first_body: int) -> None:
    header = [k for k in d.lines if k < first_body]
    # a header metadata line first; else one anywhere in the article (the signing date that
    # closes an official notice)
    # (a publication date before a signing or revision date: 发布日期 before 成文日期)
    for part in (header, [k for k in d.lines if k >= first_body]):
        if d.published is not None:
            break
        dated = [
            dated
            for k in part
            if lines[k].kind == "meta" and not CRAWL_DATE.search(lines[k].text)
            for dated in line_dates(lines[k].text)
        ]
        if dated:
            d.published = min(dated, key=lambda x: x[0])[1]
    if d.published is None:
        # a line holding only a full date after the body (a press release's closing date:
        # 完 / 2025年4月8日（星期二）) dates the article
        tail = [k for k in d.lines if k > first_body and _CLOSING_DATE.fullmatch(lines[k].text.strip())]
        d.published = parse_date(lines[tail[0]].text) if tail else None
    fields = [f for k in header if lines[k].kind == "meta" and (f := parse_field(lines[k].text))]
    d.title_text = next((v for role, v in fields if role == "title"), None)
    dateline: tuple[str | None, list[str]] = (None, [])
    if first_body < len(lines) and first_body in d.lines:
        d.lead_date = parse_date(lines[first_body].text)
        dateline = parse_dateline(lines[first_body].text)
    bylines = [k for k in d.lines if lines[k].kind == "byline"]
    metas = [k for k in d.lines if lines[k].kind == "meta"]
    for k in bylines + [k for k in header if lines[k].kind == "meta"]:
        d.authors.extend(a for a in parse_authors(lines[k].text) if a not in d.authors)
    d.authors.extend(a for a in dateline[1] if a not in d.authors)
    candidates = (
        [k for k in bylines if parse_source(lines[k].text)]
        + [k for k in header if k in metas and _HAS_SOURCE.search(lines[k].text)]
        + [k for k in metas if _HAS_SOURCE.search(lines[k].text)]
    )
    for k in candidates:
        src = parse_source(lines[k].text)
        if src:
            d.source = src
            break
    field_source = next((v for role, v in fields if role == "source"), None)
    d.source = d.source or field_source or dateline[0] or _info_source(lines, header)


# the info line under a headline that names the account before the date: 原创 某某发布 2025-03-01 08:00
_INFO_SOURCE = re.compile(r"^(?:原创\s*)?(?P<o>[\u4e00-\u9fffA-Za-z+·]{2,16})\s+(?:19|20)\d\d\s*[-/.年]")
_NOT_OUTLET = ("时间", "日期", "发布于", "更新", "来源", "发表", "原标题")


def _info_source(lines: Sequence[Line], header: Sequence[int]) -> str | None:
    """The account an info line of the header names (原创 湾区日报 2025年09月03日 10:20 广东)."""
    for k in header:
        if lines[k].kind != "meta":
            continue
        m = _INFO_SOURCE.match(lines[k].text)
        if m and not any(w in m.group("o") for w in _NOT_OUTLET):
            return m.group("o")
    return None
