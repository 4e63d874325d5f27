"""Writes and tokens: ``POST /api/ingest`` needs ``TEQU_TOKEN`` (none configured: 403), bodies are
capped (413), reads can be protected by ``TEQU_READ_TOKEN``. Real servers on loopback."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from livesrv import READ_TOKEN, WRITE_TOKEN, LiveServer

NEW_ARTICLE = """光明区科学城建设提速
2025-03-02 光明日报社区版
光明区今年计划新开工科研设施8个，总投资约150亿元。
光明区已建成大科学装置2个，并将推进合成生物研究平台建设。
"""


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_ingest_disabled_without_configured_token(server: LiveServer) -> None:
    r = httpx.post(server.url + "/api/ingest", json={"articles": [{"name": "a.txt", "text": "深圳"}]})
    assert r.status_code == 403
    body = r.json()
    assert body["ok"] is False and "TEQU_TOKEN" in body["error"]


def test_ingest_rejects_missing_and_wrong_tokens(token_server: LiveServer) -> None:
    payload = {"articles": [{"name": "a.txt", "text": "深圳"}]}
    for headers in ({}, _auth("wrong-token-123"), _auth(READ_TOKEN)):
        r = httpx.post(token_server.url + "/api/ingest", json=payload, headers=headers)
        assert r.status_code == 401, r.text
        assert r.json()["ok"] is False


def test_ingest_json_article_becomes_searchable(token_server: LiveServer) -> None:
    payload = {"articles": [{"name": "guangming.txt", "text": NEW_ARTICLE}]}
    before = httpx.get(token_server.url + "/api/search", params={"q": "科学城"}, headers=_auth(READ_TOKEN))
    assert before.json()["count"] == 0  # now cached: the write below must make it stale
    r = httpx.post(token_server.url + "/api/ingest", json=payload, headers=_auth(WRITE_TOKEN), timeout=120)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ok"] is True and body["ingested"] == 1
    doc_id = body["data"][0]["doc_id"]
    hits = httpx.get(
        token_server.url + "/api/search", params={"q": "科学城"}, headers=_auth(READ_TOKEN)
    ).json()
    assert doc_id in [h["doc_id"] for h in hits["data"]]
    again = httpx.post(
        token_server.url + "/api/ingest", json=payload, headers=_auth(WRITE_TOKEN), timeout=120
    )
    assert again.json()["unchanged"] == 1


def test_ingest_multipart_files_reports_each(token_server: LiveServer) -> None:
    files = [
        ("files", ("../../etc/upload-one.txt", "龙岗区新建学校5所，新增学位4000个。".encode(), "text/plain")),
        ("files", ("binary.bin", bytes(range(256)) * 4, "application/octet-stream")),
    ]
    r = httpx.post(token_server.url + "/api/ingest", files=files, headers=_auth(WRITE_TOKEN), timeout=120)
    assert r.status_code == 200, r.text
    body = r.json()
    by_name = {item["name"]: item for item in body["data"]}
    assert by_name["upload-one.txt"]["status"] == "ingested"  # path parts dropped from the name
    assert by_name["binary.bin"]["status"] == "failed" and by_name["binary.bin"]["error"]
    assert body["ok"] is False and body["failed"] == 1


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"content": b"x" * 300_000, "headers": {"content-type": "application/json"}}, 413),
        ({"json": {"articles": [{"name": "big.txt", "text": "深" * 100_000}]}}, 413),
        ({"json": {"articles": []}}, 422),
        ({"json": {"articles": [{"name": f"{i}.txt", "text": "深圳"} for i in range(51)]}}, 422),
        ({"json": {"wrong": 1}}, 422),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
        ({"content": b"hello", "headers": {"content-type": "text/plain"}}, 415),
    ],
)
def test_ingest_rejects_oversized_and_malformed_bodies(
    token_server: LiveServer, kwargs: dict, status: int
) -> None:
    headers = {**_auth(WRITE_TOKEN), **kwargs.pop("headers", {})}
    r = httpx.post(token_server.url + "/api/ingest", headers=headers, timeout=60, **kwargs)
    assert r.status_code == status, r.text
    assert r.json() == {"ok": False, "error": r.json()["error"], "status": status}


def test_ingest_cap_holds_for_chunked_body_without_length(token_server: LiveServer) -> None:
    def chunks():
        for _ in range(40):
            yield b"y" * 10_000

    r = httpx.post(
        token_server.url + "/api/ingest",
        content=chunks(),
        headers={**_auth(WRITE_TOKEN), "content-type": "application/json"},
        timeout=60,
    )
    assert r.status_code == 413


@pytest.mark.parametrize("path", ["/api/stats", "/api/search?q=口岸", "/", "/search?q=口岸"])
def test_read_token_protects_api_and_pages(token_server: LiveServer, path: str) -> None:
    assert httpx.get(token_server.url + path).status_code == 401
    assert httpx.get(token_server.url + path, headers=_auth("not-the-token")).status_code == 401
    assert httpx.get(token_server.url + path, headers=_auth(READ_TOKEN)).status_code == 200
    assert httpx.get(token_server.url + "/api/health").status_code == 200  # liveness stays open


def test_read_token_in_query_sets_cookie_for_browsers(token_server: LiveServer) -> None:
    with httpx.Client(base_url=token_server.url) as c:
        assert c.get("/", params={"token": READ_TOKEN}).status_code == 200
        assert c.get("/search", params={"q": "口岸"}).status_code == 200  # the cookie carries it


def test_cache_never_serves_a_protected_response_without_the_token(token_server: LiveServer) -> None:
    url = token_server.url + "/api/search?q=前海"
    first = httpx.get(url, headers=_auth(READ_TOKEN))
    again = httpx.get(url, headers=_auth(READ_TOKEN))
    assert first.status_code == again.status_code == 200
    assert again.headers["x-tequ-cache"] == "hit"
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers=_auth("not-the-token")).status_code == 401


def test_cache_sees_writes_by_another_process(token_server: LiveServer, tmp_path) -> None:
    url = token_server.url + "/api/search"
    params = {"q": "盐田港"}
    assert httpx.get(url, params=params, headers=_auth(READ_TOKEN)).json()["count"] == 0
    assert httpx.get(url, params=params, headers=_auth(READ_TOKEN)).headers["x-tequ-cache"] == "hit"
    article = tmp_path / "yantian.txt"
    article.write_text(
        "盐田港集装箱吞吐量创新高\n2025-02-01 港口周刊\n盐田港去年完成集装箱吞吐量1500万标箱。\n", "utf-8"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "tequ", "ingest", str(article), "--db", str(token_server.db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    fresh = httpx.get(url, params=params, headers=_auth(READ_TOKEN))
    assert fresh.headers["x-tequ-cache"] == "miss"
    assert fresh.json()["count"] == 1
