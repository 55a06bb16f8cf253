"""The policy graph for other tools: GraphML (Cytoscape, Gephi, yEd), GEXF (Gephi), DOT
(Graphviz) and node-link JSON (d3, networkx).

Node ids are the entities' IRIs. GraphML and GEXF have typed attributes but no decimal
type, so money (``amount``, yuan) is written as a double there: exact to the fen for any
amount below 10¹³ yuan, and the store keeps the exact value. DOT and JSON write money as
exact decimal text. ``weight`` is the number of indicator rows behind an edge.
"""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal

import networkx as nx

from budgetkg.visualise.style import colour


def _typed(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy whose attribute values GraphML and GEXF can type: no None, no Decimal."""
    def clean(data: dict) -> dict:
        return {k: float(v) if isinstance(v, Decimal) else v
                for k, v in data.items() if v is not None}

    typed = nx.DiGraph(**clean(graph.graph))
    typed.add_nodes_from((n, clean(d)) for n, d in graph.nodes(data=True))
    typed.add_edges_from((s, t, clean(d)) for s, t, d in graph.edges(data=True))
    return typed


def graphml(graph: nx.DiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(_typed(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def gexf(graph: nx.DiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(_typed(graph), buffer, encoding="utf-8", prettyprint=True)
    # The writer stamps today's date; without it the same graph gives the same file.
    return re.sub(rb' lastmodifieddate="[^"]*"', b"", buffer.getvalue(), count=1)


def node_link_json(graph: nx.DiGraph) -> bytes:
    data = nx.node_link_data(graph, edges="edges")
    data["graph"] = dict(graph.graph)
    # Decimals stay strings so no JSON reader turns money into a float.
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True,
                      default=lambda v: format(v, "f") if isinstance(v, Decimal) else str(v))
    return (text + "\n").encode("utf-8")


def _quote(value: object) -> str:
    if isinstance(value, Decimal):
        value = format(value, "f")
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def _attributes(data: dict) -> str:
    return ", ".join(f"{key}={_quote(value)}" for key, value in sorted(data.items())
                     if value is not None and value != "")


def dot(graph: nx.DiGraph) -> bytes:
    """Graphviz DOT, left to right (departments → projects → documents), coloured as in
    the page; ``dot -Tsvg`` or ``sfdp`` lay it out."""
    shapes = {"department": "box", "policy": "note"}
    lines = ["digraph policy_links {",
             '  graph [rankdir=LR, fontname="Noto Sans CJK SC", overlap=false];',
             '  node [fontname="Noto Sans CJK SC", style=filled, fontcolor="#ffffff"];']
    for node, data in sorted(graph.nodes(data=True)):
        extra = {"shape": shapes.get(data["kind"], "ellipse"), "fillcolor": colour(data)}
        lines.append(f"  {_quote(node)} [{_attributes({**data, **extra})}];")
    for source, target, data in sorted(graph.edges(data=True)):
        lines.append(f"  {_quote(source)} -> {_quote(target)} [{_attributes(data)}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")
