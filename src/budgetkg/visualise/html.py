"""The policy graph as one self-contained HTML page: pan, zoom, hover, search, filters.

The page's script and style (``page.js``, ``page.css``, shipped in this package) are
inlined when it is written, so it opens offline and loads nothing from anywhere. Labels
come from untrusted documents: they travel as JSON inside a ``<script
type="application/json">`` with ``<``, ``>`` and ``&`` escaped, and the script only ever
shows them as text.
"""

from __future__ import annotations

import html
import json
import re
from decimal import Decimal
from importlib.resources import files

import networkx as nx

from budgetkg.visualise.aggregate import DEFAULT_MAX_NODES, aggregate
from budgetkg.visualise.style import (
    EDGE_COLOUR,
    LEVEL_COLOURS,
    LEVEL_NAMES,
    PROJECT_COLOUR,
    PROJECT_KINDS,
    colour,
    money,
    radii,
    shorten,
)

DEFAULT_TITLE = "项目与政策依据 Projects and the policies they rest on"
_SLOT = re.compile(r"__(TITLE|STYLE|SCRIPT|DATA)__")
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                              "\u2028": "\\u2028", "\u2029": "\\u2029"})


def page(graph: nx.DiGraph, *, title: str = DEFAULT_TITLE,
         max_nodes: int = DEFAULT_MAX_NODES) -> str:
    """The page for ``graph``; beyond ``max_nodes`` it shows ``aggregate(graph)``."""
    data = page_data(aggregate(graph, max_nodes=max_nodes))
    assets = files("budgetkg.visualise")
    parts = {"TITLE": html.escape(title),
             "STYLE": assets.joinpath("page.css").read_text(encoding="utf-8"),
             "SCRIPT": assets.joinpath("page.js").read_text(encoding="utf-8"),
             "DATA": json.dumps(data, ensure_ascii=False).translate(_SCRIPT_SAFE)}
    template = assets.joinpath("page.html").read_text(encoding="utf-8")
    # One pass, so text put in one slot is never read as another slot.
    return _SLOT.sub(lambda m: parts[m.group(1)], template)


def page_data(graph: nx.DiGraph) -> dict:
    """What the page's script draws: nodes with their look and tooltip, edges by index."""
    order = sorted(graph.nodes, key=lambda n: (graph.nodes[n]["kind"], n))
    index = {node: i for i, node in enumerate(order)}
    departments = sorted((n for n in order if graph.nodes[n]["kind"] == "department"),
                         key=lambda n: (graph.nodes[n]["label"], n))
    department_index = {node: i for i, node in enumerate(departments)}
    sizes = radii(graph)
    nodes = []
    for node in order:
        data = graph.nodes[node]
        info = _info(graph, node)
        own = node if data["kind"] == "department" else data.get("department")
        nodes.append({
            "kind": data["kind"], "label": data["label"], "code": _code(data),
            "level": data.get("level", ""), "r": sizes[node], "c": colour(data),
            "dep": department_index.get(own, -1), "year": data.get("year"),
            "unbased": data["kind"] in PROJECT_KINDS and data.get("cited") == 0,
            "find": " ".join(v for _, v in info).lower(), "info": info})
    edges = [[index[s], index[t], d.get("indicators", 0)] for s, t, d in graph.edges(data=True)]
    years = sorted({d.get("year") for _, d in graph.nodes(data=True)} - {None})
    legend = [[LEVEL_NAMES[level], fill, False] for level, fill in LEVEL_COLOURS.items()]
    legend += [["部门 department", colour({"kind": "department"}), False],
               ["项目 project (大小=预算 size = budget)", PROJECT_COLOUR, False],
               ["空心=无可识别依据 hollow = no identifiable basis", PROJECT_COLOUR, True]]
    return {"nodes": nodes, "edges": edges, "edge": EDGE_COLOUR, "years": years,
            "departments": [graph.nodes[n]["label"] for n in departments],
            "legend": legend, "note": graph.graph.get("note", "")}


def _code(data: dict) -> str:
    return data.get("number") or data.get("code") or ""


def _info(graph: nx.DiGraph, node: str) -> list[tuple[str, str]]:
    """The tooltip: (what, value) pairs, every value plain text."""
    data = graph.nodes[node]
    kind = data["kind"]
    department = graph.nodes.get(data.get("department"), {}).get("label", "")
    if kind == "department":
        funded = [graph.nodes[p] for p in graph.successors(node)]
        rows = [("部门 department", data["label"]), ("预算单位编码 unit code", data["code"]),
                ("项目 projects", str(sum(p.get("count", 1) for p in funded))),
                ("预算 budget", money(sum((p["amount"] for p in funded), Decimal(0))))]
    elif kind == "policy":
        rows = [("文件 document", data["label"]), ("发文字号 number", data["number"]),
                ("标题 title", data["title"]), ("机关代字 issuer", data["issuer"]),
                ("层级 level", LEVEL_NAMES.get(data["level"], data["level"])),
                ("引用 cited by", f"{data['indicators']} 指标 indicator rows, "
                                  f"{data['projects']} 项目 projects"),
                ("资金 money", money(data["amount"])),
                ("出处 cited at", shorten(data["cited_at"], 400))]
    else:
        lines = _lines(data)
        rows = [("项目 project", data["label"]), ("项目编码 code", data.get("code", "")),
                ("项目数 projects", str(data.get("count", ""))),
                ("部门 department", department), ("年度 year", str(data.get("year") or "")),
                ("预算 budget", money(data["amount"])),
                ("指标 indicator rows", f"{data['indicators']}, 引用文件 citing a document "
                                       f"{data['cited']}"),
                ("其他依据 other basis", data.get("basis", "")),
                ("来源 source", f"{data.get('source', '')}:{lines}" if lines else "")]
    return [(key, value) for key, value in rows if value]


def _lines(data: dict) -> str:
    first, last = data.get("first_line"), data.get("last_line")
    if first is None:
        return ""
    return str(first) if last in (None, first) else f"{first}–{last}"
