"""The DCAT-AP 3.0.1 catalogue written with every export (``catalog.ttl``).

One ``dcat:Dataset`` per disclosure, published by its department, for its fiscal year and
(where the department's name says it) its county or city; one ``dcat:Distribution`` per
exported file with its size and sha256; VoID statistics; the source file's checksum. Files
that hold the whole store belong to one more dataset, the collection of all disclosures.

Nothing comes from the clock: dates are given (``Publication.issued``) or left out, so the
same store and options give the same bytes. Every linked node is typed, as the DCAT-AP class
range shapes expect. Links to files are relative to the catalogue unless a base URL is given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, PROV, RDF, SKOS, XSD

from budgetkg.store import ONTOLOGY_GRAPH, Store, StoredDocument
from budgetkg.vocab import PREFIXES, VOID, slug

if TYPE_CHECKING:
    from budgetkg.export import ExportedFile

__all__ = ["RELATIVE", "Publication", "catalog_triples", "place_of"]

SPDX = Namespace("http://spdx.org/rdf/terms#")
EU = "http://publications.europa.eu/resource/authority/"
ADMS = "http://purl.org/adms/"
IANA = "https://www.iana.org/assignments/media-types/"
# A stand-in base for links relative to catalog.ttl; the Turtle writer drops it.
RELATIVE = "urn:budgetkg:relative:"

# A department's name begins with the places it serves (中共昌黎县委组织部, 河北省财政厅).
_PARTY = re.compile(r"^(中国共产党|中共)")
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,7}?(?:特别行政区|自治区|自治州|自治县|省|市|县|区|旗)")
_REGIONAL = re.compile(r".*(省|自治区|特别行政区)$|^(北京|天津|上海|重庆)市$")
_LICENCE_TYPES = {  # ADMS licence types of the licences open-data publishers use most
    "creativecommons.org/licenses/by/4.0": "Attribution",
    "creativecommons.org/publicdomain/zero/1.0": "PublicDomain",
    "publications.europa.eu/resource/authority/licence/CC_BY_4_0": "Attribution",
    "publications.europa.eu/resource/authority/licence/CC0": "PublicDomain",
}
_FILE_TYPES = {"turtle": "RDF_TURTLE", "jsonld": "JSON_LD", "ntriples": "RDF_N_TRIPLES",
               "trig": "RDF_TRIG"}
_PROLOGUE = """PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


@dataclass(frozen=True)
class Publication:
    """What the catalogue says about publishing the export."""

    base_url: str | None = None  # where the output folder is served; None: relative links
    license: str | None = None  # IRI of the licence the publisher grants
    issued: date | None = None
    modified: date | None = None  # default: issued
    publisher: str = "budgetkg"  # who publishes the catalogue (its foaf:name)


def place_of(department: str) -> list[str]:
    """The places a department's name begins with, widest first ([河北省, 秦皇岛市, 昌黎县]);
    empty when it names none (the data has no region field of its own)."""
    rest, places = _PARTY.sub("", department), []
    while match := _PLACE.match(rest):
        places.append(match.group(0))
        rest = rest[match.end():]
    return places


def catalog_triples(store: Store, *, files: Sequence[ExportedFile],
                    documents: Sequence[StoredDocument], base: str,
                    publication: Publication) -> tuple[list[ox.Triple], dict[str, str]]:
    """The catalogue of an export, and the prefixes to write it with."""
    prefixes = {**{p: str(ns) for p, ns in PREFIXES.items()}, "foaf": str(FOAF),
                "spdx": str(SPDX), "id": base}
    return _Catalog(store, base, publication).build(files, documents), prefixes


def _text(text: str, language: str) -> ox.Literal:
    return ox.Literal(text, language=language)


def _typed(value: object, datatype: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(str(datatype)))


