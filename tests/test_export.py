"""Open-data export: deterministic files in four formats that load back into a store and
answer every bundled query as the original does."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Dataset

from budgetkg.build import build
from budgetkg.errors import StoreError, UsageError
from budgetkg.export import ExportFormat, export, graph_triples
from budgetkg.query import list_queries, run_query
from budgetkg.resources import ontology_dir
from budgetkg.store import Store, to_oxigraph
from budgetkg.vocab import DEFAULT_BASE, PREFIXES

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "203002-changli-organisation-department-2020-budget.txt"
VARIETY = ROOT / "tests" / "cases" / "variety-pipe-tables-yuan" / "document.txt"
# Every required parameter of a bundled query needs a value here (checked below).
PARAMS = {"by_policy": {"policy": "昌发[2019]4号"}}
SYNTAX = {ExportFormat.TURTLE: ox.RdfFormat.TURTLE, ExportFormat.TRIG: ox.RdfFormat.TRIG,
          ExportFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    """Two disclosures from different departments, years and layouts."""
    path = tmp_path_factory.mktemp("export-store") / "store"
    build([SEED, VARIETY], store=path)
    with Store(path) as opened:
        yield opened


@pytest.fixture(scope="module")
def exported(store: Store, tmp_path_factory: pytest.TempPathFactory):
    return export(store, out=tmp_path_factory.mktemp("export") / "out", formats=list(ExportFormat))


def answers(store: Store) -> dict[str, tuple]:
    """Every bundled query's rows on a store."""
    results = {}
    for query in list_queries():
        params = PARAMS.get(query.name, {})
        missing = [p.name for p in query.parameters if p.required and p.name not in params]
        assert not missing, f"add a value for {query.name}'s {missing} to PARAMS"
        results[query.name] = run_query(query, params=params, store=store).rows
    return results


def test_the_layout_is_one_file_per_disclosure_for_people_and_one_for_machines(exported):
    paths = sorted(f.path for f in exported.files)
    assert paths == ["budgetkg.nt", "budgetkg.trig",
                     "jsonld/203002-2f867ce6-2020-budget.jsonld",
                     f"jsonld/{Path(paths[3]).stem}.jsonld",
                     "turtle/203002-2f867ce6-2020-budget.ttl", f"turtle/{Path(paths[5]).stem}.ttl"]
    assert len({Path(p).stem for p in paths if "/" in p}) == 2
    assert (exported.out / "catalog.ttl").is_file()
    assert (exported.out / "context.jsonld").read_bytes() == \
        (ontology_dir() / "context.jsonld").read_bytes()


def test_exporting_twice_gives_byte_identical_files(store: Store, exported, tmp_path: Path):
    again = export(store, out=tmp_path / "again", formats=list(ExportFormat))
    first = sorted(p.relative_to(exported.out) for p in exported.out.rglob("*") if p.is_file())
    second = sorted(p.relative_to(again.out) for p in again.out.rglob("*") if p.is_file())
    assert first == second
    for relative in first:
        assert (exported.out / relative).read_bytes() == (again.out / relative).read_bytes(), \
            relative


@pytest.mark.parametrize("fmt", list(ExportFormat), ids=[f.value for f in ExportFormat])
def test_each_file_holds_exactly_the_graphs_it_names(store: Store, exported, fmt):
    for file in (f for f in exported.files if f.format is fmt):
        path = exported.out / file.path
        if fmt is ExportFormat.JSONLD:
            read = Dataset().parse(path, format="json-ld")
            quads = {(str(g.identifier), str(ox.Triple(*map(to_oxigraph, t))))
                     for g in read.graphs() for t in g}
        else:
            graph = None if fmt is ExportFormat.TRIG else file.graphs[0]
            quads = {(graph or q.graph_name.value, str(q.triple))
                     for q in ox.parse(path=path, format=SYNTAX[fmt])}
        expected = {(g, str(t)) for g in file.graphs for t in graph_triples(store, g)}
        if fmt is ExportFormat.NTRIPLES:  # one graph-less file: compare the triples
            quads, expected = {t for _, t in quads}, {t for _, t in expected}
        assert quads == expected


