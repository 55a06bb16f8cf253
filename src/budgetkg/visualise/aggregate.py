"""Keep a large policy graph drawable: merge nodes until at most ``max_nodes`` remain.

A browser draws a few thousand nodes smoothly and labels far fewer, so beyond the limit
the projects of each department and year become one node (``kind="projects"``), and if
that is still too many, the least-cited documents of each issuing level become one node
(``key="other:<level>"``). Money and indicator rows are summed, never dropped: each
department's outgoing money, and each document's incoming rows, are what they were.
"""

from __future__ import annotations

from decimal import Decimal

import networkx as nx

from budgetkg.visualise.style import LEVEL_NAMES

DEFAULT_MAX_NODES = 2000


def aggregate(graph: nx.DiGraph, *, max_nodes: int = DEFAULT_MAX_NODES) -> nx.DiGraph:
    """``graph`` itself when small enough, else a merged copy whose ``graph["note"]`` says
    what was merged."""
    if graph.number_of_nodes() <= max_nodes:
        return graph
    merged = _bundle_projects(graph)
    projects = sum(1 for _, kind in graph.nodes(data="kind") if kind == "project")
    note = f"{projects} projects shown as one node per department and year"
    if merged.number_of_nodes() > max_nodes:
        kept = _merge_documents(merged, max_nodes)
        note += f"; the {kept} most-cited documents shown, the others one node per level"
    merged.graph["note"] = note + " (budgetkg graph --department NAME shows its projects)"
    return merged


def _add(graph: nx.DiGraph, source: str, target: str, amount: Decimal, rows: int,
         kind: str) -> None:
    if graph.has_edge(source, target):
        edge = graph.edges[source, target]
        edge["amount"] += amount
        edge["indicators"] += rows
        edge["weight"] = edge["indicators"]
    else:
        graph.add_edge(source, target, kind=kind, amount=amount, indicators=rows, weight=rows)


def _bundle_projects(graph: nx.DiGraph) -> nx.DiGraph:
    merged = nx.DiGraph(**graph.graph)
    merged.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if d["kind"] != "project")
    for node, data in graph.nodes(data=True):
        if data["kind"] != "project":
            continue
        bundle = f"{data['department']}#projects-{data['year']}"
        if bundle not in merged:
            merged.add_node(bundle, kind="projects", department=data["department"],
                            year=data["year"], count=0, amount=Decimal(0), indicators=0,
                            cited=0, code="")
        total = merged.nodes[bundle]
        total["count"] += 1
        total["amount"] += data["amount"]
        total["indicators"] += data["indicators"]
        total["cited"] += data["cited"]
        owner = graph.nodes[data["department"]]["label"]
        total["label"] = f"{owner} {data['year'] or ''} · {total['count']} 个项目 projects"
        _add(merged, data["department"], bundle, data["amount"], data["indicators"], "funds")
        for _, policy, edge in graph.out_edges(node, data=True):
            _add(merged, bundle, policy, edge["amount"], edge["indicators"], "cites")
    return merged


def _merge_documents(graph: nx.DiGraph, max_nodes: int) -> int:
    """Merge the least-cited documents into one node per level, in place; returns how many
    documents keep a node of their own."""
    policies = sorted((n for n, kind in graph.nodes(data="kind") if kind == "policy"),
                      key=lambda n: (-graph.nodes[n]["indicators"], -graph.nodes[n]["projects"],
                                     -graph.nodes[n]["amount"], graph.nodes[n]["key"]))
    others = graph.number_of_nodes() - len(policies)
    room = max(max_nodes - others - len(LEVEL_NAMES), 0)
    for policy in policies[room:]:
        data = graph.nodes[policy]
        level = data["level"]
        other = f"other:{level}"
        if other not in graph:
            graph.add_node(other, kind="policy", key=other, level=level, count=0, number="",
                           title="", issuer="", indicators=0, projects=0, amount=Decimal(0),
                           cited_at="")
        total = graph.nodes[other]
        total["count"] += 1
        for field in ("indicators", "projects", "amount"):
            total[field] += data[field]
        total["label"] = f"其他 other {LEVEL_NAMES[level]} ×{total['count']}"
        for source, _, edge in graph.in_edges(policy, data=True):
            _add(graph, source, other, edge["amount"], edge["indicators"], "cites")
        graph.remove_node(policy)
    return min(room, len(policies))
