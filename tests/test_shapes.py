"""The validation shapes, one example at a time.

Every shape that can report a result has a folder ``tests/shapes/examples/<shape-id>/`` with
two SPARQL Updates on ``tests/shapes/base.ttl``: ``valid.ru`` keeps the base conforming,
``invalid.ru`` breaks that shape and no other. Adding a folder adds a case. Both engines run
on every graph (pySHACL is the reference, the SPARQL engine must report the same keys), and
every shape carries its text in Chinese and English.

``tests/shapes/regressions/`` holds problems once found in the shapes and engines, each
with the outcome it must have now (see the README there).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from budgetkg.mapping import HEADLINE
from budgetkg.store import Store
from budgetkg.validate import ValidationReport, check_graph, check_store
from budgetkg.validate.shapes import SHAPES_NS, Severity, shapes_graph
from budgetkg.vocab import BKG, SH, code

SHAPES = Path(__file__).resolve().parent / "shapes"
BASE = SHAPES / "base.ttl"
EXAMPLES = SHAPES / "examples"
REGRESSIONS = SHAPES / "regressions"
KINDS = ("valid", "invalid")

# What a node shape may say without reporting anything itself: metadata, targets and the
# property shapes it groups (those report under their own ids).
_NOT_CONSTRAINTS = {RDF.type, RDFS.label, RDFS.comment, SH.targetClass, SH.targetNode,
                    SH.targetSubjectsOf, SH.targetObjectsOf, SH.severity, SH.property,
                    SH.message, SH.name, SH.description, SH.deactivated}


def _id(shape: Node) -> str:
    assert str(shape).startswith(SHAPES_NS), f"shape {shape} outside {SHAPES_NS}"
    return str(shape)[len(SHAPES_NS):]


def _all_shapes() -> dict[str, Node]:
    graph = shapes_graph()
    shapes = set(graph.subjects(RDF.type, SH.NodeShape)) | set(
        graph.subjects(RDF.type, SH.PropertyShape))
    return {_id(shape): shape for shape in shapes}


def _reporting_shapes() -> dict[str, Severity]:
    """Shape id → declared severity, for every shape that reports results under its own id:
    property shapes, and node shapes with a constraint of their own (sh:sparql)."""
    graph = shapes_graph()
    found = {}
    for shape_id, shape in _all_shapes().items():
        if (shape, RDF.type, SH.PropertyShape) in graph or (
                set(graph.predicates(shape)) - _NOT_CONSTRAINTS):
            found[shape_id] = Severity.from_iri(
                graph.value(shape, SH.severity, default=SH.Violation))
    return found


ALL_SHAPES = sorted(_all_shapes())
REPORTING = _reporting_shapes()
EXAMPLE_DIRS = sorted(p for p in EXAMPLES.iterdir() if p.is_dir())
EXAMPLE_FILES = [pytest.param(folder / f"{kind}.ru", id=f"{folder.name}/{kind}")
                 for folder in EXAMPLE_DIRS for kind in KINDS]
REGRESSION_FILES = sorted(REGRESSIONS.glob("*.ru"))


def base_graph() -> Graph:
    graph = Graph()
    graph.parse(BASE, format="turtle")
    return graph


def graph_for(update: Path | None) -> Graph:
    """The base graph, with an example's update applied."""
    graph = base_graph()
    if update is not None:
        graph.update(update.read_text(encoding="utf-8"))
    return graph


def store_report(graph: Graph) -> ValidationReport:
    """The SPARQL engine on ``graph`` as the store holds it: a named graph per disclosure."""
    disclosure = next(graph.subjects(RDF.type, BKG.Disclosure))
    named = Graph(identifier=URIRef(disclosure))
    named += graph
    with Store() as store:
        store.load_ontology()
        store.replace_graph(named)
        return check_store(store, incremental=False)


@cache
def reports(update: Path | None) -> tuple[ValidationReport, ValidationReport]:
    """(pySHACL, SPARQL) reports on the base with ``update`` applied, computed once."""
    graph = graph_for(update)
    return check_graph(graph), store_report(graph)


def describe(report: ValidationReport) -> str:
    return "\n".join(f"  {r.severity.value} {r.shape} {r.focus}" for r in report.results)


def comment(update: Path) -> list[str]:
    """The opening ``#`` lines of an update."""
    lines = update.read_text(encoding="utf-8").splitlines()
    end = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    return lines[:end]


