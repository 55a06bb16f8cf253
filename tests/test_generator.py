"""The benchmark corpus generator (benchmarks/generate.py) against the real pipeline:
every generated disclosure builds without a failure or an unparsed line, every fact the
generator recorded is in the store exactly, and the validator reports exactly the errors
that were injected, by shape id, and nothing else."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

import budgetkg
from budgetkg.citations import normalise_title
from budgetkg.mapping import HEADLINE
from budgetkg.query import run_query
from budgetkg.store import Store
from budgetkg.validate import Severity, check_store
from budgetkg.vocab import code

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate import (
    ERROR_SHAPES,
    Facts,
    PolicyRef,
    document,
    generate,
    load_facts,
    plan_corpus,
)

COUNT, SEED, ERROR_RATE = 30, 1, 0.3  # this seed injects all three kinds of error
PDF_BREAKS = True  # page numbers and wraps anywhere in a paragraph, as PDF exports have them
BRACKETS = ("〔〕", "[]", "﹝﹞", "（）", "()", "【】", "［］")


def key(policy: PolicyRef) -> str:
    return f"no:{policy.number}" if policy.number else f"title:{normalise_title(policy.title)}"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Facts]]:
    folder = tmp_path_factory.mktemp("corpus")
    return folder, generate(COUNT, folder, seed=SEED, error_rate=ERROR_RATE,
                            pdf_breaks=PDF_BREAKS)


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory: pytest.TempPathFactory):
    folder, _ = corpus
    path = tmp_path_factory.mktemp("store") / "store"
    report = budgetkg.build([folder], store=path)
    with Store(path) as store:
        yield report, store


@pytest.fixture(scope="module")
def by_file(corpus) -> dict[str, Facts]:
    return {f.file: f for f in corpus[1]}


def rows(store: Store, sparql: str) -> list[tuple]:
    return store.select("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + sparql)


# Patterns inside GRAPH ?d (a disclosure's graph is named by its IRI): over the union
# default graph Oxigraph 0.5 returns a triple once per graph that holds it (oxigraph#1919),
# and the file name ties a row to its facts.
FILE = "?d prov:wasDerivedFrom ?src . ?src bkg:fileName ?file ."


# The corpus itself


def test_facts_are_written_beside_each_document_and_read_back(corpus):
    folder, facts = corpus
    assert len(facts) == COUNT
    assert sorted(p.name for p in folder.glob("*.txt")) == sorted(f.file for f in facts)
    assert load_facts(folder) == sorted(facts, key=lambda f: f.file)


def test_the_corpus_has_the_layout_variety_of_real_documents(corpus):
    folder, facts = corpus
    assert {f.layout for f in facts} == {"word", "pipe"}
    assert {f.unit for f in facts} == {"万元", "元"}
    assert {f.ascii_punct for f in facts} == {True, False}
    assert {f.pdf_breaks for f in facts} == {True, False}
    text = "\n".join(p.read_text(encoding="utf-8") for p in folder.glob("*.txt"))
    assert re.search(r"^\t单位：万元$", text, re.M)
    assert re.search(r"^\| \d+.*单位:元 \|$", text, re.M)
    assert re.search(r"\d{1,3},\d{3},\d{3}(\.\d\d)?元", text)  # 元 with thousands separators
    assert re.search(r"\\f C \\l 1", text)  # Word field codes
    assert re.search(r"^(- \d+ -|第 \d+ 页)$", text, re.M)  # PDF page numbers
    for opener, closer in BRACKETS:
        assert re.search(rf"[\u4e00-\u9fff]{re.escape(opener)}20\d\d{re.escape(closer)}\d+号",
                         text), opener + closer


def test_same_seed_gives_identical_bytes(tmp_path: Path):
    generate(4, tmp_path / "a", seed=5)
    generate(4, tmp_path / "b", seed=5)
    generate(4, tmp_path / "c", seed=6)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert all((tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes()
               for n in files)
    assert [(tmp_path / "a" / n).read_bytes() for n in files if n.endswith(".txt")] != [
        p.read_bytes() for p in sorted((tmp_path / "c").glob("*.txt"))]


def test_parallel_generation_writes_the_same_bytes(tmp_path: Path):
    serial = generate(260, tmp_path / "one", seed=2, workers=1)
    parallel = generate(260, tmp_path / "two", seed=2, workers=2)
    assert serial == parallel
    for path in sorted((tmp_path / "one").iterdir()):
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name


# Building


def test_every_document_builds_completely(built):
    report, _ = built
    assert [(r.path.name, r.message) for r in report.failures] == []
    assert [(r.path.name, r.unparsed) for r in report.results if r.unparsed] == []
    assert report.documents == COUNT


def test_department_name_code_and_year(built, by_file):
    _, store = built
    found = rows(store, f"""SELECT ?file ?name ?code ?year WHERE {{ GRAPH ?d {{
        ?d a bkg:Disclosure ; bkg:fiscalYear ?year ; bkg:organisation ?org . {FILE}
        ?org rdfs:label ?label ; bkg:budgetUnitCode ?code . }} BIND (STR(?label) AS ?name) }}""")
    assert sorted(found) == sorted((f.file, f.department, f.department_code, f.year)
                                   for f in by_file.values())


def test_every_figure_by_measure_exactly(built, by_file):
    _, store = built
    found: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for file, measure, amount in rows(store, f"""SELECT ?file ?measure ?amount WHERE {{
            GRAPH ?d {{ ?f a bkg:BudgetFigure ; bkg:measure ?m ; bkg:amount ?amount . {FILE} }}
            BIND (STRAFTER(STR(?m), "/measure/") AS ?measure) }}"""):
        assert measure not in found[file], (file, measure)  # stated once
        found[file][measure] = amount
    assert found == {f.file: {m: Decimal(v) for m, v in f.figures.items()}
                     for f in by_file.values()}


def test_headline_amounts_on_the_disclosure_are_its_figures(built):
    _, store = built
    pairs = " ".join(f"(<{code('measure', measure)}> {prop})"
                     for measure, prop in HEADLINE.items())
    properties = " ".join(HEADLINE.values())
    from_figures = set(rows(store, f"""SELECT ?d ?p ?amount WHERE {{ VALUES (?m ?p) {{ {pairs} }}
            GRAPH ?d {{ ?f a bkg:BudgetFigure ; bkg:measure ?m ; bkg:amount ?amount }} }}"""))
    on_disclosure = set(rows(store, f"""SELECT ?d ?p ?amount WHERE {{ VALUES ?p {{ {properties} }}
            GRAPH ?d {{ ?d ?p ?amount }} }}"""))
    assert len(from_figures) > len(HEADLINE) * 10
    assert on_disclosure == from_figures


def test_a_project_rests_on_exactly_what_its_indicators_cite(built):
    _, store = built
    through_indicators = set(rows(store, """SELECT ?p ?d WHERE {
            GRAPH ?g { ?i a bkg:Indicator ; bkg:project ?p ; bkg:cites ?d } }"""))
    on_project = set(rows(store, "SELECT ?p ?d WHERE { GRAPH ?g { ?p bkg:indicatorBasis ?d } }"))
    assert len(through_indicators) > 100
    assert on_project == through_indicators


def test_budget_summary_query_gives_the_stated_totals(built, by_file):
    _, store = built
    expected = {(f.department, f.year): tuple(
        Decimal(f.figures[m]) for m in ("revenue-total", "expenditure-total", "expenditure-basic",
                                        "expenditure-personnel", "expenditure-public-use",
                                        "expenditure-project")) for f in by_file.values()}
    result = run_query("budget_summary", store=store)
    assert {(r[0], r[1]): tuple(r[2:]) for r in result.rows} == expected


def test_year_on_year_changes(built, by_file):
    _, store = built
    found = {(file, measure): (direction, amount, percent)
             for file, measure, direction, amount, percent in rows(store, f"""
        SELECT ?file ?measure ?direction ?amount ?percent WHERE {{ GRAPH ?d {{
          ?c a bkg:YearOnYearChange ; bkg:measure ?m ; bkg:direction ?dir . {FILE}
          OPTIONAL {{ ?c bkg:amount ?amount }} OPTIONAL {{ ?c bkg:percent ?percent }} }}
          BIND (STRAFTER(STR(?m), "/measure/") AS ?measure)
          BIND (STRAFTER(STR(?dir), "/direction/") AS ?direction) }}""")}
    assert found == {(f.file, m): (c["direction"], c["amount"] and Decimal(c["amount"]),
                                   c["percent"] and Decimal(c["percent"]))
                     for f in by_file.values() for m, c in f.changes.items()}


def test_every_project_with_its_amounts(built, by_file):
    _, store = built
    found = rows(store, f"""SELECT ?file ?code ?name ?amount ?fiscal ?other WHERE {{
        GRAPH ?d {{ ?p a bkg:Project ; bkg:projectCode ?code ; rdfs:label ?label ;
                      bkg:budgetAmount ?amount . {FILE}
                   OPTIONAL {{ ?p bkg:fiscalAmount ?fiscal }}
                   OPTIONAL {{ ?p bkg:otherAmount ?other }} }}
        BIND (STR(?label) AS ?name) }}""")
    assert sorted(found) == sorted(
        (f.file, p.code, p.name, Decimal(p.budget), p.fiscal and Decimal(p.fiscal),
         p.other and Decimal(p.other)) for f in by_file.values() for p in f.projects)


def test_indicator_rows_per_project(built, by_file):
    _, store = built
    found = rows(store, f"""SELECT ?file ?code (COUNT(?i) AS ?n) WHERE {{ GRAPH ?d {{
        ?i a bkg:Indicator ; bkg:project ?p . ?p bkg:projectCode ?code . {FILE} }} }}
        GROUP BY ?file ?code""")
    assert sorted(found) == sorted((f.file, p.code, p.indicators) for f in by_file.values()
                                   for p in f.projects)


def test_policy_documents_cited_per_project_by_canonical_key(built, by_file):
    _, store = built
    found = rows(store, f"""SELECT DISTINCT ?file ?code ?key WHERE {{ GRAPH ?d {{
        ?i a bkg:Indicator ; bkg:project ?p ; bkg:cites ?doc . ?doc bkg:policyKey ?key .
        ?p bkg:projectCode ?code . {FILE} }} }}""")
    assert sorted(found) == sorted({(f.file, p.code, key(r)) for f in by_file.values()
                                    for p in f.projects for r in p.policies})


def test_legal_basis_titles(built, by_file):
    _, store = built
    found = rows(store, f"""SELECT ?file ?key WHERE {{ GRAPH ?d {{
        ?d bkg:legalBasis ?doc . ?doc bkg:policyKey ?key . {FILE} }} }}""")
    assert sorted(found) == sorted((f.file, f"title:{normalise_title(t)}") for f in by_file.values()
                                   for t in f.legal_basis)


def test_by_policy_finds_every_project_citing_a_shared_document(built, by_file):
    _, store = built
    citing: dict[PolicyRef, set] = defaultdict(set)
    for f in by_file.values():
        for p in f.projects:
            for policy in p.policies:
                if policy.number:
                    citing[policy].add((p.code, f.department, f.year))
    shared = sorted(citing, key=lambda r: (-len(citing[r]), r.number))[:3]
    assert len({d for _, d, _ in citing[shared[0]]}) > 1  # cited across departments
    for policy in shared:
        written = policy.number.replace("〔", "[").replace("〕", "]")
        result = run_query("by_policy", params={"policy": written}, store=store)
        assert {(r["code"], r["department"], r["year"]) for r in result.as_dicts()} == \
            citing[policy], policy.number


# Validation


def test_the_validator_reports_exactly_the_injected_errors(built, by_file):
    _, store = built
    report = check_store(store, incremental=False)
    graphs = {d.graph: d.source for d in store.documents()}
    violations: dict[str, set[str]] = defaultdict(set)
    focuses: dict[str, set[str]] = defaultdict(set)
    warnings: Counter = Counter()
    for result in report.results:
        file = graphs.get(result.document, result.document)
        if result.severity is Severity.VIOLATION:
            violations[file].add(result.shape)
            focuses[file].add(result.focus)
        else:
            warnings[(file, result.shape)] += 1
    injected = {f.file: {e.shape for e in f.errors} for f in by_file.values() if f.errors}
    assert {s for shapes in injected.values() for s in shapes} == set(ERROR_SHAPES)
    assert dict(violations) == injected
    for file, facts in by_file.items():
        for error in facts.errors:
            kind, name = error.target.split(":", 1)
            if kind == "project":
                assert any(f"/project/{name}" in focus for focus in focuses[file]), error
    # The only warnings are the indicator bases written as descriptions on purpose.
    assert warnings == Counter({(f.file, "basis-is-a-document"): sum(
        p.descriptive_bases for p in f.projects) for f in by_file.values()
        if any(p.descriptive_bases for p in f.projects)})


def test_a_department_with_two_years_lists_each_project_once(tmp_path: Path):
    """Oxigraph 0.5 matches a triple once per named graph holding it (oxigraph#1919), and a
    department's label is in the graph of each of its disclosures: the bundled queries
    must not list a project once per year the department has."""
    corpus = plan_corpus(400, seed=SEED)
    names = [department.name for department, _ in corpus.departments]
    first = next(i for i, name in enumerate(names) if names.count(name) > 1)
    second = names.index(names[first], first + 1)
    folder = tmp_path / "two-years"
    folder.mkdir()
    expected = set()
    for index in (first, second):
        name, text, facts = document(index, corpus, seed=SEED, error_rate=0)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        expected |= {(facts.year, p.code) for p in facts.projects}
    budgetkg.build([folder], store=tmp_path / "store")
    with Store(tmp_path / "store") as store:
        result = run_query("projects", store=store)
    assert sorted((row["year"], row["code"]) for row in result.as_dicts()) == sorted(expected)


# PDF exports: documents of the benchmark corpus the extractor once misread.


def build_documents(folder: Path, indices: tuple[int, ...], *, count: int, seed: int):
    """Write some documents of a corpus (with PDF breaks anywhere) and build them."""
    corpus = plan_corpus(count, seed)
    folder.mkdir()
    facts = []
    for index in indices:
        name, text, stated = document(index, corpus, seed=seed, error_rate=0)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        facts.append(stated)
    report = budgetkg.build([folder], store=folder.parent / "store")
    return report, facts, Store(folder.parent / "store")


def stated_figures(store: Store, file: str) -> list[tuple[str, Decimal]]:
    return sorted(rows(store, f"""SELECT ?measure ?amount WHERE {{ GRAPH ?d {{
        ?f a bkg:BudgetFigure ; bkg:measure ?m ; bkg:amount ?amount . {FILE} }}
        FILTER (?file = "{file}") BIND (STRAFTER(STR(?m), "/measure/") AS ?measure) }}"""))


def test_a_pdf_line_wrapped_after_a_colon_keeps_its_paragraph(tmp_path: Path):
    """00068-501007-2021-budget.txt (seed 0): line 33 ends '…下降34.32%。其中：' where the
    PDF wrapped it; line 34 '基本支出减少391,415元，…' states changes, not figures."""
    _, [facts], store = build_documents(tmp_path / "docs", (68,), count=300, seed=0)
    with store:
        assert facts.pdf_breaks
        assert stated_figures(store, facts.file) == sorted(
            (m, Decimal(v)) for m, v in facts.figures.items())


def test_a_pdf_page_number_inside_a_paragraph_is_skipped(tmp_path: Path):
    """00077-604004-2020-budget.txt (seed 0): '第 1 页' on line 43 falls inside
    '…（其中：公|务用车购置安排0元…'; the paragraph goes on after it."""
    report, [facts], store = build_documents(tmp_path / "docs", (77,), count=300, seed=0)
    with store:
        assert facts.pdf_breaks
        assert [(r.path.name, r.unparsed) for r in report.results if r.unparsed] == []
        assert stated_figures(store, facts.file) == sorted(
            (m, Decimal(v)) for m, v in facts.figures.items())
