"""Pictures and files of the policy graph: an interactive page, static images, and graph
files for Gephi, Cytoscape and Graphviz.

``render_graph(graph, format=GraphFormat.HTML)`` gives the bytes of one of them for a
graph from ``budgetkg.network.policy_graph``.
"""

from __future__ import annotations

import enum
from pathlib import Path

import networkx as nx

from budgetkg.visualise import exports
from budgetkg.visualise.aggregate import DEFAULT_MAX_NODES, aggregate
from budgetkg.visualise.html import DEFAULT_TITLE, page

__all__ = ["DEFAULT_MAX_NODES", "GraphFormat", "aggregate", "render_graph"]


class GraphFormat(str, enum.Enum):
    HTML = "html"
    SVG = "svg"
    PNG = "png"
    GRAPHML = "graphml"
    GEXF = "gexf"
    DOT = "dot"
    JSON = "json"

    @classmethod
    def for_path(cls, path: Path) -> GraphFormat | None:
        """The format a file name asks for (``.htm`` and ``.gv`` too), if any."""
        suffix = path.suffix.lower().lstrip(".")
        suffix = {"htm": "html", "gv": "dot"}.get(suffix, suffix)
        return cls(suffix) if suffix in {f.value for f in cls} else None

    @property
    def binary(self) -> bool:
        return self is GraphFormat.PNG


def render_graph(graph: nx.DiGraph, *, format: GraphFormat = GraphFormat.HTML,
                 title: str = DEFAULT_TITLE, max_nodes: int = DEFAULT_MAX_NODES) -> bytes:
    """The graph in one format. The page and the images merge nodes beyond ``max_nodes``
    (images beyond far fewer: labels need room); graph files always hold every node."""
    if format is GraphFormat.HTML:
        return page(graph, title=title, max_nodes=max_nodes).encode("utf-8")
    if format in (GraphFormat.SVG, GraphFormat.PNG):
        from budgetkg.visualise.static import image  # matplotlib loads only when drawing

        return image(graph, format=format.value, title=title).data
    writers = {GraphFormat.GRAPHML: exports.graphml, GraphFormat.GEXF: exports.gexf,
               GraphFormat.DOT: exports.dot, GraphFormat.JSON: exports.node_link_json}
    return writers[format](graph)
