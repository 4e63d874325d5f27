"""HTTP load bench: N concurrent clients against a real ``tequ serve`` on loopback, bounded in time
and request count. Prints p50/p95/p99 per request kind, requests per second and errors.

    python bench/bench_serve.py --db /tmp/tequ-bench-kb-20000.db         # target: 50 clients, 30 s
    python bench/bench_serve.py --docs 2000 --clients 20 --seconds 10     # quick run (builds a base)
    python bench/bench_serve.py --url http://127.0.0.1:8000 --db tequ.db  # an already running server

The knowledge base comes from ``--db`` or is built like bench/bench_kb.py does (its corpus,
``tequ ingest`` in a subprocess). Queries are 2-6 character Han substrings of stored paragraphs
plus domain words, both scripts; document ids, fact subjects and entity names are drawn from
the same base. Each client is one keep-alive connection (a light asyncio client by default,
``--client httpx`` for httpx) sending one request at a time, back to back (closed loop;
``--think MS`` adds pauses), picking kind and path at random (uniform over ``--queries``
distinct paths per kind). The server's response cache answers repeats; the table shows hits
and misses apart (``search/miss`` is the cost of a search the cache has not seen);
``--no-cache`` turns it off, ``--workers`` sets server processes, ``--miss-cost N`` only measures
the CPU of N searches in process (a miss without HTTP), ``--write-paths FILE`` only writes paths
for the wrk script bench/wrk_serve.lua (a lighter generator). The server is started with
``python -m tequ serve --host 127.0.0.1 --port <free>``; CPU per request of server and load
generator is printed, so figures from a busy machine can be read.

Target (issue 6): 50 clients for 30 s on 20,000 documents: zero errors, search p95 <= 150 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: default request mix: kind -> weight
MIX = {"search": 70, "search_filtered": 5, "document": 8, "facts": 6, "entities": 4, "page_search": 7}


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p * (len(xs) - 1)))] if xs else float("nan")


def ensure_db(args: argparse.Namespace) -> Path:
    if args.db:
        if not Path(args.db).exists():
            sys.exit(f"{args.db}: no such knowledge base")
        return Path(args.db)
    from bench_kb import run_ingest
    from corpus import build_corpus

    db = Path(tempfile.gettempdir()) / f"tequ-serve-bench-{args.docs}.db"
    if not db.exists():
        folder = build_corpus(None, n=args.docs)
        print(f"building {db} from {folder} ...", file=sys.stderr)
        secs, _, tail = run_ingest(folder, db, 2, None)
        print(f"ingested in {secs:.0f} s; {tail}", file=sys.stderr)
    return db


def workload(db: Path, n: int, seed: int) -> dict[str, list[str]]:
    """Request paths per kind, drawn from the stored base."""
    from bench_kb import queries

    rng = random.Random(seed)
    qs = queries(db, n, seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY random() LIMIT ?", (n,))]
    subjects = [r[0] for r in conn.execute("SELECT subject FROM facts ORDER BY random() LIMIT ?", (n,))]
    names = [r[0] for r in conn.execute("SELECT canonical FROM entities ORDER BY random() LIMIT ?", (n,))]
    years = [str(y) for y in range(2021, 2027)]
    conn.close()
    enc = lambda s: quote(s, safe="")  # noqa: E731
    return {
        "search": [f"/api/search?q={enc(q)}" for q in qs],
        "search_filtered": [
            f"/api/search?q={enc(q)}&date_from={y}-01-01&limit=10&offset={rng.choice([0, 10])}"
            for q, y in zip(qs, rng.choices(years, k=len(qs)), strict=False)
        ],
        "document": [f"/api/documents/{i}" for i in ids] or ["/api/documents/1"],
        "facts": [f"/api/facts?subject={enc(s[:4])}&limit=20" for s in subjects] or ["/api/facts"],
        "entities": [f"/api/entities?q={enc(s[:3])}&limit=20" for s in names] or ["/api/entities"],
        "page_search": [f"/search?q={enc(q)}" for q in qs],
    }


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its live descendants (Linux /proc; 0 elsewhere)."""
    total = 0.0
    stack = [pid]
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    while stack:
        p = stack.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in os.listdir(f"/proc/{p}/task"):
                stack.extend(int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split())
        except (OSError, ValueError, IndexError):
            continue
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, *, cache: bool = True, workers: int = 1) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    cmd = [sys.executable, "-m", "tequ", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--workers", str(workers)]
    env = {k: v for k, v in os.environ.items() if k not in ("TEQU_TOKEN", "TEQU_READ_TOKEN")}
    if not cache:
        env["TEQU_CACHE_ENTRIES"] = "0"
    log = open(Path(tempfile.gettempdir()) / f"tequ-bench-serve-{port}.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    print(f"server log: {log.name}", file=sys.stderr)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited: {Path(log.name).read_text(errors='replace')}")
        try:
            if httpx.get(url + "/api/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    sys.exit("server did not start within 60 s")


class RawConnection:
    """One keep-alive HTTP/1.1 connection sending GETs: a load generator far lighter than httpx,
    so that on a small machine the server, not the client, gets the CPU. Reads ``Content-Length``
    bodies (every response of tequ serve has one); anything else counts as an error."""

    def __init__(self, url: str) -> None:
        parsed = urlsplit(url)
        self.host, self.port = parsed.hostname or "127.0.0.1", parsed.port or 80
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, dict[str, str]]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("latin-1"))
        try:
            head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
            status = int(head[0].split()[1])
            headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in head[1:] if h)}
            if "content-length" not in headers:
                raise ConnectionError(f"response without Content-Length: {head[0]}")
            await self.reader.readexactly(int(headers["content-length"]))
        except BaseException:
            self.close()
            raise
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def client(
    fetch: Callable[[str], Awaitable[tuple[int, Any]]],
    paths: dict[str, list[str]],
    kinds: list[str],
    weights: list[int],
    stop: float,
    budget: list[int],
    results: dict[str, list[float]],
    errors: dict[str, int],
    seed: int,
    think: float,
    timeout: float,
) -> None:
    rng = random.Random(seed)
    while time.perf_counter() < stop and budget[0] > 0:
        if think > 0:  # an interactive user: an exponential pause between requests
            await asyncio.sleep(min(rng.expovariate(1000 / think), stop - time.perf_counter()))
            if time.perf_counter() >= stop:
                break
        budget[0] -= 1
        kind = rng.choices(kinds, weights)[0]
        path = rng.choice(paths[kind])
        t0 = time.perf_counter()
        try:
            status, headers = await asyncio.wait_for(fetch(path), timeout)
            ok = status == 200
            cache = headers.get("x-tequ-cache", "off")
            what = f"HTTP {status}"
        except (TimeoutError, httpx.HTTPError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
            ok = False
            what = type(exc).__name__
        elapsed = (time.perf_counter() - t0) * 1000
        if ok:
            results[kind].append(elapsed)
            results[f"{kind}/{cache}"].append(elapsed)
        else:
            errors[kind] += 1
            if errors[kind] <= 3:
                print(f"error: {kind} {path[:80]}: {what} after {elapsed:.0f} ms", file=sys.stderr)


async def run_load(
    url: str,
    paths: dict[str, list[str]],
    mix: dict[str, int],
    args: argparse.Namespace,
    server_pid: int | None,
) -> float:
    results: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    kinds = [k for k in mix if mix[k] > 0]
    weights = [mix[k] for k in kinds]
    limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
    async with httpx.AsyncClient(base_url=url, timeout=args.timeout, limits=limits) as http:

        async def via_httpx(path: str) -> tuple[int, Any]:
            r = await http.get(path)
            return r.status_code, r.headers

        raws = [RawConnection(url) for _ in range(args.clients)]
        fetchers = [via_httpx if args.client == "httpx" else raw.get for raw in raws]
        for kind in kinds:  # warm-up: one of each, not counted
            await http.get(paths[kind][0])
        start = time.perf_counter()
        cpu0 = (time.process_time(), tree_cpu_seconds(server_pid) if server_pid else 0.0)
        budget = [args.max_requests]
        stop = start + args.seconds
        await asyncio.gather(
            *(
                client(
                    fetchers[i],
                    paths,
                    kinds,
                    weights,
                    stop,
                    budget,
                    results,
                    errors,
                    i,
                    args.think,
                    args.timeout,
                )
                for i in range(args.clients)
            )
        )
        wall = time.perf_counter() - start
        cpu = (time.process_time() - cpu0[0], (tree_cpu_seconds(server_pid) - cpu0[1]) if server_pid else 0.0)
        for raw in raws:
            raw.close()
    report(results, errors, wall, args)
    n = max(1, sum(len(v) for k, v in results.items() if "/" not in k) + sum(errors.values()))
    print(
        f"CPU per request: server {1000 * cpu[1] / n:.1f} ms, load generator {1000 * cpu[0] / n:.1f} ms "
        f"(server used {cpu[1] / wall:.2f} of {os.cpu_count()} CPUs)"
    )
    return _pct(results["search"], 0.95)


def report(
    results: dict[str, list[float]], errors: dict[str, int], wall: float, args: argparse.Namespace
) -> None:
    total = sum(len(v) for k, v in results.items() if "/" not in k)
    n_err = sum(errors.values())
    print(
        f"load: {args.clients} clients, {wall:.1f} s, {total + n_err} requests = {(total + n_err) / wall:.0f} req/s"
    )
    print(f"{'kind[/cache]':<22}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for kind in sorted(set(results) | set(errors)):
        xs = results[kind]
        print(
            f"{kind:<22}{len(xs):>7}{_pct(xs, 0.5):>9.1f}{_pct(xs, 0.95):>9.1f}{_pct(xs, 0.99):>9.1f}{errors[kind]:>8}"
        )
    every = [x for k, xs in results.items() if "/" not in k for x in xs]
    hits = sum(len(v) for k, v in results.items() if k.endswith("/hit"))
    print(
        f"{'all':<22}{len(every):>7}{_pct(every, 0.5):>9.1f}{_pct(every, 0.95):>9.1f}{_pct(every, 0.99):>9.1f}{n_err:>8}"
    )
    print(f"errors: {n_err}; response cache hits: {hits} of {total} ({100 * hits / max(total, 1):.0f}%)")


def miss_cost(db: Path, paths: dict[str, list[str]], n: int) -> None:
    """CPU per search computed in this process (no HTTP, no cache): what a miss costs the server."""
    from urllib.parse import parse_qs

    from tequ.store.base import open_store

    store = open_store(str(db), create=False)
    for kind in ("search", "search_filtered"):
        calls = []
        for path in paths[kind][:n]:
            params = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
            q = params.pop("q", "")
            calls.append((q, {k: int(v) if k in ("limit", "offset") else v for k, v in params.items()}))
        for q, kw in calls[:10]:  # warm-up
            store.search(q, **kw)
        cpu = []
        for q, kw in calls:
            t0 = time.process_time()
            store.search(q, **kw)
            cpu.append((time.process_time() - t0) * 1000)
        mean = sum(cpu) / max(len(cpu), 1)
        print(
            f"{kind}: {len(cpu)} searches in process, CPU per search mean {mean:.2f} ms, "
            f"p50 {_pct(cpu, 0.5):.2f} ms, p95 {_pct(cpu, 0.95):.2f} ms"
        )
    store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="knowledge base to serve (default: build one of --docs documents)")
    ap.add_argument("--docs", type=int, default=2000, help="size of the base to build when --db is absent")
    ap.add_argument("--url", help="bench an already running server instead of starting one")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--max-requests", type=int, default=200_000, help="stop after this many requests")
    ap.add_argument("--timeout", type=float, default=10.0, help="per-request timeout, s (counts as error)")
    ap.add_argument("--queries", type=int, default=2000, help="distinct queries (and ids, subjects, names)")
    ap.add_argument("--only-search", action="store_true", help="send only /api/search requests")
    ap.add_argument("--no-cache", action="store_true", help="start the server with its response cache off")
    ap.add_argument("--workers", type=int, default=1, help="server processes (tequ serve --workers)")
    ap.add_argument(
        "--client",
        choices=("raw", "httpx"),
        default="raw",
        help="raw: one keep-alive asyncio connection per client (light); httpx: httpx.AsyncClient",
    )
    ap.add_argument(
        "--think", type=float, default=0.0, help="mean pause between a client's requests, ms (0: closed loop)"
    )
    ap.add_argument(
        "--write-paths",
        metavar="FILE",
        help="no load run: write 20,000 request paths drawn with the mix weights, for bench/wrk_serve.lua",
    )
    ap.add_argument(
        "--miss-cost",
        type=int,
        default=0,
        metavar="N",
        help="no load run: CPU of the first N searches (and filtered searches) computed in this process",
    )
    args = ap.parse_args(argv)
    if not 1 <= args.clients <= 500 or not 0 < args.seconds <= 600:
        ap.error("clients must be 1..500 and seconds 0..600")

    db = ensure_db(args)
    paths = workload(db, args.queries, seed=5)
    if args.miss_cost:
        miss_cost(db, paths, args.miss_cost)
        return 0
    if args.write_paths:
        mix = {"search": 1} if args.only_search else MIX
        rng = random.Random(7)
        kinds = rng.choices(list(mix), list(mix.values()), k=20_000)
        Path(args.write_paths).write_text(
            "".join(rng.choice(paths[k]) + "\n" for k in kinds), encoding="utf-8"
        )
        print(f"wrote {len(kinds)} paths to {args.write_paths}")
        return 0
    mix = {"search": 1} if args.only_search else MIX
    proc = None
    url = args.url
    if url is None:
        proc, url = start_server(db, cache=not args.no_cache, workers=args.workers)
    elif not url.startswith(("http://127.0.0.1", "http://localhost", "http://[::1]")):
        ap.error("--url must be a loopback address")
    try:
        docs = httpx.get(url + "/api/stats", timeout=30).json()["documents"]
        print(f"server: {url} over {db} ({docs} documents), {args.workers} worker(s); mix: {mix}")
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before the run")
        p95 = asyncio.run(run_load(url, paths, mix, args, proc.pid if proc else None))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
    print(f"search p95 {p95:.1f} ms (target <= 150 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
