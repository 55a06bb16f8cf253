"""Open-data export: the disclosure graphs as Turtle, JSON-LD, N-Triples or TriG, with a
DCAT catalogue of what was written (catalog.py). Layout of the output folder::

    catalog.ttl            the DCAT-AP catalogue: one dataset per disclosure
    context.jsonld         the JSON-LD @context (a copy of ontology/context.jsonld)
    turtle/<key>.ttl       one file per disclosure, for people
    jsonld/<key>.jsonld    one file per disclosure, for web applications
    budgetkg.trig          the whole store, one named graph per disclosure, for quad stores
    budgetkg.nt            the whole store for bulk loaders, graph by graph (a triple in
                           two graphs is written twice; loaders keep one)

Turtle and JSON-LD files stay the size of one disclosure, the unit a person opens and a
catalogue entry describes (and Turtle cannot name a graph). Machines load everything at once,
in one command. With ``documents`` every format is written per disclosure. The ontology, code
lists and shapes are not copied: they are published in ``ontology/`` and the catalogue links
them (``dct:conformsTo``).

The same store gives byte-identical files: sorted statements, one fixed prefix map
(vocab.PREFIXES, and the data base as ``@base``), no blank nodes. Each graph is read from
Oxigraph and written before the next is read: memory holds one disclosure, never the store.
Files of an earlier export into the same folder are overwritten, never deleted.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import chain, groupby
from pathlib import Path

import pyoxigraph as ox

from budgetkg import catalog
from budgetkg.errors import StoreError, UsageError
from budgetkg.parallel import ordered_map, worker_pool
from budgetkg.resources import ontology_dir
from budgetkg.store import Store, StoredDocument
from budgetkg.vocab import DEFAULT_BASE, PREFIXES

__all__ = ["ExportFormat", "ExportReport", "ExportedFile", "export", "select_documents"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
# Turtle writes these literals bare when their lexical form is already the bare form.
_BARE = {_XSD + "integer": re.compile(r"[+-]?\d+"), _XSD + "decimal": re.compile(r"[+-]?\d*\.\d+"),
         _XSD + "boolean": re.compile(r"true|false")}
# Local names written as prefixed names; others (with '/', '%' …) stay full IRIs, as
# escaped local names (id:disclosure\/2020) are harder to read than the IRI itself.
_LOCAL = re.compile(r"([A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?")
_CANONICAL_INTEGER = re.compile(r"0|-?[1-9]\d*")
POOL_FROM = 32  # fewer graphs are written in this process: starting workers costs more
CHUNK = 8  # graphs per worker task
AHEAD = 4  # tasks per worker in flight, so the graphs a whole-store file waits for are few
_FORMATS = {"turtle": (".ttl", "text/turtle"), "jsonld": (".jsonld", "application/ld+json"),
            "ntriples": (".nt", "application/n-triples"), "trig": (".trig", "application/trig")}


class ExportFormat(str, enum.Enum):
    TURTLE = "turtle"
    JSONLD = "jsonld"
    NTRIPLES = "ntriples"
    TRIG = "trig"

    @property
    def extension(self) -> str:
        return _FORMATS[self.value][0]

    @property
    def media_type(self) -> str:
        return _FORMATS[self.value][1]

    @property
    def whole_store(self) -> bool:  # one file for the whole store unless documents are chosen
        return self in (ExportFormat.NTRIPLES, ExportFormat.TRIG)


@dataclass(frozen=True)
class ExportedFile:
    path: str  # relative to the output folder, with '/'
    format: ExportFormat
    graphs: tuple[str, ...]
    whole_store: bool
    byte_size: int
    sha256: str


@dataclass(frozen=True)
class ExportReport:
    out: Path
    files: tuple[ExportedFile, ...]
    catalog: Path
    documents: tuple[StoredDocument, ...]


class _Namer:
    """How IRIs are written: relative to ``@base`` (the data base) or as prefixed names where
    that reads plainly, else in full; IRIs under ``relative`` are written relative to the
    file itself (the catalogue's links to the files beside it)."""

    def __init__(self, prefixes: dict[str, str], *, base: str | None = None,
                 relative: str | None = None):
        self.prefixes = dict(sorted(prefixes.items()))
        self._spaces = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda s: -len(s[0]))
        self.base = base
        self._relative = relative

    def iri(self, iri: str) -> str:
        if self._relative and iri.startswith(self._relative):
            return f"<{iri[len(self._relative):]}>"
        if self.base and iri.startswith(self.base) and _resolves_back(iri[len(self.base):]):
            return f"<{iri[len(self.base):]}>"
        for namespace, prefix in self._spaces:
            if iri.startswith(namespace) and _LOCAL.fullmatch(iri[len(namespace):]):
                return f"{prefix}:{iri[len(namespace):]}"
        return f"<{iri}>"

    def compact(self, iri: str) -> str:
        """A JSON-LD compact IRI: any suffix is allowed after a prefix that ends in / or #."""
        for namespace, prefix in self._spaces:
            if iri.startswith(namespace) and not iri[len(namespace):].startswith("//"):
                return f"{prefix}:{iri[len(namespace):]}"
        return iri

    def term(self, term) -> str:
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        datatype = term.datatype.value
        if term.language or datatype == _XSD + "string":
            return str(term)
        if (bare := _BARE.get(datatype)) and bare.fullmatch(term.value):
            return term.value
        return f"{ox.Literal(term.value)}^^{self.iri(datatype)}"

    def header(self) -> str:
        lines = [f"@base <{self.base}> ."] if self.base else []
        return "\n".join([*lines, *(f"@prefix {p}: <{ns}> ." for p, ns in self.prefixes.items())
                          ]) + "\n\n"


