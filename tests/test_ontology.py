"""The ontology and the code lists stay in step with the mapping and the Python code tables.

``ontology/budgetkg.ttl`` must declare every ``bkg:`` term the mapping writes, with the kind,
domain and range the data actually has, and nothing the mapping does not write.
``ontology/codelists.ttl`` must hold exactly the entries of the tables in ``measures.py``
and ``codes.py`` (plus the extractor's unclassified catch-alls), with the same labels,
hierarchy and notations.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, QB, RDF, RDFS, SKOS

from budgetkg import codes
from budgetkg.extract.finance import SECTION_TOTALS
from budgetkg.measures import MEASURES, STAFF_MEASURES
from budgetkg.records import StaffBasis
from budgetkg.vocab import BKG, CODE, code

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "budgetkg.ttl"
CODELISTS = ROOT / "ontology" / "codelists.ttl"
MAPPING = ROOT / "src" / "budgetkg" / "mapping.py"
ONTOLOGY_IRI = URIRef("https://w3id.org/budgetkg/def")

# Declared on purpose although mapping.py never writes them.
NOT_IN_MAPPING = {
    BKG.allowedUnder: "used by codelists.ttl (level-2 indicator kinds) and the shapes",
    BKG.indicator: "the inverse of bkg:project, for reasoners; the data states bkg:project",
}

# External terms the ontology aligns to whose vocabularies rdflib does not ship.
OTHER_EXTERNAL_TERMS = {
    URIRef("http://data.europa.eu/eli/ontology#LegalResource"),
    URIRef("http://data.europa.eu/eli/ontology#id_local"),
    URIRef("http://data.openbudgets.eu/ontology/dsd/measure/amount"),
    URIRef("http://data.openbudgets.eu/ontology/dsd/dimension/fiscalYear"),
    URIRef("http://data.openbudgets.eu/ontology/dsd/dimension/budgetPhase"),
    URIRef("http://data.openbudgets.eu/ontology/dsd/dimension/organization"),
    URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix"),
    URIRef("http://purl.org/vocab/vann/preferredNamespaceUri"),
    URIRef("https://creativecommons.org/licenses/by/4.0/"),
    URIRef("https://w3id.org/budgetkg/code"),
}
# DCAT, SDO and XSD warn whenever pytest probes the module's globals for attributes, so
# they are reached through ``ns`` rather than imported by name.
KNOWN_NAMESPACES = (ns.DCAT, DCTERMS, ORG, OWL, PROV, QB, RDF, RDFS, ns.SDO, SKOS, ns.XSD)

PROPERTY_KINDS = (OWL.ObjectProperty, OWL.DatatypeProperty)

# scheme → {key: (zh, en)}
TABLES: dict[str, dict[str, tuple[str | None, str]]] = {
    "measure": {m.code: (m.zh, m.en) for m in MEASURES},
    "staff": {m.code: (m.zh, m.en) for m in STAFF_MEASURES},
    "indicator-level1": {key: (zh, en) for zh, (key, en) in codes.LEVEL1.items()},
    "indicator-level2": {key: (zh, en) for zh, (key, en, _) in codes.LEVEL2.items()},
    "comparator": {key: (None, en) for _, (key, en) in codes.COMPARATORS.items()},
    "direction": dict(codes.DIRECTIONS),
    "phase": dict(codes.PHASES),
    "basis-kind": dict(codes.BASIS_KINDS),
    "classification-level": {key: (zh, en)
                             for zh, (key, en) in codes.CLASSIFICATION_LEVELS.items()},
}
# The catch-alls the extractor mints for a label outside the list, and the total each one
# is filed under (extract/finance.py and extract/organisation.py).
CATCH_ALLS: dict[str, dict[str, str]] = {
    "measure": {f"{kind.replace('_', '-')}-unclassified": total
                for kind, total in SECTION_TOTALS.items()},
    "staff": {f"{basis.value}-unclassified": f"{basis.value}-total" for basis in StaffBasis},
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def codelists() -> Graph:
    return Graph().parse(CODELISTS, format="turtle")


# --- helpers -------------------------------------------------------------------------------


def _in_bkg(term) -> bool:
    return isinstance(term, URIRef) and term.startswith(str(BKG))


def _labels(graph: Graph, subject, predicate) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for label in graph.objects(subject, predicate):
        assert isinstance(label, Literal), f"{subject} {predicate} {label!r} is not a literal"
        found.setdefault(label.language or "", []).append(str(label))
    return found


def _datatype(literal: Literal) -> URIRef:
    if literal.language:
        return RDF.langString
    return literal.datatype or ns.XSD.string


def _superclasses(ontology: Graph, cls) -> set:
    return set(ontology.transitive_objects(cls, RDFS.subClassOf))


def _types(graph: Graph, ontology: Graph, node) -> set:
    return {sup for t in graph.objects(node, RDF.type) for sup in _superclasses(ontology, t)}


def _mapping_terms() -> set[URIRef]:
    return {BKG[name] for name in re.findall(r"\bBKG\.(\w+)", MAPPING.read_text("utf-8"))}


def _bkg_terms(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects() if _in_bkg(s)}


def _scheme_concepts(codelists: Graph, scheme: str) -> dict[str, URIRef]:
    """Key → concept of one scheme, taken from skos:inScheme."""
    prefix = f"{CODE}{scheme}/"
    concepts = {}
    for concept in codelists.subjects(SKOS.inScheme, CODE[scheme]):
        assert concept.startswith(prefix), f"{concept} is in scheme {scheme} but not under {prefix}"
        concepts[concept[len(prefix):]] = concept
    return concepts


def _pref(codelists: Graph, concept, lang: str) -> str:
    labels = _labels(codelists, concept, SKOS.prefLabel).get(lang, [])
    assert len(labels) == 1, f"{concept} has {len(labels)} skos:prefLabel @{lang}: {labels}"
    return labels[0]


def _iris(values) -> set[URIRef]:
    return {URIRef(v) for v in values}


# --- both files ----------------------------------------------------------------------------


def test_both_files_parse_and_have_no_blank_nodes(ontology, codelists) -> None:
    for graph in (ontology, codelists):
        assert len(graph) > 100
        assert not [t for t in graph if any(isinstance(n, BNode) for n in t)]


def test_the_ontology_header(ontology) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert set(_labels(ontology, ONTOLOGY_IRI, DCTERMS.title)) == {"zh", "en"}
    assert set(_labels(ontology, ONTOLOGY_IRI, DCTERMS.description)) == {"zh", "en"}
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/")


# --- budgetkg.ttl against the data ---------------------------------------------------------


def test_every_term_is_a_labelled_class_or_property(ontology) -> None:
    for term in _bkg_terms(ontology):
        kinds = set(ontology.objects(term, RDF.type))
        assert len(kinds) == 1 and kinds <= {OWL.Class, *PROPERTY_KINDS}, f"{term}: {kinds}"
        labels = _labels(ontology, term, RDFS.label)
        assert sorted(labels) == ["en", "zh"], f"{term} needs one rdfs:label @zh and @en"
        assert all(len(v) == 1 for v in labels.values()), f"{term}: {labels}"
        assert "en" in _labels(ontology, term, RDFS.comment), f"{term} has no rdfs:comment @en"
        assert ontology.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, term


def test_every_term_the_mapping_writes_is_declared(ontology) -> None:
    missing = _mapping_terms() - _bkg_terms(ontology)
    assert not missing, f"used in mapping.py but not declared in budgetkg.ttl: {sorted(missing)}"


def test_every_declared_term_is_written_by_the_mapping(ontology) -> None:
    dead = _bkg_terms(ontology) - _mapping_terms() - set(NOT_IN_MAPPING)
    assert not dead, f"declared in budgetkg.ttl but never written by mapping.py: {sorted(dead)}"


def test_seed_classes_and_properties_are_declared(ontology, seed_graph) -> None:
    for cls in {o for o in seed_graph.objects(None, RDF.type) if _in_bkg(o)}:
        assert (cls, RDF.type, OWL.Class) in ontology, f"class {cls} is not declared"
    for prop in {p for p in seed_graph.predicates() if _in_bkg(p)}:
        assert any((prop, RDF.type, kind) in ontology for kind in PROPERTY_KINDS), \
            f"property {prop} is not declared"


def test_property_kinds_and_ranges_match_the_seed(ontology, codelists, seed_graph) -> None:
    data = seed_graph + codelists
    for subject, prop, obj in seed_graph:
        if not _in_bkg(prop):
            continue
        rng = ontology.value(prop, RDFS.range)
        if (prop, RDF.type, OWL.DatatypeProperty) in ontology:
            assert isinstance(obj, Literal), f"{prop} is a datatype property but has {obj}"
            assert rng is None or _datatype(obj) == rng, \
                f"{subject} {prop} {obj!r}: expected {rng}"
        else:
            assert isinstance(obj, URIRef), f"{prop} is an object property but has {obj!r}"
            assert rng is None or rng in _types(data, ontology, obj), \
                f"{subject} {prop} {obj}: the object is not a {rng}"


def test_domains_match_the_seed(ontology, seed_graph) -> None:
    for prop, domain in ontology.subject_objects(RDFS.domain):
        for subject in seed_graph.subjects(prop, None):
            assert domain in _types(seed_graph, ontology, subject), \
                f"{subject} uses {prop} but is not a {domain}"


def test_amounts_in_yuan_are_decimals(ontology) -> None:
    for prop in (BKG.amount, BKG.statedAmount, BKG.budgetAmount, BKG.fiscalAmount,
                 BKG.otherAmount):
        assert ontology.value(prop, RDFS.range) == ns.XSD.decimal, prop


def test_alignments_name_real_terms(ontology) -> None:
    """A misspelt external term (org:FormalOrganisation) is an alignment to nothing."""
    external = {n for t in ontology for n in t
                if isinstance(n, URIRef) and not _in_bkg(n) and n != ONTOLOGY_IRI}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for term in external:
            namespace = next((ns for ns in KNOWN_NAMESPACES if term.startswith(str(ns))), None)
            if namespace is not None:
                assert term in namespace, f"{term} is not a term of {namespace}"
            else:
                assert term in OTHER_EXTERNAL_TERMS, f"{term}: unknown external term"


@pytest.mark.parametrize(("term", "relation", "target"), [
    (BKG.Department, RDFS.subClassOf, ORG.FormalOrganization),
    (BKG.InternalUnit, RDFS.subClassOf, ORG.OrganizationalUnit),
    (BKG.AffiliatedInstitution, RDFS.subClassOf, ORG.Organization),
    (BKG.Disclosure, RDFS.subClassOf, ns.DCAT.Dataset),
    (BKG.Disclosure, RDFS.subClassOf, PROV.Entity),
    (BKG.SourceFile, RDFS.subClassOf, PROV.Entity),
    (BKG.BudgetFigure, RDFS.subClassOf, QB.Observation),
    (BKG.GlossaryEntry, RDFS.subClassOf, SKOS.Concept),
    (BKG.PolicyDocument, RDFS.subClassOf,
     URIRef("http://data.europa.eu/eli/ontology#LegalResource")),
    (BKG.PolicyDocument, SKOS.closeMatch, ns.SDO.Legislation),
    (BKG.amount, RDFS.subPropertyOf,
     URIRef("http://data.openbudgets.eu/ontology/dsd/measure/amount")),
    (BKG.fiscalYear, SKOS.closeMatch,
     URIRef("http://data.openbudgets.eu/ontology/dsd/dimension/fiscalYear")),
    (BKG.documentNumber, SKOS.closeMatch,
     URIRef("http://data.europa.eu/eli/ontology#id_local")),
])
def test_alignment(ontology, term, relation, target) -> None:
    assert (term, relation, target) in ontology


# --- codelists.ttl against the data --------------------------------------------------------


def test_every_code_in_the_seed_is_a_concept(codelists, seed_graph) -> None:
    used = {o for o in seed_graph.objects() if isinstance(o, URIRef) and o.startswith(str(CODE))}
    assert used, "the seed uses no code list at all"
    for concept in used:
        assert (concept, RDF.type, SKOS.Concept) in codelists, f"{concept} is not a concept"
        scheme = codelists.value(concept, SKOS.inScheme)
        assert scheme is not None and (scheme, RDF.type, SKOS.ConceptScheme) in codelists


def test_schemes_and_concepts_are_well_formed(codelists) -> None:
    schemes = set(codelists.subjects(RDF.type, SKOS.ConceptScheme))
    assert {s[len(CODE):] for s in schemes} == set(TABLES)
    for scheme in schemes:
        assert sorted(_labels(codelists, scheme, SKOS.prefLabel)) == ["en", "zh"], scheme
    for concept in codelists.subjects(RDF.type, SKOS.Concept):
        in_schemes = set(codelists.objects(concept, SKOS.inScheme))
        assert len(in_schemes) == 1 and in_schemes <= schemes, concept
        scheme = in_schemes.pop()
        assert concept.startswith(f"{scheme}/"), f"{concept} is not under its scheme {scheme}"
        _pref(codelists, concept, "zh")
        _pref(codelists, concept, "en")
        top = (concept, SKOS.topConceptOf, scheme) in codelists
        assert top == ((scheme, SKOS.hasTopConcept, concept) in codelists), concept
        assert top != (codelists.value(concept, SKOS.broader) is not None), \
            f"{concept} must be either a top concept or have a skos:broader"
        for broader in codelists.objects(concept, SKOS.broader):
            assert (broader, SKOS.inScheme, scheme) in codelists, f"{concept} → {broader}"


# --- codelists.ttl against the Python tables -----------------------------------------------

@pytest.mark.parametrize("scheme", sorted(TABLES))
def test_code_list_has_exactly_the_table(codelists, scheme) -> None:
    concepts = _scheme_concepts(codelists, scheme)
    expected = set(TABLES[scheme]) | set(CATCH_ALLS.get(scheme, {}))
    assert not expected - set(concepts), f"missing from codelists.ttl: {expected - set(concepts)}"
    assert not set(concepts) - expected, f"not in the table: {set(concepts) - expected}"
    for key, (zh, en) in TABLES[scheme].items():
        concept = URIRef(code(scheme, key))
        assert concepts[key] == concept
        if zh is not None:
            assert _pref(codelists, concept, "zh") == zh, key
        assert _pref(codelists, concept, "en") == en, key


@pytest.mark.parametrize(("scheme", "table"), [("measure", MEASURES), ("staff", STAFF_MEASURES)])
def test_measure_hierarchy_and_notation_follow_the_table(codelists, scheme, table) -> None:
    for m in table:
        concept = URIRef(code(scheme, m.code))
        broader = set(codelists.objects(concept, SKOS.broader))
        assert broader == (_iris([code(scheme, m.parent)]) if m.parent else set()), m.code
        notations = {str(n) for n in codelists.objects(concept, SKOS.notation)}
        assert notations == ({m.notation} if m.notation else set()), m.code
    for key, total in CATCH_ALLS[scheme].items():
        concept = URIRef(code(scheme, key))
        assert set(codelists.objects(concept, SKOS.broader)) == _iris([code(scheme, total)])
        assert "未分类" in _pref(codelists, concept, "zh")


def test_level2_allowed_under_follows_the_table(codelists) -> None:
    for _, (key, _, parents) in codes.LEVEL2.items():
        concept = URIRef(code("indicator-level2", key))
        allowed = set(codelists.objects(concept, BKG.allowedUnder))
        assert allowed == _iris(code("indicator-level1", p) for p in parents), key
        for parent in allowed:
            assert (parent, SKOS.inScheme, CODE["indicator-level1"]) in codelists, parent
    assert not set(codelists.subjects(BKG.allowedUnder, None)) - set(
        codelists.subjects(SKOS.inScheme, CODE["indicator-level2"]))


@pytest.mark.parametrize(("scheme", "notations"), [
    ("comparator", {key: symbol for symbol, (key, _) in codes.COMPARATORS.items()}),
    ("classification-level", {key: zh for zh, (key, _) in codes.CLASSIFICATION_LEVELS.items()}),
])
def test_notations_are_the_symbols(codelists, scheme, notations) -> None:
    for key, notation in notations.items():
        concept = URIRef(code(scheme, key))
        assert [str(n) for n in codelists.objects(concept, SKOS.notation)] == [notation], key
