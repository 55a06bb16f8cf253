"""Facts of a policy graph: the documents most cited and the money on them, documents cited
together by the same projects, and projects whose rows cite no identifiable document.

Money per document counts each citing project's whole budget once, however many of its
indicator rows cite the document; a project citing three documents counts towards each.
"""

from __future__ import annotations

import enum
from dataclasses import astuple, dataclass, fields
from decimal import Decimal
from itertools import combinations

import networkx as nx

from budgetkg.query import QueryResult

__all__ = ["CoCitation", "DocumentRank", "FactsTable", "NetworkFacts", "UnbasedProject",
           "network_facts"]


class FactsTable(str, enum.Enum):
    DOCUMENTS = "documents"
    CO_CITED = "co-cited"
    UNBASED = "unbased"


@dataclass(frozen=True)
class DocumentRank:
    policy: str  # the document number, or the title of a document cited without one
    level: str
    indicators: int  # indicator rows citing it
    projects: int  # projects with at least one such row
    amount: Decimal  # yuan: each citing project's budget once
    title: str


@dataclass(frozen=True)
class CoCitation:
    first: str
    second: str
    projects: int  # projects citing both
    amount: Decimal  # yuan: those projects' budgets, each once


@dataclass(frozen=True)
class UnbasedProject:
    code: str
    name: str
    department: str
    year: int | None
    amount: Decimal
    indicators: int
    basis: str  # what the rows say instead: "descriptive 3, empty 1"


@dataclass(frozen=True)
class NetworkFacts:
    """The first ``top`` of each list, and how many there are in all."""

    documents: tuple[DocumentRank, ...]
    co_cited: tuple[CoCitation, ...]
    unbased: tuple[UnbasedProject, ...]
    totals: dict[FactsTable, int]

    def table(self, which: FactsTable) -> QueryResult:
        rows, kind = {FactsTable.DOCUMENTS: (self.documents, DocumentRank),
                      FactsTable.CO_CITED: (self.co_cited, CoCitation),
                      FactsTable.UNBASED: (self.unbased, UnbasedProject)}[which]
        return QueryResult(tuple(f.name for f in fields(kind)), tuple(map(astuple, rows)))


def network_facts(graph: nx.DiGraph, *, top: int = 20) -> NetworkFacts:
    """Rank the documents of a ``policy_graph`` by the indicator rows citing them (then
    projects, then money), the pairs of documents by the projects citing both, and the
    projects with no identifiable basis by their budget."""
    nodes = graph.nodes
    policies = [n for n, kind in nodes(data="kind") if kind == "policy"]
    projects = [n for n, kind in nodes(data="kind") if kind == "project"]
    documents = sorted(
        (DocumentRank(nodes[n]["label"], nodes[n]["level"], nodes[n]["indicators"],
                      nodes[n]["projects"], nodes[n]["amount"], nodes[n]["title"])
         for n in policies),
        key=lambda d: (-d.indicators, -d.projects, -d.amount, d.policy))
    pairs: dict[tuple[str, str], list[Decimal]] = {}
    for project in projects:
        for pair in combinations(sorted(graph.successors(project)), 2):
            pairs.setdefault(pair, []).append(nodes[project]["amount"])
    co_cited = sorted((CoCitation(nodes[a]["label"], nodes[b]["label"], len(amounts),
                                  sum(amounts, Decimal(0))) for (a, b), amounts in pairs.items()),
                      key=lambda c: (-c.projects, -c.amount, c.first, c.second))
    unbased = sorted(
        (UnbasedProject(nodes[p]["code"], nodes[p]["label"],
                        nodes[nodes[p]["department"]]["label"], nodes[p]["year"],
                        nodes[p]["amount"], nodes[p]["indicators"], nodes[p]["basis"])
         for p in projects if nodes[p]["cited"] == 0),
        key=lambda u: (-u.amount, u.code))
    return NetworkFacts(tuple(documents[:top]), tuple(co_cited[:top]), tuple(unbased[:top]),
                        {FactsTable.DOCUMENTS: len(documents),
                         FactsTable.CO_CITED: len(co_cited), FactsTable.UNBASED: len(unbased)})
