"""Word tables for relative time expressions (used by ``timerules`` and ``periods``).

Each entry maps a word to an offset from the base date in the word's own unit; integrity is
checked by ``tests/extract/test_periods.py``. Numbers inside the words are already Arabic
because expressions are normalised first (上一年 -> 上1年).
"""

from __future__ import annotations

# Year words -> offset in years from the base year.
YEAR_WORDS: dict[str, int] = {
    "大前年": -3,  # three years ago
    "前年": -2,  # the year before last
    "去年": -1, "上年": -1, "上1年": -1, "头年": -1,  # last year
    "今年": 0, "本年": 0, "当年": 0, "这1年": 0, "同年": 0, "本年度": 0, "年内": 0,  # this year (年内: within it)
    "明年": 1, "来年": 1, "下1年": 1, "次年": 1, "翌年": 1,  # next year
    "后年": 2,  # the year after next
    "大后年": 3,  # three years on
}  # fmt: skip

# Month words -> offset in months from the base month.
MONTH_WORDS: dict[str, int] = {
    "上上个月": -2, "上上月": -2,  # two months ago
    "上个月": -1, "上1个月": -1, "上月": -1, "上1月": -1,  # last month
    "本月": 0, "这个月": 0, "当月": 0, "同月": 0, "这1个月": 0, "本月份": 0,  # this month
    "下个月": 1, "下1个月": 1, "下月": 1, "次月": 1, "下1月": 1,  # next month
    "下下个月": 2, "下下月": 2,  # the month after next
}  # fmt: skip

# Day words -> offset in days from the base day.
DAY_WORDS: dict[str, int] = {
    "大大前天": -4, "大前天": -3, "前天": -2,  # days before yesterday
    "昨天": -1, "昨日": -1, "昨": -1,  # yesterday
    "今天": 0, "今日": 0, "本日": 0, "当天": 0, "当日": 0, "全天": 0, "同日": 0,  # today
    "明天": 1, "明日": 1, "次日": 1, "翌日": 1,  # tomorrow
    "后天": 2, "大后天": 3, "大大后天": 4,  # days after tomorrow
}  # fmt: skip

# Words for "now": True when the word is vague (around the base day) rather than exact.
VAGUE_NOW: dict[str, bool] = {
    "现在": False, "此时": False, "此刻": False,  # this moment
    "目前": True, "当前": True, "如今": True, "当下": True, "眼下": True,  # at present
    "近日": True, "日前": True, "近期": True, "近来": True, "最近": True,  # recently
}  # fmt: skip

# Words for "recent years": how many years back the vague span starts.
VAGUE_RECENT_YEARS: dict[str, int] = {
    "近年来": 5, "近年": 5, "近些年": 5, "近些年来": 5, "近几年": 5, "近几年来": 5,  # recent years
    "这些年": 5, "这几年": 5, "多年来": 10, "长期以来": 10,  # these (many) years
}  # fmt: skip

# Week prefixes -> offset in weeks from the base week (weeks start on Monday).
WEEK_PREFIXES: dict[str, int] = {
    "上上上": -3,  # three weeks back
    "上上": -2,  # the week before last
    "上": -1, "上1": -1, "上个": -1, "上1个": -1,  # last week
    "本": 0, "这": 0, "这个": 0, "这1": 0, "本个": 0, "": 0,  # this week (bare 周三)
    "下": 1, "下1": 1, "下个": 1, "下1个": 1,  # next week
    "下下": 2,  # the week after next
    "下下下": 3,  # three weeks on
}  # fmt: skip

# Weekday names (after 周/星期/礼拜) -> 0 = Monday.
WEEKDAYS: dict[str, int] = {
    "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5,  # 周一..周六 after numeral normalisation
    "日": 6, "天": 6, "7": 6,  # Sunday
}  # fmt: skip

# Relative units: word -> (unit, count) where unit is "year", "month", "week" or "day".
UNITS: dict[str, tuple[str, int]] = {
    "年": ("year", 1), "个年头": ("year", 1),  # years
    "季度": ("month", 3), "个季度": ("month", 3),  # quarters = 3 months
    "个月": ("month", 1), "月": ("month", 1),  # months
    "周": ("week", 1), "个周": ("week", 1), "星期": ("week", 1), "个星期": ("week", 1),  # weeks
    "个礼拜": ("week", 1), "礼拜": ("week", 1),  # weeks (colloquial)
    "天": ("day", 1), "日": ("day", 1), "个工作日": ("day", 1), "个交易日": ("day", 1),  # days
}  # fmt: skip

# Short time words that are often the tail of another word (体现在, 节日前, 后年均, 不同年份).
# find_times keeps them only at the start of the text or after a character in WORD_LEAD.
GLUED_WORDS: frozenset[str] = frozenset(
    {
        "现在", "目前", "当前", "如今", "此时", "此刻", "眼下", "当下",  # now (体现在, 相当前)
        "近日", "日前", "近期", "近来",  # recently (节日前, 最近期)
        "后年", "前年", "来年", "同年", "当年",  # relative years (建成后年均, 未来年度, 不同年份)
    }
)  # fmt: skip

# Characters after which a GLUED_WORDS word stands on its own: prepositions, conjunctions,
# adverbs and punctuation.
WORD_LEAD: str = '于在到至从比较和与及的是为即了也都仍已还将就才正均截、，,。；;：:（(“"　 \n\t'

# Characters before a bare weekday (周一) or a bare 年初/年中/年底/年末 that make it part of a
# count or a recurrence instead (一周一次, 每周一, 一年中, 每年年底).
COUNT_LEAD: str = "每一二三四五六七八九十两几数全多半年0123456789"
