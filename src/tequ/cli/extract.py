"""``tequ extract`` and ``tequ clean``: one file in, the contract or the clean text out."""

from __future__ import annotations

import click

from tequ import pipeline
from tequ.cli.common import RunReport, dump_json, iter_documents
from tequ.errors import TequError
from tequ.model import Document
from tequ.render import render_clean_text, render_document


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON contract (shared/gold/SCHEMA.md).")
@click.option("--jsonl", is_flag=True, help="Print one compact JSON object per line, one per file.")
def extract(paths: tuple[str, ...], as_json: bool, jsonl: bool) -> None:
    """Extract articles, paragraphs, facts, entities, measures and tags from PATHS.

    PATHS are files (.txt .html .htm .md .jsonl), folders (read recursively) or - for
    standard input. With one file, --json prints one object; with several, a JSON list.
    """
    import json

    report = RunReport("extracted")
    results = []
    for doc in iter_documents(paths, report):
        try:
            ann = pipeline.run(doc)
        except TequError as exc:
            report.ok -= 1
            report.error(str(exc))
            continue
        except Exception as exc:  # a stage bug must not stop the other files of the run
            report.ok -= 1
            report.error(f"{doc.source}: extraction failed: {type(exc).__name__}: {exc}")
            continue
        out = render_document(doc, ann)
        if jsonl:
            click.echo(json.dumps(out, ensure_ascii=False))
        else:
            results.append(out)
    if not jsonl and results:
        if as_json:
            click.echo(dump_json(results[0] if len(results) == 1 and len(paths) == 1 else results))
        else:
            for out in results:
                click.echo(_summary(out))
    report.finish()


def _summary(out: dict) -> str:  # type: ignore[type-arg]
    lines = [f"{out['source']}  ({out['script']}, {len(out['paragraphs'])} paragraphs)"]
    for a in out["articles"]:
        lines.append(f"  article: {a['title']}  [{a['published'] or '-'} · {a['source'] or '-'}]")
    lines.append(
        f"  {len(out['facts'])} facts, {len(out['entities'])} entities, {len(out['measures'])} measures, "
        f"tags: {', '.join(t['name'] for t in out['tags'][:5]) or '-'}"
    )
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--dropped", "show_dropped", is_flag=True, help="Also list removed lines with their reason, and flags."
)
def clean(paths: tuple[str, ...], show_dropped: bool) -> None:
    """Print the clean text of PATHS for a person to read: articles, metadata, paragraphs.

    With --dropped, each removed line follows with its reason (chrome:share, duplicate, meta...)
    and each flagged span (mojibake) with its repair when there is one.
    """
    report = RunReport("cleaned")
    for doc in iter_documents(paths, report):
        if len(paths) > 1 or doc.source != paths[0]:
            click.echo(f"==> {doc.source} ({doc.encoding}, {doc.script})")
        click.echo(render_clean_text(doc))
        if show_dropped:
            click.echo(_dropped_listing(doc))
    report.finish()


def _dropped_listing(doc: Document) -> str:
    lines = [f"-- removed ({len(doc.dropped)}):"]
    spans = [f"[{d.start}:{d.end}]" for d in doc.dropped]
    span_w = max(map(len, spans), default=0)
    reason_w = max((len(d.reason) for d in doc.dropped), default=0)
    for d, span in zip(doc.dropped, spans, strict=True):
        snippet = doc.original[d.start : d.end].replace("\n", " ")
        lines.append(f"  {span:<{span_w}} {d.reason:<{reason_w}} {snippet[:60]}")
    if doc.flags:
        lines.append(f"-- flagged ({len(doc.flags)}):")
        for f in doc.flags:
            fix = f" -> {f.repair}" if f.repair else " (left as is)"
            lines.append(f"  [{f.start}:{f.end}] {f.kind}: {doc.original[f.start : f.end][:40]}{fix}")
    return "\n".join(lines) + "\n"


def register(group: click.Group) -> None:
    group.add_command(extract)
    group.add_command(clean)
