"""Data tables for Chinese number reading (used by ``tequ.extract.numbers``).

Every table is plain data with a comment per entry or per group; ``tests/extract/test_numbers.py``
checks their integrity (no duplicates, no empty strings, digits map to 0-9).
"""

from __future__ import annotations

# Chinese digit characters -> value. Lower case, financial upper case (大写), Traditional forms.
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "洞": 0,  # zero: ordinary, ideographic, circle look-alike, radio "洞"
    "一": 1, "壹": 1, "幺": 1, "弌": 1,  # one: ordinary, 大写, spoken 幺 (telephone style), archaic
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,  # two: ordinary, 大写 (简/繁), 两 (简/繁)
    "三": 3, "叁": 3, "參": 3, "弎": 3,  # three
    "四": 4, "肆": 4,  # four
    "五": 5, "伍": 5,  # five
    "六": 6, "陆": 6, "陸": 6,  # six
    "七": 7, "柒": 7, "拐": 7,  # seven: ordinary, 大写, radio "拐" (never scanned in running text)
    "八": 8, "捌": 8,  # eight
    "九": 9, "玖": 9,  # nine
}  # fmt: skip

# Characters that stand for a digit together with a ten (廿 = 二十, 卅 = 三十, 卌 = 四十).
TENS: dict[str, int] = {"廿": 20, "卅": 30, "卌": 40}

# Multipliers below ten thousand (十 百 千 and their 大写 forms).
SMALL_UNITS: dict[str, int] = {
    "十": 10, "拾": 10,  # ten
    "百": 100, "佰": 100,  # hundred
    "千": 1000, "仟": 1000,  # thousand
}  # fmt: skip

# Section multipliers (万 = 1e4, 亿 = 1e8, 兆 left out: ambiguous between 1e6 and 1e12).
LARGE_UNITS: dict[str, int] = {
    "万": 10_000, "萬": 10_000,  # ten thousand (简/繁)
    "亿": 100_000_000, "億": 100_000_000,  # hundred million (简/繁)
}  # fmt: skip

# Words that follow a Chinese numeral and make it a quantity. A bare Chinese numeral such as
# 一 or 十 is a number only before one of these, a magnitude or a percent marker (see numbers.py).
MEASURE_WORDS: tuple[str, ...] = (
    # general classifiers for things, people and events
    "个",
    "個",
    "人",
    "名",
    "位",
    "家",
    "户",
    "项",
    "件",
    "次",
    "台",
    "辆",
    "座",
    "条",
    "所",
    "套",
    "种",
    "类",
    "只",
    "头",
    "张",
    "本",
    "部",
    "篇",
    "份",
    "支",
    "场",
    "轮",
    "股",
    "例",
    "床",
    "艘",
    "架",
    "列",
    "趟",
    "栋",
    "间",
    "层",
    "块",
    "届",
    "期",
    "批次",
    "倍",
    "岁",
    "款",
    "单",
    "笔",
    "宗",
    "起",
    "处",
    "片",
    "对",
    "组",
    "队",
    "枚",
    "颗",
    "标箱",
    "人次",
    "班次",
    "架次",
    "车次",
    "亩",
    "公顷",
    # time units (durations; calendar reading belongs to periods.py)
    "年",
    "月",
    "日",
    "天",
    "周",
    "季度",
    "小时",
    "分钟",
    "秒",
    "号",
    # physical and money units
    "元",
    "块钱",
    "美元",
    "港元",
    "港币",
    "澳门元",
    "欧元",
    "日元",
    "英镑",
    "公里",
    "千米",
    "米",
    "厘米",
    "毫米",
    "平方米",
    "平方公里",
    "立方米",
    "吨",
    "千克",
    "公斤",
    "克",
    "升",
    "千瓦",
    "瓦",
    "度",
    "千瓦时",
    "兆瓦",
    "兆瓦时",
    "吉瓦",
    "吉瓦时",
    # shares and statistics (成 is read as tenths by numbers.py, not as a measure word)
    "个百分点",
    "百分点",
)

# ASCII unit words that may follow an Arabic number directly (100km, 50MW). An Arabic number
# glued to other Latin letters (G20, 5G, H7N9) is part of a name, not a quantity.
ASCII_UNITS: tuple[str, ...] = (
    "km", "m", "cm", "mm", "kg", "g", "t",  # length and mass
    "kW", "MW", "GW", "kWh", "KW", "kw", "TEU",  # power, energy, containers
    "GB", "TB", "MB",  # storage
)  # fmt: skip

# Fixed words and idioms that contain numeral characters but are not numbers. The scanner
# consumes them whole so that no number is read out of them (longest match first).
FIXED_PHRASES: tuple[str, ...] = (
    # slogans and policy catch-phrases
    "一带一路",
    "一国两制",
    "一盘棋",
    "一体化",
    "一揽子",
    "一站式",
    "一网通办",
    "一网统管",
    "一条龙",
    "一把手",
    "一线",
    "两岸",
    "两会",
    "三农",
    "一流",
    # adverbs and determiners built on 一 ("further", "unified", "some", "a batch")
    "进一步",
    "统一",
    "唯一",
    "同一",
    "单一",
    "逐一",
    "万一",
    "划一",
    "之一",
    "合一",
    "如一",
    "一些",
    "一批",
    "一系列",
    "一方面",
    "一起",
    "一直",
    "一定",
    "一般",
    "一样",
    "一切",
    "一致",
    "一同",
    "一道",
    "一举",
    "一律",
    "一旦",
    "一边",
    "一度",
    "一再",
    "一向",
    "一番",
    "一下",
    "一点点",
    "一大批",
    "一手",
    "一口气",
    "一面",
    "一时",
    "一并",
    "一贯",
    "一成不变",
    "一带",
    "一心",
    "一年一度",
    "一次性",
    "一块儿",
    "一环",
    "一片",  # 一片欣欣向荣 ("all over"), not one piece
    # 十 as an adverb ("very"), 十足, 十字
    "十分",
    "十足",
    "十字",
    "万分",
    "百分百",
    # 三角 in 长三角 / 珠三角 / 三角洲 (a region, not 3 角 of money)
    "三角",
    # idioms (成语) built from numerals
    "万马奔腾",
    "千行百业",
    "千家万户",
    "千方百计",
    "千军万马",
    "万众一心",
    "千篇一律",
    "四面八方",
    "五湖四海",
    "三心二意",
    "一心一意",
    "七上八下",
    "十全十美",
    "九牛一毛",
    "百花齐放",
    "百家争鸣",
    "万无一失",
    "千载难逢",
    "一举两得",
    "独一无二",
    "一清二楚",
    "三番五次",
    "百尺竿头",
    "千头万绪",
    "万紫千红",
    "千差万别",
    "一目了然",
    "一丝不苟",
    "一鼓作气",
    "一马当先",
    "一帆风顺",
    "百年大计",
    "千秋万代",
    "万象更新",
    "一往无前",
    "千锤百炼",
    "百折不挠",
    "十拿九稳",
    "八仙过海",
    "四通八达",
    "五花八门",
    "一呼百应",
    "万事",
    "万物",
    "百姓",
    "百业",
    "千万不要",
    "千万别",
    # vague multitudes: 成千上万 ("thousands upon thousands") is not 1000 or 10000
    "成千上万",
    "成百上千",
    "千千万万",
)

# Characters that may follow 成 in a word (成员 成立 成果 ...): then 成 is not "tenths".
# 成员 is left out on purpose: 近八成员工 is "nearly 80% of the staff".
NOT_CHENG_NEXT: str = "立果本功交绩效熟长型品分"
