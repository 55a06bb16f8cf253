"""The shapes (``ontology/shapes-*.ttl``) and what a report needs to know about them."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from budgetkg.resources import ontology_files
from budgetkg.vocab import SH

SHAPES_NS = "https://w3id.org/budgetkg/shapes#"


class Severity(enum.Enum):
    """SHACL severities, ordered: a report at one level includes those above it."""

    INFO = "info"
    WARNING = "warning"
    VIOLATION = "violation"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "violation": 2}[self.value]

    @property
    def iri(self) -> URIRef:
        return SH[self.value.capitalize()]

    @classmethod
    def from_iri(cls, iri: object) -> Severity:
        name = str(iri).rsplit("#", 1)[-1].lower()
        return cls(name) if name in ("info", "warning", "violation") else cls.VIOLATION


@dataclass(frozen=True)
class ShapeInfo:
    iri: str
    id: str  # the stable short id: the local name, e.g. "parts-sum-to-total"
    label_zh: str
    label_en: str
    severity: Severity
    messages: dict[str, str]  # language → message template


def shape_id(iri: object) -> str:
    text = str(iri)
    return text[len(SHAPES_NS):] if text.startswith(SHAPES_NS) else text


def shape_files() -> list[Path]:
    return [p for p in ontology_files() if p.name.startswith("shapes-")]


def vocabulary_files() -> list[Path]:
    return [p for p in ontology_files() if not p.name.startswith("shapes-")]


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    graph = Graph()
    for path in shape_files():
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def vocabulary_graph() -> Graph:
    """The ontology and code lists: mixed into every data graph that is validated, so
    class and code-list membership can be checked."""
    graph = Graph()
    for path in vocabulary_files():
        graph.parse(path, format="turtle")
    return graph


def shapes_digest() -> str:
    digest = hashlib.sha256()
    for path in shape_files() + vocabulary_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def shape_infos() -> dict[str, ShapeInfo]:
    """Every node and property shape by id, with its severity and messages. A property
    shape without a severity of its own reports violations (SHACL's default)."""
    graph = shapes_graph()
    found: dict[str, ShapeInfo] = {}
    shapes = set(graph.subjects(RDF.type, SH.NodeShape)) | set(
        graph.subjects(RDF.type, SH.PropertyShape))
    for shape in shapes:
        labels = {lit.language: str(lit) for lit in graph.objects(shape, RDFS.label)}
        messages = {lit.language or "": str(lit) for lit in graph.objects(shape, SH.message)}
        for constraint in graph.objects(shape, SH.sparql):
            messages.update({lit.language or "": str(lit)
                             for lit in graph.objects(constraint, SH.message)})
        severity = Severity.from_iri(graph.value(shape, SH.severity, default=SH.Violation))
        found[shape_id(shape)] = ShapeInfo(str(shape), shape_id(shape), labels.get("zh", ""),
                                           labels.get("en", ""), severity, messages)
    return found


@cache
def involves_query(shape: str) -> str | None:
    """The shape's ``bkgsh:involves`` SELECT ($this, ?node) with its prefixes: the facts
    a report cites besides the focus node, or None."""
    graph = shapes_graph()
    query = graph.value(URIRef(SHAPES_NS + shape), URIRef(SHAPES_NS + "involves"))
    if query is None:
        return None
    prefixes = "\n".join(
        f"PREFIX {graph.value(d, SH.prefix)}: <{graph.value(d, SH.namespace)}>"
        for d in sorted(graph.objects(URIRef(SHAPES_NS), SH.declare)))
    return f"{prefixes}\n{query}"
