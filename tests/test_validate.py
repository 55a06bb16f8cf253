"""Validation of the seed and of hand-broken copies of it: the report an auditor gets."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from budgetkg.build import build, remove
from budgetkg.errors import InputError
from budgetkg.extract import extract
from budgetkg.mapping import to_graph
from budgetkg.store import Store
from budgetkg.validate import Severity, as_json, as_text, as_turtle, cache, check_store

GOLDEN = Path(__file__).parent / "golden"


def _report(path: Path):
    store = Store()
    store.load_ontology()
    store.replace_graph(to_graph(extract(path)))
    return check_store(store, incremental=False)


@pytest.fixture(scope="module")
def seed_report(seed_path):
    return _report(seed_path)


def test_seed_has_exactly_the_real_contradictions_as_violations(seed_report):
    violations = seed_report.at_least(Severity.VIOLATION)
    assert [(r.shape, r.focus.rsplit("/", 3)[-3:]) for r in violations] == [
        ("purpose-restates-table", ["203-0405-JBN-ROCD", "purpose-amount", "1"]),
        ("purpose-restates-table", ["203-0405-JBN-ROCD", "purpose-amount", "2"]),
    ]
    assert {(s.first, s.last) for r in violations for s in r.sources} == {(584, 584),
                                                                          (565, 636)}
    assert "30" in violations[0].message_zh.replace("300000", "30") and "表内" in \
        violations[0].message_zh


def test_seed_warnings_are_what_a_careful_reader_raises(seed_report):
    warnings = Counter(r.shape for r in seed_report.results if r.severity is Severity.WARNING)
    assert warnings == {
        "basis-is-a-document": 5,  # 电教室工作职责, 各项规章制度 ×2, 满意度测评, a shifted cell
        "target-not-vacuous": 3,  # ≥0 twice in 人才工作, ≥0… in 干部教育培训
        "project-has-satisfaction-indicator": 2,  # 远程教育平台运行, 非公党建
        "target-has-number": 2,  # 保障用电, 及时下发奖金
        "target-not-restated-description": 2,  # the same two
        "compares-with-previous-year": 1,  # 政府采购 compares with 2018
    }
    procurement = next(r for r in seed_report.results
                       if r.shape == "compares-with-previous-year")
    assert procurement.sources[0].first == 1351


def test_seed_report_is_pinned(seed_report, regen):
    text = as_text(seed_report, Severity.INFO)
    golden = GOLDEN / "validation-seed.txt"
    if regen:
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_report_formats(seed_report):
    from rdflib import Graph
    from rdflib.namespace import SH

    graph = Graph().parse(data=as_turtle(seed_report, Severity.WARNING), format="turtle")
    assert len(list(graph.subjects(predicate=SH.focusNode))) == 17
    assert (None, SH.conforms, None) in graph
    import json

    payload = json.loads(as_json(seed_report, Severity.VIOLATION))
    assert payload["conforms"] is False and len(payload["results"]) == 2


def _broken(seed_path: Path, tmp_path: Path, edits: dict[int, tuple[str, str]]) -> Path:
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    for number, (old, new) in edits.items():
        assert old in lines[number - 1], (number, lines[number - 1])
        lines[number - 1] = lines[number - 1].replace(old, new, 1)
    path = tmp_path / seed_path.name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _new_results(seed_report, report):
    """(shape, severity, first lines cited) of each result the seed did not have."""
    before = seed_report.keys()
    return sorted((r.shape, r.severity.value, tuple(sorted({s.first for s in r.sources})))
                  for r in report.results if r.key not in before)


def test_changed_operating_cost_total(seed_report, seed_path, tmp_path):
    report = _report(_broken(seed_path, tmp_path, {51: ("安排25.16万元", "安排25.26万元")}))
    assert _new_results(seed_report, report) == [
        ("parts-sum-to-total", "violation", (51,)),
        ("public-use-matches-operating-costs", "warning", (1, 44, 51)),
    ]


def test_changed_expenditure_total(seed_report, seed_path, tmp_path):
    # The total also implies another previous-year figure, so the stated 48.81% breaks too.
    report = _report(_broken(seed_path, tmp_path, {44: ("总支出为692.69", "总支出为692.79")}))
    assert _new_results(seed_report, report) == [
        ("change-percent-agrees", "violation", (44, 48)),
        ("parts-sum-to-total", "violation", (44,)),
        ("revenue-equals-expenditure", "violation", (1, 40, 44)),
    ]


def test_reordered_spending_plan(seed_report, seed_path, tmp_path):
    report = _report(_broken(seed_path, tmp_path, {304: ("20.00", "60.00"),
                                                   305: ("60.00", "20.00")}))
    assert _new_results(seed_report, report) == [
        ("plan-is-cumulative", "violation", (275, 304, 305))]


def test_emptied_indicator_cell(seed_report, seed_path, tmp_path):
    report = _report(_broken(seed_path, tmp_path, {391: ("举办培训班期数", "")}))
    assert _new_results(seed_report, report) == [("indicator-level3", "violation", (389,))]


def test_removed_indicator_cell_is_bad_input(seed_path, tmp_path):
    # A cell removed (not just emptied) shifts every later cell of the table; the
    # extractor refuses the table rather than guess, naming the line.
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    del lines[391 - 1]
    path = tmp_path / seed_path.name
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        extract(path)
    assert caught.value.line is not None and "203-0403-JBN-CA0Q" in str(caught.value)


def test_validate_command_exit_codes(seed_path, tmp_path):
    run = [sys.executable, "-c", "from budgetkg.cli import main; main()", "validate"]
    env = {"BUDGETKG_STORE": str(tmp_path / "store"), "PATH": ""}
    document = subprocess.run([*run, str(seed_path)], capture_output=True, text=True,
                              env=env)
    assert document.returncode == 1 and "purpose-restates-table" in document.stdout
    build([seed_path], store=tmp_path / "store")
    store = subprocess.run([*run, "--severity", "violation", "--format", "json"],
                           capture_output=True, text=True, env=env)
    assert store.returncode == 1 and '"conforms": false' in store.stdout
    clean = tmp_path / "clean.txt"
    text = seed_path.read_text(encoding="utf-8")
    clean.write_text(text.replace("预算数30万元。其中：财政资金30万元",
                                  "预算数20万元。其中：财政资金20万元"), encoding="utf-8")
    fixed = subprocess.run([*run, str(clean)], capture_output=True, text=True, env=env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    warned = subprocess.run([*run, str(clean), "--severity", "warning"], capture_output=True,
                            text=True, env=env)
    assert warned.returncode == 1
    missing = subprocess.run([*run, str(tmp_path / "nope.txt")], capture_output=True,
                             text=True, env=env)
    assert missing.returncode == 2 and "nope.txt" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_incremental_run_reuses_unchanged_documents(seed_path, tmp_path):
    build([seed_path], store=tmp_path / "store", validate=False)
    with Store(tmp_path / "store") as store:
        first = check_store(store)
        second = check_store(store)
    assert first.skipped == () and second.skipped == first.documents
    assert second.results == first.results


def _copies(seed_path: Path, folder: Path, count: int) -> list[Path]:
    """Copies of the seed under other budget unit codes: one graph each."""
    text = seed_path.read_text(encoding="utf-8")
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"copy{n}.txt"
        path.write_text(text.replace("203002", f"9{n:05d}"), encoding="utf-8")
        paths.append(path)
    return paths


def test_results_found_by_the_build_are_those_of_a_full_run(seed_path, tmp_path):
    # Enough documents that the build's workers check them in groups.
    paths = _copies(seed_path, tmp_path / "docs", 20)
    build(paths, store=tmp_path / "store", workers=2)
    with Store(tmp_path / "store") as store:
        reused = check_store(store)
        full = check_store(store, incremental=False)
    assert len(reused.documents) == 20 and reused.skipped == reused.documents
    assert reused.results == full.results
    assert {r.document for r in full.results} >= set(full.documents)


def test_stored_results_follow_their_document(seed_path, tmp_path):
    paths = _copies(seed_path, tmp_path / "docs", 16)
    build(paths, store=tmp_path / "store", workers=2)
    with Store(tmp_path / "store") as store:
        before = cache.read(store)
        assert len(before) == 16
        assert all("purpose-restates-table" in {r.shape for r in e.results}
                   for e in before.values())
        # Fixing the contradiction: each rebuilt document brings its own results.
        for path in paths:
            path.write_text(path.read_text(encoding="utf-8").replace(
                "预算数30万元。其中：财政资金30万元", "预算数20万元。其中：财政资金20万元"),
                encoding="utf-8")
        build(paths, store=store, workers=2)
        after = cache.read(store)
        assert after.keys() == before.keys()
        assert all(after[g].sha256 != before[g].sha256 for g in after)
        assert not any("purpose-restates-table" in {r.shape for r in e.results}
                       for e in after.values())
        assert len(check_store(store).skipped) == 16
        # One file changed: too few for the build's workers, so its stale results are
        # dropped and check_store checks it.
        [first] = [g for g in after if after[g].sha256 == _sha256(paths[0])]
        paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\n", encoding="utf-8")
        build([paths[0]], store=store)
        assert first not in cache.read(store)
        report = check_store(store)
        assert first not in report.skipped and len(report.skipped) == 15
        assert cache.read(store)[first].sha256 == _sha256(paths[0])
        remove([paths[0].name], store=store)
        assert first not in cache.read(store) and len(cache.read(store)) == 15


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pyshacl_parses_each_constraint_text_once(seed_path, monkeypatch):
    # pySHACL asks rdflib a SHACL-SPARQL constraint's text once per focus node; parsing
    # each time was nine tenths of validating one document (hundreds of parses).
    import rdflib.plugins.sparql.processor as processor

    from budgetkg.validate import engines, validate_document

    texts: list[str] = []
    parse = processor.parseQuery
    monkeypatch.setattr(processor, "parseQuery", lambda text: texts.append(text) or parse(text))
    engines._prepared.cache_clear()
    report = validate_document(seed_path)
    assert report.engine == "pyshacl" and report.at_least(Severity.VIOLATION)
    assert texts and len(texts) == len(set(texts))
