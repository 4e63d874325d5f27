"""Word tables for fact extraction (used by ``tequ.extract.facts`` and its helpers).

Plain data, one comment per entry or per group; ``tests/extract/test_facts.py`` checks their
integrity (no empty or duplicate keys, values from the schema vocabulary). Every word is in
Simplified Chinese: extraction runs on the cleaned, Simplified paragraph text.
"""

from __future__ import annotations

# ------------------------------------------------------------------ units
# Unit word after a number -> (unit as reported, default kind). Longest match wins, so multi-
# character units (人次, 个百分点, 平方公里) shadow their prefixes. Classifiers of discrete things
# are ``count``; amounts, people totals, money, durations and physical quantities are ``level``.
UNITS: dict[str, tuple[str, str]] = {
    # classifiers of discrete things and institutions: counts
    "个": ("个", "count"), "家": ("家", "count"), "项": ("项", "count"), "条": ("条", "count"),
    "所": ("所", "count"), "种": ("种", "count"), "款": ("款", "count"), "件": ("件", "count"),
    "户": ("户", "count"), "对": ("对", "count"), "座": ("座", "count"), "批": ("批", "count"),
    "支": ("支", "count"), "套": ("套", "count"), "间": ("间", "count"), "张": ("张", "count"),
    "部": ("部", "count"), "篇": ("篇", "count"), "份": ("份", "count"), "场": ("场", "count"),
    "例": ("例", "count"), "艘": ("艘", "count"), "栋": ("栋", "count"), "处": ("处", "count"),
    "宗": ("宗", "count"), "笔": ("笔", "count"), "枚": ("枚", "count"), "颗": ("颗", "count"),
    "类": ("类", "count"), "次": ("次", "count"), "轮": ("轮", "count"),
    "张床": ("张", "count"), "床": ("张", "count"),  # hospital beds
    # people counted one by one with a classifier: counts in 人 (名 and 位 are people classifiers)
    "名": ("人", "count"), "位": ("人", "count"),
    # people and traffic totals: levels
    "人": ("人", "level"), "人次": ("人次", "level"), "万人次": ("人次", "level"),
    "车次": ("车次", "level"), "件次": ("件次", "level"), "户次": ("户次", "level"), "班次": ("班次", "level"), "架次": ("架次", "level"),
    "艘次": ("艘次", "level"), "航次": ("航次", "level"), "辆次": ("辆次", "level"),
    # money: the amount in yuan (万/亿 belong to the number); foreign currencies keep their name
    "元": ("元", "level"), "块钱": ("元", "level"), "美元": ("美元", "level"),
    "港元": ("港元", "level"), "港币": ("港元", "level"), "欧元": ("欧元", "level"),
    "日元": ("日元", "level"), "澳门元": ("澳门元", "level"),
    # produced or moved volumes
    "辆": ("辆", "level"), "台": ("台", "level"), "标箱": ("标箱", "level"), "吨": ("吨", "level"),
    "块": ("块", "level"), "架": ("架", "level"),  # 集成电路产量512.7亿块, 无人机产量380万架
    "班": ("班", "level"),  # 航线每日往返14班: scheduled services
    "千克": ("千克", "level"), "公斤": ("千克", "level"),
    # area, length, volume, energy
    "平方公里": ("平方公里", "level"), "平方千米": ("平方公里", "level"),
    "平方米": ("平方米", "level"), "公顷": ("公顷", "level"), "亩": ("亩", "level"),
    "公里": ("公里", "level"), "千米": ("公里", "level"), "米": ("米", "level"),
    "立方米": ("立方米", "level"), "千瓦": ("千瓦", "level"), "兆瓦": ("兆瓦", "level"),
    "千瓦时": ("千瓦时", "level"), "度电": ("千瓦时", "level"), "兆瓦时": ("兆瓦时", "level"),
    "吉瓦": ("吉瓦", "level"), "吉瓦时": ("吉瓦时", "level"),
    # durations (calendar dates are not units: periods.py reads them)
    "小时": ("小时", "level"), "分钟": ("分钟", "level"), "秒": ("秒", "level"),
    "天": ("天", "level"), "个工作日": ("个工作日", "level"), "工作日": ("个工作日", "level"),
    "个月": ("个月", "level"), "周": ("周", "level"),
    # other levels
    "倍": ("倍", "level"),  # (岁 is left out: ages mostly describe a group, 45岁以下的旅客)
    # changes of a rate
    "个百分点": ("个百分点", "change"), "百分点": ("个百分点", "change"),
}  # fmt: skip

