"""``tequ facts`` (facts of files or of the knowledge base) and ``tequ eval`` (scores vs gold)."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click

from tequ.cli.common import RunReport, dump_json, iter_documents
from tequ.errors import TequError

COLUMNS = ("subject", "value", "unit", "qualifier", "period", "place", "kind", "quote")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _fit(s: str, width: int) -> str:
    out, w = "", 0
    for c in s:
        cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if w + cw > width:
            return out[:-1] + "…" if out else ""
        out, w = out + c, w + cw
    return out + " " * (width - w)


def format_value(value: float) -> str:
    """``223661000000.0`` -> ``223661000000``; ``39.4`` -> ``39.4``."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _row(f: dict[str, Any]) -> list[str]:
    return [
        f.get("subject") or "",
        format_value(float(f.get("value", 0))),
        f.get("unit") or "",
        f.get("qualifier") or "",
        f.get("period") or "-",
        f.get("place") or "-",
        f.get("kind") or "",
        " ".join((f.get("quote") or "").split()),
    ]


def _doc_label(f: dict[str, Any]) -> str:
    """Where a row comes from: ``#12`` (a stored document's id) or the file's name."""
    if f.get("doc_id") is not None:
        return f"#{f['doc_id']}"
    return Path(str(f.get("source") or "")).name