def _resolves_back(reference: str) -> bool:
    """Whether a relative reference resolves (RFC 3986) against a base ending in '/' to
    that base plus itself: no scheme-like first segment, no dot segments, no leading '/'."""
    return (not reference.startswith(("/", "?", "#")) and ":" not in reference.split("/")[0]
            and not {".", ".."} & set(re.split(r"[/?#]", reference)))


def _order(triple: ox.Triple) -> tuple:
    return (triple.subject.value, triple.predicate != _RDF_TYPE, triple.predicate.value,
            str(triple.object))


def graph_triples(store: Store, graph: str) -> list[ox.Triple]:
    """The triples of one named graph, sorted (rdf:type first within a subject)."""
    quads = store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    triples = sorted((q.triple for q in quads), key=_order)
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
           for t in triples):
        raise StoreError(f"graph <{graph}> holds blank nodes, which cannot be written the same "
                         "way twice; only budgetkg's own graphs can be exported")
    return triples


def turtle_body(triples: Sequence[ox.Triple], namer: _Namer, indent: str = "") -> str:
    """Sorted triples as Turtle statements: one block per subject, objects of one
    predicate on one line."""
    blocks = []
    for subject, group in groupby(triples, key=lambda t: t.subject):
        lines = []
        for predicate, same in groupby(group, key=lambda t: t.predicate):
            verb = "a" if predicate == _RDF_TYPE else namer.iri(predicate.value)
            objects = [namer.term(t.object) for t in same]
            # Long lists get one object per line, so a diff shows the one that changed.
            long = len(objects) > 1 and sum(map(len, objects)) > 80
            lines.append(f"{verb} " + (f",\n{indent}        " if long else ", ").join(objects))
        blocks.append(f"{indent}{namer.iri(subject.value)} "
                      + f" ;\n{indent}    ".join(lines) + " .\n")
    return "\n".join(blocks)


def _jsonld_value(term, namer: _Namer) -> object:
    if isinstance(term, ox.NamedNode):
        return {"@id": namer.compact(term.value)}
    datatype = term.datatype.value
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if datatype == _XSD + "string":
        return term.value
    if datatype == _XSD + "integer" and _CANONICAL_INTEGER.fullmatch(term.value):
        return int(term.value)  # a JSON number reads back as the same canonical literal
    if datatype == _XSD + "boolean" and term.value in ("true", "false"):
        return term.value == "true"
    return {"@value": term.value, "@type": namer.compact(datatype)}


