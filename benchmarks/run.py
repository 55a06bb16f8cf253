"""Benchmark budgetkg on generated corpora of 100, 1,000 and 10,000 disclosures.

    python benchmarks/run.py [--sizes 100,1000,10000] [--naive-cap 120] [--naive-budget 720]
                             [--stage-cap 1800] [--workdir /tmp/budgetkg-bench]
                             [--no-optimize] [--json results.json]

For each size: generate the corpus (cached in the work folder, outside the repository),
then measure extraction (documents/s on one core), the build (documents/s and triples/s;
it validates each document as it reads it), whole-store validation (after the build, reusing
its results; from scratch; and after one document changed), the compaction
(``Store.optimize``, skipped with --no-optimize), every stored query on the compacted store
(p50/p95 over a workload of 20 parameter sets drawn from the corpus's facts, and apart, the
widest answer), the export, peak memory, the store's size on disk and the re-build after
one document changed; then the naive way (one
rdflib graph, rdflib SPARQL, pySHACL), measured on growing prefixes of the corpus, each
run stopped at a time cap, and extrapolated to the whole corpus (bench_naive.py).

Each stage runs in a child process (bench_stages.py): its peak memory is measured over the
child and every process it starts, and a stage still running after --stage-cap is stopped
and reported as such. Figures go to stdout as a table and to --json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from workload import RUNS, query_plans  # noqa: E402

WIDEST_RUNS = 5  # timed runs of each query's widest parameter set


def generator_digest() -> str:
    digest = hashlib.sha256()
    for path in [*sorted(HERE.glob("corpus_*.py")), HERE / "generate.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def corpus(size: int, workdir: Path, seed: int) -> Path:
    """The generated corpus of ``size`` documents, made once per generator version."""
    folder = workdir / f"corpus-{size}-seed{seed}-{generator_digest()}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        generate(size, folder, seed=seed)
        stamp.write_text(f"{time.perf_counter() - started:.2f}\n")
    return folder


def live_copy(source: Path, target: Path) -> Path:
    """The corpus's documents as hard links, so one can be changed without touching the
    cached corpus."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for path in source.glob("*.txt"):
        os.link(path, target / path.name)
    return target


