"""Pictures and files of the policy graph: aggregation, graph-file round trips, the page in
headless Chromium (rendered, escaped, offline) and the static images' labels."""

from __future__ import annotations

import html
import io
import json
import random
import re
import shutil
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from PIL import Image as PILImage

from budgetkg.build import build
from budgetkg.network import policy_graph
from budgetkg.store import Store
from budgetkg.visualise import GraphFormat, aggregate, render_graph
from budgetkg.visualise.exports import dot
from budgetkg.visualise.static import image
from budgetkg.visualise.style import LEVEL_COLOURS, shorten

FIXTURE = Path(__file__).parent / "fixtures" / "html-in-names.txt"
SCRIPT_NAME = "<script>alert(1)</script>"
IMG_TITLE = "<img src=x onerror=alert(2)>管理办法"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """The seed and the synthetic fixture whose names hold HTML (closed after building)."""
    path = tmp_path_factory.mktemp("two") / "store"
    build([seed_path, FIXTURE], store=path)
    return path


@pytest.fixture(scope="module")
def graph(store_path: Path) -> nx.DiGraph:
    with Store(store_path) as store:
        return policy_graph(store)


@pytest.fixture(scope="module")
def seed_graph(seed_store) -> nx.DiGraph:
    return policy_graph(seed_store)


def _policy_labels(graph: nx.DiGraph) -> set[str]:
    return {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "policy"}


# Aggregation

def _synthetic(departments: int, projects: int, documents: int) -> nx.DiGraph:
    """A county-sized graph shaped like ``policy_graph``'s, with fixed random citations."""
    rng, graph = random.Random(7), nx.DiGraph()
    levels = list(LEVEL_COLOURS)
    for d in range(documents):
        graph.add_node(f"doc{d}", kind="policy", label=f"文{d}", key=f"no:{d}",
                       level=levels[d % len(levels)], indicators=0, projects=0,
                       amount=Decimal(0))
    for d in range(departments):
        graph.add_node(f"dep{d}", kind="department", label=f"部门{d}", code=str(d))
        for p in range(projects):
            node, amount = f"dep{d}/p{p}", Decimal(rng.randint(1, 10**7)) / 100
            graph.add_node(node, kind="project", label=node, amount=amount, department=f"dep{d}",
                           year=2020 + p % 2, indicators=4, cited=4)
            graph.add_edge(f"dep{d}", node, kind="funds", amount=amount, indicators=4, weight=4)
            for doc in rng.sample(range(documents), 2):
                graph.add_edge(node, f"doc{doc}", kind="cites", amount=amount, indicators=2,
                               weight=2)
                graph.nodes[f"doc{doc}"]["indicators"] += 2
                graph.nodes[f"doc{doc}"]["projects"] += 1
                graph.nodes[f"doc{doc}"]["amount"] += amount
    return graph


def _into(graph: nx.DiGraph, kind: str, field: str) -> Decimal:
    return sum((d[field] for _, t, d in graph.edges(data=True)
                if graph.nodes[t]["kind"] == kind), Decimal(0))


def test_a_graph_within_the_limit_is_drawn_as_it_is(seed_graph) -> None:
    assert aggregate(seed_graph, max_nodes=35) is seed_graph


def test_large_graphs_merge_projects_per_department_and_year() -> None:
    graph = _synthetic(departments=60, projects=50, documents=400)
    assert graph.number_of_nodes() == 3460
    merged = aggregate(graph, max_nodes=2000)
    kinds = [kind for _, kind in merged.nodes(data="kind")]
    assert (kinds.count("project"), kinds.count("projects"), kinds.count("policy")) == (0, 120, 400)
    for field in ("amount", "indicators"):
        assert _into(merged, "projects", field) == _into(graph, "project", field)
        assert _into(merged, "policy", field) == _into(graph, "policy", field)
    for node, data in graph.nodes(data=True):  # each document keeps its own totals
        if data["kind"] == "policy":
            assert merged.nodes[node]["amount"] == data["amount"]
    assert "3000 projects" in merged.graph["note"]


