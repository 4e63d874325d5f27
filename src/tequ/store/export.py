"""Writers for ``tequ export``: JSON lines, CSV and GraphML (for Gephi, yEd, networkx)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr


def write_jsonl(out: TextIO, rows: Iterable[dict[str, Any]]) -> int:
    """One JSON object per line; returns the number of rows."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(out: TextIO, rows: Iterable[dict[str, Any]]) -> int:
    """CSV with a header taken from the first row (nested values as JSON)."""
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                for k, v in row.items()
            }
        )
        n += 1
    return n


def write_graphml(out: TextIO, graph: dict[str, Any]) -> None:
    """The entity graph (``Store.graph``) as GraphML with label, type and documents per node."""
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n'
        '  <key id="type" for="node" attr.name="type" attr.type="string"/>\n'
        '  <key id="documents" for="node" attr.name="documents" attr.type="int"/>\n'
        '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>\n'
        '  <graph id="entities" edgedefault="undirected">\n'
    )
    for n in graph["nodes"]:
        out.write(
            f'    <node id="e{n["id"]}"><data key="label">{escape(n["label"])}</data>'
            f'<data key="type">{escape(n["type"])}</data><data key="documents">{n["documents"]}</data></node>\n'
        )
    for i, e in enumerate(graph["edges"]):
        out.write(
            f'    <edge id={quoteattr(f"x{i}")} source="e{e["source"]}" target="e{e["target"]}">'
            f'<data key="weight">{e["weight"]}</data></edge>\n'
        )
    out.write("  </graph>\n</graphml>\n")
