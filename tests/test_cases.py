"""End-to-end cases under tests/cases/: document → graph, coverage and query output,
each compared with golden files (regenerate on purpose with --regen-golden)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from budgetkg.build import Outcome, build
from budgetkg.extract import extract
from budgetkg.mapping import to_graph
from budgetkg.query import run_query
from budgetkg.render import OutputFormat, render
from budgetkg.store import Store

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted(p for p in (ROOT / "tests" / "cases").iterdir() if p.is_dir())


def _document(case: Path) -> Path:
    if (case / "document.txt").exists():
        return case / "document.txt"
    return ROOT / (case / "document.path").read_text(encoding="utf-8").strip()


def _queries(case: Path) -> list[tuple[str, str, dict[str, str]]]:
    """(golden file stem, query name, parameters) for each line of queries.txt."""
    seen: dict[str, int] = {}
    result = []
    for line in (case / "queries.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        name, *pairs = shlex.split(line)
        seen[name] = seen.get(name, 0) + 1
        stem = name if seen[name] == 1 else f"{name}-{seen[name]}"
        result.append((stem, name, dict(pair.split("=", 1) for pair in pairs)))
    return result


def _check(path: Path, actual: str, regen: bool) -> None:
    if regen:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run pytest --regen-golden"
    assert actual == path.read_text(encoding="utf-8"), f"{path} differs"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_graph_matches_golden_turtle(case: Path, regen: bool) -> None:
    turtle = to_graph(extract(_document(case))).serialize(format="turtle")
    golden = case / "expected" / "graph.ttl"
    if not regen and golden.exists() and turtle != golden.read_text(encoding="utf-8"):
        # Say whether the facts changed or only their serialisation.
        expected = Graph().parse(golden, format="turtle")
        actual = Graph().parse(data=turtle, format="turtle")
        if not isomorphic(expected, actual):
            _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
            pytest.fail(f"graph differs: {len(missing)} triples missing, {len(extra)} new; "
                        f"e.g. missing {sorted(map(str, missing))[:3]}, "
                        f"new {sorted(map(str, extra))[:3]}")
    _check(golden, turtle, regen)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_coverage_matches_golden(case: Path, regen: bool) -> None:
    coverage = extract(_document(case)).coverage
    lines = "".join(f"{u.line}\t{u.reason}\t{u.text}\n" for u in coverage.unparsed)
    _check(case / "expected" / "coverage.txt", lines, regen)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_queries_match_golden_csv(case: Path, regen: bool, tmp_path: Path) -> None:
    report = build([_document(case)], store=tmp_path / "store")
    assert [r.outcome for r in report.results] == [Outcome.ADDED]
    with Store(tmp_path / "store") as store:
        for stem, name, params in _queries(case):
            result = run_query(name, params=params, store=store)
            _check(case / "expected" / f"{stem}.csv", render(result, OutputFormat.CSV), regen)