# Units of produced volumes that also count single objects in everyday phrases (两块牌子, 一架
# 飞机): a unit only after a number written in digits (集成电路产量512.7亿块).
DIGITS_ONLY_UNITS: frozenset[str] = frozenset({"块", "架", "班"})  # (also 三班倒: shifts)
# A length after one of these (shortly before the number) is a speed: 设计时速250公里 -> 公里/小时.
SPEED_CUES: tuple[str, ...] = ("时速",)

# The size of a thing (占地约87公顷, 总建筑面积约33万平方米, 全长约116公里) holds in no period:
# a level in one of these units after one of these words, with no time or flow verb of its own.
SIZE_UNITS: frozenset[str] = frozenset({"平方米", "平方公里", "公顷", "亩", "公里", "米", "公里/小时"})
SIZE_CUES: tuple[str, ...] = (
    "面积", "占地", "用地", "全长", "总长", "长度", "距离", "相距", "宽度", "高度", "跨度", "海拔",
    "设计时速",  # a design speed is a property of the line too
)  # fmt: skip

# 年 after a number is a duration only in these constructions (连续3年 = three years running);
# otherwise N年 is a calendar year or part of a plan's name.
YEAR_COUNT_CUES: tuple[str, ...] = (
    "连续",  # 连续20年: N years in a row
)
# ... or a length of time after one of these (施工周期约三年, 为期两年): a level in 年.
YEAR_SPAN_CUES: tuple[str, ...] = ("周期", "工期", "为期", "历时", "期限", "年限", "用时", "耗时")

# A number followed by one of these is a name, an ordinal or an address, not a quantity.
NOT_QUANTITY_AFTER: tuple[str, ...] = (
    "号线", "号", "届", "中全会", "次全会", "次会议", "次党代会", "次代表大会",  # lines, sessions, plenums
    "期工程",  # 二期工程: phase names
    "级",  # 5级, A级: grades and levels
    "次产业",  # 三次产业: the three sectors of the economy
    "周年",  # 成立五周年: an anniversary, not a length in weeks
)  # fmt: skip

# After number + unit these make the quantity a descriptor of something else (800米范围内).
DESCRIPTOR_AFTER: tuple[str, ...] = ("范围", "半径", "见方", "以内的", "内的")

# A list ends right before a number in Chinese numerals (罗湖、文锦渡、莲塘三个口岸, or quoted items
# “稳住了”“转起来”九个字): the number only counts the items just named. 等 keeps it a count.
LIST_SEPARATORS: tuple[str, ...] = ("、",)
OPEN_LIST_MARKERS: tuple[str, ...] = ("等",)

# Before a duration (个月, 天, 周) these make it a time window, not a quantity (前10个月, 近30天).
WINDOW_BEFORE: tuple[str, ...] = ("前", "近", "过去", "未来", "后", "最近", "头")

# Before a time expression these make it a comparison base (较2019年, 恢复至2019年同期), not
# the period the number belongs to; after it, 同期 does the same.
COMPARISON_BEFORE: tuple[str, ...] = (
    "较", "比", "相比", "相较", "对比", "同比", "恢复至", "恢复到", "不到", "超过", "高于", "低于", "为", "是",
)  # fmt: skip
COMPARISON_AFTER: tuple[str, ...] = ("同期", "水平", "相比", "相较", "比较")  # (与2023年相比)

# A number right after one of these is not a quantity of its own.
NOT_QUANTITY_BEFORE: tuple[str, ...] = (
    "第",  # ordinal: 第1000万辆, 第九届
    "每",  # rate denominator: 每万人, 每千人
    "编号", "电话", "热线", "邮编", "文号",  # identifiers
)  # fmt: skip

# Before a percentage these make it a name of a tier, not a quantity (ESI全球前1%学科).
TIER_BEFORE_PERCENT: tuple[str, ...] = ("前", "后", "top", "Top", "TOP")