@pytest.mark.parametrize("fmt", list(ExportFormat), ids=[f.value for f in ExportFormat])
def test_an_export_loaded_into_a_fresh_store_answers_every_query_alike(store: Store, exported,
                                                                       fmt):
    with Store() as fresh:
        fresh.load_ontology()  # the vocabulary is published beside the data, not in it
        for file in (f for f in exported.files if f.format is fmt):
            path = exported.out / file.path
            if fmt is ExportFormat.JSONLD:
                for graph in Dataset().parse(path, format="json-ld").graphs():
                    if len(graph):  # the dataset's empty default graph has nothing to load
                        fresh.replace_graph(graph)
            elif fmt is ExportFormat.TRIG:
                fresh.oxigraph.load(path=path, format=ox.RdfFormat.TRIG)
            else:
                fresh.oxigraph.load(path=path, format=SYNTAX[fmt],
                                    to_graph=ox.NamedNode(file.graphs[0]))
        original, loaded = answers(store), answers(fresh)
    assert original["by_policy"], "the parameterised query finds rows to compare"
    assert loaded == original


def test_turtle_is_written_for_people(exported):
    text = (exported.out / "turtle/203002-2f867ce6-2020-budget.ttl").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("@")]
    assert header[0] == f"@base <{DEFAULT_BASE}> ."
    assert header[1:] == [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    assert "_:" not in text
    blocks = text.split("\n\n")[2:]
    subjects = [block.split(" ", 1)[0].strip("<>") for block in blocks]  # relative IRIs
    assert subjects == sorted(subjects) and len(subjects) == len(set(subjects)) > 100
    disclosure = blocks[subjects.index("disclosure/203002-2f867ce6/2020/budget")]
    assert disclosure.split("\n")[0].endswith("a bkg:Disclosure ;")
    assert "    bkg:fiscalYear 2020 ;" in disclosure


def test_jsonld_uses_the_published_context(exported):
    context = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))
    assert context["@context"] == {**{p: str(ns) for p, ns in PREFIXES.items()},
                                   "id": DEFAULT_BASE}
    document = json.loads((exported.out / "jsonld/203002-2f867ce6-2020-budget.jsonld")
                          .read_text(encoding="utf-8"))
    assert document["@context"] == "../context.jsonld"
    assert document["@id"] == "id:disclosure/203002-2f867ce6/2020/budget"
    disclosure = next(n for n in document["@graph"] if n["@id"] == document["@id"])
    assert disclosure["@type"] == "bkg:Disclosure" and disclosure["bkg:fiscalYear"] == 2020


def test_another_data_base_is_declared_in_every_format(tmp_path: Path):
    build([VARIETY], store=tmp_path / "store", base="https://example.org/kg/")
    with Store(tmp_path / "store") as store:
        report = export(store, out=tmp_path / "out", formats=list(ExportFormat))
        rows = answers(store)
    by_format = {f.format: (report.out / f.path).read_text(encoding="utf-8") for f in report.files}
    assert by_format[ExportFormat.TURTLE].startswith("@base <https://example.org/kg/> .")
    assert json.loads(by_format[ExportFormat.JSONLD])["@context"] == [
        "../context.jsonld", {"id": "https://example.org/kg/"}]
    with Store() as fresh:
        fresh.load_ontology()
        fresh.oxigraph.load(path=report.out / "budgetkg.trig", format=ox.RdfFormat.TRIG)
        assert answers(fresh) == rows


def test_a_document_is_chosen_by_file_name_or_graph_iri(store: Store, tmp_path: Path):
    by_name = export(store, out=tmp_path / "a", formats=[ExportFormat.TRIG],
                     documents=[str(SEED)])
    graph = by_name.documents[0].graph
    by_iri = export(store, out=tmp_path / "b", formats=[ExportFormat.TRIG], documents=[graph])
    assert [f.path for f in by_name.files] == ["trig/203002-2f867ce6-2020-budget.trig"]
    assert by_name.files == by_iri.files and not by_name.files[0].whole_store
    with pytest.raises(UsageError, match=r"no stored disclosure 'nope'; stored: .*\.txt"):
        export(store, out=tmp_path / "c", documents=["nope"])


def test_an_empty_store_is_refused_with_a_hint(tmp_path: Path):
    with Store() as empty, pytest.raises(UsageError, match="budgetkg build"):
        export(empty, out=tmp_path / "out")


def test_a_graph_with_blank_nodes_is_refused():
    with Store() as store:
        store.oxigraph.add(ox.Quad(ox.BlankNode(), ox.NamedNode("http://example.org/p"),
                                   ox.Literal("x"), ox.NamedNode("http://example.org/g")))
        with pytest.raises(StoreError, match="blank nodes"):
            graph_triples(store, "http://example.org/g")


