"""Tables of the measures keep test (clean, Simplified text): which objects make a clause
concrete or abstract, and which clauses are never measures (aims, published figures, product
news, firms, advice, captions). ``measuredata`` re-exports them; every entry carries a note
(the last field), checked by ``tests/extract/test_measures.py``.
"""

from __future__ import annotations

# (word, note): words just before a head verb that make the clause a statement of aim or
# mission (研讨会旨在搭建…平台), not an act the text reports or commits to
AIM_MARKERS: tuple[tuple[str, str], ...] = (
    ("旨在", "aims to"),
    ("意在", "is meant to"),
    ("致力于", "is devoted to"),
    ("目的是", "the purpose is"),
    ("有望", "is expected to (a forecast, not a commitment)"),
)

# (regex, note): sentences that are never measures whatever their verbs: commentary on
# shortcomings (同时也要看到，…仍有三成小区未配建) and a document's own entry into force
NEVER_SENTENCES: tuple[tuple[str, str], ...] = (
    (r"(?:也|还|更|必须|应当|应该)要?(?:清醒地?)?看到", "we must also see that: an assessment of problems"),
    (
        r"^本[\u4e00-\u9fff]{0,8}(?:计划|方案|办法|规定|意见|细则|通知)自[^，,。；]{0,12}起(?:施行|实施|执行)",
        "this plan takes effect on…: the document's closing formula",
    ),
    (
        r"制定本(?:计划|方案|办法|规定|意见|细则|措施)",
        "(为…，结合实际，) we draw up this plan: the document's opening formula",
    ),
)

# (regex, note): what a year is said to be (2026年作为“十五五”的第一年): a statement about
# time, not an act, when 作为 heads the clause
YEAR_ROLES: tuple[tuple[str, str], ...] = (
    (r"之年", "the year of (开局之年, 收官之年)"),
    (r"第一年|头一年|最后一年", "the first or last year"),
    (r"开局年|收官年|元年", "the opening, closing or founding year"),
)

# (verb, note): verbs that announce: a clause where one of them has no object of its own and
# only a subject and a date before it (新区1月21日公布，…) introduces the reported content, it
# is not an act (the content may hold one)
ANNOUNCING_VERBS: tuple[tuple[str, str], ...] = (
    ("公布", "makes public"),
    ("发布", "publishes"),
)

# (regex, note): what an announcing verb may have as its object and still only introduce the
# reported content (发布消息称，…)
ANNOUNCED_NEWS: tuple[tuple[str, str], ...] = (
    (r"(?:消息|信息|通报|数据)?(?:称|说|显示|指出)", "…says or shows (that)"),
    (r"消息|信息", "news, a notice"),
)

# (regex, note): a copula that makes a verb after it part of a description (交通是…建设的重要
# 支撑): the clause says what something is, not what the government does
COPULAS: tuple[tuple[str, str], ...] = (
    (r"(?<![但还就于凡要只总目重任关])是", "is (not 但是, 还是, 于是, 目标是, 重点是, 关键是)"),
    (r"成为", "becomes"),
)

# (word, note): what a document verb may publish without it being a measure: releasing
# figures or a review of results is news about statistics (公布2024年经济数据)
REPORT_OBJECTS: tuple[tuple[str, str], ...] = (
    ("数据", "data"),
    ("情况", "the situation, a review of results"),
    ("成绩单", "a scorecard of results"),
    ("统计", "statistics"),
    ("运行态势", "how the economy is running"),
    ("进度", "how far works have come (公布最新发展进度): a report, not an act"),
    ("进展", "progress made (通报工作进展): a report, not an act"),
)

# (regex, note): products and gadgets: a clause about them (new phones released, robots going
# live) is business or technology news, not a government act, unless a government body acts
PRODUCT_WORDS: tuple[tuple[str, str], ...] = (
    ("新产品", "new products"),
    (r"(?<!高)新技术", "new technologies (not 高新技术企业, a firm's status)"),
    ("新品", "new product lines"),
    ("首发", "a product debut"),
    ("机器人", "robots"),
    ("操作系统", "an operating system"),
    ("先锋版", "a pioneer edition of a product"),
    ("芯片", "chips"),
    ("手机", "mobile phones"),
)

