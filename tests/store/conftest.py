from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tequ.store.base import Store, hash_bytes, open_store

from .kbdata import corpus


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[Store]:
    """A migrated, empty knowledge base in a real SQLite file."""
    store = open_store(str(tmp_path / "kb.db"))
    yield store
    store.close()


@pytest.fixture
def filled(kb: Store) -> Store:
    """``kb`` holding the three invented documents of ``kbdata.corpus``, relinked."""
    for doc, ann in corpus():
        kb.save_document(doc, ann, path=doc.source, content_hash=hash_bytes(doc.original.encode()))
    kb.relink()
    return kb
