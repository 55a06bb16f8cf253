"""The naive way, for comparison: every disclosure in one in-memory rdflib graph (a
``ConjunctiveGraph``: each disclosure a named graph, as in the store, since the stored
queries use ``GRAPH``; its default graph is their union), the same stored queries through
rdflib's SPARQL engine, and pySHACL (budgetkg's ``check_graph``) over the whole graph.

rdflib's SPARQL and pySHACL grow faster than linearly with the graph, and pySHACL does
not finish even 100 documents in minutes, so a step stopped at a cap and scaled linearly
says little. Instead the documents are loaded one by one into the graph and, at growing
prefixes of the corpus (0, 1, 2, 3, 4, 6, 8, 12, … documents), the validation and every
query are run on the graph so far, each in a forked copy of the process killed after the
cap (the copy shares the graph, so the loader's memory stays that of the graph alone). A
step runs again at the next prefix while it finished and its predicted time (from its
fitted exponent, at least 1) is under 1.2 caps.

The run on the empty graph is the step's fixed cost ``c`` (parsing the query, loading the
shapes). On the largest finished points where the work outweighs ``c``, ``t - c = a·T^b``
is fitted (least squares on logs; T the triples in their named graphs, counted as the
store counts them) and extrapolated to the whole corpus's triples (those of the documents
loaded, scaled by documents). Beside it, the linear estimate scales the largest point
(finished, or stopped and then a lower bound) by triples, and the headline estimate is
the fitted one but never below the linear one: the exponent is in effect clamped at 1.
Loading is fitted the same way from its cumulative time, and the loader's RSS growth per
triple gives the memory the naive graph would need for the whole corpus.

Every run stops at ``cap`` seconds, loading after ``cap`` seconds too, and the whole stage
after ``budget`` seconds.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import select
import signal
import sys
import time
import warnings
from pathlib import Path

FIT_POINTS = 6  # the largest finished points (a range of about 8x in triples)
MIN_WORK_S = 0.1  # below this a time is mostly noise
MAX_PREDICTED_EXPONENT = 3.0
SKIP_OVER = 1.2  # a run predicted past 1.2 caps is not started: the noise is about ±20%
DEFAULT_BUDGET = 720.0


def naive(args: dict) -> dict:
    from rdflib import ConjunctiveGraph, URIRef

    import budgetkg
    from budgetkg.query import bind, load_query
    from budgetkg.resources import ontology_files
    from budgetkg.store import ONTOLOGY_GRAPH
    from budgetkg.validate import check_graph

    cap = float(args["cap"])
    budget = float(args.get("budget", DEFAULT_BUDGET))
    started = time.perf_counter()
    deadline = started + budget
    paths = sorted(Path(args["corpus"]).glob("*.txt"))
    with warnings.catch_warnings():
        # Deprecated for Dataset, whose iteration yields quads; check_graph wants triples.
        warnings.simplefilter("ignore", DeprecationWarning)
        graph = ConjunctiveGraph()
    # The ontology and code lists in a graph of their own, as the store holds them: the
    # queries read the code lists' labels.
    vocabulary = graph.get_context(URIRef(ONTOLOGY_GRAPH))
    for path in ontology_files():
        vocabulary.parse(path, format="turtle")
    # The validation first: it matters most when the budget runs short.
    steps = {"validate": lambda: len(check_graph(graph).results)}
    for name, params in args["queries"].items():
        stored = load_query(name)
        steps[name] = _query(graph, stored.text, bind(stored, params))
    points: dict[str, list[dict]] = {name: [] for name in steps}
    notes: dict[str, str] = {}
    loads: list[dict] = []
    baseline_mb = _status_mb("VmRSS")
    loaded, triples, load_s = 0, 0, 0.0
    for target in _prefixes(len(paths)):
        while loaded < target and load_s < cap and time.perf_counter() < deadline:
            begun = time.perf_counter()
            with contextlib.suppress(budgetkg.BudgetKGError):
                document = budgetkg.to_graph(budgetkg.extract(paths[loaded]))
                part = graph.get_context(document.identifier)
                part += document
                triples += len(document)
            load_s += time.perf_counter() - begun
            loaded += 1
        if loaded:
            loads.append({"documents": loaded, "triples": triples, "seconds": load_s,
                          "finished": True, "rss_mb": _status_mb("VmRSS")})
            _say(f"{loaded} documents, {triples:,} triples loaded in {load_s:.1f} s")
        for name, function in steps.items():
            if name not in notes:
                _measure(name, function, points[name], notes, loaded, triples,
                         min(cap, deadline - time.perf_counter()))
        if loaded < target or loaded == len(paths):
            break  # the corpus, the load cap or the budget is exhausted
        if len(notes) == len(steps) and load_s >= cap:
            break
    total = len(paths)
    complete = loaded == total
    # The documents loaded stand for the rest: the corpus is in random order.
    whole = triples if complete else round(triples / max(loaded, 1) * total)
    result = {"documents": total, "loaded": loaded, "triples": triples,
              "estimated_triples": whole, "cap_s": cap, "budget_s": budget,
              "load": _step(loads, whole, complete)}
    result["queries"] = {name: {**_step(points[name], whole, complete, notes.get(name)),
                                "rows": _last_value(points[name])}
                         for name in args["queries"]}
    result["validate"] = {**_step(points["validate"], whole, complete, notes.get("validate")),
                          "results": _last_value(points["validate"])}
    result["memory"] = _memory(baseline_mb, loads, points["validate"], whole)
    result["elapsed_s"] = time.perf_counter() - started
    return result


def _measure(name: str, function, points: list[dict], notes: dict[str, str], documents: int,
             triples: int, cap: float) -> None:
    """Run one step on the graph of ``documents`` documents, unless it is sure to hit the
    cap; a step stopped or skipped gets a note and is not run again."""
    predicted = _predict(points, triples)
    if cap < 1:
        notes[name] = "the stage's budget ran out"
        return
    if predicted is not None and predicted > SKIP_OVER * cap:
        notes[name] = (f"not run on {documents} documents: predicted {predicted:.0f} s, "
                       f"over the cap or the budget left")
        return
    point = {"documents": documents, "triples": triples, **_forked(function, cap)}
    points.append(point)
    _say(f"  {name}: {point}")
    if not point["finished"]:
        notes[name] = point.get("error", f"stopped at the cap ({cap:.0f} s) on {documents} "
                                         f"documents")


def _query(graph, text: str, bindings: dict):
    return lambda: len(graph.query(text, initBindings=bindings))


def _prefixes(total: int) -> list[int]:
    """0, 1, 2, 3, 4, 6, 8, 12, … documents (about ×1.4 each), and the whole corpus."""
    sizes = sorted({0, 1} | {m << i for i in range(total.bit_length()) for m in (2, 3)})
    return [*(s for s in sizes if s < total), total]


def _say(text: str) -> None:
    print(f"[naive] {text}", file=sys.stderr, flush=True)


def _status_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _forked(function, cap: float) -> dict:
    """``function()`` run in a forked copy of this process, killed after ``cap`` seconds:
    its seconds, value and the memory it took above the graph it was given, or how it
    stopped. A kill works whatever the step is doing, and what it allocated goes with it."""
    read, write = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        start_mb = _status_mb("VmRSS")
        try:
            begun = time.perf_counter()
            value = function()
            out = {"seconds": time.perf_counter() - begun, "finished": True, "value": value}
        except BaseException as error:  # reported to the parent
            out = {"finished": False, "error": f"{type(error).__name__}: {error}"[:300]}
        out["extra_rss_mb"] = _status_mb("VmHWM") - start_mb
        os.write(write, json.dumps(out).encode())
        os._exit(0)
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], cap)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            return {"seconds": time.perf_counter() - started, "finished": False}
        data = os.read(read, 65536)
    finally:
        os.waitpid(pid, 0)
        os.close(read)
    if not data:
        return {"seconds": time.perf_counter() - started, "finished": False,
                "error": "the forked run died without a result"}
    return json.loads(data)


def _overhead(points: list[dict]) -> float:
    """The step's time on the empty graph (0 when it was not run there)."""
    return next((p["seconds"] for p in points if not p["triples"] and p["finished"]), 0.0)


