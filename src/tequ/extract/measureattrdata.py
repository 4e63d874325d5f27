"""Actor and time tables of the measures stage (clean, Simplified text): places and the parts
of government body names (who acts), lead words and self references (whose subject a clause
has), five-year plan names (when). ``measuredata`` re-exports them; every entry carries a note
(the last field), checked by ``tests/extract/test_measures.py``.
"""

from __future__ import annotations

# (short name, canonical, note): places whose government is the actor when they are the subject
PLACES: tuple[tuple[str, str, str], ...] = (
    ("深圳市", "深圳市", "the city"),
    ("深圳", "深圳市", "the city, short form"),
    ("全市", "深圳市", "'the whole city' in Shenzhen news"),
    ("罗湖区", "罗湖区", "district"),
    ("罗湖", "罗湖区", "district, short form"),
    ("福田区", "福田区", "district"),
    ("福田", "福田区", "district, short form"),
    ("南山区", "南山区", "district"),
    ("南山", "南山区", "district, short form"),
    ("宝安区", "宝安区", "district"),
    ("宝安", "宝安区", "district, short form"),
    ("龙岗区", "龙岗区", "district"),
    ("龙岗", "龙岗区", "district, short form"),
    ("盐田区", "盐田区", "district"),
    ("盐田", "盐田区", "district, short form"),
    ("龙华区", "龙华区", "district"),
    ("龙华", "龙华区", "district, short form"),
    ("坪山区", "坪山区", "district"),
    ("坪山", "坪山区", "district, short form"),
    ("光明区", "光明区", "district"),
    ("光明", "光明区", "district, short form"),
    ("大鹏新区", "大鹏新区", "new district"),
    ("深汕特别合作区", "深汕特别合作区", "cooperation zone run by Shenzhen"),
    ("前海", "前海合作区", "Qianhai cooperation zone"),
    ("河套", "河套深港科技创新合作区", "Hetao cooperation zone"),
    ("广州市", "广州市", "GBA city"),
    ("广州", "广州市", "GBA city, short form"),
    ("珠海市", "珠海市", "GBA city"),
    ("珠海", "珠海市", "GBA city, short form"),
    ("中山市", "中山市", "GBA city"),
    ("中山", "中山市", "GBA city, short form"),
    ("东莞市", "东莞市", "GBA city"),
    ("东莞", "东莞市", "GBA city, short form"),
    ("佛山市", "佛山市", "GBA city"),
    ("佛山", "佛山市", "GBA city, short form"),
    ("惠州市", "惠州市", "GBA city"),
    ("惠州", "惠州市", "GBA city, short form"),
    ("江门市", "江门市", "GBA city"),
    ("肇庆市", "肇庆市", "GBA city"),
    ("广东省", "广东省", "the province"),
)

# (word, note): what a government body's name starts with (besides the places above)
GOV_PREFIXES: tuple[tuple[str, str], ...] = (
    ("中共", "the Party"),
    ("国家", "national"),
    ("国务院", "the State Council"),
    ("香港特区", "Hong Kong SAR"),
    ("澳门特区", "Macao SAR"),
    ("省", "provincial (省委, 省政府)"),
    ("市", "municipal (市口岸办, 市委)"),
    ("区", "district (区教育局)"),
)

# (word, note): what a government body's name ends with
GOV_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("人民政府", "people's government"),
    ("政府", "government"),
    ("人大常委会", "standing committee of the people's congress"),
    ("常委会", "standing committee"),
    ("委员会", "commission"),
    ("管理局", "authority"),
    ("发展署", "development agency (河套发展署)"),
    ("管委会", "management committee"),
    ("委", "commission or Party committee (卫生健康委, 市委)"),
    ("局", "bureau"),
    ("办公室", "office"),
    ("办公厅", "general office (市政府办公厅)"),
    ("办", "office, short form (口岸办)"),
    ("署", "agency"),
    ("厅", "provincial department"),
    (r"(?<![东南西北中内外局])部", "department (社会工作部), not a direction or part (北部, 内部, 局部)"),
    ("法院", "court"),
    ("检察院", "procuratorate"),
)

# (word, note): a subject that reports the plan's content (方案提出, 报告透露): the actor is
# the government behind the document, not the document
REPORTING_VERBS: tuple[tuple[str, str], ...] = (
    ("提出", "proposes"),
    ("明确", "makes clear"),
    ("透露", "reveals"),
    ("要求", "requires"),
    ("显示", "shows"),
    ("表示", "says"),
    ("介绍", "explains"),
    ("指出", "points out"),
)

# (regex, note): words that open a clause before its subject (connectives, time, modality)
LEAD_WORDS: tuple[tuple[str, str], ...] = (
    (r"并|同时|还|也|另外|此外|其中|而且", "connectives"),
    (r"今年|去年|明年|全年|目前|当前|近日|日前|近年来?|下一步|接下来|未来", "time words"),
    (r"力争|计划|拟|将|要|争取", "modality: the subject that follows is what is acted on"),
    (r"[\d年月日上下午初底 ]+", "dates"),
)

# (word, note): words standing for the article's own government (区里 = the district)
SELF_REFERENCES: tuple[tuple[str, str], ...] = (
    ("区里", "the district"),
    ("市里", "the city"),
    ("全区", "the whole district"),
    ("我市", "our city"),
    ("我区", "our district"),
)

# (span of years, names, note): five-year plan names and the years they cover
PLAN_PERIODS: tuple[tuple[str, str, str], ...] = (
    ("十三五", "2016-2020", "13th five-year plan"),
    ("十四五", "2021-2025", "14th five-year plan"),
    ("十五五", "2026-2030", "15th five-year plan"),
    ("十六五", "2031-2035", "16th five-year plan"),
)