# (word, bonus, note): nouns that make an object concrete (a thing one can point at)
CONCRETE_NOUNS: tuple[tuple[str, float, str], ...] = (
    ("试点", 0.3, "a pilot"),
    ("政策", 0.3, "a policy"),
    ("措施", 0.3, "measures"),
    ("举措", 0.3, "measures"),
    ("项目", 0.3, "projects"),
    ("中心", 0.3, "a centre"),
    ("基金", 0.3, "a fund"),
    ("平台", 0.2, "a platform"),
    ("全覆盖", 0.2, "full coverage of places by a service (实现服务站街道全覆盖): a checkable result"),
    ("示范区", 0.3, "a demonstration zone"),
    ("计划", 0.3, "a plan or programme"),
    ("方案", 0.3, "a plan"),
    ("办法", 0.3, "measures (rule)"),
    ("条例", 0.3, "regulations"),
    ("规划", 0.3, "a plan"),
    ("机构", 0.3, "an institution"),
    ("场景", 0.3, "application scenarios"),
    ("课程", 0.3, "courses"),
    ("通道", 0.3, "a channel or passage"),
    ("工程", 0.3, "a works project"),
    ("办公室", 0.3, "an office"),
    ("基地", 0.3, "a base"),
    ("活动", 0.2, "events"),
    ("服务", 0.1, "services"),
    ("系统", 0.2, "a system (software)"),
    ("制度", 0.2, "a rule system"),
    ("标准", 0.2, "a standard"),
    ("清单", 0.3, "a list"),
    ("医院", 0.3, "a hospital"),
    ("学校", 0.3, "a school"),
    ("学位", 0.3, "school places"),
    ("口岸", 0.3, "a border crossing"),
    ("线", 0.2, "a line (metro, rail)"),
    ("街区", 0.3, "a block"),
    ("窗口", 0.2, "a service window"),
    ("专窗", 0.3, "a dedicated counter"),
    ("研讨会", 0.3, "a seminar"),
    ("战略", 0.2, "a strategy"),
    ("行动", 0.2, "an action programme"),
    ("协议", 0.3, "an agreement"),
    ("任务", 0.2, "tasks"),
    ("诊疗", 0.2, "clinical services"),
    ("学院", 0.3, "a college"),
    ("大学", 0.3, "a university"),
    ("接驳点", 0.3, "a transfer point"),
    ("号线", 0.3, "a metro line"),
    ("线路", 0.3, "bus or rail routes"),
    ("快轨", 0.3, "an express rail line"),
    ("轨道", 0.2, "rail transit"),
    ("地铁", 0.3, "the metro"),
    ("起降点", 0.3, "take-off and landing points"),
    ("基站", 0.3, "base stations"),
    ("品牌", 0.2, "a brand"),
    ("办事处", 0.3, "a branch office"),
    ("公园", 0.3, "a park"),
    ("住房", 0.3, "housing"),
    ("补贴", 0.3, "subsidies"),
    ("改造", 0.3, "a renovation project (老旧小区改造, 旅检区改造)"),
    ("示范点", 0.3, "demonstration sites"),
    ("资金", 0.3, "earmarked funds (安排专项资金)"),
    ("奖励", 0.2, "a reward paid to firms or people"),
)

