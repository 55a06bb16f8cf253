"""The policy graph as a static SVG or PNG, drawn with matplotlib in three columns:
departments → projects → policy documents, so every label has a line of its own.

Chinese labels need a CJK font: the first installed of ``CJK_FONTS`` (Debian:
``fonts-noto-cjk``). SVG keeps labels as text (searchable, selectable) and names the font
for the viewer; PNG draws the glyphs. ``Image.labels`` and ``Image.font`` say what was
drawn with what, so a caller can check a picture without reading its pixels.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from statistics import mean

import matplotlib
import networkx as nx

matplotlib.use("Agg")  # no display: draw to files only
from matplotlib import font_manager, pyplot
from matplotlib.lines import Line2D

from budgetkg.visualise.aggregate import aggregate
from budgetkg.visualise.style import (
    EDGE_COLOUR,
    LEVEL_COLOURS,
    LEVEL_NAMES,
    PROJECT_COLOUR,
    PROJECT_KINDS,
    colour,
    radii,
    shorten,
)

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei",
             "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei", "PingFang SC",
             "SimHei")
MAX_NODES = 300  # beyond this an image merges nodes: past it labels cannot be read
_COLUMN = {"department": 0, "project": 1, "projects": 1, "policy": 2}
_ROW = 0.26  # inches per label line


@dataclass(frozen=True)
class Image:
    data: bytes
    labels: tuple[str, ...]  # every text drawn, as given to the renderer
    font: str | None  # the CJK font used, None when none is installed


def cjk_font() -> str | None:
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def positions(graph: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Three columns; projects grouped by department, documents placed next to the
    projects that cite them (mean row) so lines cross as little as a quick rule allows."""
    nodes = graph.nodes
    departments = sorted((n for n in graph if nodes[n]["kind"] == "department"),
                         key=lambda n: (nodes[n]["label"], n))
    rank = {n: i for i, n in enumerate(departments)}
    projects = sorted((n for n in graph if nodes[n]["kind"] in PROJECT_KINDS),
                      key=lambda n: (rank.get(nodes[n].get("department"), -1),
                                     -nodes[n]["amount"], n))
    row = {n: i for i, n in enumerate(projects)}
    policies = sorted((n for n in graph if nodes[n]["kind"] == "policy"),
                      key=lambda n: (mean([row[p] for p in graph.predecessors(n) if p in row]
                                          or [0]), n))
    height = max(len(departments), len(projects), len(policies), 1)
    placed = {}
    for column, members in enumerate((departments, projects, policies)):
        step = height / max(len(members), 1)
        for i, node in enumerate(members):
            placed[node] = (float(column), -(i + 0.5) * step)
    return placed


def image(graph: nx.DiGraph, *, format: str = "png", title: str = "") -> Image:
    shown = aggregate(graph, max_nodes=MAX_NODES)
    font = cjk_font()
    family = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    place = positions(shown)
    height = max((-y for _, y in place.values()), default=1) + 1
    with pyplot.rc_context({"font.family": family, "svg.fonttype": "none",
                            "svg.hashsalt": "budgetkg"}):
        figure, axes = pyplot.subplots(figsize=(16, max(4.0, height * _ROW + 1.5)))
        _draw(shown, place, axes)
        if title:
            axes.set_title(title, loc="left", fontsize=12)
        axes.set_xlim(-0.9, 3.0)
        axes.set_ylim(-height, 0.5)
        axes.axis("off")
        labels = tuple(text.get_text() for text in axes.texts)
        buffer = io.BytesIO()
        # No creation date in the file: the same graph gives the same bytes.
        figure.savefig(buffer, format=format, dpi=110, bbox_inches="tight",
                       metadata={"Date": None} if format == "svg" else {"Software": None})
        pyplot.close(figure)
    return Image(buffer.getvalue(), labels, font)


def _draw(graph: nx.DiGraph, place: dict, axes) -> None:
    sizes = radii(graph, smallest=3.0, largest=12.0)
    for source, target, data in graph.edges(data=True):
        (x0, y0), (x1, y1) = place[source], place[target]
        axes.plot([x0, x1], [y0, y1], color=EDGE_COLOUR, alpha=0.5, zorder=1,
                  linewidth=0.5 + 0.4 * data.get("indicators", 0) ** 0.5)
    for node, data in graph.nodes(data=True):
        x, y = place[node]
        hollow = data["kind"] in PROJECT_KINDS and data.get("cited") == 0
        axes.scatter([x], [y], s=(2 * sizes[node]) ** 2, zorder=2, linewidths=1.5,
                     marker="s" if data["kind"] == "department" else "o",
                     c="white" if hollow else colour(data), edgecolors=colour(data))
        gap = (sizes[node] + 3) * (-1 if data["kind"] == "department" else 1)
        axes.annotate(shorten(data["label"], 30), (x, y), xytext=(gap, 0), fontsize=8,
                      textcoords="offset points", ha="right" if gap < 0 else "left",
                      va="center", zorder=3, bbox={"boxstyle": "round,pad=0.1", "fc": "white",
                                                   "ec": "none", "alpha": 0.7})
    handles = [Line2D([], [], marker="o", linestyle="", color=fill, label=LEVEL_NAMES[level])
               for level, fill in LEVEL_COLOURS.items()]
    handles += [Line2D([], [], marker="s", linestyle="", color="black", label="部门 department"),
                Line2D([], [], marker="o", linestyle="", color=PROJECT_COLOUR,
                       label="项目 project (大小=预算 size = budget)"),
                Line2D([], [], marker="o", linestyle="", color=PROJECT_COLOUR,
                       markerfacecolor="white",
                       label="空心=无可识别依据 hollow = no identifiable basis")]
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, 0.0), fontsize=8,
                ncols=4, frameon=False)
