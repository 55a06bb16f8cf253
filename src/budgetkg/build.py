"""Build the store from documents: ``build(paths)`` extracts, maps and stores each file.

A document is skipped when a file with the same content is already stored, replaces the
graph of the same disclosure when it changed, and leaves nothing behind when it fails.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from budgetkg.errors import InputError
from budgetkg.extract import extract_source
from budgetkg.mapping import to_graph
from budgetkg.resources import bundled_documents
from budgetkg.store import Store, default_store_path
from budgetkg.text import read_source
from budgetkg.vocab import DEFAULT_BASE

SUFFIXES = (".txt", ".text")


class Outcome(enum.Enum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True)
class DocumentResult:
    path: Path
    outcome: Outcome
    graph: str | None = None
    triples: int = 0
    message: str = ""  # the error for a failed document
    unparsed: int = 0  # lines the extractor did not understand


@dataclass(frozen=True)
class BuildReport:
    results: tuple[DocumentResult, ...]
    documents: int  # disclosures in the store afterwards
    triples: int  # triples in the store afterwards

    def count(self, outcome: Outcome) -> int:
        return sum(1 for result in self.results if result.outcome is outcome)

    @property
    def failures(self) -> tuple[DocumentResult, ...]:
        return tuple(r for r in self.results if r.outcome is Outcome.FAILED)


def collect(paths: Iterable[Path | str]) -> list[Path]:
    """The document files named by ``paths``: files as given, folders searched for
    ``*.txt`` recursively, in a stable order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES
                                and p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise InputError("no such file or folder", path=path)
    return found


def build(paths: Sequence[Path | str] | None = None, *, store: Store | Path | str | None = None,
          base: str = DEFAULT_BASE,
          on_document: Callable[[DocumentResult], None] | None = None) -> BuildReport:
    """Add documents (files or folders; default: the bundled ``data/``) to the store."""
    files = collect(paths) if paths else bundled_documents()
    opened = store if isinstance(store, Store) else Store(store or default_store_path())
    try:
        opened.load_ontology()
        results = []
        for path in files:
            result = add_document(path, store=opened, base=base)
            results.append(result)
            if on_document is not None:
                on_document(result)
        documents = len(opened.documents())
        return BuildReport(tuple(results), documents, len(opened))
    finally:
        if opened is not store:
            opened.close()


def add_document(path: Path, *, store: Store, base: str = DEFAULT_BASE) -> DocumentResult:
    """Extract, map and store one document; a failure is returned, not raised."""
    try:
        source = read_source(path)
        existing = store.graph_for_source(source.sha256)
        if existing is not None:
            return DocumentResult(path, Outcome.UNCHANGED, existing)
        disclosure = extract_source(source)
        graph = to_graph(disclosure, base=base)
    except InputError as error:
        return DocumentResult(path, Outcome.FAILED, message=str(error))
    name = str(graph.identifier)
    replaced = store.has_graph(name)
    triples = store.replace_graph(graph)
    return DocumentResult(path, Outcome.REPLACED if replaced else Outcome.ADDED, name, triples,
                          unparsed=len(disclosure.coverage.unparsed))

