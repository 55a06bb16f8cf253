"""The naive way, for comparison: every disclosure in one in-memory rdflib Graph, the
same stored queries through rdflib's SPARQL engine, and pySHACL (budgetkg's
``check_graph``) over the whole graph.

Each step stops at a time cap. Loading stops after the documents read so far; a query
or the validation that does not finish in the cap is stopped (rdflib and pySHACL are
pure Python, so an alarm interrupts them). A step that covered k of N documents is
extrapolated linearly to N (k/N of the work in the time measured), which flatters the
naive way: rdflib's SPARQL and pySHACL grow faster than linearly with the graph.
"""

from __future__ import annotations

import contextlib
import signal
import time
from pathlib import Path


class _Stopped(Exception):
    pass


def _alarm(signum, frame):
    raise _Stopped


def _capped(function, cap: float):
    """(seconds, result, finished) of ``function()`` stopped after ``cap`` seconds."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    started = time.perf_counter()
    try:
        result = function()
        return time.perf_counter() - started, result, True
    except _Stopped:
        return time.perf_counter() - started, None, False
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def naive(args: dict) -> dict:
    from rdflib import Graph

    import budgetkg
    from budgetkg.query import bind, load_query
    from budgetkg.validate import check_graph

    cap = float(args["cap"])
    paths = sorted(Path(args["corpus"]).glob("*.txt"))
    total = len(paths)
    graph = Graph()
    loaded = 0
    started = time.perf_counter()
    for path in paths:
        if time.perf_counter() - started > cap:
            break
        with contextlib.suppress(budgetkg.BudgetKGError):
            graph += budgetkg.to_graph(budgetkg.extract(path))
        loaded += 1
    load_s = time.perf_counter() - started
    scale = total / loaded if loaded else float("inf")
    result = {"documents": total, "loaded": loaded, "triples": len(graph),
              "load": _step(load_s, True, scale, loaded == total)}
    queries = {}
    for name, params in args["queries"].items():
        stored = load_query(name)
        seconds, rows, finished = _capped(
            lambda stored=stored, params=params: len(graph.query(
                stored.text, initBindings=bind(stored, params))), cap)
        queries[name] = {**_step(seconds, finished, scale, loaded == total), "rows": rows}
    result["queries"] = queries
    seconds, report, finished = _capped(lambda: check_graph(graph), cap)
    result["validate"] = _step(seconds, finished, scale, loaded == total)
    if finished:
        result["validate"]["results"] = len(report.results)
    return result


def _step(seconds: float, finished: bool, scale: float, complete: bool) -> dict:
    """What a step took and what it would take on the whole corpus, and how we know."""
    if finished and complete:
        return {"seconds": seconds, "estimate_s": seconds, "how": "measured"}
    if finished:
        return {"seconds": seconds, "estimate_s": seconds * scale,
                "how": f"extrapolated x{scale:.1f} from the documents loaded in the cap"}
    return {"seconds": seconds, "estimate_s": seconds * scale,
            "how": "stopped at the cap; the estimate is a lower bound"}