# The catalogue of shapes --------------------------------------------------------------


def test_every_reporting_shape_has_a_valid_and_an_invalid_example():
    folders = {folder.name for folder in EXAMPLE_DIRS}
    assert not set(REPORTING) - folders, (
        f"shapes without examples: {sorted(set(REPORTING) - folders)}")
    assert not folders - set(REPORTING), (
        f"example folders naming no reporting shape: {sorted(folders - set(REPORTING))}")
    for folder in EXAMPLE_DIRS:
        assert sorted(p.name for p in folder.iterdir()) == ["invalid.ru", "valid.ru"], folder


def test_every_reporting_shape_is_one_the_sparql_engine_translates():
    # The SPARQL engine translates property shapes and sh:sparql constraints; a constraint
    # put directly on a node shape would be checked by pySHACL alone.
    graph = shapes_graph()
    shapes = _all_shapes()
    properties = {s for s in REPORTING if (shapes[s], RDF.type, SH.PropertyShape) in graph}
    sparql = {s for s in REPORTING if (shapes[s], SH.sparql, None) in graph}
    assert properties | sparql == set(REPORTING)
    assert properties and sparql


@pytest.mark.parametrize("shape_id", ALL_SHAPES)
def test_every_shape_speaks_chinese_and_english(shape_id: str):
    graph = shapes_graph()
    shape = _all_shapes()[shape_id]

    def languages(node: Node, predicate: URIRef) -> set[str | None]:
        return {getattr(text, "language", None) for text in graph.objects(node, predicate)
                if str(text).strip()}

    if (shape, RDF.type, SH.PropertyShape) in graph:
        assert {"zh", "en"} <= languages(shape, SH.message), "a property shape needs sh:message"
        return
    assert {"zh", "en"} <= languages(shape, RDFS.label), "a node shape needs rdfs:label"
    for constraint in graph.objects(shape, SH.sparql):
        assert {"zh", "en"} <= languages(constraint, SH.message), (
            "a SHACL-SPARQL constraint needs sh:message")


# The shortcuts' table ------------------------------------------------------------------
# The headline shapes give each headline property its measure (or each measure its
# property) in a table in their queries: a chain of IF (sameTerm(…), …), as SHACL-SPARQL
# allows no VALUES clause. It must be the mapping's, or the shapes would check pairs the
# mapping does not write.

HEADLINE_SHAPES = ("headline-amount-is-a-figure", "headline-figure-is-carried")
_ROW = re.compile(r"IF\(sameTerm\(\?(\w+), (\w+):([\w-]+)\), (\w+):([\w-]+),")


def _declared() -> dict[str, str]:
    graph = shapes_graph()
    return {str(graph.value(d, SH.prefix)): str(graph.value(d, SH.namespace))
            for d in graph.objects(URIRef(SHAPES_NS), SH.declare)}


def _headline_table(shape_id: str) -> list[tuple[str, str]]:
    """(measure, property) of each row of the table in the shape's SELECT, in order."""
    graph = shapes_graph()
    select = str(graph.value(graph.value(_all_shapes()[shape_id], SH.sparql), SH.select))
    namespaces = _declared()
    rows = []
    for variable, key_prefix, key, value_prefix, value in _ROW.findall(select):
        pair = (namespaces[key_prefix] + key, namespaces[value_prefix] + value)
        rows.append(pair if variable == "kind" else pair[::-1])
    written = len(re.findall(r"IF\(sameTerm\(\?(?:headline|kind),", select))
    assert len(rows) == written, "a row the test cannot read"
    return rows


@pytest.mark.parametrize("shape_id", HEADLINE_SHAPES)
def test_headline_shape_pairs_measures_and_properties_as_the_mapping_does(shape_id: str):
    assert _headline_table(shape_id) == [(code("measure", measure), prop.strip("<>"))
                                         for measure, prop in HEADLINE.items()]


def test_headline_shape_cites_the_figures_of_the_mappings_measures():
    graph = shapes_graph()
    involves = str(graph.value(_all_shapes()["headline-amount-is-a-figure"],
                               URIRef(SHAPES_NS + "involves")))
    listed = re.search(r"IN \(([^)]*)\)", involves).group(1)
    measures = {_declared()["m"] + name for name in re.findall(r"m:([\w-]+)", listed)}
    assert measures == {code("measure", measure) for measure in HEADLINE}


