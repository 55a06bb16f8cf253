"""Validation results as typed objects, and the report formats: text for people (grouped
by document and shape, with source lines), JSON for tools, and a standard
``sh:ValidationReport`` in Turtle."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from budgetkg.validate.shapes import Severity, shape_infos
from budgetkg.vocab import SH

SHAPES_NS = "https://w3id.org/budgetkg/shapes#"


@dataclass(frozen=True, order=True)
class SourceRef:
    """Lines ``first``..``last`` of ``file`` that state the fact ``node``."""

    file: str
    first: int
    last: int
    node: str


@dataclass(frozen=True)
class ValidationResult:
    severity: Severity
    shape: str  # stable shape id, e.g. "parts-sum-to-total"
    focus: str
    message_zh: str
    message_en: str
    values: tuple[str, ...] = ()
    path: str | None = None
    document: str | None = None  # the disclosure graph the focus belongs to
    sources: tuple[SourceRef, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        """What the two engines must agree on."""
        return (self.focus, self.shape, self.severity.value)

    def sort_key(self) -> tuple:
        return (self.document or "", -self.severity.rank, self.shape, self.focus, self.values)


@dataclass(frozen=True)
class ValidationReport:
    results: tuple[ValidationResult, ...]
    engine: str  # "pyshacl" or "sparql"
    documents: tuple[str, ...] = ()
    skipped: tuple[str, ...] = field(default=(), compare=False)  # unchanged, from cache

    def at_least(self, severity: Severity) -> tuple[ValidationResult, ...]:
        return tuple(r for r in self.results if r.severity.rank >= severity.rank)

    def conforms(self, severity: Severity = Severity.VIOLATION) -> bool:
        return not self.at_least(severity)

    def keys(self) -> set[tuple[str, str, str]]:
        return {r.key for r in self.results}


def message(template: str, row: dict[str, object]) -> str:
    """Fill ``{?var}`` / ``{$var}`` placeholders as SHACL-SPARQL does."""
    for name, value in row.items():
        template = template.replace(f"{{?{name}}}", _text(value))
        template = template.replace(f"{{${name}}}", _text(value))
    return template


def _text(value: object) -> str:
    return "" if value is None else str(value)


def as_text(report: ValidationReport, severity: Severity) -> str:
    results = report.at_least(severity)
    lines = []
    by_document: dict[str, list[ValidationResult]] = defaultdict(list)
    for result in results:
        by_document[result.document or "(shared entities)"].append(result)
    for document, items in by_document.items():
        lines.append(f"{document}")
        by_shape: dict[str, list[ValidationResult]] = defaultdict(list)
        for item in items:
            by_shape[item.shape].append(item)
        for shape, group in by_shape.items():
            info = shape_infos().get(shape)
            title = f"{info.label_zh} / {info.label_en}" if info else shape
            lines.append(f"  [{group[0].severity.value}] {shape}: {title} ({len(group)})")
            for item in group:
                lines.append(f"    - {item.message_zh}")
                lines.append(f"      {item.message_en}")
                if item.values:
                    lines.append(f"      values: {', '.join(item.values)}")
                for source in item.sources:
                    lines.append(f"      at {source.file}:{source.first}"
                                 + (f"-{source.last}" if source.last != source.first else ""))
        lines.append("")
    counts = {s: sum(1 for r in results if r.severity is s) for s in Severity}
    summary = ", ".join(f"{n} {s.value}{'s' if n != 1 else ''}"
                        for s, n in sorted(counts.items(), key=lambda kv: -kv[0].rank)
                        if s.rank >= severity.rank)
    lines.append(f"{len(report.documents)} document(s) checked with {report.engine}: "
                 f"{summary or 'no results'}")
    return "\n".join(lines) + "\n"


def as_json(report: ValidationReport, severity: Severity) -> str:
    results = []
    for result in report.at_least(severity):
        item = asdict(result)
        item["severity"] = result.severity.value
        results.append(item)
    payload = {"engine": report.engine, "documents": list(report.documents),
               "conforms": report.conforms(severity), "results": results}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def as_turtle(report: ValidationReport, severity: Severity) -> str:
    """A standard sh:ValidationReport (results are blank nodes, as SHACL writes them)."""
    graph = Graph()
    graph.bind("sh", SH)
    graph.bind("bkgsh", SHAPES_NS)
    node = BNode("report")
    graph.add((node, RDF.type, SH.ValidationReport))
    results = report.at_least(severity)
    graph.add((node, SH.conforms, Literal(not results, datatype=XSD.boolean)))
    for index, result in enumerate(results):
        item = BNode(f"r{index}")
        graph.add((node, SH.result, item))
        graph.add((item, RDF.type, SH.ValidationResult))
        graph.add((item, SH.focusNode, URIRef(result.focus)))
        graph.add((item, SH.resultSeverity, result.severity.iri))
        graph.add((item, SH.sourceShape, URIRef(SHAPES_NS + result.shape)))
        graph.add((item, SH.resultMessage, Literal(result.message_zh, lang="zh")))
        graph.add((item, SH.resultMessage, Literal(result.message_en, lang="en")))
        if result.path:
            graph.add((item, SH.resultPath, URIRef(result.path)))
        for value in result.values:
            iri = value.startswith(("http://", "https://", "urn:"))
            graph.add((item, SH.value, URIRef(value) if iri else Literal(value)))
    return graph.serialize(format="turtle")