# ------------------------------------------------------------------ N大 + noun
# 三大建议 / 六大机制: the unit is the noun's usual classifier. Nouns counted with 项; others 个.
CLASSIFIER_BY_NOUN: dict[str, str] = {
    "建议": "项", "举措": "项", "措施": "项", "任务": "项", "工程": "项", "行动": "项",  # proposals, actions
    "计划": "项", "制度": "项", "成果": "项",  # plans, rules, results (改革, 政策 are usually modifiers)
    "产业": "个", "机制": "个", "领域": "个", "平台": "个", "中心": "个", "板块": "个",  # structures
}  # fmt: skip
# Words after N大 that make it a name (大湾区, 大学, 大会...) rather than "N big ...".
NOT_BIG_NEXT: tuple[str, ...] = ("湾区", "学", "会", "厦", "道", "队", "楼", "桥", "洋", "洲", "型", "众")

# ------------------------------------------------------------------ qualifiers
# Words right before the number (after any adverbs) -> qualifier. Longest match wins.
QUALIFIER_BEFORE: dict[str, str] = {
    "突破": "over", "超过": "over", "超": "over", "逾": "over", "超出": "over",  # passing a mark
    "首破": "over", "再破": "over", "又破": "over",  # passing it for the first time / again (headlines)
    "高于": "over", "多于": "over", "大于": "over", "过": "over",  # more than
    "以上": "at_least",  # never before a number; kept for symmetry of the table test
    "不少于": "at_least", "不低于": "at_least", "至少": "at_least", "不下": "at_least",  # floor
    "约": "about", "大约": "about", "约为": "about", "约需": "about", "约有": "about", "大概": "about", "达约": "about",  # roughly
    "差不多": "about",
    "近": "nearly", "接近": "nearly", "将近": "nearly", "逼近": "nearly", "近乎": "nearly",  # almost
    "不到": "under", "不足": "under", "低于": "under", "少于": "under", "小于": "under",  # below
    "不超过": "under", "不高于": "under", "不多于": "under", "不大于": "under",  # at most
    "至多": "under",  # (not 最多: 全国最多的16个 is a rank)
}  # fmt: skip
# Words right after number + unit -> qualifier.
QUALIFIER_AFTER: dict[str, str] = {
    "以上": "at_least", "及以上": "at_least", "或以上": "at_least",  # N or more
    "左右": "about", "上下": "about",  # about N
    "以下": "under", "以内": "under", "之内": "under", "不到": "under",  # below N
    "多": "over", "余": "over",  # 100多个 when the scanner left the suffix out
}  # fmt: skip
# Suffixes the number scanner reports as ``approx_suffix`` (500余项, 30多家) -> qualifier.
APPROX_SUFFIX: dict[str, str] = {"余": "over", "多": "over", "几": "over"}

# 迈上/跨上 ... 台阶/大关: crossing a threshold, i.e. over the number.
THRESHOLD_VERBS: tuple[str, ...] = ("迈上", "跨上", "站上", "跃上", "登上", "迈过", "跨越", "突破")
THRESHOLD_NOUNS: tuple[str, ...] = ("台阶", "大关", "关口")

