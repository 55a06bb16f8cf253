"""The DCAT catalogue of an export, checked with the official DCAT-AP 3.0.1 shapes
(../shared/dcat-ap/): no violation of the mandatory or range shapes, and only the
recommended-property warnings listed and explained in RECOMMENDED_LEFT."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SH, SKOS, XSD

from budgetkg.build import build
from budgetkg.catalog import Publication, place_of
from budgetkg.export import ExportFormat, export
from budgetkg.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / ".." / "shared" / "dcat-ap"
SEED = ROOT / "data" / "203002-changli-organisation-department-2020-budget.txt"
VARIETY = ROOT / "tests" / "cases" / "variety-pipe-tables-yuan" / "document.txt"
SPDX = Namespace("http://spdx.org/rdf/terms#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
PUBLISHED = Publication(base_url="https://data.example.org/budgetkg/",
                        license="https://creativecommons.org/licenses/by/4.0/",
                        issued=date(2024, 5, 1))
# Recommended properties (shapes_recommended.ttl) the catalogue leaves out, and why:
RECOMMENDED_LEFT = {
    # How long the files stay online is the publisher's promise, not something budgetkg knows.
    (DCAT.Distribution, DCATAP.availability),
    # The disclosures name no contact; inventing one would mislead.
    (DCAT.Dataset, DCAT.contactPoint),
    # Places come from the department's name; the data has no coordinates to give.
    (DCTERMS.Location, DCAT.bbox),
    (DCTERMS.Location, DCAT.centroid),
    # What kind of organisation republishes the export (--publisher) is not known; the
    # departments themselves are typed (local or regional authority).
    (FOAF.Agent, DCTERMS.type),
}


def shapes(name: str) -> Graph:
    path = SHAPES / name
    if not path.is_file():
        pytest.fail(f"the DCAT-AP shapes are missing: expected {path.resolve()} "
                    "(shared/dcat-ap/ beside the repository)")
    return Graph().parse(path, format="turtle")


def results(catalog: Graph, shapes_file: str) -> list[tuple[URIRef, URIRef, URIRef, URIRef]]:
    """(severity, class of the focus node, path, focus node) of every result."""
    _, report, _ = validate(catalog, shacl_graph=shapes(shapes_file), allow_warnings=True)
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        classes = sorted(catalog.objects(focus, RDF.type))
        found.append((report.value(result, SH.resultSeverity), classes[-1] if classes else None,
                      report.value(result, SH.resultPath), focus))
    return found


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("catalog-store") / "store"
    build([SEED, VARIETY], store=path)
    with Store(path) as opened:
        yield opened


@pytest.fixture(scope="module")
def exported(store: Store, tmp_path_factory: pytest.TempPathFactory):
    return export(store, out=tmp_path_factory.mktemp("published"), formats=list(ExportFormat),
                  publication=PUBLISHED)


@pytest.fixture(scope="module")
def catalog(exported) -> Graph:
    return Graph().parse(exported.catalog, format="turtle")


@pytest.mark.parametrize("shapes_file", ["shapes.ttl", "range.ttl"])
def test_the_catalogue_violates_no_dcat_ap_shape(catalog: Graph, shapes_file: str):
    violations = [r for r in results(catalog, shapes_file) if r[0] == SH.Violation]
    assert violations == []
    assert catalog.value(predicate=RDF.type, object=DCAT.Catalog) is not None


def test_only_the_explained_recommendations_are_left(catalog: Graph):
    found = results(catalog, "shapes_recommended.ttl")
    assert {r[0] for r in found} == {SH.Warning}
    assert {(r[1], r[2]) for r in found} == RECOMMENDED_LEFT
    untyped = {r[3] for r in found if r[2] == DCTERMS.type}
    assert untyped == {URIRef("https://w3id.org/budgetkg/id/agent/budgetkg")}


def test_without_options_nothing_is_invented(store: Store, tmp_path: Path):
    report = export(store, out=tmp_path / "out", formats=[ExportFormat.TURTLE])
    catalog = Graph().parse(report.catalog, format="turtle")
    assert not [r for r in results(catalog, "shapes.ttl") if r[0] == SH.Violation]
    assert not [r for r in results(catalog, "range.ttl") if r[0] == SH.Violation]
    left = {(r[1], r[2]) for r in results(catalog, "shapes_recommended.ttl")}
    assert left - RECOMMENDED_LEFT == {
        (DCAT.Catalog, DCTERMS.issued), (DCAT.Catalog, DCTERMS.modified),
        (DCAT.Catalog, DCTERMS.license), (DCAT.Distribution, DCTERMS.license),
        (DCAT.Catalog, FOAF.homepage)}
    text = report.catalog.read_text(encoding="utf-8")
    assert "<turtle/203002-2f867ce6-2020-budget.ttl>" in text  # relative to catalog.ttl
    assert "dct:issued" not in text and "dct:modified" not in text


def test_every_distribution_describes_its_file(exported, catalog: Graph):
    distributions = set(catalog.subjects(RDF.type, DCAT.Distribution))
    assert len(distributions) == len(exported.files) == 6
    for distribution in distributions:
        url = str(catalog.value(distribution, DCAT.downloadURL))
        assert url.startswith(PUBLISHED.base_url)
        path = exported.out / url.removeprefix(PUBLISHED.base_url)
        data = path.read_bytes()
        assert catalog.value(distribution, DCAT.byteSize) == Literal(
            len(data), datatype=XSD.nonNegativeInteger)
        checksum = catalog.value(distribution, SPDX.checksum)
        assert str(catalog.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest()
        assert catalog.value(distribution, DCAT.accessURL) == URIRef(url)
        assert (catalog.value(distribution, DCAT.mediaType), RDF.type, DCTERMS.MediaType) in catalog


def test_a_disclosure_dataset_says_who_when_where_and_from_what(store: Store, catalog: Graph):
    doc = next(d for d in store.documents() if d.source == SEED.name)
    dataset = catalog.value(predicate=DCTERMS.identifier, object=Literal(doc.graph))
    publisher = catalog.value(dataset, DCTERMS.publisher)
    assert str(catalog.value(publisher, FOAF.name)) == "中国共产党昌黎县委员会组织部"
    period = catalog.value(dataset, DCTERMS.temporal)
    assert catalog.value(period, DCAT.startDate) == Literal("2020-01-01", datatype=XSD.date)
    assert catalog.value(period, DCAT.endDate) == Literal("2020-12-31", datatype=XSD.date)
    place = catalog.value(dataset, DCTERMS.spatial)
    assert catalog.value(place, SKOS.prefLabel) == Literal("昌黎县", lang="zh")
    source = catalog.value(dataset, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    assert str(catalog.value(source, SPDX.fileName)) == SEED.name
    checksum = catalog.value(source, SPDX.checksum)
    assert str(catalog.value(checksum, SPDX.checksumValue)) == \
        hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert URIRef("https://w3id.org/budgetkg/def") in set(catalog.objects(dataset,
                                                                          DCTERMS.conformsTo))
    assert catalog.value(dataset, DCTERMS.issued) == Literal("2024-05-01", datatype=XSD.date)


def test_void_statistics_count_the_graph(store: Store, catalog: Graph):
    doc = store.documents()[0]
    dataset = catalog.value(predicate=DCTERMS.identifier, object=Literal(doc.graph))
    def count(projection: str) -> int:
        return store.select(f"SELECT ({projection}) WHERE {{ GRAPH <{doc.graph}> "
                            "{ ?s ?p ?o } }")[0][0]

    triples, entities = count("COUNT(*) AS ?n"), count("COUNT(DISTINCT ?s) AS ?n")
    classes = store.select(f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ GRAPH <{doc.graph}> "
                           "{ ?s a ?c } }")[0][0]
    assert catalog.value(dataset, VOID.triples).toPython() == triples > 1000
    assert catalog.value(dataset, VOID.entities).toPython() == entities
    assert catalog.value(dataset, VOID.classes).toPython() == classes > 5


def test_the_whole_store_files_belong_to_a_dataset_of_all_disclosures(exported, catalog: Graph):
    whole = URIRef("https://w3id.org/budgetkg/id/dataset/all")
    parts = set(catalog.objects(whole, DCTERMS.hasPart))
    assert len(parts) == 2 and parts <= set(catalog.subjects(RDF.type, DCAT.Dataset))
    formats = {catalog.value(d, DCTERMS["format"]) for d in catalog.objects(whole,
                                                                           DCAT.distribution)}
    eu = "http://publications.europa.eu/resource/authority/file-type/"
    assert formats == {URIRef(eu + "RDF_TRIG"), URIRef(eu + "RDF_N_TRIPLES")}


@pytest.mark.parametrize(("department", "places"), [
    ("中共昌黎县委组织部", ["昌黎县"]),
    ("中国共产党昌黎县委员会组织部", ["昌黎县"]),
    ("河北省秦皇岛市昌黎县财政局", ["河北省", "秦皇岛市", "昌黎县"]),
    ("广州市教育局", ["广州市"]),
    ("昌黎县市场监督管理局", ["昌黎县"]),
    ("内蒙古自治区财政厅", ["内蒙古自治区"]),
    ("财政部", []),
])
def test_the_place_is_read_from_the_department_name(department: str, places: list[str]):
    assert place_of(department) == places
