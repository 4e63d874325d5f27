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
    "nav.skip": ("跳到正文", "Skip to content"),
    "nav.main": ("主导航", "Main navigation"),
    "footer.api": ("接口说明 (OpenAPI)", "API spec (OpenAPI)"),
    # home
    "home.counts": ("知识库概况", "Knowledge base"),
    "home.latest": ("最新文章", "Latest articles"),
    "home.empty": (
        "知识库还是空的：用 tequ ingest 导入文件。",
        "The knowledge base is empty: add files with tequ ingest.",
    ),
    "home.discrepancies": (
        "{n} 处数字前后不一致，值得核对",
        "{n} stated changes disagree with their levels: worth a look",
    ),
    "home.more": ("查看全部文章", "All articles"),
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
    "facet.entity": ("实体", "Entity"),
    "facet.place": ("地区", "Place"),
    "search.remove": ("去掉这个筛选条件", "Remove this filter"),
    "search.no_facets": ("没有可用的筛选项。", "No filters for these results."),
    "page.prev": ("上一页", "Previous"),
    "page.next": ("下一页", "Next"),
    "page.label": ("分页", "Pages"),
    "page.n": ("第 {n} 页", "Page {n}"),
    "search.date_hint": ("年、年-月或年-月-日", "year, year-month or full date"),
    "search.sort_note": ("按相关度排序", "by relevance"),
    "search.latest_note": ("按发布日期排序", "newest first"),
    "search.scope": ("搜索简体或繁体均可", "Simplified or Traditional both match"),
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
    "doc.converted": (
        "清洗后文本已统一为简体；原文保留繁体。",
        "The clean text is in Simplified characters; the original keeps the Traditional.",
    ),
    "doc.view": ("文本视图", "Text view"),
    "doc.source_url": ("原始网页", "Source page"),
    "doc.in_text": ("在文中定位", "Show in text"),
    "doc.in_text_short": ("定位", "find"),
    "doc.hint": (
        "点击或用键盘选中高亮处查看详情",
        "click a highlight (or focus it and press Enter) for details",
    ),
    "doc.no_facts": ("本文没有识别出数据事实。", "No facts found in this document."),
    "doc.no_entities": ("本文没有识别出实体。", "No entities found in this document."),
    "doc.no_measures": ("本文没有识别出措施。", "No measures found in this document."),
    "doc.card_close": ("关闭", "Close"),
    "script.hans": ("简体", "Simplified"),
    "script.hant": ("繁体", "Traditional"),
    "script.mixed": ("简繁混合", "mixed"),
    "etype.per": ("人物", "person"),
    "etype.org": ("机构", "organisation"),
    "etype.loc": ("地点", "place"),
    "etype.fac": ("设施", "facility"),
    "etype.policy": ("政策文件", "policy"),
    "etype.event": ("事件", "event"),
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
    "field.in_doc": ("本文提及次数", "Mentions here"),
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
    "link.tracker": ("在措施追踪中查看", "Follow in the tracker"),
    "link.document": ("打开文件", "Open document"),
    # indicator
    "indicator.title": ("指标", "Indicator"),
    "indicator.points": ("数据点及出处", "Data points and sources"),
    "indicator.none": ("没有找到这个指标的数据。", "No data for this indicator."),
    "indicator.n_points": ("个数据点", "data points"),
    "indicator.search": ("在全文中搜索", "Search the full text"),
    "indicator.caption": (
        "每个点是一篇文章给出的数值；同一时期数值不一致时，空心点是另一个数值，全部数值见下表。",
        "Each point is a value stated in an article; where a period has different values, a hollow point shows another one and the table lists all.",
    ),
    "indicator.asked": ("原文中的说法", "As worded in the article"),
    "indicator.related": ("名称相近的其他指标", "Other indicators with similar names"),
    "indicator.unit_axis": ("单位", "unit"),
    "indicator.single": (
        "只有一个时期的数据，无法画出走势。",
        "Values for one period only: no trend to draw.",
    ),
    "chart.time": ("时间", "Time"),
    "chart.other_value": ("同期的另一数值", "Another value, same period"),
    "chart.period": ("时期", "Period"),
    "indicator.conflicts": ("同一时期的不同数值", "Different values for the same period"),
    # entity
    "entity.timeline": ("提及次数随时间变化", "Mentions over time"),
    "entity.related": ("相关实体", "Related entities"),
    "entity.documents": ("相关文件", "Documents"),
    "entity.neighbourhood": ("关系网络", "Neighbourhood"),
    "entity.n_documents": ("篇文件提及", "documents mention it"),
    "entity.search": ("搜索提及它的文章", "Search articles mentioning it"),
    "entity.graph": ("在关系图谱中查看", "Open in the graph"),
    "entity.timeline_table": ("按月提及次数", "Mentions by month"),
    "entity.no_timeline": ("没有带日期的提及。", "No dated mentions."),
    "entity.no_documents": ("没有文件提及这个实体。", "No document mentions this entity."),
    "entity.no_related": ("没有经常一起出现的实体。", "No entity appears with it."),
    "entity.aliases": ("别名", "Aliases"),
    # tracker, checks, graph, ask
    "tracker.title": ("政府措施追踪", "Government measures tracker"),
    "tracker.history": ("状态变化", "Status history"),
    "tracker.none": ("没有符合条件的措施。", "No measures match."),
    "tracker.all": ("全部", "All"),
    "tracker.count": ("项措施", "measures"),
    "tracker.place": ("地区", "District"),
    "tracker.keyword": ("关键词", "Keyword"),
    "tracker.placeholder": ("例如：口岸、地铁", "e.g. 口岸, 地铁"),
    "tracker.mentions": ("次提及", "mentions"),
    "tracker.districts": ("按地区", "By district"),
    "tracker.statement": ("表述", "Statement"),
    "tracker.date": ("日期", "Date"),
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
    "checks.intro": (
        "把文中给出的增速与两期水平值推算出的增速对比；区间考虑了四舍五入和“约”“超过”等限定。",
        "Each stated growth rate is compared with the rate implied by the two levels; the range allows "
        "for rounding and for qualifiers such as “about” or “over”.",
    ),
    "checks.none_status": ("没有这种结果的核查。", "No checks with this result."),
    "checks.base_level": ("基期水平", "Base level"),
    "checks.level": ("本期水平", "Level"),
    "checks.range": ("区间", "range"),
    "checks.change_col": ("文中增速", "Stated change"),
    "checks.implied_col": ("推算增速", "Implied change"),
    "graph.center_hint": ("实体名称，如 罗湖区", "an entity, e.g. 罗湖区"),
    "graph.all": ("显示整个图谱", "Whole graph"),
    "graph.from": ("实体", "Entity"),
    "graph.to": ("相关实体", "Related entity"),
    "graph.legend": ("颜色", "Colours"),
    "graph.not_found": (
        "没有找到名为“{name}”的实体，下面显示整个图谱。",
        "No entity named “{name}”; showing the whole graph.",
    ),
    "graph.strongest": (
        "只显示最强的 {shown} 条关系（共 {total} 条）。",
        "Showing the {shown} strongest of {total} links.",
    ),
    "graph.nearest": (
        "图中是最近、关系最强的 {shown} 个实体（共 {total} 个），全部关系见下表。",
        "Drawn: the {shown} nearest, most strongly linked of {total} entities; the table lists every link.",
    ),
    "graph.hint": ("点击节点打开实体页面。", "Click a node to open its entity page."),
    "graph.weight": ("共同出现的文件数", "Documents in common"),
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
    "ask.hint": (
        "问一个数字：指标、地区和年份，例如“2024年深圳口岸出入境旅客有多少”。答案总是引用原文。",
        "Ask for a figure: what, where and when. Every answer quotes its article.",
    ),
    "ask.button": ("提问", "Ask"),
    "download.csv": ("下载 CSV（可用 Excel 打开）", "Download CSV (opens in Excel)"),
    # errors
    "error.title": ("出错了", "Something went wrong"),
    "error.http_404": ("没有找到这个页面或记录。", "No such page or record."),
    "error.http_422": ("链接中的参数无效。", "A parameter of the link is not valid."),
    "error.http_500": ("服务器出错了，请稍后再试。", "The server failed; please try again later."),
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
