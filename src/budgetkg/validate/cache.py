"""Validation results kept in the store, one small graph per document.

A document's results depend only on its own graph, the ontology and the shapes, so they
are computed once (by the build, while it has the document at hand, or by the first
``check_store``) and reused while the document's checksum and the shapes' digest stay the
same. Each entry is its own named graph, so the build writes it in the same load as the
document (a document and its results are replaced together) and re-validating one
document rewrites one entry, not the results of the whole store.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from budgetkg.store import Store
from budgetkg.validate.report import SourceRef, ValidationResult
from budgetkg.validate.shapes import Severity
from budgetkg.vocab import BKG

PREFIX = "urn:budgetkg:validation:"
_PREDICATE = f"{BKG}cache"
# Results stored before entries were kept per document: dropped when found.
LEGACY_GRAPH = "urn:budgetkg:validation-cache"


@dataclass(frozen=True)
class Entry:
    """What was found in one document, checked against one version of the shapes."""

    document: str  # the disclosure graph
    sha256: str  # of the source file the graph was built from
    shapes: str  # digest of the shapes and vocabulary
    results: tuple[ValidationResult, ...]


def graph_name(document: str) -> str:
    """The graph that holds a document's entry (an ASCII URN whatever the document's IRI)."""
    return PREFIX + hashlib.sha256(document.encode("utf-8")).hexdigest()[:32]


def ntriples(entry: Entry) -> str:
    """The entry as one N-Triples line (its graph is ``graph_name(entry.document)``)."""
    payload = {"sha256": entry.sha256, "shapes": entry.shapes,
               "results": [_dump(result) for result in entry.results]}
    # A JSON string is also a valid N-Triples string: both escape quotes, backslashes
    # and control characters the same way, and JSON writes no other escape.
    text = json.dumps(json.dumps(payload, ensure_ascii=False, sort_keys=True),
                      ensure_ascii=False)
    return f"<{entry.document}> <{_PREDICATE}> {text} .\n"


def nquads(entry: Entry) -> bytes:
    """The entry as N-Quads in its own graph, for the build to load with its document."""
    return f"{ntriples(entry)[:-3]} <{graph_name(entry.document)}> .\n".encode()


def read(store: Store) -> dict[str, Entry]:
    """Every stored entry, by document."""
    solutions = store.oxigraph.query(
        f"SELECT ?document ?json WHERE {{ GRAPH ?g {{ ?document <{_PREDICATE}> ?json }} "
        f"FILTER (STRSTARTS(STR(?g), \"{PREFIX}\")) }}")
    entries = {}
    for row in solutions:
        payload = json.loads(row["json"].value)
        document = row["document"].value
        entries[document] = Entry(document, payload["sha256"], payload["shapes"],
                                  tuple(_load(item) for item in payload["results"]))
    return entries


def write(store: Store, entries: Iterable[Entry], *, drop: Iterable[str] = ()) -> None:
    """Replace the entries of some documents and drop those of others, in one transaction."""
    graphs = [(graph_name(e.document), ntriples(e)) for e in entries]
    graphs += [(graph_name(document), "") for document in drop]
    if store.has_graph(LEGACY_GRAPH):
        graphs.append((LEGACY_GRAPH, ""))
    store.replace_graphs(graphs)


def _dump(result: ValidationResult) -> dict:
    return {**asdict(result), "severity": result.severity.value}


def _load(item: dict) -> ValidationResult:
    return ValidationResult(**{**item, "severity": Severity(item["severity"]),
                               "values": tuple(item["values"]),
                               "sources": tuple(SourceRef(**s) for s in item["sources"])})