def render_table(facts: Sequence[dict[str, Any]], *, with_doc: bool = False) -> str:
    """A fixed-width table for a terminal (wide characters count double); ``with_doc`` adds a
    first column naming the document of each fact."""
    heads: tuple[str, ...] = COLUMNS
    caps: tuple[int, ...] = (24, 16, 10, 9, 15, 10, 6, 40)
    rows = [_row(f) for f in facts]
    if with_doc:
        heads, caps = ("doc", *heads), (24, *caps)
        rows = [[_doc_label(f), *r] for f, r in zip(facts, rows, strict=True)]
    widths = [
        min(cap, max([_width(h)] + [_width(r[i]) for r in rows]))
        for i, (h, cap) in enumerate(zip(heads, caps, strict=True))
    ]
    lines = ["  ".join(_fit(h, w) for h, w in zip(heads, widths, strict=True)).rstrip()]
    lines += ["  ".join(_fit(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def render_csv(facts: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["source", "start", "end", *COLUMNS])
    for f in facts:
        w.writerow([f.get("source", ""), f.get("start", ""), f.get("end", ""), *_row(f)])
    return buf.getvalue()


def _file_facts(paths: Sequence[str], report: RunReport) -> list[dict[str, Any]]:
    import dataclasses

    from tequ.extract.facts import extract_facts

    out: list[dict[str, Any]] = []
    for doc in iter_documents(paths, report):
        try:
            facts = extract_facts(doc)
        except Exception as exc:  # a bug on one document: report it, go on with the others
            report.ok -= 1
            report.error(f"{doc.source}: facts failed: {type(exc).__name__}: {exc}")
            continue
        out += [{"source": doc.source, **dataclasses.asdict(f)} for f in facts]
    return out


def _filter(
    rows: list[dict[str, Any]], subject: str | None, place: str | None, kind: str | None, period: str | None
) -> list[dict[str, Any]]:
    """The filters of ``--db`` applied to facts read from files (subject and place in either script)."""
    from tequ.clean.script import to_simplified_text as simp

    def has(value: str | None, wanted: str | None) -> bool:
        return not wanted or simp(wanted) in simp(value or "")

    return [
        r
        for r in rows
        if has(r["subject"], subject)
        and has(r["place"], place)
        and (not kind or r["kind"] == kind)
        and (not period or (r["period"] or "").startswith(period))
    ]


def _db_facts(db: str, filters: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    from tequ.store.base import open_store

    with open_store(db, create=False) as store:
        page = store.facts(**filters, limit=limit)
    return list(page.get("data", []))


@click.command("facts")
@click.argument("paths", nargs=-1)
@click.option("--db", help="Query the knowledge base at this path or URL instead of reading files.")
@click.option("--subject", help="Only facts whose subject contains this text.")
@click.option("--place", help="Only facts about this place.")
@click.option(
    "--kind",
    type=click.Choice(["level", "change", "share", "count", "target", "rank"]),
    help="Only facts of this kind.",
)
@click.option("--period", help="Only facts whose period starts with this (2024, 2024-11).")
@click.option(
    "--limit", type=click.IntRange(1), default=200, show_default=True, help="At most this many facts."
)
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV instead of a table.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of facts.")
def facts_cmd(
    paths: tuple[str, ...], db: str | None, subject: str | None, place: str | None, kind: str | None,
    period: str | None, limit: int, as_csv: bool, as_json: bool,
) -> None:  # fmt: skip
    """List the facts (quantities with subject, unit, qualifier, period, place, kind and quote)
    of PATHS, or with --db and no PATHS, the facts stored in the knowledge base."""
    report = RunReport("read")
    if paths and db:
        raise click.UsageError("give FILES to read or --db PATH to query, not both")
    if paths:
        rows = _filter(_file_facts(paths, report), subject, place, kind, period)[:limit]
    elif db:
        filters = {"subject": subject, "place": place, "kind": kind, "period": period}
        try:
            rows = _db_facts(db, filters, limit)
        except TequError as exc:
            raise click.ClickException(str(exc)) from exc
    else:
        raise click.UsageError("give FILES to read, or --db PATH to query a knowledge base")
    if as_json:
        click.echo(dump_json(rows))
    elif as_csv:
        click.echo(render_csv(rows), nl=False)
    else:
        # The doc column when rows can come from several documents; nothing at all when no
        # file could be read (the errors above say why).
        with_doc = bool(db) or report.ok > 1
        if rows:
            click.echo(render_table(rows, with_doc=with_doc))
        elif db or report.ok:
            click.echo("no facts found")
    report.finish()


def _eval_rows(result: Any) -> list[str]:
    head = f"{'document':34} {'factF1':>7} {'strict':>7} {'entF1':>7} {'measF1':>7} {'chrome left':>12} {'content lost':>13}"
    lines = [head]
    for d in [*result.documents, None]:
        name, c = ("TOTAL", result.total) if d is None else (d.name, d.counts)
        s = c.summary()
        lines.append(
            f"{name[:34]:34} {s['facts']['f']:7.3f} {s['facts']['strict_f']:7.3f} {s['entities']['f']:7.3f} "
            f"{s['measures']['f']:7.3f} {c.boilerplate_left:>5}/{c.boilerplate_lines:<6} "
            f"{c.content_lost:>6}/{c.content_lines:<6}"
        )
    s = result.total.summary()
    f, e, m, a = s["facts"], s["entities"], s["measures"], s["articles"]
    lines.append(
        f"facts P={f['p']:.3f} R={f['r']:.3f}; entities P={e['p']:.3f} R={e['r']:.3f}; "
        f"measures P={m['p']:.3f} R={m['r']:.3f} status={m['status_acc']:.3f}; errors={s['errors']}"
    )
    lines.append(
        f"articles: {a['title_found']}/{a['gold']} titles found, {a['date_and_source_right']}/{a['gold']} with the gold date and source"
    )
    return lines


@click.command("eval")
@click.option(
    "--gold", "gold_dir", required=True, type=click.Path(file_okay=False), help="Folder of *.gold.json files."
)
@click.option(
    "--docs",
    "docs_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder of the documents they name.",
)
@click.option("--json", "as_json", is_flag=True, help="Print per-document and total metrics as JSON.")
def eval_cmd(gold_dir: str, docs_dir: str, as_json: bool) -> None:
    """Score extraction against gold annotations (shared/gold/SCHEMA.md): precision, recall and
    F1 of facts (and strict), entities and measures, chrome left, content lost, articles."""
    from tequ.eval import evaluate

    try:
        result = evaluate(Path(gold_dir), Path(docs_dir))
    except TequError as exc:
        raise click.ClickException(str(exc)) from exc
    for d in result.documents:
        if d.error:
            click.echo(f"error: {d.name}: {d.error}", err=True)
    click.echo(dump_json(result.to_dict()) if as_json else "\n".join(_eval_rows(result)))


def register(group: click.Group) -> None:
    """Add this module's commands to the ``tequ`` group."""
    group.add_command(facts_cmd)
    group.add_command(eval_cmd)
