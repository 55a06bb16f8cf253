"""The two validation engines.

- ``check_graph``: pySHACL over one rdflib graph (one document, a shape example): the
  reference implementation of the shapes.
- ``check_store``: the shapes as SPARQL over the Oxigraph store, one query per shape for
  all documents; a document whose content and shapes are unchanged since its results were
  stored keeps them (``cache``).
- ``check_local``: the same queries, for the shapes of single documents, over a few
  documents on an in-memory store: the build's workers run it on what they extract.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cache as cache_once
from functools import lru_cache

import pyoxigraph as ox
import pyshacl
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from budgetkg.store import ONTOLOGY_GRAPH, Store
from budgetkg.validate import cache
from budgetkg.validate.report import SourceRef, ValidationReport, ValidationResult, message
from budgetkg.validate.shapes import (
    Severity,
    involves_query,
    shape_id,
    shape_infos,
    shapes_digest,
    shapes_graph,
    vocabulary_graph,
)
from budgetkg.validate.sparql import (
    ShapeQuery,
    queries,
    scoped,
    subclass_query,
    target_classes,
)
from budgetkg.vocab import BKG, SH

_CJK = re.compile(r"[\u3400-\u9fff]")
_RELATED = (BKG.partOf, BKG.changeOf)
# An incremental run checks the documents that changed one at a time (~0.05 s each);
# past this many, checking the whole store is quicker.
_SCOPED_LIMIT = 200


def check_graph(graph: Graph) -> ValidationReport:
    """Validate one graph with pySHACL (the ontology and code lists mixed in)."""
    data = _ParsedOnce()
    data += canonical(graph)
    data += vocabulary_graph()
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none",
                                     allow_warnings=True, abort_on_first=False)
    found = []
    for node in results.subjects(predicate=SH.focusNode):
        focus = results.value(node, SH.focusNode)
        shape = shape_id(results.value(node, SH.sourceShape))
        messages = {m.language or _language(str(m), shape): str(m)
                    for m in results.objects(node, SH.resultMessage)}
        values = tuple(sorted(str(v) for v in results.objects(node, SH.value)))
        path = results.value(node, SH.resultPath)
        found.append(_result(
            Severity.from_iri(results.value(node, SH.resultSeverity)), shape, str(focus),
            messages, values, str(path) if isinstance(path, URIRef) else None,
            document=_document_in_graph(data, focus),
            sources=_sources_in_graph(data, focus, values, _involved_in_graph(data, shape,
                                                                              focus))))
    documents = tuple(sorted(str(d) for d in graph.subjects(RDF.type, BKG.Disclosure)))
    return ValidationReport(tuple(sorted(found, key=ValidationResult.sort_key)), "pyshacl",
                            documents)


class _ParsedOnce(Graph):
    """A graph that parses each SPARQL text once. pySHACL sends rdflib a SHACL-SPARQL
    constraint's text once per focus node, and rdflib parses it every time: 15 of the 17 s
    validating the seed took. A prepared query is meant to be run again with other
    bindings: the seed's report at every severity is byte-identical either way, and the
    tests hold pySHACL's results to the SPARQL engine's."""

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,
              initBindings=None, use_store_provided=True, **kwargs):
        if isinstance(query_object, str) and processor == "sparql" and not initNs and not kwargs:
            query_object = _prepared(query_object)
        return super().query(query_object, processor, result, initNs, initBindings,
                             use_store_provided, **kwargs)


@lru_cache(maxsize=256)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


def _language(text: str, shape: str) -> str:
    """pySHACL drops the language tag when it fills a message template: find the
    template the text was filled from."""
    info = shape_infos().get(shape)
    for language, template in (info.messages.items() if info else ()):
        pattern = re.sub(r"\\\{\\?[?$]\w+\\\}", ".*", re.escape(template))
        if re.fullmatch(pattern, text, re.DOTALL):
            return language
    return "zh" if _CJK.search(text) else "en"


def canonical(graph: Graph) -> Graph:
    """The graph with numbers in canonical form ("80000.00" and "80000.0" become one
    value), as the store keeps them, so both engines check the same values."""
    result = Graph()
    for subject, predicate, obj in graph:
        if isinstance(obj, Literal) and obj.datatype in _NUMERIC and obj.ill_typed is False:
            obj = _NUMERIC[obj.datatype](obj.value)
        result.add((subject, predicate, obj))
    return result


def _canonical_decimal(value) -> Literal:
    text = format(value.normalize(), "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


_NUMERIC = {XSD.integer: lambda v: Literal(str(int(v)), datatype=XSD.integer),
            XSD.decimal: _canonical_decimal}


def _result(severity, shape, focus, messages, values, path, *, document, sources):
    info = shape_infos().get(shape)
    zh = messages.get("zh") or (info.messages.get("zh") if info else "") or ""
    en = messages.get("en") or messages.get("") or (info.messages.get("en") if info else "")
    lines = {(s.file, s.first, s.last): s for s in sorted(sources)}  # one per span
    return ValidationResult(severity, shape, focus, zh, en or "", values, path, document,
                            tuple(lines.values()))


def _document_in_graph(graph: Graph, focus) -> str | None:
    document = graph.value(focus, BKG.disclosure)
    return str(document) if document is not None else None


def _involved_in_graph(graph: Graph, shape: str, focus) -> set:
    query = involves_query(shape)
    if query is None:
        return set()
    return {row[1] for row in graph.query(query, initBindings={"this": focus})}


def _sources_in_graph(graph: Graph, focus, values: Iterable[str], involved: set,
                      ) -> list[SourceRef]:
    nodes = {focus} | involved | {URIRef(v) for v in values if v.startswith(("http", "urn:"))}
    for predicate in _RELATED:
        nodes |= set(graph.subjects(predicate, focus)) | set(graph.objects(focus, predicate))
    refs = []
    for node in nodes:
        # Only the disclosure names the source file, and a one-line passage has no last
        # line: it is the first.
        first, last = graph.value(node, BKG.firstLine), graph.value(node, BKG.lastLine)
        document = graph.value(node, BKG.disclosure)
        source = None if document is None else graph.value(document, PROV.wasDerivedFrom)
        if first is None or source is None:
            continue
        name = graph.value(source, BKG.fileName)
        refs.append(SourceRef(str(name or source), int(first), int(last or first), str(node)))
    return refs


def check_store(store: Store, *, incremental: bool = True) -> ValidationReport:
    """Validate every disclosure in the store with the shapes translated to SPARQL.

    With ``incremental``, a document whose source and shapes are unchanged since its
    results were stored (by the build, or by an earlier run) keeps them; the others are
    checked and their results stored. Shared entities (departments, policy documents)
    span documents and are always checked."""
    documents = {d.graph: d.sha256 for d in store.documents()}
    digest = shapes_digest()
    stored = cache.read(store) if incremental else {}
    unchanged = {g for g, sha in documents.items()
                 if (e := stored.get(g)) is not None and e.sha256 == sha and e.shapes == digest}
    if len(documents) - len(unchanged) > _SCOPED_LIMIT:
        unchanged = set()  # cheaper to check everything than to scope to so many graphs
    changed = sorted(set(documents) - unchanged)
    kept = [r for g in unchanged for r in stored[g].results]

    def run(query: ShapeQuery) -> list[tuple[ShapeQuery, dict, tuple[str, ...]]]:
        if query.scoped and unchanged:
            rows = []
            for document in changed:
                # One document at a time, on its graph and the ontology only: all such a
                # query reads (Oxigraph's cost grows with the square of the graphs given).
                columns, some = store.run(scoped(query, [document]),
                                          graphs=[document, ONTOLOGY_GRAPH])
                rows += some
            return _found(query, columns, rows)
        return _found(query, *store.run(query.sparql))

    todo = [q for q in _queries(store) if changed or not q.scoped]
    # Oxigraph evaluates a query on one core and releases the GIL meanwhile, so the
    # shapes are checked on every core at once; map keeps the order of the results.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        found = [item for part in pool.map(run, todo) for item in part]
    fresh = _results(store, found)
    if incremental:
        by_document: dict[str, list[ValidationResult]] = {g: [] for g in changed}
        for result in fresh:
            if result.document in by_document:
                by_document[result.document].append(result)
        cache.write(store, [cache.Entry(g, documents[g], digest, tuple(results))
                            for g, results in by_document.items()],
                    drop=set(stored) - set(documents))
    results = tuple(sorted(set(kept + fresh), key=ValidationResult.sort_key))
    return ValidationReport(results, "sparql", tuple(sorted(documents)),
                            skipped=tuple(sorted(unchanged)))


def check_local(nquads: bytes, documents: dict[str, str]) -> list[cache.Entry]:
    """Check documents given as N-Quads (their graphs ``documents``, graph → source
    checksum) against the shapes of single documents, on a private in-memory store: what
    the build does while it has them at hand. Shared entities are left to
    ``check_store``, which sees every document. No entries when a result belongs to none
    of the documents (an entity without its disclosure): ``check_store`` finds it."""
    ontology, local, digest = _local_setup()
    store = Store(None)
    # A transaction loads a small in-memory store faster than the bulk loader, and the
    # quads were written by budgetkg: parsing them leniently (IRIs not checked again)
    # halves the time.
    store.oxigraph.load(ontology, format=ox.RdfFormat.N_QUADS, lenient=True)
    store.oxigraph.load(nquads, format=ox.RdfFormat.N_QUADS, lenient=True)
    found = [item for query in local for item in _found(query, *store.run(query.sparql))]
    by_document: dict[str, list[ValidationResult]] = {g: [] for g in documents}
    for result in _results(store, found):
        if result.document not in by_document:
            return []
        by_document[result.document].append(result)
    return [cache.Entry(g, sha, digest, tuple(sorted(by_document[g],
                                                      key=ValidationResult.sort_key)))
            for g, sha in documents.items()]


@cache_once
def _local_setup() -> tuple[bytes, list[ShapeQuery], str]:
    """The ontology graph as a store holds it, the queries of the shapes of single
    documents and the shapes' digest: made once per process, not for every group."""
    store = Store(None)
    store.load_ontology()
    local = [query for query in _queries(store) if query.scoped]
    return store.oxigraph.dump(format=ox.RdfFormat.N_QUADS), local, shapes_digest()


