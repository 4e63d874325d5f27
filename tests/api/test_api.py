"""The JSON API against a real ``tequ serve`` on loopback, over a knowledge base ingested from our
own test articles through the real pipeline and SQLite store."""

from __future__ import annotations

import json

import httpx
import pytest

SEARCH_TERMS = ["口岸", "前海", "地铁"]


def _doc_id(client: httpx.Client, q: str) -> int:
    hits = client.get("/api/search", params={"q": q}).json()["data"]
    assert hits, f"no hit for {q}"
    return int(hits[0]["doc_id"])


def _assert_error(r: httpx.Response, status: int) -> dict[str, object]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in r.text
    return body


def test_health_answers_without_store(client: httpx.Client) -> None:
    assert client.get("/api/health").json()["ok"] is True


def test_stats_counts_ingested_documents(client: httpx.Client) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 5
    assert stats["articles"] >= 5
    assert stats["paragraphs"] > stats["documents"]


@pytest.mark.parametrize("q", SEARCH_TERMS)
def test_search_finds_articles_with_marked_snippets(client: httpx.Client, q: str) -> None:
    body = client.get("/api/search", params={"q": q}).json()
    assert body["count"] >= 1
    assert set(body) >= {"data", "count", "facets"}
    assert any(f"<mark>{q[0]}" in hit["snippet"] or "<mark>" in hit["snippet"] for hit in body["data"])


def test_search_traditional_query_finds_simplified_text(client: httpx.Client) -> None:
    assert client.get("/api/search", params={"q": "口岸辦"}).json()["count"] >= 1


def test_search_paginates_with_limit_and_offset(client: httpx.Client) -> None:
    full = client.get("/api/search", params={"q": "深圳", "limit": 50}).json()
    assert full["count"] >= 3
    first = client.get("/api/search", params={"q": "深圳", "limit": 1}).json()
    second = client.get("/api/search", params={"q": "深圳", "limit": 1, "offset": 1}).json()
    assert len(first["data"]) == len(second["data"]) == 1
    assert first["count"] == second["count"] == full["count"]
    assert first["data"][0] != second["data"][0]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 201},
        {"offset": -1},
        {"offset": 10**9},
        {"limit": "many"},
        {"date_from": "yesterday"},
    ],
)
def test_search_rejects_bad_paging_and_filters_with_json_error(client: httpx.Client, params: dict) -> None:
    _assert_error(client.get("/api/search", params={"q": "口岸", **params}), 422)


@pytest.mark.parametrize(
    "q",
    [
        '"',
        "口岸 OR 1=1",
        "' OR '1'='1",
        "口岸'; DROP TABLE documents; --",
        "NEAR(口岸 前海)",
        "*",
        "口岸*",
        "(((",
        "col:口岸",
        "documents MATCH 'x'",
        "\\",
        "%_",
        "口岸 AND NOT 前海",
        "^口岸",
        "x" * 500,
        "\u0000",
        "口\u200b岸",
        "𠀀𠀁",
    ],
)
def test_search_hostile_syntax_is_plain_text(client: httpx.Client, q: str) -> None:
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200, r.text
    body = r.json()
    assert isinstance(body["data"], list) and isinstance(body["count"], int)
    assert client.get("/api/stats").json()["documents"] == 5  # nothing was dropped


