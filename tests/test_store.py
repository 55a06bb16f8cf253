"""The embedded store and the graphs that go into it: deterministic, replaced whole when a
disclosure changes, and traceable to the lines they came from."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from pyoxigraph import NamedNode
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import PROV, RDF

import budgetkg
from budgetkg.errors import StoreError
from budgetkg.mapping import disclosure_iri
from budgetkg.store import Store
from budgetkg.vocab import BKG

CHANGED_CODE = "203-0702-JBN-1LEG"  # 远程教育终端站点服务费: 16.80 万元 in the seed
OLD_AMOUNT, NEW_AMOUNT = Decimal("168000"), Decimal("188000")


def quads(store: Store) -> set[str]:
    return set(map(str, store.oxigraph.quads_for_pattern(None, None, None, None)))


def run_cli(*args: object, store: Path, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "BUDGETKG_STORE": str(store), **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", "from budgetkg.cli import main; main()", *map(str, args)],
        capture_output=True, env=full_env, cwd=cwd, check=False)


@pytest.fixture()
def changed_seed(tmp_path: Path, seed_path: Path) -> Path:
    """The seed with one project's budget (and its fiscal part) raised from 16.80 to
    18.80 万元: same department and year, so the same disclosure graph."""
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    code_at = lines.index(f"\t{CHANGED_CODE}")
    budget_at = lines.index("\t预算数", code_at)
    fiscal_at = lines.index("\t其中：财政资金", code_at)
    assert lines[budget_at + 1] == lines[fiscal_at + 1] == "\t16.80"
    lines[budget_at + 1] = lines[fiscal_at + 1] = "\t18.80"
    path = tmp_path / "changed" / seed_path.name
    path.parent.mkdir()
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def graph_quads(store: Store, name: str) -> set[str]:
    return set(map(str, store.oxigraph.quads_for_pattern(None, None, None,
                                                         NamedNode(name))))


def project_amounts(store: Store, code: str) -> list[Decimal]:
    rows = store.select("SELECT ?amount ?code WHERE { ?p a bkg:Project ; bkg:projectCode ?code ;"
                        " bkg:budgetAmount ?amount }", {"code": Literal(code)})
    return sorted(row[0] for row in rows)


def count_projects(store: Store) -> int:
    rows = store.select("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a bkg:Project }")
    return rows[0][0]


# Building


def test_building_the_seed_twice_gives_identical_quads(tmp_path: Path, seed_path: Path):
    budgetkg.build([seed_path], store=tmp_path / "a")
    budgetkg.build([seed_path], store=tmp_path / "b")
    with Store(tmp_path / "a") as a, Store(tmp_path / "b") as b:
        assert quads(a) == quads(b)
        assert len(a) > 0


def test_rebuilding_the_same_store_leaves_it_identical(store_path: Path, seed_path: Path):
    budgetkg.build([seed_path], store=store_path)
    with Store(store_path) as store:
        before = quads(store)
    budgetkg.build([seed_path], store=store_path)
    with Store(store_path) as store:
        assert quads(store) == before


def test_readding_the_same_file_is_unchanged(store_path: Path, seed_path: Path):
    first = budgetkg.build([seed_path], store=store_path)
    again = budgetkg.build([seed_path], store=store_path)
    assert [r.outcome for r in first.results] == [budgetkg.Outcome.ADDED]
    assert [r.outcome for r in again.results] == [budgetkg.Outcome.UNCHANGED]
    assert again.results[0].graph == first.results[0].graph
    assert (again.documents, again.triples) == (first.documents, first.triples)


def test_build_summary_counts_what_is_stored(
        tmp_path: Path, store_path: Path, seed_path: Path, changed_seed: Path):
    # The summary reads void:triples instead of counting quads: it must still be the truth.
    other = tmp_path / "docs" / "other.txt"
    other.parent.mkdir()
    other.write_bytes(changed_seed.read_bytes().replace("组织部".encode(), "宣传部".encode()))
    report = budgetkg.build([seed_path, other], store=store_path)
    with Store(store_path) as store:
        graphs = {r.graph for r in report.results}
        stored = [q for q in store.oxigraph.quads_for_pattern(None, None, None, None)
                  if q.graph_name.value in graphs]
        assert report.documents == len(graphs) == len(store.documents()) == 2
        assert report.triples == len(stored) == sum(r.triples for r in report.results)


def test_modified_copy_replaces_the_disclosure_without_leftovers(
        tmp_path: Path, store_path: Path, seed_path: Path, changed_seed: Path):
    first = budgetkg.build([seed_path], store=store_path)
    report = budgetkg.build([changed_seed], store=store_path)
    assert [r.outcome for r in report.results] == [budgetkg.Outcome.REPLACED]
    assert report.results[0].graph == first.results[0].graph
    assert report.documents == 1
    fresh = tmp_path / "fresh"
    budgetkg.build([changed_seed], store=fresh)
    with Store(store_path) as store, Store(fresh) as only_new:
        assert count_projects(store) == 16
        assert project_amounts(store, CHANGED_CODE) == [NEW_AMOUNT]
        assert OLD_AMOUNT not in project_amounts(store, CHANGED_CODE)
        # Nothing of the old graph (its source file, its figures) is left behind.
        graph = report.results[0].graph
        assert graph_quads(store, graph) == graph_quads(only_new, graph)
        [document] = store.documents()
        assert document.sha256 == hashlib.sha256(changed_seed.read_bytes()).hexdigest()


def test_the_later_file_of_a_disclosure_wins_while_batches_load_at_once(
        monkeypatch, store_path: Path, seed_path: Path, changed_seed: Path):
    # One document a batch, and the first load slow: had the changed copy not waited for
    # it, it would land first and the original would overwrite it.
    build_module = sys.modules["budgetkg.build"]
    assert build_module.LOADERS > 1
    monkeypatch.setattr(build_module, "BATCH_TRIPLES", 1)
    write = build_module._write

    def slow_original(store, batch):
        if any(prepared.path == seed_path for prepared in batch):
            time.sleep(0.5)
        return write(store, batch)

    monkeypatch.setattr(build_module, "_write", slow_original)
    report = budgetkg.build([seed_path, changed_seed], store=store_path, workers=1)
    assert [(r.path, r.outcome) for r in report.results] == [
        (seed_path, budgetkg.Outcome.ADDED), (changed_seed, budgetkg.Outcome.REPLACED)]
    with Store(store_path) as store:
        assert project_amounts(store, CHANGED_CODE) == [NEW_AMOUNT]
        [document] = store.documents()
        assert document.sha256 == hashlib.sha256(changed_seed.read_bytes()).hexdigest()


def test_remove_graph(store_path: Path, seed_path: Path, seed):
    budgetkg.build([seed_path], store=store_path)
    graph = disclosure_iri(seed)
    with Store(store_path) as store:
        assert store.has_graph(graph)
        assert store.remove_graph(graph) is True
        assert not store.has_graph(graph)
        assert store.documents() == []
        assert store.is_empty()
        assert not any(str(q.graph_name) == f"<{graph}>"
                       for q in store.oxigraph.quads_for_pattern(None, None, None, None))
        assert store.remove_graph(graph) is False


def test_a_snapshot_is_the_store_as_it_was_and_is_removed_after(store_path: Path,
                                                                 seed_path: Path):
    budgetkg.build([seed_path], store=store_path)
    with Store(store_path) as store:
        graph = store.documents()[0].graph
        with store.snapshot() as snapshot:
            store.remove_graph(graph)  # a write after the snapshot is not in it
            with Store(snapshot, read_only=True) as copy:
                assert [d.graph for d in copy.documents()] == [graph]
            assert not store.documents()
        assert not snapshot.exists()
        assert [p.name for p in store_path.parent.iterdir()] == [store_path.name]
    with pytest.raises(StoreError, match="in memory"), Store().snapshot():
        pass


def test_documents_describe_the_stored_disclosure(store_path: Path, seed_path: Path, seed):
    with Store(store_path) as store:
        assert store.documents() == []
    budgetkg.build([seed_path], store=store_path)
    with Store(store_path) as store:
        [document] = store.documents()
    assert document.graph == disclosure_iri(seed)
    assert document.title == seed.title
    assert document.year == 2020
    assert document.source == seed_path.name
    assert document.sha256 == hashlib.sha256(seed_path.read_bytes()).hexdigest()


# The graph of one disclosure


def test_extract_turtle_is_byte_identical_across_hash_seeds(tmp_path: Path, seed_path: Path):
    outputs = []
    for hash_seed in ("0", "4242"):
        result = run_cli("extract", seed_path, store=tmp_path / "unused",
                         env={"PYTHONHASHSEED": hash_seed})
        assert result.returncode == 0, result.stderr.decode()
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0]


def test_graph_has_ascii_iris_and_no_blank_nodes(seed_graph):
    for triple in seed_graph:
        assert not any(isinstance(term, BNode) for term in triple), triple
    for subject in set(seed_graph.subjects()):
        assert str(subject).isascii(), subject
    for obj in set(seed_graph.objects()):
        if isinstance(obj, URIRef):
            assert str(obj).isascii(), obj


def test_every_located_entity_has_its_lines_and_source(seed_graph, seed):
    [source] = seed_graph.subjects(RDF.type, BKG.SourceFile)
    assert seed_graph.value(source, BKG.sha256) == Literal(seed.source.sha256)
    [disclosure] = seed_graph.subjects(RDF.type, BKG.Disclosure)
    located = set(seed_graph.subjects(BKG.firstLine))
    assert len(located) > 100
    for entity in located:
        [first] = seed_graph.objects(entity, BKG.firstLine)
        lasts = [last.toPython() for last in seed_graph.objects(entity, BKG.lastLine)]
        assert len(lasts) <= 1, entity
        last = lasts[0] if lasts else first.toPython()
        assert 1 <= first.toPython() <= last <= seed.source.line_count, entity
        # The source file is reached through the disclosure.
        assert seed_graph.value(entity, BKG.disclosure) == disclosure, entity
    assert seed_graph.value(disclosure, PROV.wasDerivedFrom) == source


def test_only_the_disclosure_states_its_source_file(seed_graph):
    [disclosure] = seed_graph.subjects(RDF.type, BKG.Disclosure)
    [source] = seed_graph.subjects(RDF.type, BKG.SourceFile)
    assert set(seed_graph.subject_objects(PROV.wasDerivedFrom)) == {(disclosure, source)}


def test_a_last_line_is_stated_only_for_a_passage_of_several_lines(seed_graph):
    spans = [(seed_graph.value(entity, BKG.firstLine).toPython(), last.toPython())
             for entity, last in seed_graph.subject_objects(BKG.lastLine)]
    assert spans, "the seed has passages of several lines"
    assert all(first < last for first, last in spans)
    assert len(set(seed_graph.subjects(BKG.firstLine))) > len(spans)


# Where things are written


def test_store_goes_where_store_says_and_nothing_into_the_working_folder(
        tmp_path: Path, seed_path: Path):
    store = tmp_path / "store"
    # The environment points elsewhere: --store must win.
    elsewhere = tmp_path.parent / f"{tmp_path.name}-env-store"
    for args in (["build", seed_path, "--store", store],
                 ["documents", "--store", store],
                 ["query", "projects", "--format", "csv", "--store", store],
                 ["extract", seed_path]):
        result = run_cli(*args, store=elsewhere, cwd=tmp_path)
        assert result.returncode == 0, (args, result.stderr.decode())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
    assert not elsewhere.exists()
    with Store(store) as opened:
        assert len(opened.documents()) == 1


# Building many documents


class _CountingPool:
    """Stands in for the worker pool: runs each job at once, counts the jobs handed out
    that the build has not taken back yet."""

    def __init__(self, workers: int):
        self.waiting = 0
        self.most_waiting = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def submit(self, fn, *args):
        from concurrent.futures import Future
        future: Future = Future()
        future.set_result(fn(*args))
        self.waiting += 1
        self.most_waiting = max(self.most_waiting, self.waiting)
        original = future.result

        def result(timeout=None):
            self.waiting -= 1
            return original(timeout)

        future.result = result
        return future


def test_parallel_build_keeps_only_a_few_documents_in_flight(
        monkeypatch, tmp_path: Path, seed_path: Path):
    # Executor.map would submit the whole corpus at once and hold its text in memory.
    build_module = sys.modules["budgetkg.build"]  # the package exports build(), the function
    pools: list[_CountingPool] = []
    monkeypatch.setattr(build_module, "worker_pool",
                        lambda workers, *_: pools.append(_CountingPool(workers)) or pools[-1])
    # Small groups, so the 30 documents make more groups than may wait at once.
    monkeypatch.setattr(build_module, "GROUP", 4)
    folder = tmp_path / "docs"
    folder.mkdir()
    text = seed_path.read_bytes()
    for index in range(30):
        (folder / f"d{index:02}.txt").write_bytes(text.replace(
            "组织部".encode(), f"组织部{index}".encode()))
    report = budgetkg.build([folder], store=tmp_path / "store", workers=2)
    assert report.documents == 30 and not report.failures
    assert [r.path.name for r in report.results] == [f"d{i:02}.txt" for i in range(30)]
    assert 0 < pools[0].most_waiting <= 2 * build_module.AHEAD
