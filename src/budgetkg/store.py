"""The embedded on-disk store (Oxigraph): one named graph per disclosure, plus the
ontology and code lists in a graph of their own so queries can use their labels.

Writing a disclosure is one SPARQL update (drop its graph, insert the new triples),
which Oxigraph applies as a single transaction: a reader never sees half a document,
and a document that fails to extract never reaches the store at all.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph

from budgetkg.errors import StoreError
from budgetkg.resources import ontology_files
from budgetkg.vocab import BKG, PREFIXES

ONTOLOGY_GRAPH = "https://w3id.org/budgetkg/def"
SKOLEM_AUTHORITY = "https://w3id.org/budgetkg"
JOURNAL_GRAPH = "urn:budgetkg:journal"
Value = str | int | Decimal | bool | None


def default_store_path() -> Path:
    """``$BUDGETKG_STORE``, else the user's data folder (never the working folder: the
    installed command runs from anywhere)."""
    if explicit := os.environ.get("BUDGETKG_STORE"):
        return Path(explicit).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "budgetkg" / "store"


@dataclass(frozen=True)
class StoredDocument:
    graph: str
    title: str
    year: int | None
    source: str
    sha256: str


@dataclass(frozen=True)
class Compaction:
    """What ``Store.optimize`` did: bytes on disk before and after, and how long it took."""
    bytes_before: int
    bytes_after: int
    seconds: float


class Store:
    """An Oxigraph store on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False):
        """Open (or create) the store at ``path``. ``read_only`` opens an existing one
        that nothing writes to, such as a ``snapshot``: beside a process that has the
        store open for writing, even its background compactions make reading undefined
        (Oxigraph's words; seen as files gone missing while a worker opened the store)."""
        self.path = Path(path) if path is not None else None
        self._journal = threading.Lock()
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from None
        self.recovered = self.recover() if self.path is not None and not read_only else []

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        # No flush: every write is already durable (bulk loads write their files, updates
        # their log), and a flush waits for the compaction a large load leaves behind:
        # 15-30 s after a 10,000-document build, on a change of one document.
        self._store = None

    @property
    def oxigraph(self) -> ox.Store:
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    def __len__(self) -> int:
        return len(self.oxigraph)  # counts every quad: slow on a large store

    def __bool__(self) -> bool:  # an open store is a store, however many quads it holds
        return True

    # Writing

    def replace_graph(self, graph: Graph) -> int:
        """Put ``graph`` in place of the named graph of the same name, atomically."""
        self.replace_graphs([(str(graph.identifier), graph.serialize(format="nt"))])
        return len(graph)

    def replace_graphs(self, graphs: list[tuple[str, str]]) -> None:
        """Replace several named graphs, given as (name, N-Triples text), in one
        transaction: either all of them change or none does."""
        if not graphs:
            return
        drops = "".join(f"DROP SILENT GRAPH <{name}> ;\n" for name, _ in graphs)
        inserts = "".join(f"GRAPH <{name}> {{\n{body}\n}}\n" for name, body in graphs)
        self.oxigraph.update(f"{drops}INSERT DATA {{\n{inserts}}}")

    def load_quads(self, names: list[str], nquads: bytes, *, checked: bool = False) -> None:
        """Replace the named graphs ``names`` with the N-Quads ``nquads`` (whose quads
        are all in those graphs), at bulk-load speed. With ``checked``, the quads'
        IRIs are known to be valid (budgetkg minted them under a checked base) and are
        not checked again: the loader then takes about 7% less CPU.

        Oxigraph's bulk loader is about three times faster than a transaction and writes
        a store a quarter the size, but it is not atomic. So the graphs are first noted in
        a journal graph (one small transaction), then loaded, then struck from the
        journal. A load cut short leaves its graphs in the journal, and ``recover``, run
        whenever a store is opened, drops them: a document is wholly in or not at all.
        """
        if not names:
            return
        marks = "".join(f"<{JOURNAL_GRAPH}> <{BKG}loading> <{name}> .\n" for name in names)
        # Several threads may load at once (the build does), each its own graphs; the
        # bulk loads run side by side, the journal's transactions one at a time.
        with self._journal:
            self.oxigraph.update(f"INSERT DATA {{ GRAPH <{JOURNAL_GRAPH}> {{ {marks} }} }}")
            for name in names:
                self.oxigraph.remove_graph(ox.NamedNode(name))
        self.oxigraph.bulk_load(nquads, format=ox.RdfFormat.N_QUADS, lenient=checked)
        with self._journal:
            self.oxigraph.update(f"DELETE DATA {{ GRAPH <{JOURNAL_GRAPH}> {{ {marks} }} }}")

    @contextmanager
    def snapshot(self) -> Iterator[Path]:
        """A checkpoint of the store as it is now, for other processes to open read-only
        while this one keeps it open; removed on exit. It is made of hard links to the
        store's files where the file system allows (2 ms at 1,000 disclosures), beside
        the store, which is why it is not in the system's temporary folder."""
        if self.path is None:
            raise StoreError("a store in memory cannot be shared with other processes")
        try:
            folder = Path(tempfile.mkdtemp(prefix=f".{self.path.name}-snapshot-",
                                           dir=self.path.parent))
            self.oxigraph.backup(str(folder / "store"))
        except OSError as exc:
            raise StoreError(f"cannot snapshot the store at {self.path} for worker "
                             f"processes: {exc}") from None
        try:
            yield folder / "store"
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def optimize(self) -> Compaction:
        """Compact the store on disk, as Oxigraph advises after bulk loads.

        Each bulk load adds files whose keys overlap the ones before, so a read looks in
        many of them. Compacting merges them: measured on a 10,000-document store, it took
        64 s, the store shrank from 8.1 to 6.5 GB and queries ran 20-25% faster. A build
        does not do it itself: it would add a sixth to a 10,000-document build, and after
        a rebuild of a few documents there is little to merge."""
        before, started = self.disk_bytes(), time.perf_counter()
        try:
            self.oxigraph.optimize()
        except OSError as exc:
            raise StoreError(f"cannot compact the store at {self.path}: {exc}") from None
        return Compaction(before, self.disk_bytes(), time.perf_counter() - started)

    def disk_bytes(self) -> int:
        """Bytes the store takes on disk (0 in memory)."""
        if self.path is None:
            return 0
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())

    def recover(self) -> list[str]:
        """Drop the graphs of a bulk load that did not finish; return their names."""
        rows = self.select(f"SELECT ?g WHERE {{ GRAPH <{JOURNAL_GRAPH}> {{ ?j ?p ?g }} }}")
        unfinished = [str(row[0]) for row in rows]
        for name in unfinished:
            self.oxigraph.remove_graph(ox.NamedNode(name))
        if unfinished:
            self.oxigraph.remove_graph(ox.NamedNode(JOURNAL_GRAPH))
        return unfinished

    def has_graph(self, name: str) -> bool:
        return self.oxigraph.contains_named_graph(ox.NamedNode(name))

    def remove_graph(self, name: str) -> bool:
        if not self.has_graph(name):
            return False
        self.oxigraph.remove_graph(ox.NamedNode(name))
        return True

    def load_ontology(self) -> None:
        """Load the ontology, code lists and shapes into their own graph, unless the
        same files are there already (so an unchanged build leaves the store as it
        was: the shapes' blank nodes would get new names on every load)."""
        files = ontology_files()
        digest = hashlib.sha256(b"".join(p.name.encode() + p.read_bytes()
                                         for p in files)).hexdigest()
        rows = self.select(f"SELECT ?d WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ "
                           f"<{ONTOLOGY_GRAPH}> bkg:digest ?d }} }}")
        if rows and rows[0][0] == digest:
            return
        parsed = Graph()
        for path in files:
            parsed.parse(path, format="turtle")
        # Blank nodes (RDF lists, sh:declare) get canonical, content-derived names, so two
        # stores built from the same files hold the same quads.
        graph = Graph(identifier=URIRef(ONTOLOGY_GRAPH))
        for triple in to_canonical_graph(parsed).skolemize(authority=SKOLEM_AUTHORITY):
            graph.add(triple)
        graph.add((URIRef(ONTOLOGY_GRAPH), BKG.digest, Literal(digest)))
        self.replace_graph(graph)

    # Reading

    def source_hashes(self) -> dict[str, str]:
        """SHA-256 of every stored source file → the disclosure graph built from it."""
        # Only source files carry bkg:sha256, and each sits in its disclosure's graph: one
        # pattern, 0.1 s for 10,000 documents where joining through the disclosure took 2 s.
        # Read straight from Oxigraph's terms: converting 10,000 rows took longer.
        solutions = self.oxigraph.query(
            f"SELECT ?sha ?g WHERE {{ GRAPH ?g {{ ?src <{BKG}sha256> ?sha }} }}")
        return {row["sha"].value: row["g"].value for row in solutions}

    def stats(self) -> tuple[int, int]:
        """How many disclosures the store holds, and how many triples they make up: read
        from each graph's ``void:triples`` (only disclosures state it), as counting every
        quad of a large store takes seconds."""
        rows = self.select("""SELECT (COUNT(?g) AS ?documents) (SUM(?n) AS ?triples) WHERE {
            GRAPH ?g { ?g void:triples ?n } }""")
        documents, triples = rows[0]
        return documents, triples or 0

    def graph_for_source(self, sha256: str) -> str | None:
        """The disclosure graph built from a file with this checksum, if any."""
        rows = self.select(
            "SELECT ?g ?sha WHERE { GRAPH ?g { ?src bkg:sha256 ?sha } } LIMIT 1",
            {"sha": Literal(sha256)})
        return str(rows[0][0]) if rows else None

    def documents(self) -> list[StoredDocument]:
        """The stored disclosures, by graph IRI."""
        rows = self.select("""
            SELECT ?g ?title ?year ?file ?sha WHERE { GRAPH ?g {
              ?g a bkg:Disclosure ; dct:title ?title ; prov:wasDerivedFrom ?src .
              OPTIONAL { ?g bkg:fiscalYear ?year }
              ?src bkg:fileName ?file ; bkg:sha256 ?sha .
            } }""")
        # Sorted here: Oxigraph's ORDER BY reads an IRI's text at every comparison (0.9 s
        # instead of 0.5 s at 10,000 disclosures).
        return sorted((StoredDocument(str(g), str(title), year, str(file), str(sha))
                       for g, title, year, file, sha in rows), key=lambda d: d.graph)

    def is_empty(self) -> bool:
        return not self.select("ASK { GRAPH ?g { ?g a bkg:Disclosure } }")

    def select(self, sparql: str, bindings: dict[str, object] | None = None,
               ) -> list[tuple[Value, ...]] | bool:
        """Rows of Python values for a SELECT, a bool for an ASK."""
        result = self.run(sparql, bindings)
        return result if isinstance(result, bool) else result[1]

    def run(self, sparql: str, bindings: dict[str, object] | None = None, *,
            graphs: list[str] | None = None,
            ) -> tuple[tuple[str, ...], list[tuple[Value, ...]]] | bool:
        """Run a SELECT (column names and rows) or an ASK (a bool) over the union of all
        graphs, or of ``graphs`` only (which are then also the only named graphs).
        ``bindings`` maps variable names to rdflib terms and is applied as substitutions,
        never pasted into the text."""
        substitutions = {ox.Variable(name): to_oxigraph(term)
                         for name, term in (bindings or {}).items()}
        if graphs is None:
            dataset: dict = {"use_default_graph_as_union": True}
        else:
            names = [ox.NamedNode(graph) for graph in graphs]
            dataset = {"default_graph": names, "named_graphs": names}
        try:
            result = self.oxigraph.query(sparql, substitutions=substitutions,
                                         prefixes=_PREFIXES, **dataset)
        except SyntaxError as exc:
            raise StoreError(f"invalid SPARQL: {exc}") from None
        except RuntimeError as exc:
            if "projection" in str(exc):
                # Oxigraph binds only variables the query returns (SPARQL SEP-0007).
                raise StoreError(f"a parameter must be a returned variable: {exc}") from None
            raise
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("only SELECT and ASK queries give rows; this one builds a graph")
        names = tuple(variable.value for variable in result.variables)
        # A solution iterates its values in the order of the variables: 3x faster than
        # looking each one up by name, which shows on queries of 10,000s of rows.
        return names, [tuple(map(python_value, solution)) for solution in result]


# The prefixes the store's own queries use, from the project's one prefix map.
_PREFIXES = {prefix: str(PREFIXES[prefix]) for prefix in ("bkg", "dct", "prov", "void")}
_NUMERIC = {"http://www.w3.org/2001/XMLSchema#integer": int,
            "http://www.w3.org/2001/XMLSchema#decimal": Decimal}


def to_oxigraph(term: object):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def python_value(term) -> Value:
    """An Oxigraph term as a plain Python value: IRIs and strings as ``str``, integers
    as ``int``, decimals as exact ``Decimal``."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        convert = _NUMERIC.get(term.datatype.value)
        if convert is not None:
            try:
                return convert(term.value)
            except (ValueError, ArithmeticError):
                return term.value
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#boolean":
            return term.value == "true"
        return term.value
    return term.value
