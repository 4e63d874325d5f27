"""Web pages over HTTP (no browser): every view renders in both languages, document text stays
inert, errors are pages with a message, static files cannot escape their folder, nothing is
loaded from another origin."""

from __future__ import annotations

import http.client
import json
import re
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest
from livesrv import LiveServer

import tequ.web

VENDOR = Path(tequ.web.__file__).resolve().parent / "static" / "vendor"
WEB_BUILD = Path(__file__).resolve().parents[2] / "web-build"
PAGES = [
    "/",
    "/search?q=口岸",
    "/search?q=深圳&category=数据",
    "/search",
    "/indicator?subject=旅客",
    "/tracker",
    "/tracker?status=planned",
    "/checks",
    "/graph",
    "/graph?center=深圳",
    "/ask?q=2024年深圳口岸出入境旅客有多少",
    "/entity/深圳",
]


@pytest.fixture
def web(web_server: LiveServer) -> httpx.Client:
    with httpx.Client(base_url=web_server.url, timeout=30) as c:
        yield c


def _doc_id(web: httpx.Client, q: str) -> int:
    return int(web.get("/api/search", params={"q": q}).json()["data"][0]["doc_id"])


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize(("lang", "word"), [("zh", "搜索"), ("en", "Search")])
def test_pages_render_in_both_languages(web: httpx.Client, path: str, lang: str, word: str) -> None:
    r = web.get(path + ("&" if "?" in path else "?") + f"lang={lang}")
    assert r.status_code == 200, r.text[-2000:]
    assert r.headers["content-type"].startswith("text/html")
    assert f'<html lang="{"zh-CN" if lang == "zh" else "en"}"' in r.text
    assert word in r.text


def test_pages_remember_language_in_a_cookie(web: httpx.Client) -> None:
    assert web.get("/", params={"lang": "en"}).cookies.get("tequ_lang") == "en"
    assert '<html lang="en"' in web.get("/tracker").text
    assert '<html lang="zh-CN"' in web.get("/tracker", params={"lang": "zh"}).text


def test_document_page_highlights_annotations(web: httpx.Client) -> None:
    doc_id = _doc_id(web, "口岸")
    html = web.get(f"/doc/{doc_id}").text
    doc = web.get(f"/api/documents/{doc_id}").json()
    marks = re.findall(r'<mark class="ann ann-(\w+)" data-kind="(\w+)" data-ann="(\w+)"', html)
    kinds = {k for k, _, _ in marks}
    assert "fact" in kinds and "entity" in kinds
    notes = json.loads(
        re.search(r'<script type="application/json" id="ann-data">(.*?)</script>', html, re.S)[1]
    )
    assert {key for _, _, key in marks} <= set(notes)
    first_fact = doc["facts"][0]
    assert any(first_fact["subject"] in note["title"] for note in notes.values())
    assert "/indicator?subject=" in html


def test_document_page_toggles_to_original(web: httpx.Client) -> None:
    doc_id = _doc_id(web, "地铁")
    clean = web.get(f"/doc/{doc_id}").text
    original = web.get(f"/doc/{doc_id}", params={"view": "original"}).text
    assert "地铁" in clean and '<pre class="original">' in original and "地鐵" in original


@pytest.mark.parametrize("suffix", ["", "?view=original", "?lang=en"])
def test_hostile_document_renders_inert(web: httpx.Client, suffix: str) -> None:
    doc_id = _doc_id(web, "公园")
    html = web.get(f"/doc/{doc_id}{suffix}").text
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html and '<img src="x"' not in html
    assert 'href="javascript:' not in html.lower()
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert re.findall(r"<script(?![^>]*(?:src=\"/static/|type=\"application/json\"))", html) == []


@pytest.mark.parametrize(
    "path", ["/search?q=公园", "/search?q=<script>alert(1)</script>", "/", "/tracker", "/graph"]
)
def test_hostile_text_is_escaped_on_listing_pages(web: httpx.Client, path: str) -> None:
    html = web.get(path).text
    assert "<script>window.__pwned" not in html and "<script>alert(1)" not in html
    assert re.findall(r"<script(?![^>]*(?:src=\"/static/|type=\"application/json\"))", html) == []


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/doc/999999", 404),
        ("/doc/abc", 422),
        ("/entity/不存在的实体名称", 404),
        ("/nowhere", 404),
        ("/indicator", 422),
    ],
)
def test_errors_are_html_pages_with_a_message(web: httpx.Client, path: str, status: int) -> None:
    r = web.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert 'class="message"' in r.text and "Traceback" not in r.text


def _raw_get(server: LiveServer, path: str) -> tuple[int, bytes]:
    """A request whose path is sent exactly as written (no client-side normalising)."""
    conn = http.client.HTTPConnection("127.0.0.1", urlparse(server.url).port, timeout=10)
    conn.putrequest("GET", path, skip_accept_encoding=True)
    conn.endheaders()
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, body


@pytest.mark.parametrize(
    "path",
    [
        "/static/../api/app.py",
        "/static/%2e%2e/api/app.py",
        "/static/..%2fapi%2fapp.py",
        "/static/css/../../api/app.py",
        "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
        "/static//etc/passwd",
        "/doc/..%2f..%2fetc%2fpasswd",
        "/doc/1/../../etc/passwd",
        "/entity/..%2f..%2fetc%2fpasswd",
    ],
)
def test_no_path_traversal_in_static_or_doc_routes(web_server: LiveServer, path: str) -> None:
    status, body = _raw_get(web_server, path)
    assert status in (400, 404, 422), (status, body[:200])
    assert b"create_app" not in body and b"root:" not in body and b"[project]" not in body


def test_static_files_and_csp(web: httpx.Client) -> None:
    r = web.get("/static/css/tequ.css")
    assert r.status_code == 200 and "text/css" in r.headers["content-type"]
    page = web.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp


@pytest.mark.parametrize("path", [*PAGES, "/doc/1", "/doc/1?view=original"])
def test_pages_load_nothing_from_other_origins(web: httpx.Client, path: str) -> None:
    html = web.get(path).text
    refs = re.findall(r'(?:src|href|action)="([^"]*)"', html)
    assert refs
    assert [r for r in refs if re.match(r"(?i)\s*(https?:)?//|javascript:|data:", r)] == []
    for ref in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html):
        assert ref.startswith("/static/"), ref


def test_vendored_libraries_match_the_build_manifest() -> None:
    manifest = json.loads((VENDOR / "MANIFEST.json").read_text())
    package = json.loads((WEB_BUILD / "package.json").read_text())
    for name, origin in manifest.items():
        assert (VENDOR / name).stat().st_size > 0, name
        pkg, rest = origin.split("@", 1)
        assert package["dependencies"][pkg] == rest.split("/", 1)[0]


def test_links_on_odd_paths_stay_on_this_origin(web_server: LiveServer) -> None:
    status, body = _raw_get(web_server, "//evil.example/x")
    assert status == 404
    assert b'href="//' not in body
