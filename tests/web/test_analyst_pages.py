"""What an analyst reads on the pages (HTTP, no browser): page titles, codes in words, links
between pages (figure -> indicator, check -> the quoted fact, tracker item -> its documents),
charts fed periods they can label, empty states that say something."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, unquote, urlencode, urlparse

import httpx
import pytest
from livesrv import LiveServer

from tequ.web.docview import format_compact
from tequ.web.i18n import translator
from tequ.web.pages import MAX_CENTRE_NODES, MAX_DRAWN_EDGES, chart_points, drawable, is_district
from tequ.web.render import ENV


@pytest.fixture
def web(web_server: LiveServer) -> httpx.Client:
    with httpx.Client(base_url=web_server.url, timeout=30) as c:
        yield c


def _title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S)[1]


def _doc_with_facts(web: httpx.Client) -> dict:
    for hit in web.get("/api/search", params={"q": "口岸"}).json()["data"]:
        doc = web.get(f"/api/documents/{hit['doc_id']}").json()
        if doc["facts"] and doc["entities"]:
            return doc
    pytest.fail("no document with facts and entities in the test corpus")


def test_chart_points_put_a_year_on_its_own_tick() -> None:
    spec = chart_points([{"period": "2024", "value": 2.4}, {"period": "2023", "value": 2.1}], "value")
    assert spec["mode"] == "year" and spec["x"] == [2023.0, 2024.0] and spec["y"] == [2.1, 2.4]
    months = chart_points([{"period": "2024-03", "mentions": 2}], "mentions")
    assert months["mode"] == "month" and months["label"] == ["2024-03"]
    clash = chart_points(
        [{"period": "2023", "value": 1}, {"period": "2023", "value": 3}, {"period": "2024", "value": 2}],
        "value",
    )
    assert clash["y"] == [1.0, 2.0] and clash["alt"] == [3.0, None]  # the other 2023 value is drawn too
    assert chart_points([{"period": "2023", "value": 1}], "value")["alt"] == []
    mixed = chart_points([{"period": "2024-01/2024-11", "value": 1}, {"period": "2023", "value": 2}], "value")
    assert mixed["mode"] == "time" and mixed["label"] == ["2023", "2024-01/2024-11"]


def test_compact_numbers_for_chinese_readers() -> None:
    assert format_compact(210_000_000, "zh") == "2.1亿"
    assert format_compact(145_000, "zh") == "14.5万"
    assert format_compact(88.6, "zh") == "88.6"
    assert format_compact(210_000_000, "en") == "210,000,000"


def test_districts_and_graph_pruning() -> None:
    assert is_district("罗湖区") and is_district("大鹏新区")
    assert not is_district("前海片区") and not is_district("深圳园区") and not is_district("深圳")
    nodes = [{"id": i, "label": f"n{i}", "type": "LOC"} for i in range(60)]
    edges = [{"source": a, "target": b, "weight": 1 + (a == 0)} for a in range(60) for b in range(a + 1, 60)]
    ranked = sorted(edges, key=lambda e: -e["weight"])
    whole = drawable({"nodes": nodes, "edges": edges}, None)
    assert whole["edges"] == ranked[:MAX_DRAWN_EDGES]  # the strongest only
    # around a centre: its nearest, most strongly linked nodes, by rings
    star = [{"source": 0, "target": i, "weight": 1 + (i % 3 == 0)} for i in range(1, 50)]
    far = [{"source": i, "target": 100 + i, "weight": 5} for i in range(1, 50)]
    many = [{"id": i, "label": f"n{i}", "type": "LOC"} for i in [*range(50), *range(101, 150)]]
    drawn = drawable({"nodes": many, "edges": star + far}, "n0", max_nodes=20)
    rings = {n["label"]: n["ring"] for n in drawn["nodes"]}
    assert len(rings) == 20 and rings["n0"] == 0 and set(rings.values()) == {0, 1}
    assert {f"n{i}" for i in range(3, 50, 3)} <= set(rings)  # the 16 strongest links first
    assert all(e["source"] == 0 for e in drawn["edges"])


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "特区 · 政策新闻知识库"),
        ("/search?q=口岸", "口岸 · 搜索 · 特区 · 政策新闻知识库"),
        ("/tracker?lang=en", "Government measures tracker · tequ · policy news knowledge base"),
        ("/graph?center=深圳", "实体关系图谱: 深圳 · 特区 · 政策新闻知识库"),
    ],
)
def test_page_titles_name_the_page_once(web: httpx.Client, path: str, expected: str) -> None:
    assert _title(web.get(path).text) == expected


def test_document_codes_are_words_and_figures_link_to_their_series(web: httpx.Client) -> None:
    doc = _doc_with_facts(web)
    zh = web.get(f"/doc/{doc['doc_id']}", params={"lang": "zh"}).text
    en = web.get(f"/doc/{doc['doc_id']}", params={"lang": "en"}).text
    word = {"hans": "简体", "hant": "繁体", "mixed": "简繁混合"}[doc["script"]]
    assert f"字体: {word}" in zh
    types = {e["type"] for e in doc["entities"]}
    assert not re.search("<span>(" + "|".join(types) + ")</span>", zh), "entity types shown as codes"
    assert "about" not in re.sub(r"<[^>]+>", "", zh.split('id="ann-data"')[0]), "qualifier shown as code"
    assert "<span>place</span>" in en or "LOC" not in types
    # every fact of the panel: its series (by the normalised subject) and a jump to its quote
    for i, f in enumerate(doc["facts"]):
        assert f'id="fact-{f["fact_id"]}"' in zh
        assert f'href="#ann-f{i}"' in zh
    assert 'id="ann-f0"' in zh  # the jump target exists in the clean text
    # only highlights carry data-ann (the crawl counts them); panel links use data-locate
    assert zh.count("data-ann=") == zh.count('<mark class="ann ')
    first = doc["facts"][0]
    link = re.search(f'<li id="fact-{first["fact_id"]}"' + r'[^>]*>\s*<a href="([^"]+)"', zh)[1]
    assert parse_qs(urlparse(link.replace("&amp;", "&")).query)["subject"] == [first["subject_norm"]]


def test_indicator_from_a_worded_subject_shows_its_whole_series(web: httpx.Client) -> None:
    doc = _doc_with_facts(web)
    facts = [f for f in doc["facts"] if f["kind"] in ("level", "count") and f["subject"] != f["subject_norm"]]
    assert facts, "no fact whose wording differs from its series key"
    f = facts[0]
    params = {"subject": f["subject"], "unit": f["unit"], "place": f.get("place") or ""}
    html = web.get("/indicator", params={**params, "lang": "zh"}).text
    assert f"指标: {f['subject_norm']}" in html and "原文中的说法" in html
    charts = json.loads(re.search(r'id="chart-data">(.*?)</script>', html, re.S)[1])
    assert charts and charts[0]["unit"] == f["unit"] and charts[0]["xlabel"] == "时期"
    if charts[0]["mode"] == "year":
        assert all(float(x) == int(x) for x in charts[0]["x"])
    assert f"/doc/{doc['doc_id']}#fact-" in html  # each point cites its fact in its document
    assert ">about<" not in html and ">over<" not in html


def test_indicator_without_data_says_so_and_offers_a_search(web: httpx.Client) -> None:
    html = web.get("/indicator", params={"subject": "不存在的指标名称"}).text
    assert "没有找到这个指标的数据" in html and "/search?q=" in html


def test_checks_show_the_arithmetic_and_cite_the_facts(web: httpx.Client) -> None:
    checks = web.get("/api/checks").json()
    checks = checks.get("data", checks) if isinstance(checks, dict) else checks
    html = web.get("/checks", params={"lang": "zh"}).text
    assert "文中增速" in html and "推算增速" in html
    for c in checks:
        for role in ("change", "level", "base"):
            if c.get(role) and c[role].get("doc_id"):
                assert f"/doc/{c[role]['doc_id']}#fact-{c[role]['fact_id']}" in html
    statuses = re.findall(r'<tr class="check-(\w+)">', html)
    assert statuses == sorted(statuses, key=lambda s: s != "discrepancy")
    assert "stated " not in html  # the store's English note is not shown to a Chinese reader


def test_tracker_has_headers_district_filters_and_links_to_measures(web: httpx.Client) -> None:
    html = web.get("/tracker", params={"lang": "zh"}).text
    assert '<th scope="col">日期</th>' in html
    tracks = web.get("/api/tracks", params={"limit": 5}).json()["data"]
    for tr in tracks:
        for h in tr["history"]:
            assert f"/doc/{h['doc_id']}#measure-{h['measure_id']}" in html
    for name in re.findall(r'class="chips districts".*?</p>', html, re.S)[:1]:
        for place in re.findall(r"place=([^&\"]+)", name):
            assert is_district(unquote(place).replace("+", " "))
    none = web.get("/tracker", params={"q": "不存在的措施xyz"}).text
    assert "没有符合条件的措施" in none and "清除筛选" in none


def test_document_measures_have_anchors_for_the_tracker(web: httpx.Client) -> None:
    track = web.get("/api/tracks", params={"limit": 1}).json()["data"][0]
    h = track["history"][0]
    html = web.get(f"/doc/{h['doc_id']}").text
    assert f'id="measure-{h["measure_id"]}"' in html


def test_graph_with_an_unknown_centre_says_so(web: httpx.Client) -> None:
    html = web.get("/graph", params={"center": "没有这个实体", "lang": "zh"}).text
    assert "没有找到名为“没有这个实体”的实体" in html
    assert 'class="graph-legend"' in html and '<th scope="col">' in html
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', html, re.S)[1])
    assert len(data["edges"]) <= MAX_DRAWN_EDGES
    centred = web.get("/graph", params={"center": "深圳", "depth": 2}).text
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', centred, re.S)[1])
    assert 0 < len(data["nodes"]) <= MAX_CENTRE_NODES
    assert [n["ring"] for n in data["nodes"]] == sorted(n["ring"] for n in data["nodes"])


def test_search_filters_can_be_removed_and_years_are_in_order(web: httpx.Client) -> None:
    html = web.get("/search", params={"q": "深圳", "lang": "zh"}).text
    years = re.findall(r"date_from=(\d{4})-01-01", html)
    assert years == sorted(years, reverse=True)
    filtered = web.get("/search", params={"q": "深圳", "date_from": "1990", "date_to": "1990"}).text
    assert "没有找到匹配的文章" in filtered and "清除筛选" in filtered
    assert 'placeholder="YYYY-MM-DD"' in filtered


def test_entity_page_links_out(web: httpx.Client) -> None:
    html = web.get("/entity/深圳", params={"lang": "en"}).text
    assert "/search?entity=" in html and "/graph?center=" in html
    assert "<h1>深圳 <small" in html and ">place</small>" in html


def test_ask_cites_the_fact_and_error_pages_explain_in_the_readers_language(web: httpx.Client) -> None:
    q = "2024年深圳口岸出入境旅客有多少"
    answer = web.get("/api/ask", params={"q": q}).json()
    html = web.get("/ask", params={"q": q, "lang": "zh"}).text
    if answer.get("found"):
        a = answer["answer"]
        assert f"/doc/{a['doc_id']}#fact-{a['fact_id']}" in html
        assert f">{a['qualifier']} " not in html  # the qualifier in words
    assert "问一个数字" in web.get("/ask", params={"lang": "zh"}).text
    missing = web.get("/doc/999999", params={"lang": "zh"})
    assert missing.status_code == 404 and "没有找到这个页面或记录" in missing.text
    bad = web.get("/tracker", params={"status": "nope", "lang": "en"})
    assert bad.status_code == 422 and "A parameter of the link is not valid" in bad.text


def test_home_points_at_discrepancies_and_all_articles(web: httpx.Client) -> None:
    checks = web.get("/api/checks").json()
    checks = checks.get("data", checks) if isinstance(checks, dict) else checks
    n = sum(1 for c in checks if c.get("status") == "discrepancy")
    html = web.get("/", params={"lang": "zh"}).text
    assert ('href="/checks?status=discrepancy"' in html) == (n > 0)
    if n:
        assert f"{n} 处数字前后不一致" in html


def test_every_article_of_a_document_starts_with_its_title(web: httpx.Client) -> None:
    for hit in web.get("/api/search", params={"q": "", "limit": 50}).json()["data"]:
        doc = web.get(f"/api/documents/{hit['doc_id']}").json()
        html = web.get(f"/doc/{doc['doc_id']}").text
        text = html.split('id="doc-text"')[1].split("</div>")[0]
        for section in text.split('<section class="article-text">')[1:]:
            assert section.lstrip().startswith("<h2"), section[:200]
        panel = html.split('class="panels"')[1]
        names = re.findall(r'href="/search\?(?:category|tag)=[^"]+">([^<]+)</a>', panel)
        assert len(names) == len(set(names)), "a category or tag listed twice"


def test_pager_numbers_the_pages() -> None:
    template = ENV.from_string(
        '{% from "_macros.html" import pager with context %}{{ pager(result, offset, 20) }}'
    )
    html = template.render(
        t=translator("en"),
        url_with=lambda **kw: "/tracker?" + urlencode(kw),
        result={"count": 187},
        offset=100,
    )
    assert '<span class="page current" aria-current="page">6</span>' in html
    pages = re.findall(r'aria-label="Page (\d+)">', html)
    assert pages == ["1", "4", "5", "7", "8", "10"]  # first, last and two either side of the current
    assert html.count("…") == 2 and "101–120 / 187" in html
    assert 'href="/tracker?offset=80" rel="prev"' in html and 'href="/tracker?offset=120" rel="next"' in html
    one_page = template.render(t=translator("en"), url_with=lambda **kw: "", result={"count": 20}, offset=0)
    assert one_page.strip() == ""


def test_entity_measures_and_facts_link_to_titled_documents(web: httpx.Client) -> None:
    for ent in web.get("/api/entities", params={"limit": 30}).json()["data"]:
        found = web.get(f"/api/entities/{ent['canonical']}").json()
        titles = {d["doc_id"]: d.get("title") for d in found.get("documents", [])}
        items = [m for m in found.get("measures", []) + found.get("facts", []) if titles.get(m.get("doc_id"))]
        if not items:
            continue
        html = web.get(f"/entity/{ent['canonical']}", params={"lang": "en"}).text
        for m in items:
            assert re.search(rf'href="/doc/{m["doc_id"]}#(?:measure|fact)-\d+">[^<]+</a>', html)
        assert ">Open document<" not in html
        return
    pytest.skip("no entity with measures or facts in the test corpus")


def test_one_search_box_per_page_and_the_script_note(web: httpx.Client) -> None:
    for path, boxes in (("/", 1), ("/search?q=口岸", 1), ("/tracker", 1), ("/checks", 1)):
        html = web.get(path).text
        assert html.count('role="search"') == boxes, path
    for hit in web.get("/api/search", params={"q": "", "limit": 50}).json()["data"]:
        doc = web.get(f"/api/documents/{hit['doc_id']}").json()
        html = web.get(f"/doc/{doc['doc_id']}", params={"lang": "zh"}).text
        assert ("清洗后文本已统一为简体" in html) == (doc["script"] in ("hant", "mixed"))


def test_a_measure_card_leads_to_the_tracker_item_of_that_measure(web: httpx.Client) -> None:
    doc = _doc_with_facts(web)
    html = web.get(f"/doc/{doc['doc_id']}").text
    notes = json.loads(re.search(r'id="ann-data">(.*?)</script>', html, re.S)[1])
    checked = 0
    for i, m in enumerate(doc["measures"]):
        href = notes[f"m{i}"]["links"][0]["href"]
        assert href.startswith("/tracker?")
        page = web.get(href).text
        assert f"/doc/{doc['doc_id']}#measure-{m['measure_id']}" in page
        checked += 1
    assert checked == len(doc["measures"])


def test_indicator_and_checks_download_as_csv(web: httpx.Client) -> None:
    import csv
    import io

    doc = _doc_with_facts(web)
    f = next(x for x in doc["facts"] if x["kind"] in ("level", "count"))
    params = {"subject": f["subject_norm"], "unit": f["unit"], "place": f.get("place") or ""}
    page = web.get("/indicator", params=params).text
    assert "/indicator.csv?" in page
    r = web.get("/indicator.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text.startswith("\ufeffsubject,")
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    table = page.split('<table class="points">')[1].split("</table>")[0]
    assert len(rows) == table.count("<tr>") - 1  # the same points as the page's table
    assert any(row["quote"] == f["quote"] and row["doc_id"] == str(doc["doc_id"]) for row in rows)
    checks = web.get("/checks.csv")
    assert checks.status_code == 200 and checks.text.startswith("\ufeffstatus,subject,")


def test_csv_cells_never_run_as_formulas() -> None:
    from tequ.web.pages import csv_cell

    assert (
        csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
        and csv_cell("@x") == "'@x"
        and csv_cell("-1+1") == "'-1+1"
    )
    assert csv_cell(-1.5) == -1.5 and csv_cell(None) == "" and csv_cell("约2.1亿人次") == "约2.1亿人次"


def test_removed_stretches_are_named_in_words(web: httpx.Client) -> None:
    for hit in web.get("/api/search", params={"q": "", "limit": 50}).json()["data"]:
        doc = web.get(f"/api/documents/{hit['doc_id']}").json()
        if any(d.get("reason") == "meta" for d in doc.get("dropped", [])):
            html = web.get(f"/doc/{doc['doc_id']}", params={"lang": "zh"}).text
            assert '<span class="reason" title="meta">日期、来源等元信息</span>' in html
            return
    pytest.skip("no document with a removed metadata line")