# ------------------------------------------------------------------ changes
# Verb right before the number (after 同比/环比 and a qualifier) -> sign of the change.
CHANGE_VERBS: dict[str, int] = {
    "增长": 1, "增加": 1, "提升": 1, "提高": 1, "上升": 1, "上涨": 1, "增": 1, "多": 1,  # up
    "扩大": 1, "攀升": 1, "回升": 1, "跃升": 1, "增幅": 1, "增速": 1, "涨": 1,  # up
    "下降": -1, "减少": -1, "降低": -1, "下滑": -1, "回落": -1, "下跌": -1, "减": -1,  # down
    "缩短": -1, "压减": -1, "压缩": -1, "缩减": -1, "减轻": -1, "降": -1, "少": -1, "收窄": -1,
    "节省": -1, "节约": -1, "提速": 1,  # faster/shorter
    "涨幅": 1, "降幅": -1, "减幅": -1, "跌幅": -1,  # the size of a rise or fall (增幅 above)
    "偏多": 1, "偏少": -1, "偏高": 1, "偏低": -1,  # against the usual (较常年偏多12%)
    "负增长": -1, "正增长": 1,  # 负增长2.1%: a fall
}  # fmt: skip
# Words that end with a change verb's character but are no change (航班起降41.9万架次: take-offs
# and landings, not a decrease): read whole, they end the cue words and stay in the subject.
NOT_CHANGE_WORDS: tuple[str, ...] = (
    "起降", "升降", "增减", "加减", "空降", "沉降", "霜降",  # 降/减 inside a noun or a pair
    "许多", "众多", "诸多", "很多", "较多", "更多", "居多", "不少", "多少",  # quantity words
)  # fmt: skip
# 翻N番: doubled N times (翻一番 = +100%, 翻两番 = +300%); a bare 翻番 is 翻一番.
DOUBLINGS: dict[str, int] = {"一": 1, "两": 2, "二": 2, "三": 3}
# Before percentage points with no change verb: a gap between two rates (高于全市0.7个百分点),
# a level of its own rather than a change over time.
GAP_CUES: tuple[str, ...] = ("高于", "低于", "高出", "低出", "超出", "相差", "差距")
# After a change verb these make the number the new level, not the change (增至33家, 缩短为30分钟).
CHANGE_TO: tuple[str, ...] = ("至", "到", "为")
# Adverbs and comparison words allowed between a change verb or cue and the number.
FILLERS: tuple[str, ...] = (
    "同比", "环比", "较上年", "比上年", "较去年", "比去年", "年均", "平均", "累计",  # comparison base
    "首次", "再次", "已", "已经", "均", "分别", "共", "了", "总计", "合计", "达", "达到", "有",  # adverbs
    "预计", "有望", "将", "可", "约", "持续", "稳定", "保持", "实现", "超", "近",  # modality
    "多达", "高达", "长达", "远达",  # as many as: 多 and 高 here are no change
)  # fmt: skip

# Per-unit averages (日均约14.5万人次, 人均7.6万元): one word, never split into 日 + 均. Read
# before a number they join the quote like a filler, and the subject keeps them (罗湖口岸旅客
# 日均): an average per day is another indicator than the total it is drawn from.
AVERAGE_WORDS: tuple[str, ...] = (
    "日均", "月均", "周均", "季均", "年均", "时均", "人均", "户均", "亩均", "场均", "车均", "单均",
    "班均", "次均", "平均",
)  # fmt: skip

# ------------------------------------------------------------------ shares and rates
# Right before a number (after 达/为): the number is a proportion of a whole (share); the word
# also ends the subject (社康诊疗量占比).
SHARE_CUES: tuple[str, ...] = ("占比", "比重", "占", "比例", "比率", "份额")
# Around a percentage: the percentage is a rate of its own (level), e.g. a tax rate.
RATE_CUES: tuple[str, ...] = (
    "税", "利率", "费率", "税率", "贴息", "首付", "折扣", "收益率", "增值率", "补贴比例",  # rates
    "优惠",  # 15%优惠税率
)  # fmt: skip

