"""Knowledge-base commands: ingest, reindex, search, series, entity, track, check, ask, export, stats.

Every command takes ``--db`` (a SQLite path or store URL; default ``tequ.db`` or ``$TEQU_DB``);
query commands take ``--json``. Progress goes to stderr, results to stdout.
"""

from __future__ import annotations

import calendar
import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from tequ.cli.common import dump_json
from tequ.errors import TequError
from tequ.store.base import Store, open_store

db_option = click.option(
    "--db",
    default="tequ.db",
    envvar="TEQU_DB",
    show_default=True,
    help="Knowledge base: a SQLite file or store URL.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON to stdout.")


class DateBound(click.ParamType):
    """A calendar date or a prefix of one: YYYY, YYYY-MM or YYYY-MM-DD, checked for existence."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        import datetime as dt

        text = str(value).strip()
        parts = text.split("-")
        try:
            if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
                raise ValueError
            year, month, day = (int(p) for p in [*parts, "1", "1"][:3])
            dt.date(year, month, day)
        except ValueError:
            self.fail(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", param, ctx)
        return text


GRAIN_WORDS = {
    "year": "yearly",
    "month": "monthly",
    "day": "daily",
    "span": "multi-year",
    "none": "no period",
}


def _grain_words(grain: str) -> str:
    """``to-10`` -> ``January to October``; the others from ``GRAIN_WORDS``."""
    if grain.startswith("to-"):
        return f"January to {calendar.month_name[int(grain[3:])]}"
    return GRAIN_WORDS.get(grain, grain)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@contextmanager
def _store(db: str, *, create: bool = False) -> Iterator[Store]:
    try:
        store = open_store(db, create=create)
    except TequError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield store
    except TequError as exc:
        raise click.ClickException(str(exc)) from exc
    except sqlite3.Error as exc:  # a damaged file or one written by an incompatible version
        raise click.ClickException(f"{db}: database error: {exc}") from exc
    finally:
        store.close()


def _progress(total: int, label: str) -> tuple[Any, Callable[[str, str, str | None], None]]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    task = bar.add_task(label, total=total)

    def on_event(kind: str, source: str, error: str | None) -> None:
        if error:
            bar.console.print(f"error: {error}", markup=False, highlight=False, soft_wrap=True)
        bar.advance(task)

    return bar, on_event


def _finish(report: Any, verb: str) -> None:
    extra = f", {report.unchanged} unchanged" if report.unchanged else ""
    click.echo(f"{report.stored} {verb}{extra}, {report.failed} failed", err=True)
    if report.failed:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--workers",
    "-w",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes for reading and extraction.",
)
@click.option(
    "--stages",
    help="Only these pipeline stages, comma-separated ('none' = clean only); "
    "such documents count as stale for `tequ reindex`.",
)
def ingest(paths: tuple[str, ...], db: str, workers: int, stages: str | None) -> None:
    """Read, extract and store files (folders recursively); unchanged files are skipped."""
    from tequ.ingest import iter_sources
    from tequ.pipeline import STAGES
    from tequ.store.loader import ingest as run_ingest

    only = None
    if stages is not None:
        only = [] if stages.strip() == "none" else [x.strip() for x in stages.split(",") if x.strip()]
        unknown = sorted(set(only) - {st.name for st in STAGES})
        if unknown:
            raise click.BadParameter(f"unknown stage {unknown[0]!r}", param_hint="--stages")

    sources = list(iter_sources(list(paths)))
    if not any(isinstance(s, str) for s in sources):  # nothing readable: do not create an empty base
        for err in sources:
            click.echo(f"error: {err}", err=True)
        click.echo(f"0 ingested, {len(sources)} failed", err=True)
        sys.exit(1)
    with _store(db, create=True) as store:
        bar, on_event = _progress(len(sources), "ingest")
        try:
            with bar:
                report = run_ingest(store, sources, workers=workers, on_event=on_event, stages=only)
        except KeyboardInterrupt:
            click.echo(
                "interrupted: every document stored so far is complete; run again to continue", err=True
            )
            sys.exit(130)
    _finish(report, "ingested")


@click.command()
@db_option
@click.option(
    "--workers",
    "-w",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes for re-extraction.",
)
@click.option("--all", "all_", is_flag=True, help="Re-extract every document, not only stale ones.")
def reindex(db: str, workers: int, all_: bool) -> None:
    """Re-extract documents stored by an older pipeline version, from their stored originals."""
    from tequ.store.loader import reindex as run_reindex

    with _store(db) as store:
        total = len(store.stale_documents(all=all_))
        bar, on_event = _progress(total, "reindex")
        try:
            with bar:
                report = run_reindex(store, workers=workers, all=all_, on_event=on_event)
        except KeyboardInterrupt:
            click.echo("interrupted: documents not yet re-extracted keep their old records", err=True)
            sys.exit(130)
    _finish(report, "reindexed")


@click.command()
@click.argument("query", nargs=-1)
@click.option(
    "--from", "date_from", type=DateBound(), help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)."
)
@click.option(
    "--to", "date_to", type=DateBound(), help="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD)."
)
@click.option("--source", help="Outlet name contains this.")
@click.option("--tag", help="Has this topic tag (e.g. 口岸经济).")
@click.option("--category", help="Has this category (e.g. 数据).")
@click.option("--entity", help="Mentions this entity (canonical name or alias).")
@click.option("--place", help="States a fact about this place (e.g. 罗湖区).")
@click.option(
    "--limit", default=20, show_default=True, type=click.IntRange(1, 1000), help="Articles per page."
)
@click.option("--offset", default=0, type=click.IntRange(0), help="Articles to skip (paging).")
@db_option
@json_option
def search(query: tuple[str, ...], db: str, as_json: bool, **filters: Any) -> None:
    """Full-text search over articles in either script (羅湖口岸 = 罗湖口岸)."""
    with _store(db) as store:
        page = store.search(" ".join(query), **filters)
    if as_json:
        click.echo(dump_json(page))
        return
    click.echo(f"{page['count']} articles")
    for r in page["data"]:
        snippet = r["snippet"].replace("<mark>", "[").replace("</mark>", "]")
        click.echo(
            f"#{r['doc_id']}.{r['article']}  {r['published'] or '----------'}  {r['title']}  ({r['source'] or '-'})"
        )
        click.echo(f"    {_unescape(snippet)}")


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def _cite(p: dict[str, Any]) -> str:
    return f"#{p['doc_id']} {p.get('published') or '-'} {p.get('title') or ''} [{p['start']}:{p['end']}] 「{p['quote']}」"


@click.command()
@click.argument("subject")
@click.option("--unit", help="Only series in this unit (e.g. 人次, 元, %).")
@click.option("--place", help="Only series about this place.")
@db_option
@json_option
def series(subject: str, unit: str | None, place: str | None, db: str, as_json: bool) -> None:
    """Indicator series over periods: every point cited, conflicting points side by side."""
    from tequ.ask import format_value

    with _store(db) as store:
        result = store.series(subject, unit=unit, place=place)
    if as_json:
        click.echo(dump_json(result))
        return
    if not result:
        click.echo(f"no series matches {subject!r}")
    for s in result:
        click.echo(
            f"{s['subject']} ({s['unit']}, {s['place'] or 'no place'}, {_grain_words(s['grain'])}): "
            f"{s['periods']} periods, "
            f"{s['documents']} documents"
        )
        for p in s["points"]:
            click.echo(f"  {p['period']}  {format_value(p['value'], p['unit']):>12}  {_cite(p)}")
        for c in s["conflicts"]:
            values = " vs ".join(
                f"{format_value(p['value'], p['unit'])} (#{p['doc_id']})" for p in c["points"]
            )
            click.echo(f"  conflict {c['period']}: {values}")


@click.command()
@click.argument("name")
@db_option
@json_option
def entity(name: str, db: str, as_json: bool) -> None:
    """One entity merged across documents: aliases, mentions over time, related entities."""
    with _store(db) as store:
        e = store.entity(name)
    if as_json:
        click.echo(dump_json(e))
        return
    if e is None:
        raise click.ClickException(f"no entity named {name!r}")
    click.echo(f"{e['canonical']} ({e['type']}); aliases: {'、'.join(e['aliases'])}")
    for t in e["timeline"]:
        click.echo(
            f"  {t['period']}: {_plural(t['mentions'], 'mention')} in {_plural(t['documents'], 'document')}"
        )
    if e["related"]:
        click.echo("  related: " + "、".join(f"{r['canonical']}({r['weight']})" for r in e["related"][:10]))
    for d in e["documents"]:
        click.echo(f"  #{d['doc_id']} {d['published'] or '-'} {d['title']}")


@click.command()
@click.argument("query", required=False)
@click.option(
    "--status",
    type=click.Choice(["planned", "ongoing", "done"]),
    help="Only items whose latest status is this.",
)
@click.option("--place", help="Only items in this place or district.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 1000), help="Items to show.")
@db_option
@json_option
def track(
    query: str | None, status: str | None, place: str | None, limit: int, db: str, as_json: bool
) -> None:
    """Measures and projects tracked across documents, with their status history."""
    with _store(db) as store:
        page = store.tracks(query, status=status, place=place, limit=limit)
    if as_json:
        click.echo(dump_json(page))
        return
    click.echo(f"{page['count']} tracked measures")
    for t in page["data"]:
        click.echo(f"{t['title']}  [{t['status']}]  {t['first_seen'] or '-'} .. {t['last_seen'] or '-'}")
        for h in t["history"]:
            click.echo(f"  {h['published'] or '----------'}  {h['status']:<8} {_cite(h)}")


@click.command()
@db_option
@json_option
def check(db: str, as_json: bool) -> None:
    """Check stated changes (同比增长14%) against the levels of both periods."""
    with _store(db) as store:
        rows = store.checks()
    if as_json:
        click.echo(dump_json(rows))
        return
    if not rows:
        click.echo("no change could be checked (no level found for both periods)")
    for c in rows:
        click.echo(f"[{c['status']}] {c['subject']} {c['place'] or ''} {c['period']}: {c['note']}")
        for key in ("change", "level", "base"):
            click.echo(f"  {key:<6} {_cite(c[key])}")


@click.command()
@click.argument("question")
@db_option
@json_option
def ask(question: str, db: str, as_json: bool) -> None:
    """Answer a factual question from the base, citing the figure and the sentence it comes from."""
    with _store(db) as store:
        a = store.ask(question)
    if as_json:
        click.echo(dump_json(a))
        return
    if a is None:
        raise click.ClickException("no stored fact answers this question")
    click.echo(f"{a['answer']}  ({a['subject']}, {a['period'] or 'no period'}, {a['place'] or 'no place'})")
    click.echo(f"source: #{a['doc_id']} {a['title']} · {a['source'] or '-'} · {a['published'] or '-'}")
    click.echo(f"quote: 「{a['quote']}」 [{a['start']}:{a['end']}]")
    if a.get("sentence") and a["sentence"] != a["quote"]:
        click.echo(f"sentence: {a['sentence']}")


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "graphml"]),
    default="jsonl",
    show_default=True,
    help="JSON lines, CSV, or the entity graph as GraphML.",
)
@click.option(
    "--table",
    default="facts",
    show_default=True,
    type=click.Choice(["documents", "facts", "entities", "measures", "tracks", "checks"]),
    help="What to export as jsonl/csv (graphml always exports the entity graph).",
)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Output file (default: stdout).")
@db_option
def export(fmt: str, table: str, out: str | None, db: str) -> None:
    """Export a table as JSON lines or CSV, or the entity graph as GraphML."""
    from tequ.store.export import write_csv, write_graphml, write_jsonl

    with _store(db) as store:
        try:
            stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout  # noqa: SIM115
        except OSError as exc:
            raise click.ClickException(f"{out}: cannot write: {exc.strerror or exc}") from exc
        try:
            if fmt == "graphml":
                write_graphml(stream, store.graph(limit=100000))
            elif fmt == "csv":
                write_csv(stream, store.export_rows(table))
            else:
                write_jsonl(stream, store.export_rows(table))
        finally:
            if out:
                stream.close()


@click.command()
@db_option
@json_option
def stats(db: str, as_json: bool) -> None:
    """Counts of what the knowledge base holds."""
    with _store(db) as store:
        s = store.stats()
    if as_json:
        click.echo(dump_json(s))
        return
    for key, value in s.items():
        click.echo(f"{key}: {json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value}")


def register(group: click.Group) -> None:
    """Add this module's commands to the ``tequ`` group."""
    for cmd in (ingest, reindex, search, series, entity, track, check, ask, export, stats):
        group.add_command(cmd)