def jsonld_document(graph: str, triples: Sequence[ox.Triple], namer: _Namer,
                    context: object) -> str:
    nodes = []
    for subject, group in groupby(triples, key=lambda t: t.subject):
        node: dict[str, object] = {"@id": namer.compact(subject.value)}
        for predicate, same in groupby(group, key=lambda t: t.predicate):
            if predicate == _RDF_TYPE:
                values = [namer.compact(t.object.value) for t in same]
                node["@type"] = values[0] if len(values) == 1 else values
            else:
                values = [_jsonld_value(t.object, namer) for t in same]
                node[namer.compact(predicate.value)] = values[0] if len(values) == 1 else values
        nodes.append(node)
    document = {"@context": context, "@id": namer.compact(graph), "@graph": nodes}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def data_base(graphs: Sequence[str]) -> str:
    """The base the store's IRIs were minted under (build --base), read off the graph names."""
    bases = sorted({g.split("disclosure/")[0] for g in graphs if "disclosure/" in g})
    return bases[0] if len(bases) == 1 else DEFAULT_BASE


def select_documents(store: Store, documents: Sequence[str] = ()) -> list[StoredDocument]:
    """The stored disclosures named by graph IRI or source file name (all when empty)."""
    stored = store.documents()
    if not stored:
        raise UsageError("the store holds no disclosures; add some with 'budgetkg build'")
    if not documents:
        return stored
    chosen = []
    for wanted in documents:
        match = [d for d in stored if wanted == d.graph or Path(wanted).name == d.source]
        if not match:
            raise UsageError(f"no stored disclosure {wanted!r}; stored: "
                             f"{', '.join(d.source for d in stored)} (a file name or graph IRI)")
        chosen.extend(d for d in match if d not in chosen)
    return chosen


def file_key(graph: str, base: str) -> str:
    """A file name for a disclosure graph: its IRI path under the base, made safe, and
    unique because a disclosure IRI is <org code>-<name hash>/<year>/<phase>."""
    key = graph[len(base):].removeprefix("disclosure/") if graph.startswith(base) else graph
    return re.sub(r"[^A-Za-z0-9._-]+", "-", key).strip("-.")


def export(store: Store, *, out: Path, formats: Sequence[ExportFormat] = (ExportFormat.TURTLE,),
           documents: Sequence[str] = (), publication: catalog.Publication | None = None,
           workers: int | None = None, on_file: Callable[[ExportedFile], None] | None = None,
           on_graphs: Callable[[int], None] | None = None) -> ExportReport:
    """Write the store's disclosures (or the chosen ones) in each format, then the catalogue.

    Graphs are read and written by ``workers`` processes (default: one per core), each
    reading a snapshot of the store; the files are the same whatever their number.
    ``on_file`` is told of each file as it is written, ``on_graphs`` of how many graphs
    were written since it was last told."""
    chosen = select_documents(store, documents)
    graphs = [d.graph for d in chosen]
    base = data_base(graphs)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    # Turtle and TriG write the data's IRIs relative to @base; JSON-LD ignores @base in a
    # published context, so it names the base id: instead.
    compact = _Namer({**prefixes, "id": base})
    namer = _Namer(prefixes, base=base) if base.endswith("/") else compact
    keys = {g: file_key(g, base) for g in graphs}
    context = "../context.jsonld" if base == DEFAULT_BASE else ["../context.jsonld", {"id": base}]
    out.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    parallel = workers > 1 and len(graphs) >= POOL_FROM and store.path is not None
    files: list[ExportedFile] = []
    with ExitStack() as stack:
        # The workers read a snapshot: the store itself may be compacting in the background.
        pool = stack.enter_context(worker_pool(workers, _open_source, (
            stack.enter_context(store.snapshot()),))) if parallel else None
        run = _Runner(store, pool, workers, on_graphs)
        for fmt in dict.fromkeys(formats):
            writer = _Writer(fmt, compact if fmt is ExportFormat.JSONLD else namer, context)
            if fmt.whole_store and not documents:
                relative = f"budgetkg{fmt.extension}"
                size, sha256 = _write_whole(out / relative, writer, graphs, run)
                written = [ExportedFile(relative, fmt, tuple(graphs), True, size, sha256)]
            else:
                (out / fmt.value).mkdir(exist_ok=True)
                named = [(g, f"{fmt.value}/{keys[g]}{fmt.extension}") for g in graphs]
                written = (ExportedFile(relative, fmt, (graph,), False, size, sha256)
                           for (graph, relative), (size, sha256) in zip(
                               named, run(_write_files, writer,
                                          [(g, str(out / r)) for g, r in named]), strict=True))
            for file in written:
                files.append(file)
                if on_file is not None:
                    on_file(file)
    if ExportFormat.JSONLD in formats:
        (out / "context.jsonld").write_bytes((ontology_dir() / "context.jsonld").read_bytes())
    triples, prefixes = catalog.catalog_triples(store, files=files, documents=chosen, base=base,
                                                publication=publication or catalog.Publication())
    namer = _Namer(prefixes, relative=catalog.RELATIVE)
    path = out / "catalog.ttl"
    path.write_text(namer.header() + turtle_body(sorted(triples, key=_order), namer),
                    encoding="utf-8", newline="\n")
    return ExportReport(out, tuple(files), path, tuple(chosen))