# The base and the examples -------------------------------------------------------------


def test_base_conforms_under_both_engines():
    for report in reports(None):
        assert not report.results, f"{report.engine} on base.ttl:\n{describe(report)}"


@pytest.mark.parametrize("update", EXAMPLE_FILES)
def test_example_opens_with_a_one_line_comment(update: Path):
    lines = comment(update)
    assert len(lines) == 1 and len(lines[0]) > 10, "one '# …' line saying what it shows"


@pytest.mark.parametrize("update", EXAMPLE_FILES)
def test_example_changes_the_base(update: Path):
    assert not isomorphic(graph_for(update), base_graph()), "the update changes nothing"


@pytest.mark.parametrize("folder", EXAMPLE_DIRS, ids=lambda p: p.name)
def test_valid_example_conforms_under_both_engines(folder: Path):
    for report in reports(folder / "valid.ru"):
        assert not report.results, f"{report.engine}:\n{describe(report)}"


@pytest.mark.parametrize("folder", EXAMPLE_DIRS, ids=lambda p: p.name)
def test_invalid_example_fires_its_shape_only(folder: Path):
    shape_id = folder.name
    expected = REPORTING.get(shape_id)
    assert expected is not None, f"no reporting shape {shape_id}"
    for report in reports(folder / "invalid.ru"):
        assert report.results, f"{report.engine} reports nothing"
        fired = {(r.shape, r.severity) for r in report.results}
        assert fired == {(shape_id, expected)}, f"{report.engine}:\n{describe(report)}"


@pytest.mark.parametrize("folder,engine", [
    pytest.param(folder, engine, id=f"{folder.name}/{engine}")
    for folder in EXAMPLE_DIRS for engine in ("pyshacl", "sparql")])
def test_invalid_example_reports_filled_messages_in_both_languages(folder: Path, engine: str):
    report = dict(zip(("pyshacl", "sparql"), reports(folder / "invalid.ru"), strict=True))[engine]
    for result in report.results:
        for text in (result.message_zh, result.message_en):
            assert text.strip() and "{?" not in text and "{$" not in text, text
        assert result.message_zh != result.message_en, result.message_zh


@pytest.mark.parametrize("update", [pytest.param(None, id="base"), *EXAMPLE_FILES])
def test_engines_agree(update: Path | None):
    reference, sparql = reports(update)
    assert sparql.keys() == reference.keys(), (
        f"pySHACL only: {sorted(reference.keys() - sparql.keys())}\n"
        f"SPARQL only: {sorted(sparql.keys() - reference.keys())}")


def test_engines_agree_on_the_seed(seed_graph: Graph):
    reference = check_graph(seed_graph)
    sparql = store_report(seed_graph)
    assert reference.results, "the seed has known warnings; an empty report means no check ran"
    assert sparql.keys() == reference.keys(), (
        f"pySHACL only: {sorted(reference.keys() - sparql.keys())}\n"
        f"SPARQL only: {sorted(sparql.keys() - reference.keys())}")


def test_messages_name_a_kind_by_its_code_list_label(seed_graph: Graph):
    """The seed's tables spell every indicator kind as the code lists do, so the mapping
    states no bkg:level2Label; a warning about such a kind names it by its concept's
    label, in both engines."""
    assert not set(seed_graph.triples((None, BKG.level2Label, None)))
    for report in (check_graph(seed_graph), store_report(seed_graph)):
        messages = sorted(r.message_zh for r in report.results if r.shape == "target-has-number")
        assert messages and all(m.startswith(("质量指标的", "时效指标的")) for m in messages), (
            report.engine, messages)


# Regressions: problems found once, with the outcome they must have now ---------------


def _expected(update: Path) -> str:
    for line in comment(update):
        if line.startswith("# expected:"):
            return line.removeprefix("# expected:").strip()
    raise AssertionError(f"{update.name} has no '# expected:' line")


@pytest.mark.parametrize("update", [pytest.param(path, id=path.stem)
                                    for path in REGRESSION_FILES])