def _queries(store: Store) -> list[ShapeQuery]:
    subclasses: dict[str, set[str]] = {}
    _, rows = store.run(subclass_query(target_classes(shapes_graph())))
    for cls, sub in rows:
        subclasses.setdefault(cls, set()).add(sub)
    return queries(shapes_graph(), subclasses)


def _found(query: ShapeQuery, columns, rows) -> list[tuple[ShapeQuery, dict, tuple[str, ...]]]:
    found = []
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        value = values.get("value")
        found.append((query, values, () if value is None else (str(value),)))
    return found


def _results(store: Store, found) -> list[ValidationResult]:
    """Results of the rows the shape queries found: messages filled in, and each
    pointed to its document and source lines."""
    involved = _involved_in_store(store, found)
    located = _locate(store, {str(v["this"]) for _, v, _ in found} | {
        value[0] for _, _, value in found if value and value[0].startswith(("http", "urn:"))}
        | {node for nodes in involved.values() for node in nodes})
    results = []
    for query, values, value in found:
        focus = str(values["this"])
        messages = {lang: message(text, values) for lang, text in query.messages.items()}
        document, sources = located.get(focus, (None, []))
        others = [*value, *involved.get((query.shape, focus), ())]
        sources = list(sources) + [s for v in others for s in located.get(v, (None, []))[1]]
        results.append(_result(query.severity, query.shape, focus, messages, value, None,
                               document=document, sources=sources))
    return results


