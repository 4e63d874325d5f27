"""The web UI in a real browser: Debian's Chromium (/usr/bin/chromium) driven by Playwright,
against a live ``tequ serve``. Screenshots go to test-artifacts/ (gitignored).

Every page must run without console errors (a Content-Security-Policy violation is one) and
request nothing from another origin.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from livesrv import LiveServer

CHROMIUM = Path(os.environ.get("TEQU_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Watched:
    """A page plus what went wrong on it: console errors, page errors, foreign requests."""

    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.base = base
        self.problems: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        page.on("request", self._request)
        page.set_default_timeout(15_000)

    def _request(self, request: Any) -> None:
        if not request.url.startswith(self.base + "/"):
            self.problems.append(f"foreign request: {request.url}")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def watched(browser: Any, web_server: LiveServer) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    w = Watched(context.new_page(), web_server.url)
    yield w
    context.close()
    assert w.problems == []


def _doc_ids(base: str, q: str) -> list[int]:
    return [int(h["doc_id"]) for h in httpx.get(base + "/api/search", params={"q": q}).json()["data"]]


def test_browser_search_document_indicator_entity_flow(watched: Watched) -> None:
    page, base = watched.page, watched.base
    page.goto(base + "/")
    page.fill(".big-search input[name=q]", "口岸")
    page.press(".big-search input[name=q]", "Enter")
    page.wait_for_selector(".hit")
    assert "/search?q=" in page.url
    assert page.locator(".snippet mark").count() >= 1
    watched.shot("1-search")

    # open the hits until one has highlighted facts
    hits = page.locator(".hit h3 a")
    for i in range(hits.count()):
        page.locator(".hit h3 a").nth(i).click()
        page.wait_for_selector("#doc-text")
        if page.locator("#doc-text mark[data-kind=fact]").count():
            break
        page.go_back()
    facts = page.locator("#doc-text mark[data-kind=fact]")
    assert facts.count() >= 1
    doc_id = int(page.url.rsplit("/", 1)[-1].split("?")[0])
    doc = httpx.get(f"{base}/api/documents/{doc_id}").json()
    for k in range(facts.count()):
        key = facts.nth(k).get_attribute("data-ann")
        assert facts.nth(k).inner_text() == doc["facts"][int(key[1:])]["quote"]
    watched.shot("2-document")

    facts.first.click()
    card = page.locator("#ann-card")
    card.wait_for(state="visible")
    assert doc["facts"][int(facts.first.get_attribute("data-ann")[1:])]["subject"] in card.inner_text()
    watched.shot("3-document-card")
    card.locator("a[href^='/indicator']").click()
    page.wait_for_url("**/indicator?**")
    page.wait_for_selector(".chart canvas")
    assert page.locator("table.points tbody tr").count() >= 1
    assert page.locator("table.points a[href^='/doc/']").count() >= 1
    watched.shot("4-indicator")

    page.go_back()
    page.wait_for_selector("#doc-text")
    page.locator("#doc-text mark[data-kind=entity]").first.click()
    card.wait_for(state="visible")
    card.locator("a[href^='/entity/']").click()
    page.wait_for_url("**/entity/**")
    page.wait_for_selector("#chart-timeline canvas")
    page.wait_for_selector("#graph canvas")
    assert page.locator("h1").inner_text()
    watched.shot("5-entity")


def test_browser_hostile_document_stays_inert(watched: Watched) -> None:
    page, base = watched.page, watched.base
    (doc_id,) = _doc_ids(base, "公园")[:1]
    for suffix in ("", "?view=original"):
        page.goto(f"{base}/doc/{doc_id}{suffix}")
        page.wait_for_selector("#doc-text")
        assert page.evaluate("() => window.__pwned") is None
        assert "<script>window.__pwned=1</script>" in page.locator("h1").inner_text()
        assert page.locator("#doc-text img, #doc-text a[href^='javascript']").count() == 0
    page.goto(base + "/search?q=" + "<img src=x onerror=window.__pwned=4>")
    assert page.evaluate("() => window.__pwned") is None
    page.goto(f"{base}/doc/{doc_id}")
    page.locator("#doc-text mark[data-kind=fact]").first.click()
    page.locator("#ann-card").wait_for(state="visible")
    assert page.evaluate("() => window.__pwned") is None
    watched.shot("6-hostile")


def test_browser_language_switch_is_remembered(watched: Watched) -> None:
    page, base = watched.page, watched.base
    page.goto(base + "/tracker")
    assert page.locator("nav a[href='/search']").inner_text() == "搜索"
    page.click("a.lang")
    assert page.locator("nav a[href='/search']").inner_text() == "Search"
    page.goto(base + "/checks")
    assert page.locator("html").get_attribute("lang") == "en"
    watched.shot("7-checks-en")


def test_browser_tracker_filter_and_graph(watched: Watched) -> None:
    page, base = watched.page, watched.base
    page.goto(base + "/tracker")
    total = page.locator("li.track").count()
    assert total >= 1
    page.select_option("select[name=status]", "planned")
    page.click(".filters button")
    page.wait_for_url("**status=planned**")
    statuses = page.locator("li.track h3 .status").all_inner_texts()
    assert all(s == "计划" for s in statuses)
    watched.shot("8-tracker")
    page.goto(base + "/graph")
    page.wait_for_selector("#graph canvas")
    watched.shot("9-graph")


def _doc_with_facts(base: str) -> dict[str, Any]:
    for doc_id in _doc_ids(base, "口岸"):
        doc = httpx.get(f"{base}/api/documents/{doc_id}").json()
        if doc["facts"]:
            return doc
    pytest.fail("no document with facts")


def test_browser_find_a_fact_in_the_text_and_close_its_card(watched: Watched) -> None:
    page, base = watched.page, watched.base
    doc = _doc_with_facts(base)
    page.goto(f"{base}/doc/{doc['doc_id']}")
    page.locator(".fact-list a.locate").first.click()
    card = page.locator("#ann-card")
    card.wait_for(state="visible")
    assert page.evaluate("() => document.activeElement.id") == "ann-f0"
    assert doc["facts"][0]["subject"] in card.inner_text()
    watched.shot("10-document-locate")
    page.keyboard.press("Escape")
    card.wait_for(state="hidden")
    assert page.evaluate("() => document.activeElement.id") == "ann-f0"  # focus back on the highlight
    # arriving from an indicator or check at #fact-<id> opens that fact's card
    last = len(doc["facts"]) - 1
    page.goto(f"{base}/doc/{doc['doc_id']}#fact-{doc['facts'][last]['fact_id']}")
    card.wait_for(state="visible")
    assert doc["facts"][last]["subject"] in card.inner_text()
    card.locator(".card-close").click()
    card.wait_for(state="hidden")


def test_browser_indicator_chart_names_its_periods(watched: Watched) -> None:
    page, base = watched.page, watched.base
    doc = _doc_with_facts(base)
    page.goto(f"{base}/doc/{doc['doc_id']}?lang=en")
    page.locator(".fact-list li > a").first.click()
    page.wait_for_url("**/indicator?**")
    periods = page.locator("table.points tbody tr td:first-child").all_inner_texts()
    assert periods == sorted(periods)
    if page.locator(".chart").count() == 0:  # one point: said in words instead of a chart
        assert "one period only" in page.locator("main").inner_text()
        return
    page.wait_for_selector(".chart canvas")
    legend = page.locator(".u-legend").first.inner_text()
    assert "Period" in legend and "Time" not in legend
    box = page.locator(".chart .u-over").first.bounding_box()
    spec = page.evaluate("() => JSON.parse(document.getElementById('chart-data').textContent)[0]")
    lo, hi = spec["x"][0], spec["x"][-1]
    margin = 0.5 if spec["mode"] == "year" else max(20 * 86400, (hi - lo) * 0.04)
    x0 = box["x"] + box["width"] * margin / (hi - lo + 2 * margin)
    page.mouse.move(x0, box["y"] + box["height"] / 2)
    page.wait_for_timeout(100)
    assert spec["label"][0] in page.locator(".u-legend").first.inner_text()  # hover shows the period
    watched.shot("11-indicator-hover")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_browser_narrow_screen_has_no_sideways_scrolling(
    browser: Any, web_server: LiveServer, lang: str
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800}, locale="zh-CN")
    w = Watched(context.new_page(), web_server.url)
    base = web_server.url
    doc = _doc_with_facts(base)
    paths = {
        "home": "/",
        "search": "/search?q=口岸",
        "doc": f"/doc/{doc['doc_id']}",
        "tracker": "/tracker",
        "checks": "/checks",
        "entity": "/entity/深圳",
        "graph": "/graph",
    }
    try:
        w.page.goto(f"{base}/?lang={lang}")
        for name, path in paths.items():
            w.page.goto(base + path)
            w.page.wait_for_load_state("load")
            width = w.page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 391, f"{path}: {width}px wide"
            w.shot(f"12-narrow-{lang}-{name}")
    finally:
        context.close()
    assert w.problems == []


def _contrast(fg: str, bg: str) -> float:
    def lum(rgb: str) -> float:
        parts = [int(x) / 255 for x in re.findall(r"\d+", rgb)[:3]]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_browser_badges_and_muted_text_are_readable(watched: Watched) -> None:
    page, base = watched.page, watched.base
    for path in ("/tracker", "/checks"):
        page.goto(base + path)
        colours = page.eval_on_selector_all(
            ".status, .meta",
            """els => els.map(e => {
                 const s = getComputedStyle(e);
                 let bg = s.backgroundColor, p = e;
                 while (bg === 'rgba(0, 0, 0, 0)' && p.parentElement) { p = p.parentElement; bg = getComputedStyle(p).backgroundColor; }
                 return [e.className, s.color, bg];
               })""",
        )
        assert colours
        for cls, fg, bg in colours:
            assert _contrast(fg, bg) >= 4.5, f"{path} .{cls}: {fg} on {bg}"
