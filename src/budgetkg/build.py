"""Build the store from documents: ``build(paths)`` extracts, maps and stores each file.

- A file whose content (SHA-256) is already stored is skipped without being read twice.
- Extraction and mapping run in parallel on all cores; each worker returns its document
  as N-Quads bytes, never an rdflib graph, and only a few documents per worker are in
  flight at a time, so memory stays flat however large the corpus.
- The workers also check what they extract against the shapes of single documents, a
  few documents at a time on an in-memory store, and the results are stored beside each
  document (``validate.cache``): validating the store afterwards reuses them.
- Documents are written in batches with Oxigraph's bulk loader, two batches at a time,
  behind a journal (``Store.load_quads``): a document is wholly in or not at all, and a
  build interrupted at any point leaves only whole documents once the store is opened
  again (and its workers exit).
"""

from __future__ import annotations

import enum
import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from budgetkg.errors import InputError
from budgetkg.extract import extract_source
from budgetkg.mapping import to_ntriples
from budgetkg.parallel import ordered_map, worker_pool
from budgetkg.resources import bundled_documents
from budgetkg.store import Store, default_store_path
from budgetkg.text import decode_source
from budgetkg.validate import cache
from budgetkg.validate.engines import check_local
from budgetkg.vocab import DEFAULT_BASE, Minter

SUFFIXES = (".txt", ".text")
# One bulk load holds about this many triples. Larger loads were measured not to load
# faster (the same CPU per quad from 0.5 to 8 million), only to hold more memory.
BATCH_TRIPLES = 500_000
# Documents a worker prepares and validates together. The shapes' queries cost much the
# same for 8 documents as for 16, so validating 16 at a time costs 6.8 ms a document
# instead of 8.4; beyond that it stops falling (7-8 ms at 32 and 64).
GROUP = 16
POOL_FROM = 16  # fewer files are prepared in this process, and left to ``check_store``
AHEAD = 2  # groups each worker may have prepared ahead of the loaders
# Batches loaded at once. Two bulk loads into one store run side by side (measured: 3.5 M
# quads in 14 s instead of 23 s, the same CPU); each batch's graphs are journalled apart.
LOADERS = 2


