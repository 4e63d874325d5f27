"""``tequ measures`` and ``tequ tags``: government measures, topic tags and categories of files."""

from __future__ import annotations

import dataclasses
from typing import Any

import click

from tequ import pipeline
from tequ.cli.common import RunReport, dump_json, iter_documents
from tequ.errors import TequError
from tequ.model import Annotations, Document, Label, Measure


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _measure_row(m: Measure) -> str:
    return "  ".join(
        (
            _pad(m.status, 7),
            _pad(m.horizon or "-", 10),
            _pad(m.actor or "-", 16),
            _pad(m.action, 14),
            m.quote.replace("\n", " "),
        )
    )


def _label_json(doc: Document, label: Label) -> dict[str, Any]:
    return {
        "name": label.name,
        "score": label.score,
        "article": label.article,
        "evidence": [
            {"start": s.start, "end": s.end, "quote": doc.original[s.start : s.end]} for s in label.evidence
        ],
    }


def _run(paths: tuple[str, ...], only: list[str], report: RunReport) -> list[tuple[Document, Annotations]]:
    """Run the stages in ``only`` (and what they need) on every readable input."""
    out = []
    for doc in iter_documents(paths, report):
        try:
            out.append((doc, pipeline.run(doc, only=only)))
        except TequError as exc:
            report.ok -= 1
            report.error(str(exc))
    return out


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object per file with its measures.")
def measures(paths: tuple[str, ...], as_json: bool) -> None:
    """List the government measures in PATHS: status, horizon, actor, action and the quote.

    PATHS are files, folders (read recursively) or - for standard input. Status is planned,
    ongoing or done; horizon is the time the text gives: a plan period (2021-2025), a year
    (2025), months (2025-01/2025-06), a month (2024-09) or a day (2024-06-30).
    """
    report = RunReport("read")
    results = _run(paths, ["measures"], report)
    if as_json and results:
        data = [
            {"source": doc.source, "measures": [dataclasses.asdict(m) for m in ann.measures]}
            for doc, ann in results
        ]
        click.echo(dump_json(data[0] if len(data) == 1 and len(paths) == 1 else data))
    elif results:
        header = "  ".join((_pad("status", 7), _pad("horizon", 10), _pad("actor", 16), "action"))
        for doc, ann in results:
            click.echo(f"{doc.source}  ({len(ann.measures)} measures)")
            click.echo("  " + header)
            for m in ann.measures:
                click.echo("  " + _measure_row(m))
    report.finish()


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--json", "as_json", is_flag=True, help="Print JSON: categories and tags per file with evidence."
)
def tags(paths: tuple[str, ...], as_json: bool) -> None:
    """Show the categories (政策, 人事, 法规…) and topic tags of each article in PATHS.

    Each label has a score in [0, 1]; --json also gives the evidence spans (offsets into the
    original text, end exclusive) with the quoted cue.
    """
    report = RunReport("read")
    results = _run(paths, ["tags", "categories"], report)
    if as_json and results:
        data = [
            {
                "source": doc.source,
                "categories": [_label_json(doc, c) for c in ann.categories],
                "tags": [_label_json(doc, t) for t in ann.tags],
            }
            for doc, ann in results
        ]
        click.echo(dump_json(data[0] if len(data) == 1 and len(paths) == 1 else data))
    else:
        for doc, ann in results:
            click.echo(doc.source)
            titles = [art.title for art in doc.articles] or ["-"]  # a file without articles is one
            for i, title in enumerate(titles):
                cats = ", ".join(f"{c.name} {c.score:.2f}" for c in ann.categories if c.article == i) or "-"
                tgs = ", ".join(f"{t.name} {t.score:.2f}" for t in ann.tags if t.article == i) or "-"
                click.echo(f"  [{i}] {title}")
                click.echo(f"      categories: {cats}")
                click.echo(f"      tags:       {tgs}")
    report.finish()


def register(group: click.Group) -> None:
    """Add this module's commands to the ``tequ`` group."""
    group.add_command(measures)
    group.add_command(tags)