def test_still_too_large_graphs_merge_the_least_cited_documents_per_level() -> None:
    graph = _synthetic(departments=60, projects=50, documents=400)
    merged = aggregate(graph, max_nodes=250)  # 60 departments and 120 bundles leave room
    assert merged.number_of_nodes() == 250     # for 65 documents and one node per level
    others = [n for n in merged if n.startswith("other:")]
    assert sorted(others) == sorted(f"other:{level}" for level in LEVEL_COLOURS)
    assert _into(merged, "policy", "indicators") == _into(graph, "policy", "indicators")
    kept = [n for n, kind in merged.nodes(data="kind") if kind == "policy" and n not in others]
    most = sorted((d["indicators"] for n, d in graph.nodes(data=True)
                   if d["kind"] == "policy"), reverse=True)
    assert sorted((graph.nodes[n]["indicators"] for n in kept), reverse=True) == most[:len(kept)]


# Graph files

@pytest.mark.parametrize("reader", [nx.read_graphml, nx.read_gexf], ids=["graphml", "gexf"])
def test_graph_files_load_back_with_the_same_nodes_edges_and_weights(graph, reader) -> None:
    fmt = GraphFormat.GRAPHML if reader is nx.read_graphml else GraphFormat.GEXF
    loaded = reader(io.BytesIO(render_graph(graph, format=fmt)))
    assert set(loaded) == set(graph)
    assert set(loaded.edges) == set(graph.edges)
    for source, target, data in graph.edges(data=True):
        edge = loaded.edges[source, target]
        assert edge["weight"] == data["weight"]
        assert edge["amount"] == float(data["amount"])
    for node, data in graph.nodes(data=True):
        assert loaded.nodes[node]["label"] == data["label"]


def test_json_keeps_money_exact(graph) -> None:
    body = json.loads(render_graph(graph, format=GraphFormat.JSON))
    loaded = nx.node_link_graph(body, edges="edges")
    assert set(loaded.edges) == set(graph.edges)
    for node, data in graph.nodes(data=True):
        if "amount" in data:
            assert Decimal(loaded.nodes[node]["amount"]) == data["amount"]


def test_dot_quotes_every_label() -> None:
    graph = nx.DiGraph()
    graph.add_node('a"b', kind="policy", label='say "hi" \\ there\nnow', level="county")
    text = dot(graph).decode("utf-8")
    assert '"a\\"b" [' in text
    assert 'label="say \\"hi\\" \\\\ there\\nnow"' in text


def _cli(*args: str, store: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "budgetkg.cli", "graph", *args,
                           "--store", str(store)], capture_output=True, check=False)


def test_graph_command_takes_the_format_from_the_file_name(store_path, tmp_path) -> None:
    out = tmp_path / "links.gexf"
    run = _cli("--year", "2021", "--out", str(out), store=store_path)
    assert run.returncode == 0, run.stderr.decode()
    assert len(nx.read_gexf(out)) == 7
    assert "7 nodes, 6 edges written" in run.stderr.decode()


def test_graph_command_writes_the_page_for_one_policy_to_stdout(store_path) -> None:
    run = _cli("--policy", "昌发[2019]4号", "--depth", "1", store=store_path)
    assert run.returncode == 0, run.stderr.decode()
    page = run.stdout.decode("utf-8")
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    kinds = sorted(node["kind"] for node in json.loads(data.group(1))["nodes"])
    assert kinds == ["policy", "project", "project", "project"]


# The page

def test_page_is_self_contained_and_keeps_untrusted_text_out_of_the_markup(graph) -> None:
    page = render_graph(graph).decode("utf-8")
    assert SCRIPT_NAME not in page and "<img" not in page
    assert page.count("<script") == 2  # the data and the page's own script
    markup = re.sub(r'(<script type="application/json" id="graph-data">).*?(</script>)', "",
                    page, flags=re.S)
    assert not re.search(r"\b(src|href)\s*=|@import|url\(|https?://", markup)


