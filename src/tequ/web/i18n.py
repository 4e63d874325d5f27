"""The web UI's message catalogue: Chinese (default) and English.

The language comes from ``?lang=en|zh`` (remembered in a cookie) or the ``tequ_lang`` cookie.
Each entry is ``key: (中文, English)``; a test checks that every key a template uses is here
and that both languages are filled in.
"""

from __future__ import annotations

from collections.abc import Callable

LANGS: tuple[str, ...] = ("zh", "en")
DEFAULT_LANG = "zh"
LANG_COOKIE = "tequ_lang"

MESSAGES: dict[str, tuple[str, str]] = {
    # navigation and page titles
    "app.name": ("特区 · 政策新闻知识库", "tequ · policy news knowledge base"),
    "nav.home": ("首页", "Home"),
    "nav.search": ("搜索", "Search"),
    "nav.tracker": ("措施追踪", "Tracker"),
    "nav.checks": ("一致性核查", "Checks"),
    "nav.graph": ("关系图谱", "Graph"),
    "nav.ask": ("问答", "Ask"),
    "nav.lang": ("English", "中文"),
    "footer.api": ("接口说明 (OpenAPI)", "API spec (OpenAPI)"),
    # home
    "home.counts": ("知识库概况", "Knowledge base"),
    "home.latest": ("最新文章", "Latest articles"),
    "home.categories": ("分类", "Categories"),
    "home.tags": ("标签", "Tags"),
    "home.sources": ("来源", "Sources"),
    "count.documents": ("文件", "documents"),
    "count.articles": ("文章", "articles"),
    "count.facts": ("数据事实", "facts"),
    "count.entities": ("实体", "entities"),
    "count.measures": ("措施", "measures"),
    "count.tracked_measures": ("追踪措施", "tracked measures"),
    "count.checks": ("核查", "checks"),
    # search
    "search.placeholder": ("输入关键词，如 口岸、营商环境", "Keywords, e.g. 口岸, 营商环境"),
    "search.button": ("搜索", "Search"),
    "search.results": ("条结果", "results"),
    "search.none": ("没有找到匹配的文章。", "No matching articles."),
    "search.filters": ("筛选", "Filters"),
    "search.clear": ("清除筛选", "Clear filters"),
    "search.date_from": ("起始日期", "From"),
    "search.date_to": ("截止日期", "To"),
    "facet.source": ("来源", "Source"),
    "facet.category": ("分类", "Category"),
    "facet.tag": ("标签", "Tag"),
    "facet.year": ("年份", "Year"),
    "page.prev": ("上一页", "Previous"),
    "page.next": ("下一页", "Next"),
    "untitled": ("（无标题）", "(untitled)"),
    # document
    "doc.clean": ("清洗后文本", "Clean text"),
    "doc.original": ("原文", "Original text"),
    "doc.facts": ("数据事实", "Facts"),
    "doc.entities": ("实体", "Entities"),
    "doc.measures": ("措施", "Measures"),
    "doc.tags": ("标签", "Tags"),
    "doc.categories": ("分类", "Categories"),
    "doc.legend": ("图例", "Legend"),
    "doc.file": ("文件", "File"),
    "doc.encoding": ("编码", "Encoding"),
    "doc.script": ("字体", "Script"),
    "doc.dropped": ("清洗时去除的片段", "Stretches removed by cleaning"),
    "doc.flags": ("可疑片段", "Flagged stretches"),
    "kind.fact": ("数据", "fact"),
    "kind.entity": ("实体", "entity"),
    "kind.measure": ("措施", "measure"),
    # fact and measure fields
    "field.subject": ("指标", "Subject"),
    "field.value": ("数值", "Value"),
    "field.unit": ("单位", "Unit"),
    "field.qualifier": ("限定", "Qualifier"),
    "field.period": ("时期", "Period"),
    "field.place": ("地区", "Place"),
    "field.kind": ("类型", "Kind"),
    "field.quote": ("原文引述", "Quote"),
    "field.source": ("出处", "Source"),
    "field.status": ("状态", "Status"),
    "field.action": ("行动", "Action"),
    "field.object": ("对象", "Object"),
    "field.actor": ("主体", "Actor"),
    "field.horizon": ("期限", "Horizon"),
    "field.published": ("发布日期", "Published"),
    "field.type": ("类型", "Type"),
    "field.canonical": ("规范名称", "Canonical name"),
    "field.role": ("职务", "Role"),
    "field.mentions": ("提及次数", "Mentions"),
    "field.documents": ("文件数", "Documents"),
    "field.note": ("说明", "Note"),
    "field.stated": ("文中数值", "Stated"),
    "field.implied": ("推算数值", "Implied"),
    "qualifier.exact": ("确数", "exact"),
    "qualifier.over": ("超过", "over"),
    "qualifier.at_least": ("不少于", "at least"),
    "qualifier.about": ("约", "about"),
    "qualifier.nearly": ("接近", "nearly"),
    "qualifier.under": ("不到", "under"),
    "factkind.level": ("水平", "level"),
    "factkind.change": ("变化", "change"),
    "factkind.share": ("占比", "share"),
    "factkind.count": ("数量", "count"),
    "factkind.target": ("目标", "target"),
    "factkind.rank": ("排名", "rank"),
    "link.indicator": ("查看指标走势", "Indicator over time"),
    "link.entity": ("查看实体", "Entity page"),
    "link.document": ("打开文件", "Open document"),
    # indicator
    "indicator.title": ("指标", "Indicator"),
    "indicator.points": ("数据点及出处", "Data points and sources"),
    "indicator.none": ("没有找到这个指标的数据。", "No data for this indicator."),
    "indicator.conflicts": ("同一时期的不同数值", "Different values for the same period"),
    # entity
    "entity.timeline": ("提及次数随时间变化", "Mentions over time"),
    "entity.related": ("相关实体", "Related entities"),
    "entity.documents": ("相关文件", "Documents"),
    "entity.neighbourhood": ("关系网络", "Neighbourhood"),
    "entity.aliases": ("别名", "Aliases"),
    # tracker, checks, graph, ask
    "tracker.title": ("政府措施追踪", "Government measures tracker"),
    "tracker.history": ("状态变化", "Status history"),
    "tracker.none": ("没有符合条件的措施。", "No measures match."),
    "tracker.all": ("全部", "All"),
    "tracker.count": ("项措施", "measures"),
    "tracker.place": ("地区", "District"),
    "tracker.first_seen": ("首次出现", "First seen"),
    "tracker.last_seen": ("最近出现", "Last seen"),
    "status.planned": ("计划", "planned"),
    "status.ongoing": ("推进中", "ongoing"),
    "status.done": ("已完成", "done"),
    "checks.title": ("一致性核查报告", "Consistency report"),
    "checks.none": ("没有可核查的数据。", "Nothing to check yet."),
    "check.ok": ("一致", "consistent"),
    "check.discrepancy": ("不一致", "discrepancy"),
    "check.bound_ok": ("在范围内", "within bounds"),
    "checkrole.change": ("变化", "change"),
    "checkrole.level": ("本期", "level"),
    "checkrole.base": ("基期", "base"),
    "graph.title": ("实体关系图谱", "Entity graph"),
    "graph.center": ("中心实体", "Centre entity"),
    "graph.depth": ("层数", "Depth"),
    "graph.edges": ("关系列表", "Edges"),
    "graph.show": ("显示", "Show"),
    "graph.none": ("图谱为空。", "The graph is empty."),
    "ask.title": ("数据问答", "Ask the data"),
    "ask.placeholder": ("例如：深圳口岸出入境人员有多少？", "e.g. 深圳口岸出入境人员有多少？"),
    "ask.none": ("没有找到能回答这个问题的数据。", "No stored fact answers this question."),
    "ask.button": ("提问", "Ask"),
    # errors
    "error.title": ("出错了", "Something went wrong"),
    "error.back": ("返回首页", "Back to the home page"),
    "nojs": (
        "图表需要 JavaScript；下方表格列出全部数据。",
        "Charts need JavaScript; the table below lists every value.",
    ),
}


def normalize_lang(value: str | None) -> str | None:
    """``"en"``/``"zh"`` (case-insensitive) or None for anything else."""
    if value is None:
        return None
    value = value.strip().lower()
    return value if value in LANGS else None


def translator(lang: str) -> Callable[[str], str]:
    """``t(key)`` for one language; an unknown key shows itself (and a test catches it)."""
    index = LANGS.index(lang) if lang in LANGS else 0

    def t(key: str) -> str:
        entry = MESSAGES.get(key)
        return entry[index] if entry else key

    return t
