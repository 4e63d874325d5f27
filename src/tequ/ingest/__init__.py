"""bytes -> Document: read files (any encoding and format), then clean them."""

from __future__ import annotations

from tequ.ingest.files import iter_sources, load_bytes, load_document

__all__ = ["iter_sources", "load_bytes", "load_document"]