@dataclass(frozen=True)
class _Writer:
    """How one format is written; sent to the workers, which write as this process would."""
    format: ExportFormat
    namer: _Namer
    context: object

    def header(self) -> str:
        return self.namer.header() if self.format in (ExportFormat.TURTLE, ExportFormat.TRIG) \
            else ""

    def graph(self, graph: str, triples: Sequence[ox.Triple], *, first: bool) -> str:
        """One graph's statements; ``first`` in its file."""
        if self.format is ExportFormat.TURTLE:
            return f"# The named graph <{graph}>\n\n" + turtle_body(triples, self.namer)
        if self.format is ExportFormat.TRIG:
            return (("" if first else "\n") + f"{self.namer.iri(graph)} {{\n"
                    + turtle_body(triples, self.namer, "    ") + "}\n")
        if self.format is ExportFormat.JSONLD:
            return jsonld_document(graph, triples, self.namer, self.context)
        return "".join(sorted(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples))


class _Runner:
    """Runs export tasks in order: here, on ``store``, or on the pool's workers, each on
    its own read-only snapshot; tells ``on_graphs`` of each task's graphs as it is done."""

    def __init__(self, store: Store, pool, workers: int,
                 on_graphs: Callable[[int], None] | None):
        self.store, self.pool, self.workers, self.on_graphs = store, pool, workers, on_graphs

    def __call__(self, function: Callable, writer: _Writer, items: list) -> Iterator:
        """``function(store, writer, chunk, first)`` for each chunk of ``items``; each of
        its results is one per item."""
        chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
        tasks = ((None, writer, chunk, not index) for index, chunk in enumerate(chunks))
        results = (ordered_map(self.pool, function, tasks, ahead=self.workers * AHEAD)
                   if self.pool is not None
                   else (function(self.store, *task[1:]) for task in tasks))
        for chunk, result in zip(chunks, results, strict=True):
            yield from result
            if self.on_graphs is not None:
                self.on_graphs(len(chunk))


# The snapshot of the store a worker reads from, opened once per worker.
_worker_store: Store | None = None


def _open_source(path: Path) -> None:
    global _worker_store
    _worker_store = Store(path, read_only=True)


def _source(store: Store | None) -> Store:
    return store if store is not None else _worker_store


def _write_files(store: Store | None, writer: _Writer, items: list[tuple[str, str]],
                 first: bool) -> list[tuple[int, str]]:
    """Write each (graph, path) as a file of its own; its size and sha256 for the
    catalogue."""
    written = []
    for graph, path in items:
        data = (writer.header() + writer.graph(graph, graph_triples(_source(store), graph),
                                               first=True)).encode("utf-8")
        Path(path).write_bytes(data)
        written.append((len(data), hashlib.sha256(data).hexdigest()))
    return written


def _render(store: Store | None, writer: _Writer, graphs: list[str], first: bool,
            ) -> list[bytes]:
    """Each graph's statements for a file of many; ``first`` when the chunk opens it."""
    return [writer.graph(graph, graph_triples(_source(store), graph),
                         first=first and not index).encode("utf-8")
            for index, graph in enumerate(graphs)]


def _write_whole(path: Path, writer: _Writer, graphs: Sequence[str], run: _Runner,
                 ) -> tuple[int, str]:
    """Write one file graph by graph; return its size and sha256 for the catalogue (hashed
    as written, so a whole-store file is never held in memory)."""
    digest = hashlib.sha256()
    with path.open("wb") as handle:
        for data in chain([writer.header().encode("utf-8")], run(_render, writer, list(graphs))):
            digest.update(data)
            handle.write(data)
        size = handle.tell()
    return size, digest.hexdigest()