# ------------------------------------------------------------------ targets
# Earlier in the sentence than the number: the number is planned or aimed for.
TARGET_CUES: tuple[str, ...] = (
    "力争", "争取", "确保", "目标是", "目标为", "目标定于", "目标定为", "预期目标", "预期增长目标",  # aims
    "预期增长",  # 收入预期增长3%: a budget's expected (planned) growth
    "计划总投资", "计划投资", "拟投资",  # planned investment
)  # fmt: skip
# These mark a plan only when a verb follows (计划新建, 拟引进, 将再开通, 提出今年新增); 将 + noun is the
# object marker (将15%税率扩展至...), 计划 + noun a plan's name.
TARGET_BEFORE_VERB: tuple[str, ...] = ("将", "计划", "拟", "提出", "要求", "部署")
# Action verbs that, after such a marker, make it a plan even where the tagger misreads them.
ACTION_VERBS: tuple[str, ...] = (
    "新建", "新增", "建设", "建成", "开通", "引进", "推动", "实现", "完成", "举办", "打造",  # build
    "投入", "改造", "提供", "培育", "招引", "供应", "开工", "启动", "增加", "达到", "设立",
    "新开工", "新开", "新落地", "新引进",  # 新 + verb
    "推进", "实施", "开展", "细化", "深化", "完善", "优化", "提升", "扩大", "构建", "建立",  # policy work
    "健全", "推出", "发布", "出台", "落实", "组织", "研究", "探索", "试点", "布局", "发展",
)  # fmt: skip
# Adverbs between a plan marker and its verb (将再开通, 将于年内建成, 将着力推进).
PLAN_ADVERBS: tuple[str, ...] = (
    "再", "进一步", "加快", "于", "在", "逐步", "全面", "继续", "着力", "大力", "全力", "积极",  # manner
    "持续", "重点", "力争", "同步", "率先", "加紧", "不断", "基本",
)  # fmt: skip
# After a plan marker (and adverbs) these start the object of 将 (将15%税率…, 将此项工作…).
OBJECT_STARTS: str = "0123456789一二三四五六七八九十两此这该其“《"
# Right after the quantity in its clause: the quantity is the target (增长5%左右的预期目标).
# Before a count in a span of months (一季度…增至112条): the number reached on the span's last day.
STOCK_VERBS: tuple[str, ...] = (
    "增至", "增加到", "增加至", "增长到", "增长至", "升至", "提升至", "扩大到", "扩大至", "扩容至", "达到", "总数",
)  # fmt: skip
# Verbs before a figure in the text of a plan that make it an aim (besides ACTION_VERBS and
# FLOW_VERBS): 压缩至24小时, 提高到55%, 安排资金6亿元.
PLAN_FIGURE_VERBS: tuple[str, ...] = (
    "压缩", "缩短", "降低", "减少", "提高", "突破", "安排", "招聘", "遴选", "配建", "配套", "改扩建",
)  # fmt: skip
TARGET_AFTER: tuple[str, ...] = ("的预期目标", "的目标", "预期目标", "目标")
# Estimates and expectations of a current figure are levels, never targets.
ESTIMATE_CUES: tuple[str, ...] = ("预计", "有望", "估计")
# A paragraph whose first sentence announces a plan (今年，罗湖将…) frames its later sentences as
# plans too, unless a sentence reports the past with one of these.
PAST_CUES: tuple[str, ...] = (
    "已", "已经", "累计", "去年", "上年", "过去", "此前", "了", "曾", "实现了", "完成了", "同比", "连续",  # past
    "目前", "现有", "如今", "截至", "截止", "登记在册",  # present stock
)  # fmt: skip

# ------------------------------------------------------------------ ranks
# Verbs that introduce a position (居全国城市首位, 保持全国城市首位).
RANK_VERBS: tuple[str, ...] = (
    "居", "位居", "位列", "位于", "排名", "排在", "排", "列", "稳居", "保持", "名列", "跻身", "领跑",
)  # fmt: skip
# Position words -> value; 第N位/名/档 are read by pattern in facts.py.
RANK_WORDS: dict[str, int] = {
    "首位": 1, "榜首": 1, "第一位": 1, "第一名": 1, "双第一": 1, "第一": 1,  # first
}  # fmt: skip
# Scopes of a ranking or superlative (全国最多, 全国城市首位).
RANK_SCOPES: tuple[str, ...] = (
    "全国", "全省", "全球", "世界", "国内", "内地", "大湾区", "全市", "同类", "亚洲", "华南",
)  # fmt: skip
# Superlatives after a scope: the thing is first in that scope (全国最多的16个口岸 -> rank 1).
SUPERLATIVES: tuple[str, ...] = ("最多", "最大", "最高", "最长", "最快", "最强", "第一大")