def _fit(points: list[dict]) -> tuple[float, float, int] | None:
    """``a``, ``b`` of ``t - c = a·T^b`` (least squares on logs) and how many points, from
    the largest finished points whose work (``t - c``) outweighs both the fixed cost ``c``
    and the noise of a shared machine; None without two such points."""
    c = _overhead(points)
    chosen = [p for p in points if p["finished"] and p["triples"]
              and p["seconds"] - c >= max(c, MIN_WORK_S)][-FIT_POINTS:]
    if len({p["triples"] for p in chosen}) < 2:
        return None
    xs = [math.log(p["triples"]) for p in chosen]
    ys = [math.log(p["seconds"] - c) for p in chosen]
    b = _slope(xs, ys)
    return math.exp(sum(ys) / len(ys) - b * sum(xs) / len(xs)), b, len(chosen)


def _predict(points: list[dict], triples: int) -> float | None:
    """What the next run will take, from the last finished point and the fitted exponent
    (held between 1 and 3), so that a run sure to hit the cap is not started."""
    done = [p for p in points if p["finished"] and p["triples"]]
    if not done:
        return None
    c, fit = _overhead(points), _fit(points)
    exponent = min(MAX_PREDICTED_EXPONENT, max(1.0, fit[1])) if fit else 1.0
    return c + max(0.0, done[-1]["seconds"] - c) * (triples / done[-1]["triples"]) ** exponent