class _Catalog:
    def __init__(self, store: Store, base: str, publication: Publication):
        self.store, self.base, self.p = store, base, publication
        self.triples: dict[ox.Triple, None] = {}  # ordered and without repeats
        # The data conforms to every ontology the store holds: budgetkg's, its code lists
        # and its shapes.
        self.standards = store.select(_PROLOGUE + f"""
            SELECT ?o (MIN(STR(?l)) AS ?title) WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
              ?o a owl:Ontology .
              OPTIONAL {{ {{ ?o dct:title ?l }} UNION {{ ?o rdfs:label ?l }}
                         FILTER (lang(?l) = "en") }}
            }} }} GROUP BY ?o ORDER BY ?o""")

    def add(self, subject: str, predicate: str, *objects: object) -> None:
        for obj in objects:
            if obj is not None:
                node = obj if isinstance(obj, ox.Literal) else ox.NamedNode(str(obj))
                self.triples[ox.Triple(ox.NamedNode(str(subject)), ox.NamedNode(str(predicate)),
                                       node)] = None

    def node(self, iri: str, rdf_type: str, *, label: str | None = None,
             label_property: str = SKOS.prefLabel) -> str:
        """A linked node with its class, as the DCAT-AP range shapes expect."""
        self.add(iri, RDF.type, rdf_type)
        if label:
            self.add(iri, label_property, _text(label, "en"))
        return iri

    def dates(self, iri: str) -> None:
        if self.p.issued:
            self.add(iri, DCTERMS.issued, _typed(self.p.issued.isoformat(), XSD.date))
        if modified := self.p.modified or self.p.issued:
            self.add(iri, DCTERMS.modified, _typed(modified.isoformat(), XSD.date))

    def build(self, files: Sequence[ExportedFile], documents: Sequence[StoredDocument]) -> list:
        cat, p = f"{self.base}catalog", self.p
        self.add(cat, RDF.type, DCAT.Catalog)
        self.add(cat, DCTERMS.title, _text("部门预决算公开知识图谱", "zh"),
                 _text("Knowledge graphs of government budget disclosures", "en"))
        self.add(cat, DCTERMS.description, _text(
            f"从 {len(documents)} 份部门预决算公开文件抽取的知识图谱；"
            "每个实体都指向来源文件中的行。", "zh"), _text(
            f"Knowledge graphs extracted by budgetkg from {len(documents)} departmental "
            "budget disclosures; every entity points to the lines of its source file.", "en"))
        self.add(cat, DCTERMS.publisher, self.node(
            f"{self.base}agent/{slug(p.publisher)}", FOAF.Agent, label=p.publisher,
            label_property=FOAF.name))
        self.add(cat, DCTERMS.language, *map(self.language, ("ZHO", "ENG")))
        self.add(cat, DCAT.themeTaxonomy, self.node(f"{EU}data-theme", SKOS.ConceptScheme,
                                                    label="Data theme",
                                                    label_property=DCTERMS.title))
        self.add(cat, DCTERMS.license, self.licence())
        if p.base_url:
            self.add(cat, FOAF.homepage, self.node(p.base_url, FOAF.Document))
        self.dates(cat)
        whole = any(f.whole_store for f in files)
        stats = self.statistics([d.graph for d in documents], merged=whole)
        facts, datasets = self.facts(), {}
        for doc in documents:
            datasets[doc.graph] = self.dataset(doc, facts[doc.graph], stats[doc.graph])
        if whole:
            datasets["*"] = self.collection(documents, dict(datasets), facts, stats["*"])
        self.add(cat, DCAT.dataset, *datasets.values())
        for file in files:
            self.distribution(datasets["*" if file.whole_store else file.graphs[0]], file)
        spatial = ox.NamedNode(str(DCTERMS.spatial))
        self.add(cat, spatial.value, *sorted({t.object.value for t in self.triples
                                              if t.predicate == spatial}))
        return list(self.triples)

    def language(self, code: str) -> str:
        return self.node(f"{EU}language/{code}", DCTERMS.LinguisticSystem)

    def licence(self) -> str | None:
        if not self.p.license:
            return None
        iri = self.node(self.p.license, DCTERMS.LicenseDocument)
        if kind := _LICENCE_TYPES.get(re.sub(r"^https?://", "", iri).rstrip("/")):
            self.add(iri, DCTERMS.type, self.node(f"{ADMS}licencetype/{kind}", SKOS.Concept,
                                                  label=kind))
        return iri

    def facts(self) -> dict[str, dict[str, object]]:
        """Per disclosure graph: its department (IRI, name), source file and phase."""
        rows = self.store.select(_PROLOGUE + """
            SELECT ?g ?org ?name ?src ?phase WHERE { GRAPH ?g {
              ?g a bkg:Disclosure ; bkg:organisation ?org ; prov:wasDerivedFrom ?src .
              ?org rdfs:label ?name .
              OPTIONAL { ?g bkg:budgetPhase ?phase }
            } } ORDER BY ?g ?name""")
        facts: dict[str, dict[str, object]] = {}
        for g, org, name, src, phase in rows:
            facts.setdefault(g, {"org": org, "name": name, "src": src,
                                 "final": str(phase or "").endswith("/final")})
        return facts

    def statistics(self, graphs: Sequence[str], *, merged: bool,
                   ) -> dict[str, tuple[int, int, int]]:
        """VoID triples, entities (distinct subjects) and classes, per graph and (when
        ``merged``) for the merge of them all ("*")."""
        counts = "(COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?e) (COUNT(DISTINCT ?c) AS ?k)"
        values = " ".join(str(ox.NamedNode(g)) for g in graphs)
        per_graph = self.store.select(_PROLOGUE + f"""
            SELECT ?g {counts} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} VALUES ?g {{ {values} }}
              BIND (IF(?p = rdf:type, ?o, ?none) AS ?c) }} GROUP BY ?g""")
        stats = {row[0]: tuple(row[1:]) for row in per_graph}
        if merged:
            stats["*"] = tuple(self.store.select(_PROLOGUE + f"""
                SELECT {counts} WHERE {{ {{ SELECT DISTINCT ?s ?p ?o WHERE {{
                  GRAPH ?g {{ ?s ?p ?o }} VALUES ?g {{ {values} }} }} }}
                  BIND (IF(?p = rdf:type, ?o, ?none) AS ?c) }}""")[0])
        return stats

    def common(self, dataset: str, places: list[str], stats: tuple[int, int, int]) -> None:
        """What a disclosure's dataset and the collection of them both say."""
        self.add(dataset, RDF.type, DCAT.Dataset, VOID.Dataset)
        for predicate, count in zip((VOID.triples, VOID.entities, VOID.classes), stats,
                                    strict=True):
            self.add(dataset, predicate, _typed(count, XSD.integer))
        theme = self.node(f"{EU}data-theme/GOVE", SKOS.Concept,
                          label="Government and public sector")
        self.add(theme, SKOS.inScheme, f"{EU}data-theme")
        self.add(dataset, DCAT.theme, theme)
        self.add(dataset, DCTERMS.language, self.language("ZHO"))
        self.add(dataset, DCAT.keyword, _text("部门预算", "zh"), _text("知识图谱", "zh"),
                 _text("government budget", "en"), _text("knowledge graph", "en"))
        for ontology, title in self.standards:
            self.add(dataset, DCTERMS.conformsTo, self.node(ontology, DCTERMS.Standard))
            self.add(ontology, DCTERMS.title, title and _text(title, "en"))
        for place in places:
            iri = self.node(f"{self.base}place/{slug(place)}", DCTERMS.Location)
            self.add(iri, SKOS.prefLabel, _text(place, "zh"))
            self.add(dataset, DCTERMS.spatial, iri)
        self.dates(dataset)

    def period(self, dataset: str, first: int, last: int) -> None:
        """China's fiscal year is the calendar year (预算法 第十八条)."""
        iri = self.node(f"{self.base}period/{first}" + (f"-{last}" if last != first else ""),
                        DCTERMS.PeriodOfTime)
        self.add(iri, DCAT.startDate, _typed(f"{first}-01-01", XSD.date))
        self.add(iri, DCAT.endDate, _typed(f"{last}-12-31", XSD.date))
        self.add(dataset, DCTERMS.temporal, iri)

    def dataset(self, doc: StoredDocument, facts: dict, stats: tuple[int, int, int]) -> str:
        key = doc.graph.removeprefix(f"{self.base}disclosure/")
        iri = f"{self.base}dataset/{key if key != doc.graph else slug(doc.graph)}"
        phase = ("部门决算", "final accounts") if facts["final"] else ("部门预算", "budget")
        places = place_of(facts["name"])
        self.common(iri, ["".join(places)] if places else [], stats)
        self.add(iri, DCTERMS.title, _text(doc.title, "zh"), _text(
            f"{doc.year} {phase[1]} disclosure of {facts['name']}", "en"))
        self.add(iri, DCTERMS.description, _text(
            f"从{phase[0]}公开文件 {doc.source} 抽取的知识图谱：{doc.title}。", "zh"), _text(
            f"Knowledge graph extracted by budgetkg from the {phase[1]} disclosure file "
            f"{doc.source}; every entity points to the lines it was read from.", "en"))
        self.add(iri, DCTERMS.identifier, ox.Literal(doc.graph))
        self.add(iri, DCAT.keyword, _text(phase[0], "zh"), _text(facts["name"], "zh"))
        org = self.node(facts["org"], FOAF.Agent, label=None)
        self.add(org, RDF.type, ORG.Organization)
        self.add(org, FOAF.name, _text(facts["name"], "zh"))
        if places:
            kind = "RegionalAuthority" if _REGIONAL.match(places[-1]) else "LocalAuthority"
            self.add(org, DCTERMS.type, self.node(f"{ADMS}publishertype/{kind}", SKOS.Concept,
                                                  label=re.sub(r"(?<!^)([A-Z])", r" \1", kind)))
        self.add(iri, DCTERMS.publisher, org)
        if doc.year is not None:
            self.period(iri, doc.year, doc.year)
        source = self.node(facts["src"], SPDX.File)
        self.add(source, SPDX.fileName, ox.Literal(doc.source))
        self.add(source, SPDX.checksum, self.checksum(f"{facts['src']}/checksum", doc.sha256))
        self.add(iri, PROV.wasDerivedFrom, source)
        return iri

    def collection(self, documents: Sequence[StoredDocument], datasets: dict[str, str],
                   facts: dict[str, dict], stats: tuple[int, int, int]) -> str:
        iri = f"{self.base}dataset/all"
        places = sorted({"".join(place_of(facts[d.graph]["name"])) for d in documents} - {""})
        self.common(iri, places, stats)
        self.add(iri, DCTERMS.title, _text("全部部门预决算公开的知识图谱", "zh"),
                 _text("Knowledge graphs of all the exported budget disclosures", "en"))
        self.add(iri, DCTERMS.description, _text(
            f"{len(documents)} 份公开文件的知识图谱，每份一个命名图。", "zh"), _text(
            f"The knowledge graphs of {len(documents)} disclosures, one named graph each.",
            "en"))
        self.add(iri, DCTERMS.publisher, f"{self.base}agent/{slug(self.p.publisher)}")
        if years := sorted(d.year for d in documents if d.year is not None):
            self.period(iri, years[0], years[-1])
        self.add(iri, DCTERMS.hasPart, *datasets.values())
        self.add(iri, VOID.subset, *datasets.values())
        return iri

    def checksum(self, iri: str, sha256: str) -> str:
        self.node(iri, SPDX.Checksum)
        self.add(iri, SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
        self.add(iri, SPDX.checksumValue, _typed(sha256, XSD.hexBinary))
        return iri

    def distribution(self, dataset: str, file: ExportedFile) -> None:
        iri, fmt, url = f"{dataset}/distribution/{file.format.value}", file.format, \
            (self.p.base_url.rstrip("/") + "/" if self.p.base_url else RELATIVE) + file.path
        self.add(dataset, DCAT.distribution, self.node(iri, DCAT.Distribution))
        self.add(iri, DCTERMS.description, _text(
            f"The dataset as {fmt.media_type}, in {len(file.graphs)} named graph(s); "
            "sorted and byte-identical for the same data.", "en"))
        self.add(iri, DCAT.accessURL, url)
        self.add(iri, DCAT.downloadURL, url)
        self.add(dataset, VOID.dataDump, url)
        self.add(iri, DCAT.mediaType, self.node(IANA + fmt.media_type, DCTERMS.MediaType))
        self.add(iri, DCTERMS["format"], self.node(f"{EU}file-type/{_FILE_TYPES[fmt.value]}",
                                                   DCTERMS.MediaTypeOrExtent))
        self.add(iri, DCAT.byteSize, _typed(file.byte_size, XSD.nonNegativeInteger))
        self.add(iri, SPDX.checksum, self.checksum(f"{iri}/checksum", file.sha256))
        self.add(iri, DCTERMS.license, self.licence())
        self.dates(iri)
