"""A small corpus written for these tests in our own words (public figures reused, no seed text).

Each entry is a file name and its content; the ``kb`` fixtures ingest them through the real
cleaning, extraction pipeline and store. ``HOSTILE`` holds markup that must render inert.
"""

from __future__ import annotations

ARTICLES: dict[str, str] = {
    "port-2024.txt": """深圳口岸客流再创新高
2025-01-08 深圳特区报
记者从深圳市口岸办获悉，2024年深圳各口岸出入境旅客达到2.5亿人次，同比增长35%。
其中罗湖口岸日均通关旅客约20万人次。深圳市口岸办表示，将加快推进皇岗口岸重建工程，力争2027年完成。
""",
    "port-2023.txt": """口岸通关全面恢复
2024-01-10 南方日报
2023年深圳各口岸出入境旅客达到1.85亿人次，较上年大幅增长。
福田区正在推进口岸周边交通改造，深圳市口岸办已开通多条跨境巴士线路。
""",
    "qianhai.txt": """前海合作区新增企业情况
2024-11-20 深圳商报
前海深港现代服务业合作区今年新设港资企业超过1200家，实际使用外资增长12.5%。
深圳市前海管理局计划在2025年前建成国际人才港，并将出台新的就业补贴政策。
南山区已建成30个青年创业空间。
""",
    "traditional.txt": """深圳地鐵新線開通
2024-12-28 香港文匯報
深圳地鐵12號線二期工程已於本月開通，全線新增車站5座。
深圳市地鐵集團表示，明年將再開通3條新線，運營里程將超過700公里。
""",
}

#: markup that must be shown as text, never executed or turned into live links
HOSTILE_NAME = "hostile.txt"
HOSTILE = """测试标题<script>window.__pwned=1</script>
2024-05-01 测试日报
深圳市新增公园10个<img src=x onerror="window.__pwned=2">，其中南山区3个。
点击<a href="javascript:window.__pwned=3">这里</a>了解详情，或访问 javascript:alert(1) 。
"""
