"""Store → networkx: departments, their projects and the policy documents they cite.

The graph is read from the store with SPARQL, never by re-parsing documents. Nodes are
keyed by IRI and carry a ``kind``:

- ``department``: label, code (budget unit code)
- ``project``: label, code, amount (``Decimal`` yuan), year, department (its node),
  indicators (rows), cited (rows citing a document), basis (kinds of the other rows),
  source, first_line, last_line
- ``policy``: label, key, number, title, issuer, level (an ``IssuingLevel`` value),
  indicators, projects, amount, cited_at (file and lines of the citing rows)

Edges run department → project (``funds``) and project → policy (``cites``); each carries
``amount`` (yuan) and ``indicators`` (rows), and ``weight`` = indicators. A policy's
``amount`` counts each citing project's budget once, however many of its rows cite it;
the totals describe the graph at hand (``select`` recomputes them for the view).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import networkx as nx

from budgetkg.errors import UsageError
from budgetkg.network.levels import issuing_level, place_levels
from budgetkg.query import policy_key
from budgetkg.store import Store, default_store_path

__all__ = ["policy_graph", "select"]

_RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
# A department and a policy document are described again in every disclosure that names
# them, and Oxigraph matches a triple once per graph holding it: joined over the union of
# the graphs, a document cited by n disclosures would give n^5 rows (a hang at 100
# generated disclosures, where one document is cited by 69). So what is read about them is
# read inside one graph (GRAPH ?g), or as DISTINCT sub-selects joined afterwards.
_PROJECTS = _RDFS + """
SELECT ?project ?code ?name ?amount ?year ?org ?orgName ?unitCode ?disclosure ?first ?last
WHERE {
  GRAPH ?g {
    ?project a bkg:Project ; bkg:projectCode ?code ; bkg:organisation ?org .
    OPTIONAL { ?project rdfs:label ?name }
    OPTIONAL { ?project bkg:budgetAmount ?amount }
    OPTIONAL { ?project bkg:fiscalYear ?year }
    OPTIONAL { ?org rdfs:label ?orgName }
    OPTIONAL { ?org bkg:budgetUnitCode ?unitCode }
    OPTIONAL { ?project bkg:disclosure ?disclosure }
    OPTIONAL { ?project bkg:firstLine ?first OPTIONAL { ?project bkg:lastLine ?stated } }
  }
  BIND (COALESCE(?stated, ?first) AS ?last)
}"""
# Each disclosure's source file, joined to its projects here: as an OPTIONAL path from
# each project it took three quarters of the projects' query (2.4 of 3.2 s at 1,000).
_FILES = """
SELECT ?disclosure ?file WHERE {
  GRAPH ?g { ?disclosure a bkg:Disclosure ; prov:wasDerivedFrom ?source .
             ?source bkg:fileName ?file }
}"""
_INDICATORS = """
SELECT ?indicator ?project ?kind ?document ?first ?last WHERE {
  GRAPH ?g {
    ?indicator a bkg:Indicator ; bkg:project ?project .
    OPTIONAL { ?indicator bkg:basisKind ?kind }
    OPTIONAL { ?indicator bkg:cites ?document }
    OPTIONAL { ?indicator bkg:firstLine ?first OPTIONAL { ?indicator bkg:lastLine ?stated } }
  }
  BIND (COALESCE(?stated, ?first) AS ?last)
}"""
_POLICIES = _RDFS + """
SELECT ?document ?key (SAMPLE(?n) AS ?number) (SAMPLE(?i) AS ?issuer) (MIN(?t) AS ?title)
       (MIN(?l) AS ?label) WHERE {
  { SELECT DISTINCT ?document ?key WHERE {
      GRAPH ?g { ?document a bkg:PolicyDocument ; bkg:policyKey ?key } } }
  OPTIONAL { SELECT DISTINCT ?document ?nn WHERE { ?document bkg:documentNumber ?nn } }
  OPTIONAL { SELECT DISTINCT ?document ?ii WHERE { ?document bkg:issuerCode ?ii } }
  OPTIONAL { SELECT DISTINCT ?document ?tt WHERE {
      GRAPH ?g { ?document a bkg:PolicyDocument ; dct:title ?tt } } }
  OPTIONAL { SELECT DISTINCT ?document ?ll WHERE {
      GRAPH ?g { ?document a bkg:PolicyDocument ; rdfs:label ?ll } } }
  BIND (STR(?nn) AS ?n) BIND (STR(?ii) AS ?i) BIND (STR(?tt) AS ?t) BIND (STR(?ll) AS ?l)
} GROUP BY ?document ?key"""
# Texts that name places: where the store says which county or city it is about.
_PLACE_TEXTS = _RDFS + """
SELECT DISTINCT ?text WHERE {
  GRAPH ?g {
    { ?x a bkg:Department ; rdfs:label ?l } UNION { ?x a bkg:Disclosure ; dct:title ?l }
    UNION { ?x a bkg:PolicyDocument ; dct:title ?l } UNION { ?x a bkg:Project ; rdfs:label ?l }
  }
  BIND (STR(?l) AS ?text)
}"""


def policy_graph(store: Store | Path | str | None = None, *, policy: str | None = None,
                 department: str | None = None, year: int | None = None,
                 depth: int = 2) -> nx.DiGraph:
    """Departments, projects and the policy documents their indicator rows cite, read from
    the store; narrowed with ``select`` when any of the options is given."""
    opened = store if isinstance(store, Store) else Store(store or default_store_path())
    try:
        graph = _read(opened)
    finally:
        if opened is not store:
            opened.close()
    if policy is None and department is None and year is None:
        return graph
    return select(graph, policy=policy, department=department, year=year, depth=depth)


def _read(store: Store) -> nx.DiGraph:
    graph = nx.DiGraph()
    files = dict(store.select(_FILES))
    for (project, code, name, amount, year, org, org_name, unit_code, disclosure, first,
         last) in _sorted(store.select(_PROJECTS)):
        file = files.get(disclosure)
        graph.add_node(org, kind="department", label=org_name or "", code=unit_code or "")
        graph.add_node(project, kind="project", label=name or code, code=code,
                       amount=amount or Decimal(0), year=year, department=org,
                       source=file or "", first_line=first, last_line=last)
        graph.add_edge(org, project, kind="funds")
    places = place_levels(text for (text,) in store.select(_PLACE_TEXTS))
    for document, key, number, issuer, title, label in _sorted(store.select(_POLICIES)):
        level = issuing_level(issuer, title=title, places=places)
        graph.add_node(document, kind="policy", label=label or number or title or key, key=key,
                       number=number or "", title=title or "", issuer=issuer or "",
                       level=level.value)
    rows: dict[str, set] = defaultdict(set)  # project → its indicator rows
    basis: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    lines: dict[tuple[str, str], set] = defaultdict(set)
    for indicator, project, kind, document, first, last in store.select(_INDICATORS):
        if project not in graph:
            continue
        rows[project].add(indicator)
        if document is not None and document in graph:
            lines[project, document].add((indicator, first, last))
        else:
            basis[project][(kind or "").rsplit("/", 1)[-1] or "none"].add(indicator)
    for (project, document), cited in sorted(lines.items()):
        spans = sorted((first, last) for _, first, last in cited if first is not None)
        graph.add_edge(project, document, kind="cites", indicators=len(cited),
                       lines=", ".join(_span(first, last) for first, last in spans))
    for project, kind in graph.nodes(data="kind"):
        if kind == "project":
            cited = {i for d in graph.successors(project) for i, *_ in lines[project, d]}
            graph.nodes[project].update(indicators=len(rows[project]), cited=len(cited),
                                        basis=_basis(basis[project], cited, rows[project]))
    # Documents no project in the store cites (a disclosure's own legal basis) stay out.
    graph.remove_nodes_from([n for n, kind in graph.nodes(data="kind")
                             if kind == "policy" and graph.in_degree(n) == 0])
    return _totals(graph)


def _basis(kinds: dict[str, set], cited: set, rows: set) -> str:
    """What a project's rows that cite no document say instead: "descriptive 3, empty 1"."""
    if not rows:
        return "no indicator rows"
    return ", ".join(f"{kind} {len(found - cited)}" for kind, found in sorted(kinds.items())
                     if found - cited)