def change_one(folder: Path) -> Path:
    """Edit one document as a publisher's correction would: one purpose text reworded."""
    path = sorted(folder.glob("*.txt"))[len(list(folder.glob("*.txt"))) // 2]
    text = path.read_text(encoding="utf-8").replace("相关工作", "相关业务工作", 1)
    path.unlink()  # break the hard link: the cached corpus keeps its bytes
    path.write_text(text, encoding="utf-8")
    return path


class TreeMemory(threading.Thread):
    """Samples the summed RSS of a process and all its descendants (Linux /proc)."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak_mb, self.running = pid, every, 0.0, True

    def run(self) -> None:
        while self.running:
            self.peak_mb = max(self.peak_mb, self.sample())
            time.sleep(self.every)

    def sample(self) -> float:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
                rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, IndexError, ValueError):
                continue
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            parent = frontier.pop()
            children = [p for p, pp in parents.items() if pp == parent and p not in tree]
            tree.update(children)
            frontier.extend(children)
        return sum(rss.get(p, 0) for p in tree) / 2**20


def stage(name: str, args: dict, cap: float) -> dict:
    """Run one stage in a child process; its result, wall time and peak tree memory."""
    command = [sys.executable, str(HERE / "bench_stages.py"), name, json.dumps(args)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
    memory = TreeMemory(child.pid)
    memory.start()
    try:
        out, err = child.communicate(timeout=cap)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, 9)
        child.communicate()
        memory.running = False
        return {"stopped_at_cap_s": cap, "wall_s": time.perf_counter() - started,
                "peak_tree_rss_mb": round(memory.peak_mb, 1)}
    memory.running = False
    if child.returncode != 0:
        return {"error": err.strip().splitlines()[-1:] or [f"exit {child.returncode}"],
                "wall_s": time.perf_counter() - started}
    result = json.loads(out.strip().splitlines()[-1])
    result.update(wall_s=time.perf_counter() - started,
                  peak_tree_rss_mb=round(max(memory.peak_mb, result.get("peak_rss_mb", 0)), 1))
    return result


def store_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_size(size: int, options: argparse.Namespace) -> dict:
    workdir = options.workdir
    say = lambda text: print(f"[{size}] {text}", file=sys.stderr, flush=True)  # noqa: E731
    started = time.perf_counter()
    source = corpus(size, workdir, options.seed)
    say(f"corpus ready in {time.perf_counter() - started:.1f} s: {source}")
    live = live_copy(source, workdir / f"live-{size}")
    store = workdir / f"store-{size}"
    shutil.rmtree(store, ignore_errors=True)
    cap = options.stage_cap
    result: dict = {"documents": size, "corpus": str(source),
                    "generate_s": float((source / ".complete").read_text())}
    from budgetkg.query import list_queries
    plans = query_plans(source, list_queries(), options.seed)
    result["extract"] = stage("extract", {"corpus": str(live), "sample": 500}, cap)
    say(f"extract: {result['extract']}")
    result["build"] = stage("build", {"corpus": str(live), "store": str(store)},
                            options.build_cap)
    say(f"build: {result['build']}")
    result["store_bytes"] = store_bytes(store)
    # The build stores each document's results; validating then checks what spans
    # documents and reuses the rest. From scratch, every shape runs over the whole store.
    result["validate_after_build"] = stage("validate", {"store": str(store)}, cap)
    say(f"validate (after the build): {result['validate_after_build']}")
    result["validate_full"] = stage("validate", {"store": str(store), "incremental": False},
                                    cap)
    say(f"validate (from scratch): {result['validate_full']}")
    if options.optimize:
        # Queries are timed on a compacted store, as `budgetkg optimize` leaves it; the
        # compaction counts in our end-to-end time.
        result["optimize"] = stage("optimize", {"store": str(store)}, cap)
        say(f"optimize: {result['optimize']}")
    result["queries"] = {}
    for name, plan in plans.items():
        result["queries"][name] = time_query(name, plan, store, options.query_cap)
        workload_cell, widest_cell = query_cells(result["queries"][name])
        say(f"query {name}: {workload_cell}; widest {widest_cell}")
    export_dir = workdir / f"export-{size}"
    shutil.rmtree(export_dir, ignore_errors=True)
    result["export"] = stage("export", {"store": str(store), "out": str(export_dir)}, cap)
    shutil.rmtree(export_dir, ignore_errors=True)
    say(f"export: {result['export']}")
    result["network"] = stage("network", {"store": str(store)}, cap)
    say(f"policy network: {result['network']}")
    changed = change_one(live)
    result["rebuild_one_changed"] = stage("build", {"corpus": str(live), "store": str(store)},
                                          cap)
    result["rebuild_one_changed"]["changed"] = changed.name
    say(f"re-build after one change: {result['rebuild_one_changed']}")
    result["validate_incremental"] = stage("validate", {"store": str(store)}, cap)
    say(f"validate (incremental): {result['validate_incremental']}")
    if options.naive_cap > 0:
        result["naive"] = stage("naive", {"corpus": str(source), "cap": options.naive_cap,
                                          "budget": options.naive_budget,
                                          "queries": {name: plan["widest"]
                                                      for name, plan in plans.items()}},
                                options.naive_budget + options.naive_cap + 120)
        say(f"naive: {naive_brief(result['naive'])}")
    result["summary"] = summarise(result)
    return result


def time_query(name: str, plan: dict, store: Path, cap: float) -> dict:
    """The query's latency over its workload, then over its widest parameter set, each a
    stage of its own under ``cap`` (its runs stop after half of it), so a widest answer
    too slow for the cap leaves the workload's figures standing."""
    timed = {}
    for kind, sets, runs in (("workload", plan["workload"], RUNS),
                             ("widest", [plan["widest"]], WIDEST_RUNS)):
        timed[kind] = stage("query", {"store": str(store), "query": name, "workload": sets,
                                      "runs": runs, "budget": cap / 2}, cap)
        timed[kind]["params"] = plan[kind]
    return timed


def query_cells(timed: dict) -> tuple[str, str]:
    """Table cells: the workload's p50/p95 with its median row count, and the widest
    answer's p50 with its rows."""
    return _query_cell(timed["workload"], widest=False), _query_cell(timed["widest"],
                                                                      widest=True)


def _query_cell(s: dict, *, widest: bool) -> str:
    """One query stage's cell; one stopped by its budget says how many runs it made."""
    if "stopped_at_cap_s" in s:
        return f">{s['stopped_at_cap_s']:.0f} s (cap)"
    if "p50_s" not in s:
        return "error" if "error" in s else "n/a"
    runs = f", {s['runs']} run{'' if s['runs'] == 1 else 's'}" \
        if s.get("stopped_by_budget") else ""
    if widest:
        return f"{_ms(s['p50_s'])} ms ({s['rows']['max']:,} rows{runs})"
    return f"{_ms(s['p50_s'])}/{_ms(s['p95_s'])} ms (rows med {s['rows']['median']:,}{runs})"


def _ms(seconds: float) -> str:
    milliseconds = seconds * 1000
    return f"{milliseconds:,.{1 if milliseconds < 100 else 0}f}"


def naive_brief(naive: dict) -> str:
    """One line of the naive stage's estimates (the JSON keeps every point)."""
    if "load" not in naive:
        return str(naive)
    steps = {"load": naive["load"], "validate": naive["validate"], **naive["queries"]}
    estimates = ", ".join(f"{name} {fmt(s.get('estimate_s'), ' s', 1)}"
                          for name, s in steps.items())
    return (f"{naive['loaded']:,} of {naive['documents']:,} documents loaded; estimates: "
            f"{estimates}; {naive['elapsed_s']:.0f} s")


def _seconds(step: dict) -> float | None:
    """Seconds a stage took, or its cap when it was stopped (then a lower bound)."""
    return step.get("seconds", step.get("stopped_at_cap_s"))


def summarise(r: dict) -> dict:
    """The headline figures, and the end-to-end comparison with the naive way."""
    build, validated = r["build"], r["validate_after_build"]
    out: dict = {}
    if "seconds" in build:
        out["build_docs_per_s"] = build["written"] / build["seconds"]
        out["load_triples_per_s"] = build["written_triples"] / build["seconds"]
    # The naive way runs each query with its widest parameters, so ours counts the same
    # (the cold first run). A query stopped at its cap counts with the cap: the sum is
    # then a lower bound.
    widest = [q["widest"] for q in r["queries"].values()]
    compacted = [_seconds(r["optimize"])] if "optimize" in r else []
    ours = [_seconds(build), _seconds(validated)] + compacted + [
        q.get("first_s", q.get("stopped_at_cap_s")) for q in widest]
    out["ours_end_to_end_s"] = None if None in ours else sum(ours)
    out["ours_is_lower_bound"] = any("stopped_at_cap_s" in s for s in
                                     [build, validated, *widest])
    out["build_plus_validate_s"] = None if None in ours[:2] else sum(ours[:2])
    peaks = [s.get("peak_tree_rss_mb", 0)
             for s in (r["build"], r["validate_after_build"], r["validate_full"])]
    out["peak_rss_build_validate_mb"] = max(peaks)
    naive = r.get("naive", {})
    if "load" in naive:
        # The headline uses the fitted estimates (never below linear); the linear ones
        # are the conservative figures beside them.
        for kind in ("estimate", "linear"):
            suffix = "" if kind == "estimate" else "_linear"
            loaded = _total([naive["load"], naive["validate"]], f"{kind}_s")
            whole = _total([naive["load"], naive["validate"], *naive["queries"].values()],
                           f"{kind}_s")
            out[f"naive_build_validate_{kind}_s"] = loaded
            out[f"naive_end_to_end_{kind}_s"] = whole
            if loaded and out["build_plus_validate_s"]:
                out[f"speedup_build_validate{suffix}"] = loaded / out["build_plus_validate_s"]
            if whole and out["ours_end_to_end_s"]:
                out[f"speedup_vs_naive{suffix}"] = whole / out["ours_end_to_end_s"]
        memory = naive.get("memory", {})
        out["naive_bytes_per_triple"] = memory.get("bytes_per_triple")
        out["naive_graph_rss_estimate_mb"] = memory.get("graph_rss_estimate_mb")
        out["naive_peak_rss_estimate_mb"] = memory.get("peak_rss_estimate_mb")
    return out


def _compaction(step: dict) -> str:
    if "bytes_after" not in step:
        return "n/a"
    return f"{step['bytes_before'] / 2**20:,.1f} -> {step['bytes_after'] / 2**20:,.1f} MB"


def _total(steps: list[dict], key: str) -> float | None:
    values = [s.get(key) for s in steps]
    return None if None in values else sum(values)


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    versions = {}
    for package in ("budgetkg", "pyoxigraph", "rdflib", "pyshacl"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = "n/a"
    return {"nproc": os.cpu_count(), "ram_gb": round(int(memory) / 2**20, 1), "cpu": cpu,
            "python": platform.python_version(), "versions": versions,
            "date": time.strftime("%Y-%m-%d %H:%M %Z")}


def fmt(value, unit: str = "", digits: int = 2) -> str:
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}{unit}"


def table(results: list[dict]) -> str:
    def step(s: dict, key: str = "seconds") -> str:
        if "stopped_at_cap_s" in s:
            return f">{s['stopped_at_cap_s']:.0f} s (cap)"
        if "error" in s:
            return "error"
        if s.get("available") is False:
            return "n/a"
        return fmt(s.get(key), " s")

    # * : a stage was stopped at its cap, so the figure is a bound, not a measurement.
    star = lambda r: "*" if r["summary"].get("ours_is_lower_bound") else ""  # noqa: E731

    def row(label: str, key: str, unit: str, digits: int, mark: bool = False) -> list[str]:
        return [label, *(fmt(r["summary"].get(key), unit, digits) + (star(r) if mark else "")
                         for r in results)]

    head = ["measure"] + [f"{r['documents']:,} docs" for r in results]
    lines = [head, ["generate corpus"] + [fmt(r["generate_s"], " s") for r in results],
             ["extract (1 core)"] + [fmt(r["extract"].get("docs_per_s"), " docs/s", 1)
                                     for r in results],
             ["build"] + [step(r["build"]) for r in results],
             row("build docs/s", "build_docs_per_s", "", 1),
             row("load triples/s", "load_triples_per_s", "", 0),
             ["triples in store"] + [fmt(r["build"].get("triples"), "", 0) for r in results],
             ["validate after build"] + [step(r["validate_after_build"]) for r in results],
             ["validate from scratch"] + [step(r["validate_full"]) for r in results],
             ["re-build, 1 changed"] + [step(r["rebuild_one_changed"]) for r in results],
             ["validate incremental"] + [step(r["validate_incremental"]) for r in results],
             ["export"] + [step(r["export"]) for r in results],
             ["policy network + facts"] + [step(r["network"]) if "network" in r else "not run"
                                           for r in results],
             ["store on disk"] + [fmt(r["store_bytes"] / 2**20, " MB", 1) for r in results],
             ["optimize (queries after it)"] + [step(r["optimize"]) if "optimize" in r
                                                 else "not run" for r in results],
             # Before and after the compaction itself; the validation stages have written
             # to the store since the build's "store on disk".
             ["  store on disk before/after"] + [_compaction(r.get("optimize", {}))
                                                 for r in results],
             row("peak RSS build+validate", "peak_rss_build_validate_mb", " MB", 0)]
    if any("naive" in r for r in results):
        lines += [row("naive RSS per triple", "naive_bytes_per_triple", " B", 0),
                  row("naive graph RSS (est.)", "naive_graph_rss_estimate_mb", " MB", 0),
                  row("naive peak with pySHACL (est.)", "naive_peak_rss_estimate_mb", " MB",
                      0)]
    for name in results[0]["queries"]:
        cells = [query_cells(r["queries"][name]) if name in r["queries"] else ("n/a", "n/a")
                 for r in results]
        lines += [[f"query {name} p50/p95"] + [c[0] for c in cells],
                  [f"query {name} widest"] + [c[1] for c in cells]]
    lines.append(row("ours build+validate", "build_plus_validate_s", " s", 2, True))
    lines += naive_rows(results)
    lines += [row("naive load+pySHACL (est.)", "naive_build_validate_estimate_s", " s", 0),
              row("naive load+pySHACL (linear)", "naive_build_validate_linear_s", " s", 0),
              row("speed-up build+validate", "speedup_build_validate", "x", 1, True),
              row("  against linear", "speedup_build_validate_linear", "x", 1, True),
              row("ours end to end", "ours_end_to_end_s", " s", 2, True),
              row("naive end to end (est.)", "naive_end_to_end_estimate_s", " s", 0),
              row("naive end to end (linear)", "naive_end_to_end_linear_s", " s", 0),
              row("speed-up vs naive", "speedup_vs_naive", "x", 1, True),
              row("  against linear", "speedup_vs_naive_linear", "x", 1, True)]
    widths = [max(len(str(row[i])) for row in lines) for i in range(len(head))]
    text = "\n".join("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
                     for row in lines)
    return text + "\n\n" + NAIVE_LEGEND if any("naive" in r for r in results) else text


NAIVE_LEGEND = """\
naive: one rdflib ConjunctiveGraph (a named graph per disclosure), rdflib SPARQL and
pySHACL, each step run on growing prefixes of the corpus and stopped at the cap.
est.: t - c ~ T^b fitted on the finished runs (b shown) and extrapolated to the corpus's
triples, never below linear; lin.: the largest run (finished, or stopped at the cap)
scaled linearly by triples. *: one of our stages was stopped at its cap, so our figure is
a lower bound."""


def naive_rows(results: list[dict]) -> list[list[str]]:
    """Per naive step: the estimate, the linear one and the fitted exponent."""
    def cell(step: dict | None) -> str:
        if not step or step.get("estimate_s") is None:
            return "n/a"
        if step["how"].startswith("measured"):
            return f"{seconds(step['estimate_s'])} s (measured)"
        exponent = "" if step.get("exponent") is None else f", b {step['exponent']:.2f}"
        return f"{seconds(step['estimate_s'])} s (lin. {seconds(step['linear_s'])}{exponent})"

    def seconds(value: float) -> str:
        return f"{value:,.{2 if value < 10 else 1 if value < 100 else 0}f}"

    def reached(naive: dict | None) -> str:
        if not naive or "validate" not in naive:
            return "n/a"
        done = [p for p in naive["validate"]["points"] if p["finished"] and p["triples"]]
        if not done:
            return "none"
        count = done[-1]["documents"]
        return f"{count:,} doc" + ("s" if count > 1 else "")

    if not any("load" in r.get("naive", {}) for r in results):
        return []
    rows = [["naive docs loaded in cap"] + [
                f"{r['naive']['loaded']:,} of {r['naive']['documents']:,}"
                if "loaded" in r.get("naive", {}) else "n/a" for r in results],
            ["naive pySHACL finished up to"] + [reached(r.get("naive")) for r in results],
            ["naive load (est.)"] + [cell(r.get("naive", {}).get("load")) for r in results],
            ["naive pySHACL (est.)"] + [cell(r.get("naive", {}).get("validate"))
                                        for r in results]]
    for name in results[0].get("naive", {}).get("queries", {}):
        rows.append([f"naive query {name} (est.)"] + [
            cell(r.get("naive", {}).get("queries", {}).get(name)) for r in results])
    return rows


def profile_build(size: int, options: argparse.Namespace, top: int = 25) -> str:
    """cProfile of a build of ``size`` documents in one process (workers=1, so the
    extraction and mapping done by worker processes show up too)."""
    import cProfile
    import io
    import pstats

    import budgetkg
    source = corpus(size, options.workdir, options.seed)
    store = options.workdir / f"store-profile-{size}"
    shutil.rmtree(store, ignore_errors=True)
    profiler = cProfile.Profile()
    profiler.runcall(budgetkg.build, [source], store=store, workers=1)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    shutil.rmtree(store, ignore_errors=True)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000",
                        help="corpus sizes, comma-separated (default 100,1000,10000)")
    parser.add_argument("--naive-cap", type=float, default=120.0,
                        help="seconds each run of a naive step (and the naive loading) may "
                             "take before it is stopped (default 120; 0 skips the naive way)")
    parser.add_argument("--naive-budget", type=float, default=720.0,
                        help="seconds the whole naive stage may take, per corpus size "
                             "(default 720)")
    parser.add_argument("--stage-cap", type=float, default=1800.0,
                        help="seconds any of our stages may run (default 1800)")
    parser.add_argument("--build-cap", type=float, default=3600.0,
                        help="seconds the first build may run (default 3600)")
    parser.add_argument("--query-cap", type=float, default=300.0,
                        help="seconds the runs of one query may take together (default 300)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/budgetkg-bench"),
                        help="where corpora (cached), stores and exports go")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--no-optimize", dest="optimize", action="store_false",
                        help="time the queries on the store as the build left it, not "
                             "compacted first (Store.optimize)")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="only profile a build of N documents (cProfile, one process)")
    options = parser.parse_args(argv)
    options.workdir.mkdir(parents=True, exist_ok=True)
    if options.profile:
        print(profile_build(options.profile, options))
        return 0
    report = {"machine": machine(), "command": " ".join([Path(sys.executable).name,
                                                         *sys.argv]), "sizes": []}
    for size in (int(s) for s in options.sizes.split(",")):
        report["sizes"].append(run_size(size, options))
        if options.json:
            options.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    print(table(report["sizes"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