def _involved_in_store(store: Store, found) -> dict[tuple[str, str], set[str]]:
    """For shapes that name the facts they involve: (shape, focus) → those facts."""
    by_shape: dict[str, set[str]] = {}
    for query, values, _ in found:
        if involves_query(query.shape) is not None:
            by_shape.setdefault(query.shape, set()).add(str(values["this"]))
    involved: dict[tuple[str, str], set[str]] = {}
    for shape, focuses in by_shape.items():
        text = involves_query(shape).replace("$this", "?this")
        values = " ".join(f"<{f}>" for f in sorted(focuses))
        found_where = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
        text = (text[: found_where.end()] + f" VALUES ?this {{ {values} }} "
                + text[found_where.end():])
        _, rows = store.run(text)
        for focus, node in rows:
            involved.setdefault((shape, focus), set()).add(node)
    return involved


def _locate(store: Store, nodes: set[str]) -> dict[str, tuple[str | None, list[SourceRef]]]:
    """Document and source lines of each node, and of the facts related to it."""
    located: dict[str, tuple[str | None, list[SourceRef]]] = {}
    ordered = sorted(nodes)
    for start in range(0, len(ordered), 400):
        values = "VALUES ?focus { " + " ".join(f"<{n}>" for n in ordered[start:start + 400]) + " }"
        _, rows = store.run(f"SELECT ?focus ?document WHERE {{ {values} "
                            f"OPTIONAL {{ ?focus bkg:disclosure ?document }} }}")
        for focus, document in rows:
            located.setdefault(focus, (document, []))
        # Each branch starts from the nodes given: Oxigraph joins in the order written,
        # and one OPTIONAL around the three kinds of node was evaluated for every node of
        # the store (half a minute for 400 nodes of 1,000 documents). Only the
        # disclosure names the source file, and a one-line passage has no bkg:lastLine.
        # A node stated by several disclosures (an internal unit) has lines in each, so
        # its lines and disclosure are read from one graph at a time: a GRAPH per
        # pattern, each a lookup (one GRAPH around them all is evaluated on its own,
        # for every node of the store: 30 s).
        _, rows = store.run(f"""
            SELECT ?focus ?node ?file ?first ?last WHERE {{
              {{ {values} BIND (?focus AS ?node) }}
              UNION {{ {values} ?node bkg:partOf ?focus }}
              UNION {{ {values} ?focus bkg:changeOf ?node }}
              GRAPH ?graph {{ ?node bkg:disclosure ?document }}
              ?document prov:wasDerivedFrom ?src .
              ?src bkg:fileName ?file .
              GRAPH ?graph {{ ?node bkg:firstLine ?first }}
              OPTIONAL {{ GRAPH ?graph {{ ?node bkg:lastLine ?stated }} }}
              BIND (COALESCE(?stated, ?first) AS ?last)
            }}""")
        for focus, node, file, first, last in rows:
            located.setdefault(focus, (None, []))[1].append(SourceRef(file, first, last, node))
    return located