def test_the_export_streams_graph_by_graph_without_an_rdflib_graph(store: Store, tmp_path: Path,
                                                                   monkeypatch):
    # budgetkg.export is also the name of the function the package exports; the module
    # is the one in sys.modules.
    export_module = importlib.import_module("budgetkg.export")
    read: list[str] = []
    written: list[int] = []
    original = export_module.graph_triples

    def spy(opened: Store, graph: str):
        read.append(graph)
        whole = tmp_path / "out" / "budgetkg.nt"
        written.append(whole.stat().st_size if whole.exists() else 0)
        return original(opened, graph)

    def refuse(*args, **kwargs):
        raise AssertionError("the export built an rdflib graph")

    monkeypatch.setattr(export_module, "graph_triples", spy)
    monkeypatch.setattr(rdflib.Graph, "__init__", refuse)
    monkeypatch.setattr(export_module, "CHUNK", 1)
    report = export(store, out=tmp_path / "out", formats=[ExportFormat.NTRIPLES])
    assert read == list(report.files[0].graphs) and len(read) == 2
    # The first graph is in the file before the second is read: the file is never held
    # in memory whole.
    assert written[0] == 0 < written[1]


def test_workers_write_the_files_one_process_writes(store: Store, tmp_path: Path,
                                                    monkeypatch):
    export_module = importlib.import_module("budgetkg.export")
    pools = []
    pool = export_module.worker_pool
    monkeypatch.setattr(export_module, "worker_pool", lambda *a: pools.append(a) or pool(*a))
    alone = export(store, out=tmp_path / "alone", formats=list(ExportFormat), workers=2)
    assert not pools  # two graphs: not worth starting workers
    monkeypatch.setattr(export_module, "POOL_FROM", 2)
    monkeypatch.setattr(export_module, "CHUNK", 1)  # a task per graph, done by either worker
    told: list[int] = []
    together = export(store, out=tmp_path / "together", formats=list(ExportFormat), workers=2,
                      on_graphs=told.append)
    assert len(pools) == 1
    assert together.files == alone.files
    names = [f.path for f in alone.files] + ["catalog.ttl", "context.jsonld"]
    for name in names:
        assert (tmp_path / "together" / name).read_bytes() == \
            (tmp_path / "alone" / name).read_bytes(), name
    assert told == [1] * 2 * len(ExportFormat)
    assert not list(store.path.parent.glob(".*snapshot*"))  # the workers' snapshot is gone


def test_an_error_in_a_worker_reaches_the_caller(tmp_path: Path, monkeypatch):
    build([SEED, VARIETY], store=tmp_path / "store")
    export_module = importlib.import_module("budgetkg.export")
    monkeypatch.setattr(export_module, "POOL_FROM", 2)
    monkeypatch.setattr(export_module, "CHUNK", 1)
    with Store(tmp_path / "store") as opened:
        graph = opened.documents()[1].graph
        opened.oxigraph.add(ox.Quad(ox.BlankNode(), ox.NamedNode("http://example.org/p"),
                                    ox.Literal("x"), ox.NamedNode(graph)))
        with pytest.raises(StoreError, match=f"graph <{graph}> holds blank nodes"):
            export(opened, out=tmp_path / "out", formats=[ExportFormat.TRIG], workers=2)


def test_the_command_writes_files_and_reports_on_stderr(tmp_path: Path):
    build([VARIETY], store=tmp_path / "store")  # a store of its own: one process opens it
    args = ["export", "--out", tmp_path / "out", "--format", "trig", "--format", "jsonld",
            "--store", tmp_path / "store", "--issued", "2024-05-01"]
    result = subprocess.run([sys.executable, "-m", "budgetkg.cli", *map(str, args)],
                            capture_output=True, text=True, encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "export: 1 disclosure in 2 files" in result.stderr
    assert "budgetkg.trig: 1 graph," in result.stderr
    assert (tmp_path / "out" / "budgetkg.trig").is_file()
    bad = subprocess.run([sys.executable, "-m", "budgetkg.cli", "export", "--out",
                          str(tmp_path / "x"), "--store", str(tmp_path / "store"), "--issued",
                          "May"],
                         capture_output=True, text=True, encoding="utf-8", check=False)
    assert bad.returncode == 2
    assert "expected a date as YYYY-MM-DD, got 'May'" in bad.stderr
    assert "Traceback" not in bad.stderr
