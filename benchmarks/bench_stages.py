"""One measured stage of the benchmark, run in a child process of ``run.py`` so that its
peak memory is its own and a stage that runs too long can be stopped.

    python benchmarks/bench_stages.py STAGE '{"store": …, "corpus": …}'

prints one JSON object on its last line. Stages only call budgetkg's public functions:
``budgetkg.build``, ``budgetkg.extract``, ``budgetkg.validate.check_store``,
``budgetkg.Store.optimize``, ``budgetkg.query.run_query``, ``budgetkg.network`` and, when it
exists, ``budgetkg.export``.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path


def _peak_mb() -> dict[str, float]:
    """Peak RSS of this process and of the largest child it waited for (build workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_worker_rss_mb": round(children, 1)}


def extract(args: dict) -> dict:
    """Extraction alone, on one core, over a sample of the corpus."""
    from budgetkg import extract as read
    paths = sorted(Path(args["corpus"]).glob("*.txt"))[: args.get("sample", 500)]
    started = time.perf_counter()
    lines = unparsed = 0
    for path in paths:
        disclosure = read(path)
        lines += disclosure.source.line_count
        unparsed += len(disclosure.coverage.unparsed)
    elapsed = time.perf_counter() - started
    return {"documents": len(paths), "seconds": elapsed, "docs_per_s": len(paths) / elapsed,
            "lines_per_s": lines / elapsed, "unparsed_lines": unparsed}


def build(args: dict) -> dict:
    import budgetkg
    started = time.perf_counter()
    report = budgetkg.build([args["corpus"]], store=args["store"])
    elapsed = time.perf_counter() - started
    added = [r for r in report.results if r.outcome.value in ("added", "replaced")]
    return {"seconds": elapsed, "documents": report.documents, "triples": report.triples,
            "written": len(added), "written_triples": sum(r.triples for r in added),
            "failed": len(report.failures),
            "documents_with_unparsed_lines": sum(1 for r in report.results if r.unparsed),
            "failures": [f"{r.path.name}: {r.message}" for r in report.failures[:5]]}


def validate(args: dict) -> dict:
    from budgetkg.store import Store
    from budgetkg.validate import check_store
    with Store(args["store"]) as store:
        started = time.perf_counter()
        report = check_store(store, incremental=args.get("incremental", True))
        elapsed = time.perf_counter() - started
    counts: dict[str, int] = {}
    for result in report.results:
        counts[result.severity.value] = counts.get(result.severity.value, 0) + 1
    return {"seconds": elapsed, "documents": len(report.documents),
            "revalidated": len(report.documents) - len(report.skipped), "results": counts}


def query(args: dict) -> dict:
    """One stored query over a workload of parameter sets: one untimed warm-up run of the
    first set (cold caches, reported as ``first_s``), then ``runs`` timed runs cycling
    through the workload, fewer when they pass ``budget`` seconds (the warm-up counts).
    Latencies and row counts are over the timed runs, so a workload drawn from the data
    gives the spread a user sees, not one answer repeated."""
    from budgetkg.query import run_query
    from budgetkg.store import Store
    workload = args["workload"]
    times: list[float] = []
    rows: list[int] = []
    with Store(args["store"]) as store:
        started = time.perf_counter()
        run_query(args["query"], params=workload[0], store=store)
        first = time.perf_counter() - started
        for index in range(args["runs"]):
            if times and first + sum(times) > args["budget"]:
                break
            started = time.perf_counter()
            answer = run_query(args["query"], params=workload[index % len(workload)],
                               store=store)
            times.append(time.perf_counter() - started)
            rows.append(len(answer.rows))
    ordered = sorted(times)
    # median_low: a row count one parameter set really returned.
    return {"runs": len(times), "stopped_by_budget": len(times) < args["runs"],
            "first_s": first, "p50_s": statistics.median(ordered),
            "p95_s": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
            "rows": {"min": min(rows), "median": statistics.median_low(rows),
                     "max": max(rows)},
            "rows_each": rows}


def export(args: dict) -> dict:
    try:
        from budgetkg.export import export as write
    except ImportError:
        return {"available": False}
    from budgetkg.store import Store
    out = Path(args["out"])
    with Store(args["store"]) as store:
        started = time.perf_counter()
        report = write(store, out=out)
        elapsed = time.perf_counter() - started
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    files = getattr(report, "files", ())
    return {"available": True, "seconds": elapsed, "files": len(files), "bytes": size}


def optimize(args: dict) -> dict:
    """``Store.optimize``: the compaction Oxigraph advises after bulk loads."""
    from budgetkg.store import Store
    with Store(args["store"]) as store:
        done = store.optimize()
    return {"seconds": done.seconds, "bytes_before": done.bytes_before,
            "bytes_after": done.bytes_after}


def network(args: dict) -> dict:
    """The policy network read from the store and its facts ranked: what ``budgetkg graph``
    and ``budgetkg policies`` do before they draw or print."""
    from budgetkg.network import network_facts, policy_graph
    from budgetkg.store import Store
    with Store(args["store"]) as store:
        started = time.perf_counter()
        graph = policy_graph(store)
        read = time.perf_counter() - started
        network_facts(graph, top=20)
        elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "read_s": read, "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges()}


STAGES = {"extract": extract, "build": build, "validate": validate, "optimize": optimize,
          "query": query, "export": export, "network": network}


def main() -> int:
    stage, args = sys.argv[1], json.loads(sys.argv[2])
    if stage == "naive":
        from bench_naive import naive
        result = naive(args)
    else:
        result = STAGES[stage](args)
    result.update(_peak_mb())
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