def _sorted(rows: list[tuple]) -> list[tuple]:
    # By IRI: the same store gives the same graph, node for node, and so the same files.
    return sorted(rows, key=lambda row: row[0])


def _span(first: int, last: int | None) -> str:
    return str(first) if last in (None, first) else f"{first}–{last}"


def _totals(graph: nx.DiGraph) -> nx.DiGraph:
    """Edge amounts and weights, and each document's totals, from the graph at hand."""
    for source, target, data in graph.edges(data=True):
        if data["kind"] == "funds":
            data["indicators"] = graph.nodes[target].get("indicators", 0)
        data["amount"] = graph.nodes[target if data["kind"] == "funds" else source]["amount"]
        data["weight"] = data["indicators"]
    for node, data in graph.nodes(data=True):
        if data["kind"] != "policy":
            continue
        citing = list(graph.in_edges(node, data=True))
        data["indicators"] = sum(edge["indicators"] for _, _, edge in citing)
        data["projects"] = len(citing)
        data["amount"] = sum((edge["amount"] for _, _, edge in citing), Decimal(0))
        by_file: dict[str, list[str]] = defaultdict(list)
        for project, _, edge in citing:
            by_file[graph.nodes[project]["source"]].append(edge["lines"])
        data["cited_at"] = "; ".join(f"{file}:{', '.join(sorted(spans))}"
                                     for file, spans in sorted(by_file.items()))
    return graph