def test_regression(update: Path):
    expected = _expected(update)
    reference, sparql = reports(update)
    if expected == "engines agree":
        assert sparql.keys() == reference.keys(), (
            f"pySHACL:\n{describe(reference)}\nSPARQL:\n{describe(sparql)}")
    elif expected == "no result":
        for report in (reference, sparql):
            assert not report.results, f"{report.engine}:\n{describe(report)}"
    elif expected.startswith("fires "):
        shape_id = expected.removeprefix("fires ")
        assert shape_id in REPORTING, f"no reporting shape {shape_id}"
        for report in (reference, sparql):
            assert {r.shape for r in report.results} == {shape_id}, (
                f"{report.engine}:\n{describe(report)}")
    else:
        raise AssertionError(f"{update.name}: unknown expectation {expected!r}")


def test_regressions_are_well_formed():
    assert REGRESSION_FILES
    for update in REGRESSION_FILES:
        expected = _expected(update)
        assert expected in ("engines agree", "no result") or (
            expected.startswith("fires ") and expected.removeprefix("fires ") in REPORTING), (
            f"{update.name}: {expected!r}")
        graph_for(update)  # parses and applies


# Several disclosures in one store ------------------------------------------------------
# The examples hold one disclosure; these put two in a store, as a real store holds many:
# the department is stated in both graphs, and an incremental run checks one of them.

BASE_DISCLOSURE = "https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget"
BASE_SOURCE = "f10b450688d548600a40540fddb2785ca26c6ceab288f4e6d79676fd050dedbb"


def second_disclosure(update: Path | None = None, *, source: str = "0" * 64) -> Graph:
    """The base (with ``update`` applied) as the department's 2022 budget: a graph of its
    own, the same department, another source file."""
    text = graph_for(update).serialize(format="nt")
    text = text.replace("999001-cd7d3a32/2021/budget", "999001-cd7d3a32/2022/budget")
    graph = Graph(identifier=URIRef(BASE_DISCLOSURE.replace("2021", "2022")))
    graph.parse(data=text.replace(BASE_SOURCE, source), format="nt")
    return graph


def two_disclosures(second: Graph) -> Store:
    first = Graph(identifier=URIRef(BASE_DISCLOSURE))
    first += base_graph()
    store = Store()
    store.load_ontology()
    store.replace_graph(first)
    store.replace_graph(second)
    return store


def test_a_department_stated_alike_in_two_disclosures_conforms():
    # The union of the graphs holds its code once per disclosure: still one value.
    with two_disclosures(second_disclosure()) as store:
        report = check_store(store, incremental=False)
    assert len(report.documents) == 2
    assert not report.results, describe(report)


def test_a_department_given_two_codes_by_two_disclosures_breaks_department_code():
    department = URIRef("https://w3id.org/budgetkg/id/org/999001-cd7d3a32")
    second = second_disclosure()
    second.set((department, BKG.budgetUnitCode, Literal("999002")))
    with two_disclosures(second) as store:
        report = check_store(store, incremental=False)
    assert {(r.shape, r.focus) for r in report.results} == {
        ("department-code", str(department))}


def test_incremental_run_checks_the_changed_disclosure_only():
    broken = EXAMPLES / "parts-sum-to-total" / "invalid.ru"  # a constraint in GRAPH
    with two_disclosures(second_disclosure()) as store:
        check_store(store)
        store.replace_graph(second_disclosure(broken, source="1" * 64))
        incremental = check_store(store)
        full = check_store(store, incremental=False)
    assert incremental.skipped == (BASE_DISCLOSURE,)
    assert incremental.keys() == full.keys()
    assert {r.shape for r in incremental.results} == {"parts-sum-to-total"}


def test_a_basis_labelled_only_in_another_disclosure_is_still_reported():
    # A policy document is stated in every disclosure that cites it. The message's label
    # is read from the project's own graph; a label found only in the other graph would
    # bind the GRAPH the whole-store query runs in to that graph, and lose the result.
    law = URIRef("https://w3id.org/budgetkg/id/policy/title/0974d25ee2eac466")
    project = URIRef(BASE_DISCLOSURE.replace("2021", "2022") + "/project/999-0101-ABC-0001")
    second = second_disclosure()
    second.add((project, BKG.indicatorBasis, law))
    second.remove((law, RDFS.label, None))
    with two_disclosures(second) as store:
        report = check_store(store, incremental=False)
    assert {(r.shape, r.focus) for r in report.results} == {
        ("indicator-basis-is-cited", str(project))}
    assert {r.key for r in report.results} == check_graph(second).keys()