def _step(points: list[dict], whole: int, complete: bool, note: str | None = None) -> dict:
    """A step's points and what it would take on the whole corpus (``whole`` triples):
    measured, fitted, linear, and the headline estimate."""
    out: dict = {"points": points, "note": note, "overhead_s": _overhead(points)}
    sized = [p for p in points if p["triples"]]
    if not sized:
        return {**out, "seconds": None, "estimate_s": None, "linear_s": None,
                "fitted_s": None, "exponent": None, "how": note or "not run"}
    last, c, fit = sized[-1], out["overhead_s"], _fit(points)
    out.update(seconds=last["seconds"], exponent=fit[1] if fit else None)
    if complete and last["finished"] and last["triples"] == whole:
        return {**out, "estimate_s": last["seconds"], "linear_s": last["seconds"],
                "fitted_s": last["seconds"], "how": "measured on the whole corpus"}
    # The largest point, finished or stopped (its time then a lower bound), scaled by triples.
    out["linear_s"] = c + max(0.0, last["seconds"] - c) * whole / last["triples"]
    if fit is None:
        return {**out, "estimate_s": out["linear_s"], "fitted_s": None,
                "how": "linear: fewer than two finished points to fit"}
    a, b, used = fit
    out.update(fit_points=used, fitted_s=c + a * whole**b)
    out["estimate_s"] = max(out["fitted_s"], out["linear_s"])
    out["how"] = (f"fitted t ~ T^{b:.2f} on {used} points" if out["fitted_s"] >= out["linear_s"]
                  else f"linear (the fit, t ~ T^{b:.2f}, grows slower than linear)")
    return out


def _last_value(points: list[dict]) -> int | None:
    done = [p for p in points if p["finished"]]
    return done[-1].get("value") if done else None


def _slope(xs: list[float], ys: list[float]) -> float | None:
    """Least-squares slope of ys over xs; None without two different xs."""
    if len(set(xs)) < 2:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return (sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
            / sum((x - mx) ** 2 for x in xs))


def _memory(baseline_mb: float, loads: list[dict], validations: list[dict],
            whole: int) -> dict:
    """The loader's RSS per triple (the slope of RSS over triples while loading), what the
    graph of the whole corpus would need, and what pySHACL adds on top while it runs."""
    per_triple = _slope([p["triples"] for p in loads], [p["rss_mb"] * 2**20 for p in loads])
    out: dict = {"baseline_rss_mb": baseline_mb,
                 "points": [{k: p[k] for k in ("documents", "triples", "rss_mb")}
                            for p in loads],
                 "bytes_per_triple": per_triple, "graph_rss_estimate_mb": None,
                 "validate_bytes_per_triple": None, "peak_rss_estimate_mb": None}
    if per_triple is None:
        return out
    first = loads[0]
    graph_mb = first["rss_mb"] + per_triple * (whole - first["triples"]) / 2**20
    out["graph_rss_estimate_mb"] = graph_mb
    # pySHACL works on a copy of the graph (check_graph canonicalises the numbers) plus
    # its own indexes: the forked run's growth above the graph it was given.
    done = [p for p in validations if p["finished"] and p["triples"]]
    extra = _slope([p["triples"] for p in done], [p["extra_rss_mb"] * 2**20 for p in done])
    if extra is not None:
        out["validate_bytes_per_triple"] = extra
        out["peak_rss_estimate_mb"] = graph_mb + max(0.0, extra) * whole / 2**20
    return out