# (word, penalty, note): abstract objects that make a clause a slogan more than an act
ABSTRACT_NOUNS: tuple[tuple[str, float, str], ...] = (
    ("体制机制", 0.3, "institutions and mechanisms"),
    ("机制", 0.1, "a mechanism"),
    ("体系", 0.1, "a system"),
    ("格局", 0.2, "a pattern"),
    ("环境", 0.2, "an environment"),
    ("理念", 0.3, "a philosophy"),
    ("大局", 0.3, "the overall situation"),
    ("路径", 0.2, "a path"),
    ("地位", 0.3, "a status"),
    ("水平", 0.2, "a level"),
    ("能力", 0.2, "a capability"),
    ("能级", 0.2, "an energy level (figurative)"),
    ("联系", 0.2, "ties"),
    ("一体化", 0.2, "integration"),
    ("融合", 0.1, "fusion"),
    ("合作", 0.2, "cooperation"),
    ("开放", 0.2, "opening up"),
    ("交流", 0.2, "exchanges"),
    ("发展", 0.1, "development"),
    ("结构", 0.2, "a structure"),
    ("步伐", 0.3, "the pace"),
    ("动能", 0.3, "momentum"),
    ("活力", 0.3, "vitality"),
    ("机遇", 0.3, "opportunities"),
    ("精神", 0.3, "a spirit"),
    ("作用", 0.3, "a role"),
    ("优势", 0.3, "advantages"),
    ("意识", 0.3, "awareness"),
    ("蓝图", 0.3, "a blueprint (figurative)"),
    ("拼图", 0.3, "a jigsaw (figurative)"),
    ("实效", 0.3, "real results"),
    ("篇章", 0.3, "a new chapter (figurative)"),
    ("局面", 0.3, "a situation"),
    ("规律", 0.3, "laws (of development)"),
    ("支撑", 0.4, "support (提供了重要支撑: an evaluation)"),
    ("引擎", 0.4, "an engine (figurative)"),
    ("布局", 0.3, "a layout (形成了…全方位的布局: a state, not an act)"),
    ("开局", 0.3, "a start (实现了…良好开局: an evaluation)"),
    ("名片", 0.3, "a calling card (figurative: 城市名片)"),
    ("成效", 0.3, "results achieved (an evaluation)"),
    ("环节", 0.3, "links of a chain (支持研发、检测等环节): a domain, not a thing done"),
    ("领域", 0.3, "fields (支持人工智能等领域): a domain, not a thing done"),
    ("动力", 0.3, "a driving force"),
)

# (regex, note): a subject that is a private firm: its launches are business news, not measures
# (state-owned groups such as 地铁集团 run public services and are not listed)
COMPANY_SUBJECTS: tuple[tuple[str, str], ...] = (
    (r"[\u4e00-\u9fff]{2,20}(?:股份)?有限公司", "a limited company"),
    (r"[\u4e00-\u9fff]{2,20}公司(?!与|和)", "a company"),
    (
        r"[\u4e00-\u9fff]{2,12}[（(]\d{6}(?:\.[A-Z]{2})?[）)]",
        "a listed company named with its stock code: 某某医疗（300760）",
    ),
    (
        r"[\u4e00-\u9fff]{1,8}(?<!房)(?:地产|置地|置业)(?![市行业开项税企政])",
        "a property developer by its trade name (中海地产, 华润置地), not 房地产 or 地产市场",
    ),
)

# (regex, note): companies that build or run public infrastructure for the city or the state
# (railway, metro, airport, port, water): their works are public projects, not a firm's own news
PUBLIC_OPERATORS: tuple[tuple[str, str], ...] = (
    (
        r"铁路|地铁|轨道交通|机场|港务|港口|水务|燃气|电网|供电|公交|巴士|高速公路",
        "a transport or utility operator",
    ),
    (r"交通投资|城市建设|城建|建设投资|人才安居|安居", "a city's investment or housing company"),
)

# (word, note): speakers whose views are advice, not government acts: what an expert says a
# city should do (专家建议…设立…) is commentary even when phrased as an action
ADVISERS: tuple[tuple[str, str], ...] = (
    ("专家", "expert"),
    ("学者", "scholar"),
    ("教授", "professor"),
    ("研究员", "research fellow"),
    ("业内人士", "industry insider"),
    ("分析人士", "analyst"),
    ("研究院", "a research institute (its report's advice)"),
    ("智库", "think tank"),
    ("政协委员", "a CPPCC member's proposal"),
    ("人大代表", "a deputy's proposal"),
)

# (word, note): subjects that make a clause not a government act (speech, views, firms' results)
NON_GOV_SPEECH: tuple[tuple[str, str], ...] = (
    ("表示", "says"),
    ("认为", "thinks"),
    ("建议", "suggests"),
    ("提出", "proposes (when an expert speaks)"),
    ("指出", "points out"),
    ("提到", "mentions"),
    ("说", "says"),
    ("可以考虑", "could consider: a suggestion"),
    ("希望", "hopes"),
)

# (line cue, note): paragraphs that are captions or credits, not article prose
CAPTION_CUES: tuple[tuple[str, str], ...] = (
    ("图源", "image source"),
    ("摄", "photo by"),
    ("图片来源", "image source"),
    ("供图", "image supplied by"),
    ("资料图", "file photo"),
    ("来源:", "source line"),
    ("编辑:", "editor line"),
)