class Outcome(enum.Enum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    REMOVED = "removed"


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
            # os.walk reads file types from the directory itself: no stat per file, which
            # matters for a folder of 10,000 documents on every incremental build.
            found.extend(sorted(Path(folder, name) for folder, _, names in os.walk(path)
                                for name in names if Path(name).suffix.lower() in SUFFIXES))
        elif path.exists():
            found.append(path)
        else:
            raise InputError("no such file or folder", path=path)
    return found


@dataclass(frozen=True)
class _Prepared:
    """What a worker sends back for one document."""

    path: Path
    sha256: str
    graph: str | None = None
    nquads: bytes = b""
    triples: int = 0
    unparsed: int = 0
    error: str = ""
    validation: bytes = b""  # its validation results, as the N-Quads of their graph


def _prepare(path: Path, base: str) -> _Prepared:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return _Prepared(path, "", error=str(InputError(f"cannot be read ({exc.strerror})",
                                                        path=path)))
    sha = hashlib.sha256(raw).hexdigest()
    try:
        disclosure = extract_source(decode_source(raw, path=path))
    except InputError as error:
        return _Prepared(path, sha, error=str(error))
    graph, ntriples, count = to_ntriples(disclosure, base=base)
    # Every N-Triples line ends in " .\n" (a newline inside a literal is escaped), so
    # naming the graph before it makes N-Quads.
    nquads = ntriples.replace(" .\n", f" <{graph}> .\n").encode("utf-8")
    return _Prepared(path, sha, graph, nquads, count, len(disclosure.coverage.unparsed))


def _prepare_group(paths: list[Path], base: str, validate: bool) -> list[_Prepared]:
    """Prepare a few documents and, with ``validate``, check them against the shapes of
    single documents: a query costs about the same for one document as for several, so
    they are checked together."""
    group = [_prepare(path, base) for path in paths]
    if not validate:
        return group
    # A graph named by two files is the later file's, in the store as here.
    last = {prepared.graph: i for i, prepared in enumerate(group) if not prepared.error}
    for entry in check_local(b"".join(group[i].nquads for i in last.values()),
                             {graph: group[i].sha256 for graph, i in last.items()}):
        i = last[entry.document]
        group[i] = replace(group[i], validation=cache.nquads(entry))
    return group


def _prepared(files: list[Path], base: str, workers: int, validate: bool,
              ) -> Iterator[_Prepared]:
    """Prepared documents in the order of ``files``, in groups of ``GROUP``. At most
    ``AHEAD`` groups per worker wait for the loaders, so the corpus is never queued in
    memory while they catch up."""
    groups = iter([files[i:i + GROUP] for i in range(0, len(files), GROUP)])
    if workers <= 1 or len(files) < POOL_FROM:
        # Not worth a worker pool, nor checking them here: setting up the checks takes
        # longer than ``check_store`` takes over a few documents.
        for group in groups:
            yield from _prepare_group(group, base, False)
        return
    with worker_pool(workers) as pool:
        for prepared in ordered_map(pool, _prepare_group,
                                    ((group, base, validate) for group in groups),
                                    ahead=workers * AHEAD):
            yield from prepared


def build(paths: Sequence[Path | str] | None = None, *, store: Store | Path | str | None = None,
          base: str = DEFAULT_BASE, workers: int | None = None, validate: bool = True,
          on_document: Callable[[DocumentResult], None] | None = None) -> BuildReport:
    """Add documents (files or folders; default: the bundled ``data/``) to the store.

    Re-adding a document replaces its graph; an unchanged file is skipped; a document
    that fails is reported and leaves nothing behind. With ``validate``, each document
    is also checked against the shapes of single documents while the workers have it,
    and the results are stored with it, for ``check_store`` to reuse (when there are too
    few documents for workers, ``check_store`` checks them instead).
    """
    Minter(base)  # a base that is not an IRI is a usage error, before anything is read
    files = collect(paths) if paths else bundled_documents()
    opened = store if isinstance(store, Store) else Store(store or default_store_path())
    try:
        opened.load_ontology()
        known = opened.source_hashes()
        results: list[DocumentResult] = []

        def report(result: DocumentResult) -> None:
            results.append(result)
            if on_document is not None:
                on_document(result)

        todo = []
        # hashlib releases the GIL on large buffers, so threads hash on every core.
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            hashes = list(pool.map(_sha256, files))
        for path, sha in zip(files, hashes, strict=True):
            if sha is not None and sha in known:
                report(DocumentResult(path, Outcome.UNCHANGED, known[sha]))
            else:
                todo.append(path)
        # Loaders run in threads of their own (Oxigraph releases the GIL while it loads),
        # so the workers go on preparing the next batch meanwhile. Up to LOADERS batches
        # load at once, so loading, the longest step, uses whatever CPU the workers leave.
        with ThreadPoolExecutor(max_workers=LOADERS) as loader:
            loading: deque[tuple[Future, set[str]]] = deque()
            batch: list[_Prepared] = []

            def load(full: list[_Prepared]) -> None:
                graphs = {p.graph for p in full}
                # A disclosure whose earlier file is still loading waits for it: the
                # later file wins, as it would one by one.
                while loading and (len(loading) >= LOADERS
                                   or any(graphs & busy for _, busy in loading)):
                    _finish(loading.popleft()[0], report)
                loading.append((loader.submit(_write, opened, full), graphs))

            for prepared in _prepared(todo, base, workers or os.cpu_count() or 1,
                                      validate):
                if prepared.error:
                    report(DocumentResult(prepared.path, Outcome.FAILED,
                                          message=prepared.error))
                    continue
                batch.append(prepared)
                if sum(p.triples for p in batch) >= BATCH_TRIPLES:
                    load(batch)
                    batch = []
            load(batch)
            while loading:
                _finish(loading.popleft()[0], report)
        return BuildReport(tuple(results), *opened.stats())
    finally:
        if opened is not store:
            opened.close()


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # the worker reports it


def _write(store: Store, batch: list[_Prepared]) -> list[DocumentResult]:
    """Load a batch (in a loader thread); the results are reported by the caller."""
    if not batch:
        return []
    # Two files of one disclosure in a batch: the later one wins, as it would one by one.
    latest = {p.graph: p for p in batch}
    existing = {g for g in latest if store.has_graph(g)}
    # A document's stored validation results go with it: replaced, or dropped when the
    # new version brings none.
    names = [name for g in latest for name in (g, cache.graph_name(g))]
    # Every IRI in them was minted by the mapping under a checked base (vocab.Minter).
    store.load_quads(names, b"".join(p.nquads + p.validation for p in latest.values()),
                     checked=True)
    results = []
    for prepared in batch:
        replaced = prepared.graph in existing or latest[prepared.graph] is not prepared
        results.append(DocumentResult(
            prepared.path, Outcome.REPLACED if replaced else Outcome.ADDED, prepared.graph,
            prepared.triples, unparsed=prepared.unparsed))
    return results


def _finish(loading: Future, report: Callable[[DocumentResult], None]) -> None:
    """Wait for a batch to be loaded and report its documents (from the calling thread,
    where progress bars and callbacks expect to be called)."""
    for result in loading.result():
        report(result)


def remove(documents: Sequence[str], *, store: Store | Path | str | None = None,
           ) -> tuple[DocumentResult, ...]:
    """Remove disclosures from the store, named by graph IRI or by source file name."""
    opened = store if isinstance(store, Store) else Store(store or default_store_path())
    try:
        stored = opened.documents()
        results = []
        for name in documents:
            matches = [d for d in stored if name == d.graph or d.source == Path(name).name]
            if not matches:
                known = ", ".join(sorted({d.source for d in stored})[:10]) or "none"
                raise InputError(f"no stored disclosure from this file or graph; stored "
                                 f"files include: {known}", path=name)
            for match in matches:
                # The document and its stored validation results, in one transaction.
                opened.replace_graphs([(match.graph, ""), (cache.graph_name(match.graph), "")])
                results.append(DocumentResult(Path(match.source), Outcome.REMOVED,
                                              match.graph))
        return tuple(results)
    finally:
        if opened is not store:
            opened.close()