def _chromium(url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    binary = shutil.which("chromium")
    assert binary, "the page tests need headless Chromium: apt-get install chromium"
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    return subprocess.run(
        [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
         "--window-size=1400,900", "--virtual-time-budget=30000", *extra, url],
        capture_output=True, text=True, timeout=300, check=False)


def _status(dom: str) -> dict[str, str]:
    tag = re.search(r'<output id="status"[^>]*>', dom)
    assert tag, "the page wrote no status"
    return dict(re.findall(r'data-(\w+)="([^"]*)"', tag.group()))


@pytest.fixture(scope="module")
def page_file(graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page, with a test hook first in <head> that records any alert() in the DOM."""
    page = render_graph(graph).decode("utf-8")
    hook = "<script>window.alert = (m) => document.body.dataset.alerted = m;</script>"
    path = tmp_path_factory.mktemp("page") / "policy-links.html"
    path.write_text(page.replace("<head>", "<head>" + hook, 1), encoding="utf-8")
    return path


def test_page_renders_every_node_in_chromium_without_errors(graph, page_file, tmp_path) -> None:
    run = _chromium(page_file.as_uri(), tmp_path, "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    status = _status(run.stdout)
    assert status["nodes"] == status["total"] == str(graph.number_of_nodes())
    assert status["edges"] == str(graph.number_of_edges())
    assert status["settled"] == "true"
    assert "errors" not in status
    assert "CONSOLE" not in run.stderr, run.stderr  # the page logs nothing when all is well
    assert "data-alerted" not in run.stdout
    # The untrusted names arrive as text in the node list, never as markup.
    assert f"<td>{html.escape(SCRIPT_NAME, quote=False)}</td>" in run.stdout
    assert f"<td>{html.escape(IMG_TITLE, quote=False)}</td>" in run.stdout


def test_page_filters_by_year_and_department_and_searches(page_file, tmp_path) -> None:
    fixture_only = 7  # its department, two projects, four documents
    for fragment in ("#year=2021", "#department=某某县财政局"):
        run = _chromium(page_file.as_uri() + fragment, tmp_path, "--dump-dom")
        assert _status(run.stdout)["nodes"] == str(fixture_only), fragment
    run = _chromium(page_file.as_uri() + "#q=昌发〔2019〕4号", tmp_path, "--dump-dom")
    assert _status(run.stdout)["matches"] == "1"


def test_page_screenshot_is_taken(page_file, tmp_path) -> None:
    shot = tmp_path / "policy-links.png"
    run = _chromium(page_file.as_uri(), tmp_path, f"--screenshot={shot}")
    assert run.returncode == 0, run.stderr[-2000:]
    with PILImage.open(shot) as picture:
        assert picture.size == (1400, 900)
        colours = {colour for _, colour in picture.convert("RGB").getcolors(1 << 20)}
    county = tuple(int(LEVEL_COLOURS["county"][i:i + 2], 16) for i in (1, 3, 5))
    assert county in colours  # the county documents were drawn in their colour


# Static images

def test_svg_keeps_every_policy_label_as_text(seed_graph) -> None:
    svg = ET.fromstring(render_graph(seed_graph, format=GraphFormat.SVG))
    texts = {"".join(node.itertext()) for node in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert {shorten(label, 30) for label in _policy_labels(seed_graph)} <= texts


def test_svg_shows_untrusted_names_as_text_not_elements(graph) -> None:
    svg = ET.fromstring(render_graph(graph, format=GraphFormat.SVG))
    assert not [e for e in svg.iter() if e.tag.rsplit("}", 1)[-1] in ("script", "img")]
    texts = {"".join(node.itertext()) for node in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert SCRIPT_NAME in texts


def test_png_draws_every_policy_label_with_a_font_that_has_its_glyphs(seed_graph) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        drawn = image(seed_graph, format="png")
    assert not [w for w in caught if "missing from" in str(w.message)]
    assert drawn.font is not None, "no CJK font: apt-get install fonts-noto-cjk"
    wanted = {shorten(label, 30) for label in _policy_labels(seed_graph)}
    assert wanted <= set(drawn.labels)
    font_file = font_manager.findfont(font_manager.FontProperties(family=drawn.font))
    glyphs = FT2Font(font_file).get_charmap()
    assert {ord(c) for label in wanted for c in label} <= set(glyphs)
    with PILImage.open(io.BytesIO(drawn.data)) as picture:
        assert picture.format == "PNG" and picture.height > 500


@pytest.mark.parametrize("fmt", list(GraphFormat), ids=[f.value for f in GraphFormat])
def test_the_same_store_gives_the_same_bytes(seed_store, fmt) -> None:
    first = render_graph(policy_graph(seed_store), format=fmt)
    assert render_graph(policy_graph(seed_store), format=fmt) == first
