"""A build cut short leaves a consistent store: whole documents or none, each with its own
validation results or none, and a build run again completes it."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from budgetkg.build import build
from budgetkg.store import JOURNAL_GRAPH, ONTOLOGY_GRAPH, Store
from budgetkg.validate import cache
from budgetkg.vocab import BKG

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate import generate

COUNT = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(COUNT, folder, seed=3)
    return folder


def consistent(path: Path) -> set[str]:
    """Open the store (which recovers it) and check that every disclosure in it is whole;
    return the disclosures."""
    with Store(path) as store:
        assert not store.select(f"ASK {{ GRAPH <{JOURNAL_GRAPH}> {{ ?s ?p ?o }} }}")
        rows = store.select("""SELECT ?g ?stated (COUNT(*) AS ?held) WHERE {
            GRAPH ?g { ?g void:triples ?stated . ?s ?p ?o } } GROUP BY ?g ?stated""")
        assert rows and all(stated == held for _, stated, held in rows), rows
        documents = {d.graph for d in store.documents()}
        assert {g for g, _, _ in rows} == documents
        named = {str(g) for [g] in store.select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }")}
        leftovers = named - documents - {ONTOLOGY_GRAPH}
        assert all(g.startswith(cache.PREFIX) for g in leftovers), leftovers
        assert set(cache.read(store)) <= documents
        return documents


def test_a_load_cut_short_is_undone_when_the_store_is_opened(seed_path, tmp_path):
    build([seed_path], store=tmp_path / "store")
    [kept] = consistent(tmp_path / "store")
    half = tmp_path / "half.nq"
    with Store(tmp_path / "store") as store:
        triples = store.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES,
                                      from_graph=ox.NamedNode(kept)).decode()
    # The same document under another graph name, of which only half got written.
    other = f"{kept}-interrupted"
    lines = [f"{line[:-2]} <{other}> .\n" for line in triples.splitlines()]
    half.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    with Store(tmp_path / "store") as store:
        # What Store.load_quads does, stopped after the loader wrote half the quads.
        store.oxigraph.update(f"INSERT DATA {{ GRAPH <{JOURNAL_GRAPH}> {{ "
                              f"<{JOURNAL_GRAPH}> <{BKG}loading> <{other}> }} }}")
        store.oxigraph.bulk_load(path=str(half), format=ox.RdfFormat.N_QUADS)
        assert store.has_graph(other)
    with Store(tmp_path / "store") as store:
        assert store.recovered == [other]
    assert consistent(tmp_path / "store") == {kept}


SCRIPT = textwrap.dedent("""
    import importlib
    import sys
    b = importlib.import_module("budgetkg.build")  # the module, not the function
    b.BATCH_TRIPLES = 15_000  # a few documents a batch, so the build has many
    def said(result):
        print(result.outcome.value, flush=True)
    b.build([sys.argv[1]], store=sys.argv[2], workers=2, on_document=said)
""")


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (state, parent, …), if it exists."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()


def children(pid: int) -> list[int]:
    return [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()
            and (fields := _stat(int(entry.name))) and fields[1] == str(pid)]


def running(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")  # a zombie has exited


def test_a_build_killed_midway_leaves_whole_documents(corpus, tmp_path):
    store = tmp_path / "store"
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(corpus), str(store)],
                               stdout=subprocess.PIPE, text=True)
    # Killed as soon as the first batch is in: the next is loading or being prepared.
    assert process.stdout.readline().strip() == "added"
    workers = children(process.pid)
    assert workers
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    # Its workers do not wait for work for ever.
    deadline = time.monotonic() + 15
    while (alive := [pid for pid in workers if running(pid)]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive
    stored = consistent(store)
    assert 0 < len(stored) < COUNT
    report = build([corpus], store=store)
    assert not report.failures and report.documents == COUNT
    assert len(consistent(store)) == COUNT
