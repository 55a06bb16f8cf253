"""What every picture of the policy graph shares: colours, sizes, money as text, labels.

Colours are the Okabe–Ito palette, told apart by colour-blind readers too.
"""

from __future__ import annotations

import math
from decimal import Decimal

import networkx as nx

from budgetkg.network import IssuingLevel

LEVEL_COLOURS = {
    IssuingLevel.CENTRAL.value: "#D55E00",
    IssuingLevel.PROVINCE.value: "#E69F00",
    IssuingLevel.CITY.value: "#009E73",
    IssuingLevel.COUNTY.value: "#0072B2",
    IssuingLevel.UNKNOWN.value: "#999999",
}
LEVEL_NAMES = {"central": "中央 central", "province": "省 province", "city": "市 city",
               "county": "县 county", "unknown": "未知 unknown"}
DEPARTMENT_COLOUR = "#000000"
PROJECT_COLOUR = "#CC79A7"
EDGE_COLOUR = "#9a9a9a"
PROJECT_KINDS = ("project", "projects")  # one project, or the projects of an aggregate


def colour(data: dict) -> str:
    if data["kind"] == "policy":
        return LEVEL_COLOURS.get(data.get("level", ""), LEVEL_COLOURS["unknown"])
    return DEPARTMENT_COLOUR if data["kind"] == "department" else PROJECT_COLOUR


def radii(graph: nx.DiGraph, *, smallest: float = 4.0, largest: float = 22.0,
          ) -> dict[str, float]:
    """Node radius in pixels: projects by budget (area grows with money), documents by the
    indicator rows citing them, departments fixed."""
    most = max((d["amount"] for _, d in graph.nodes(data=True) if d["kind"] in PROJECT_KINDS),
               default=Decimal(0))
    cited = max((d["indicators"] for _, d in graph.nodes(data=True) if d["kind"] == "policy"),
                default=0)
    sizes = {}
    for node, data in graph.nodes(data=True):
        if data["kind"] in PROJECT_KINDS:
            share = float(data["amount"] / most) if most else 0.0
        elif data["kind"] == "policy":
            share = data["indicators"] / cited if cited else 0.0
        else:
            share = 0.6
        sizes[node] = round(smallest + (largest - smallest) * math.sqrt(max(share, 0.0)), 1)
    return sizes


def money(amount: Decimal) -> str:
    """``10万元 (100,000 元)``: exact, in the unit disclosures use and in yuan."""
    return f"{_plain(amount.scaleb(-4))}万元 ({_plain(amount)} 元)"


def _plain(value: Decimal) -> str:
    return format(value.normalize(), ",f") if value else "0"


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