# ------------------------------------------------------------------ periods
# The quantity is a stock now: the period is the publication day.
NOW_CUES: tuple[str, ...] = ("目前", "如今", "现已", "当前", "现有", "至今", "截至目前", "截止目前")
# Perfect-aspect adverbs (已组建28个): a stock now, unless the sentence already gave a time.
ALREADY_CUES: tuple[str, ...] = ("已", "已经")
# Cumulative totals with no start: period null (unless a start is given: 自2020年以来, 3年累计).
CUMULATIVE_CUES: tuple[str, ...] = ("累计", "总计", "历年", "迄今")
# Per-period averages and rates (年均新增100家): a recurring figure, no single period.
RECURRING_CUES: tuple[str, ...] = ("年均", "每年", "每月", "每周", "每天", "平均每年", "常年")
# A stock at a moment: 截至2024年底 -> the end day of the time expression.
STOCK_CUES: tuple[str, ...] = ("截至", "截止", "截止到", "截至到", "到")
# 自2020年...以来: a span from that time to the reporting period.
SINCE_OPEN: tuple[str, ...] = ("自", "从")
SINCE_CLOSE: tuple[str, ...] = ("以来", "来")
# Ending a time expression that names a year (2020年以来, 2021年起, 2019年至今): a span from
# that year without any opening word.
SINCE_SUFFIXES: tuple[str, ...] = ("以来", "起", "至今")
# Words that may stand before a time expression at the head of its clause (其中12月21日, 截至
# 2024年底, 在3月初): such a time sets the period of the clauses after it.
HEAD_PREFIXES: tuple[str, ...] = (
    "自", "从", "截至", "截止", "截止到", "到", "在", "于", "其中", "同时", "而", "但", "并",  # prepositions
    "另外", "此外", "据统计", "初步统计", "预计", "今年", "去年",  # connectives
)  # fmt: skip
# "That day" (签约当天, 同日): the day named before, not the publication day.
SAME_DAY_WORDS: tuple[str, ...] = ("当天", "当日", "同日", "同一天")
# The whole year of the current context (全年交易额).
WHOLE_YEAR_CUES: tuple[str, ...] = ("全年",)
# The clause restates part of what the previous clause measured: it inherits its period.
SUBPART_CUES: tuple[str, ...] = ("其中",)

# ------------------------------------------------------------------ subjects
# Words stripped from the start of a subject phrase (connectives, time and scope adverbs).
SUBJECT_LEAD_STRIP: tuple[str, ...] = (
    "其中", "此外", "同时", "另外", "并且", "并", "且", "还", "也", "而", "及", "和", "以及",  # connectives
    "全年", "全市", "全区", "全省", "全国", "目前", "如今", "现已", "当前", "今年", "去年",  # time/scope
    "共", "总计", "合计", "累计", "均", "已", "已经", "首次", "预计", "有望", "新近", "先后",  # adverbs
    "截至目前", "截止目前", "年均", "每年", "其", "这一", "该", "在", "以", "已有", "有",
    "力争", "争取", "确保", "计划", "将", "拟", "要", "再",  # plan markers (the kind says target)
    "目标是", "目标为", "仅",  # aims, a focus adverb (not 就: 就业)
    "约",  # 约占全市五分之一: a share of what the clause before measured
    "新区",  # 大鹏新区…新区新增: the article's own district named short
)  # fmt: skip
# Removed with a time expression from a subject phrase: the preposition before it (到2026年,
# 自2019年以来) and the words after it that only finish the time (以来, 期末 of “十四五”期末).
TIME_PREPOSITIONS: tuple[str, ...] = (
    "截至到", "截止到", "截至", "截止", "到", "至", "自", "从", "在", "于",
)  # fmt: skip
TIME_SUFFIXES: tuple[str, ...] = ("以来", "期末", "期间", "时期", "末", "起", "来")
# Words stripped from the end of a subject phrase (verbs and adverbs that link it to the number).
SUBJECT_TAIL_STRIP: tuple[str, ...] = (
    "达到", "达", "为", "是", "有", "共", "合计", "总计", "累计", "突破", "超过", "超", "逾",  # links
    "首次", "再次", "已", "均", "分别", "同比", "环比", "预计", "有望", "将", "已经", "约", "近",
    "接近", "增至", "增加至", "提高至", "提升至", "达至", "稳定在", "保持在", "控制在", "持续", "稳定",
    "数量", "了", "的", "迈上", "跨上", "站上", "首次迈上", "在", "从", "由",
    "力争", "争取", "确保",  # plan markers after the subject (产值力争突破…)
    "仅", "仅有", "只有", "就", "恢复至", "恢复到", "不到", "已为",  # adverbs and verbs before the number
    "为期",  # 项目为期两年: the project lasts
    "另有", "另", "还有",  # 另有3家在谈: another N of the same
    "目标定于", "目标定为", "目标为", "目标是", "预期目标", "目标",  # GDP增长目标定于5.5%: the kind says target
    "较", "相比", "比",  # 较常年偏多, 比2020年翻一番: a comparison whose base was a time (not 占比)
)  # fmt: skip
# Words whose last character is a word of SUBJECT_TAIL_STRIP: never cut there (以消费为目的).
SUBJECT_WHOLE_WORDS: tuple[str, ...] = ("目的", "成就", "造就", "不仅", "依就", "占比", "评比", "对比")
# A reporting verb in a subject phrase: what was said follows it (罗湖区提出全区经济增长5%,
# 报告提出新增学位3000个): the phrase keeps what comes after.
REPORTING_VERBS: tuple[str, ...] = ("提出", "表示", "指出", "透露", "强调", "显示", "获悉", "介绍")
# A subject that is only one of these heads names a property of what the clause before counted
# (新增机构50家、总数达到97家 -> 机构总数).
GENERIC_HEADS: tuple[str, ...] = (
    "总数", "总量", "总额", "规模", "占比", "比重", "增速", "增幅", "数量", "总规模", "余额",
)  # fmt: skip
# Verbs that lead a subject and make a distinct indicator (新增社康机构 vs 社康机构 总数); removed
# when a generic head borrows the subject.
FLOW_VERBS: tuple[str, ...] = ("新增", "新建", "新登记", "新开", "新获批", "引进", "落地")