def test_document_has_original_clean_text_and_spans(client: httpx.Client) -> None:
    doc = client.get(f"/api/documents/{_doc_id(client, '口岸')}").json()
    original = doc["original"]
    assert doc["text"] and doc["paragraphs"]
    assert doc["facts"] and doc["entities"]
    for item in doc["facts"] + doc["measures"]:
        assert original[item["start"] : item["end"]] == item["quote"]
    for ent in doc["entities"]:
        assert original[ent["start"] : ent["end"]] == ent["text"]
        for m in ent["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(original)


def test_document_traditional_keeps_original_script(client: httpx.Client) -> None:
    doc = client.get(f"/api/documents/{_doc_id(client, '地铁')}").json()
    assert "地鐵" in doc["original"]
    assert "地铁" in doc["text"]


@pytest.mark.parametrize("path", ["/api/documents/999999", "/api/entities/不存在的实体名称"])
def test_missing_items_are_json_404(client: httpx.Client, path: str) -> None:
    _assert_error(client.get(path), 404)


@pytest.mark.parametrize("path", ["/api/documents/abc", "/api/documents/0", "/api/documents/-1"])
def test_bad_document_ids_are_json_errors(client: httpx.Client, path: str) -> None:
    _assert_error(client.get(path), 422)


def test_unknown_api_route_is_json_404(client: httpx.Client) -> None:
    _assert_error(client.get("/api/nothing/here"), 404)


def test_facts_filter_by_kind_and_subject(client: httpx.Client) -> None:
    body = client.get("/api/facts", params={"limit": 200}).json()
    assert body["count"] == len(body["data"]) > 0
    kind = body["data"][0]["kind"]
    only = client.get("/api/facts", params={"kind": kind}).json()
    assert only["data"] and all(f["kind"] == kind for f in only["data"])
    subject = body["data"][0]["subject"]
    hits = client.get("/api/facts", params={"subject": subject}).json()["data"]
    assert all(subject in f["subject"] for f in hits)
    _assert_error(client.get("/api/facts", params={"kind": "bogus"}), 422)


def test_series_points_cite_their_documents(client: httpx.Client) -> None:
    body = client.get("/api/series", params={"subject": "旅客"}).json()
    assert body["count"] == len(body["data"]) >= 1
    for series in body["data"]:
        for point in series["points"]:
            doc = client.get(f"/api/documents/{point['doc_id']}").json()
            assert doc["original"][point["start"] : point["end"]] == point["quote"]
    _assert_error(client.get("/api/series"), 422)


def test_entities_search_and_entity_page(client: httpx.Client) -> None:
    body = client.get("/api/entities", params={"q": "深圳"}).json()
    assert body["count"] >= 1
    name = body["data"][0]["canonical"]
    entity = client.get(f"/api/entities/{name}").json()
    assert entity["canonical"] == name
    assert entity["documents"]
    _assert_error(client.get("/api/entities", params={"type": "XYZ"}), 422)


def test_entity_name_with_slash_is_not_a_path(client: httpx.Client) -> None:
    _assert_error(client.get("/api/entities/..%2F..%2Fetc%2Fpasswd"), 404)


def test_tracks_filter_by_status(client: httpx.Client) -> None:
    body = client.get("/api/tracks", params={"limit": 200}).json()
    assert body["count"] >= 1
    status = body["data"][0]["status"]
    only = client.get("/api/tracks", params={"status": status}).json()["data"]
    assert only and all(t["status"] == status for t in only)
    assert all(t["history"] for t in only)


def test_checks_and_graph_and_ask(client: httpx.Client) -> None:
    checks = client.get("/api/checks").json()
    assert checks["count"] == len(checks["data"])
    graph = client.get("/api/graph", params={"limit": 10}).json()
    assert len(graph["nodes"]) <= 10
    ids = {n["id"] for n in graph["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    answer = client.get("/api/ask", params={"q": "2024年深圳各口岸出入境旅客有多少"}).json()
    assert answer["found"] is (answer["answer"] is not None)
    _assert_error(client.get("/api/ask"), 422)


def test_openapi_lists_every_route_with_typed_models(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in [
        "/api/search",
        "/api/documents/{doc_id}",
        "/api/facts",
        "/api/series",
        "/api/entities",
        "/api/entities/{name}",
        "/api/tracks",
        "/api/checks",
        "/api/graph",
        "/api/ask",
        "/api/stats",
        "/api/ingest",
    ]:
        assert path in paths, path
    schemas = spec["components"]["schemas"]
    assert {"FactPublic", "FactsPublic", "SearchPublic", "DocumentPublic", "ErrorPublic"} <= set(schemas)
    assert set(schemas["FactsPublic"]["properties"]) == {"data", "count"}
    assert not any(p.startswith("/doc/") for p in paths)  # web pages stay out of the API spec


def test_no_cdn_docs_page_and_security_headers(client: httpx.Client) -> None:
    assert client.get("/docs").status_code == 404
    r = client.get("/api/stats")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_error_body_is_the_documented_shape(client: httpx.Client) -> None:
    body = _assert_error(client.get("/api/documents/999999"), 404)
    assert json.loads(json.dumps(body)) == {"ok": False, "error": "no document 999999", "status": 404}


def test_cache_replays_identical_reads_only(client: httpx.Client) -> None:
    first = client.get("/api/facts", params={"limit": 3, "offset": 1})
    second = client.get("/api/facts", params={"limit": 3, "offset": 1})
    assert second.headers["x-tequ-cache"] == "hit"
    assert second.content == first.content
    assert second.headers["content-security-policy"]
    other = client.get("/api/facts", params={"limit": 3, "offset": 2})
    assert other.headers["x-tequ-cache"] == "miss"
    assert client.get("/api/health").headers.get("x-tequ-cache") is None


@pytest.mark.parametrize("path", ["/", "/api/stats", "/api/search?q=口岸"])
def test_head_answers_like_get_without_body(client: httpx.Client, path: str) -> None:
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert "content-security-policy" in head.headers