def select(graph: nx.DiGraph, *, policy: str | None = None, department: str | None = None,
           year: int | None = None, depth: int = 2) -> nx.DiGraph:
    """The part of ``graph`` for one department (label, part of it, or budget unit code)
    and/or year, and within ``depth`` steps of one policy document (number in any bracket
    style, or title): depth 1 is the document and the projects citing it, 2 adds their
    departments and the other documents they cite."""
    projects = [n for n, d in graph.nodes(data=True) if d["kind"] == "project"]
    if department is not None:
        wanted = _department(graph, department)
        projects = [p for p in projects if graph.nodes[p]["department"] in wanted]
    if year is not None:
        years = sorted({graph.nodes[p]["year"] for p in projects} - {None})
        projects = [p for p in projects if graph.nodes[p]["year"] == year]
        if not projects:
            raise UsageError(f"no projects of {year} in this selection; years: "
                             f"{', '.join(map(str, years)) or 'none'}")
    keep = set(projects)
    for project in projects:
        keep.update(graph.predecessors(project))
        keep.update(graph.successors(project))
    view = graph.subgraph(keep).copy()
    if policy is not None:
        key = policy_key(policy)
        found = [n for n, k in view.nodes(data="key") if k == key]
        if not found:
            raise UsageError(f"no policy document {policy!r} ({key}) in this selection; "
                             "see 'budgetkg policies' for the documents cited")
        if depth < 1:
            raise UsageError(f"--depth must be 1 or more, got {depth}")
        view = view.subgraph(nx.ego_graph(view, found[0], radius=depth, undirected=True)).copy()
    return _totals(view)


def _department(graph: nx.DiGraph, text: str) -> set[str]:
    departments = {n: d for n, d in graph.nodes(data=True) if d["kind"] == "department"}
    text = text.strip()
    found = {n for n, d in departments.items() if text in (d["label"], d["code"])}
    found = found or {n for n, d in departments.items() if text and text in d["label"]}
    if not found:
        names = sorted(d["label"] for d in departments.values())
        raise UsageError(f"no department {text!r}; departments: {', '.join(names) or 'none'}")
    return found