# Verbs that end a noun phrase read after a classifier (32家社康机构|实现…): the predicate starts.
# Other verbs inside the phrase are modifiers (联营律师事务所, 测试认证产品) and are kept.
PREDICATE_VERBS: tuple[str, ...] = (
    "实现", "获得", "获评", "获批", "开展", "启动", "入驻", "覆盖", "实行", "实施", "参与", "参加",  # act
    "完成", "达到", "达", "落户", "提供", "建成", "开通", "组成", "发布", "推出", "成为", "位居",
    "通过", "进入", "纳入", "签约", "认可", "支持", "接受", "加入", "获", "在", "是", "为", "有",
    "均", "共", "分别", "已", "将", "正", "持续", "累计", "同比", "增长", "下降", "提升",  # adverbs
)  # fmt: skip

# ------------------------------------------------------------------ places
# Place gazetteer: surface form -> canonical name (Shenzhen, its districts and zones, neighbours).
PLACES: dict[str, str] = {
    "深圳市": "深圳", "深圳": "深圳", "鹏城": "深圳",  # the city
    "福田区": "福田区", "福田": "福田区", "罗湖区": "罗湖区", "罗湖": "罗湖区",  # districts
    "南山区": "南山区", "南山": "南山区", "盐田区": "盐田区", "盐田": "盐田区", "宝安区": "宝安区", "宝安": "宝安区",
    "龙岗区": "龙岗区", "龙岗": "龙岗区", "龙华区": "龙华区", "龙华": "龙华区", "坪山区": "坪山区", "坪山": "坪山区",
    "光明区": "光明区", "光明": "光明区", "大鹏新区": "大鹏新区", "大鹏": "大鹏新区",
    "深汕特别合作区": "深汕特别合作区",
    "前海": "前海", "河套": "河套", "蛇口": "蛇口", "西丽": "西丽", "光明科学城": "光明科学城",  # zones
    "香港": "香港", "澳门": "澳门", "广州": "广州", "东莞": "东莞", "惠州": "惠州",  # neighbours
    "中山": "中山", "珠海": "珠海", "佛山": "佛山", "江门": "江门", "肇庆": "肇庆",
    "广东省": "广东", "广东": "广东", "粤港澳大湾区": "粤港澳大湾区", "大湾区": "粤港澳大湾区",
}  # fmt: skip
# Scope words that stand for the article's own place (全市11个口岸 -> the city).
OWN_PLACE_WORDS: tuple[str, ...] = (
    "全市",
    "本市",
    "全区",
    "本区",
    "我市",
    "我区",
    "该区",
    "该市",
    "辖区内",
    "辖区",
)
