"""Crawl the UI over the sample corpus (examples/, our own files in every encoding and form):
every document in both views, every entity and indicator page answers 200 with no server error,
and every annotation of a document is highlighted in its original view."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from livesrv import LiveServer


@pytest.fixture(scope="module")
def examples_server(examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    if not any(examples_dir.glob("*.*")):
        pytest.skip("examples/ is empty")
    db = tmp_path_factory.mktemp("examples-kb") / "kb.db"
    proc = subprocess.run(
        [sys.executable, "-m", "tequ", "ingest", str(examples_dir), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    with LiveServer(db) as srv:
        yield srv
        assert not srv.server_errors(), srv.server_errors()


def _get(c: httpx.Client, url: str, **params: object) -> httpx.Response:
    r = c.get(url, params=params or None)
    assert r.status_code == 200, f"{url} {params}: {r.status_code} {r.text[-500:]}"
    return r


def test_crawl_every_document_in_both_views(examples_server: LiveServer) -> None:
    with httpx.Client(base_url=examples_server.url, timeout=60) as c:
        count = _get(c, "/api/stats").json()["documents"]
        hits = _get(c, "/api/search", q="", limit=200).json()["data"]
        ids = sorted({h["doc_id"] for h in hits})
        assert len(ids) == count
        shown = total = 0
        for doc_id in ids:
            doc = _get(c, f"/api/documents/{doc_id}").json()
            clean = _get(c, f"/doc/{doc_id}").text
            original = _get(c, f"/doc/{doc_id}", view="original").text
            keys = [f"f{i}" for i in range(len(doc["facts"]))] + [
                f"e{i}" for i in range(len(doc["entities"]))
            ]
            keys += [f"m{i}" for i in range(len(doc["measures"]))]
            marked = set(re.findall(r'data-ann="(\w+)"', original))
            assert set(keys) <= marked, f"doc {doc_id}: not highlighted: {sorted(set(keys) - marked)}"
            in_clean = set(re.findall(r'data-ann="(\w+)"', clean))
            shown += len(set(keys) & in_clean)
            total += len(keys)
        print(f"{shown} of {total} annotations highlighted in clean views")
        assert shown >= 0.9 * total, f"only {shown} of {total} annotations highlighted in clean views"


def test_crawl_entity_indicator_and_report_pages(examples_server: LiveServer) -> None:
    with httpx.Client(base_url=examples_server.url, timeout=60) as c:
        for ent in _get(c, "/api/entities", limit=60).json()["data"]:
            _get(c, f"/entity/{ent['canonical']}")
            _get(c, "/graph", center=ent["canonical"])
        subjects = {
            (f["subject"], f["unit"], f.get("place")) for f in _get(c, "/api/facts", limit=200).json()["data"]
        }
        for subject, unit, place in sorted(subjects, key=str)[:60]:
            page = _get(
                c, "/indicator", subject=subject, unit=unit, **({"place": place} if place else {})
            ).text
            assert 'table class="points"' in page or "indicator.none" not in page
        for path in ("/", "/tracker", "/checks", "/graph", "/search"):
            for lang in ("zh", "en"):
                _get(c, path, lang=lang)
