"""The policy network read from the store: issuing levels, the graph, views of it, and the
facts the ``policies`` command reports."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from budgetkg.build import build
from budgetkg.errors import UsageError
from budgetkg.network import (
    FactsTable,
    IssuingLevel,
    issuing_level,
    network_facts,
    place_levels,
    policy_graph,
    select,
)
from budgetkg.network.levels import places_in
from budgetkg.query import run_query
from budgetkg.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "html-in-names.txt"
C, P, CITY, K, U = (IssuingLevel.CENTRAL, IssuingLevel.PROVINCE, IssuingLevel.CITY,
                    IssuingLevel.COUNTY, IssuingLevel.UNKNOWN)


@pytest.fixture(scope="module")
def two_store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path):
    """The seed (a county department, 2020) and the synthetic fixture (another, 2021)."""
    path = tmp_path_factory.mktemp("two") / "store"
    build([seed_path, FIXTURE], store=path)
    with Store(path) as store:
        yield store


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """The same two documents in a store no test holds open, for the command line."""
    path = tmp_path_factory.mktemp("cli") / "store"
    build([seed_path, FIXTURE], store=path)
    return path


@pytest.fixture(scope="module")
def graph(seed_store):
    return policy_graph(seed_store)


def _policy(graph, label: str) -> dict:
    found = [d for _, d in graph.nodes(data=True) if d.get("label") == label]
    assert len(found) == 1, f"{label}: {len(found)} nodes"
    return found[0]


@pytest.mark.parametrize(("issuer", "title", "places", "level"), [
    ("财预", None, {}, C),
    ("国办发", "国务院办公厅关于…的通知", {}, C),
    ("冀财预", None, {}, P),
    ("昌发", "中共昌黎县委、昌黎县人民政府关于…的通知", {}, K),  # the title names its issuer
    ("昌字", None, {"昌": K}, K),  # the store knows 昌黎县
    ("秦办", None, {"秦": CITY}, CITY),  # the store knows 秦皇岛市
    ("青发", "中共青龙满族自治县委关于…的通知", {}, K),  # title beats the abbreviation 青
    ("青发", None, {"青": K}, P),  # the documented limit: the abbreviation wins
    ("某发", None, {}, U),
    (None, "2019年秦皇岛市基层党建工作要点", {}, CITY),
    (None, "中华人民共和国预算法", {}, C),
    (None, "河北省秦皇岛市干部管理办法", {}, P),  # the first issuer named
    (None, "干部考核条例", {"干": K}, U),  # a bare title names no issuer
])
def test_issuing_level_follows_the_documented_rule(issuer, title, places, level) -> None:
    assert issuing_level(issuer, title=title, places=places) is level


def test_place_names_are_read_from_organ_names_and_titles() -> None:
    assert places_in("中国共产党昌黎县委员会组织部") == [(5, "昌黎县", K)]
    assert [name for _, name, _ in places_in("中共河北省委、河北省秦皇岛市人民政府")] == [
        "河北省", "河北省", "秦皇岛市"]
    assert places_in("推动全县经济社会高质量发展") == []  # 全县 is no place


def test_a_first_character_naming_two_levels_decides_nothing() -> None:
    levels = place_levels(["昌黎县财政局", "秦皇岛市财政局", "秦安县财政局"])
    assert levels == {"昌": K}


def test_seed_documents_get_their_issuing_levels(graph) -> None:
    levels = {d["label"]: d["level"] for _, d in graph.nodes(data=True) if d["kind"] == "policy"}
    assert levels == {
        "昌发〔2019〕4号": "county", "昌字〔2017〕124号": "county", "昌字〔2008〕11号": "county",
        "昌人才〔2005〕1号": "county", "昌人才〔2005〕3号": "county", "昌组〔2018〕53号": "county",
        "昌黎县科级干部工作日志管理办法（试行）": "county",
        "昌黎县人才开发专项资金使用协议书": "county", "昌黎县优秀人才选拔管理办法": "county",
        "秦办〔2019〕19号": "city", "2019年秦皇岛市基层党建工作要点": "city",
        "中共秦皇岛市委组织部关于开展大组工网分级保护建设工程招标及下步工作的通知": "city",
        "冀党建字〔2019〕1号": "province", "冀组字〔2015〕26号": "province",
        "干部教育培训工作条例": "unknown", "干部档案工作条例": "unknown", "干部考核条例": "unknown",
        "建国前老党员补贴办法": "unknown"}


def test_graph_holds_departments_projects_and_cited_documents(graph) -> None:
    kinds = [kind for _, kind in graph.nodes(data="kind")]
    assert (kinds.count("department"), kinds.count("project"), kinds.count("policy")) == (1, 16, 18)
    for source, target, edge in graph.edges(data=True):
        assert edge["weight"] == edge["indicators"] > 0
        project = graph.nodes[target if edge["kind"] == "funds" else source]
        assert edge["amount"] == project["amount"]
        assert isinstance(edge["amount"], Decimal)


def test_citation_counts_agree_with_the_stored_policies_query(graph, seed_store) -> None:
    by_key = {d["key"]: d for _, d in graph.nodes(data=True) if d["kind"] == "policy"}
    rows = run_query("policies", store=seed_store).as_dicts()
    assert sorted(by_key) == sorted(row["policy"] for row in rows)
    for row in rows:
        node = by_key[row["policy"]]
        assert (node["projects"], node["indicators"]) == (row["projects"], row["indicators"])


def test_money_per_document_counts_each_citing_project_once(graph, seed_store) -> None:
    for _, node in graph.nodes(data=True):
        if node["kind"] == "policy":
            rows = run_query("by_policy", params={"policy": node["label"]}, store=seed_store)
            assert node["amount"] == sum(row["amount"] for row in rows.as_dicts())
    # Two projects cite it in 4 rows each: 100,000 + 1,000,000 yuan, each budget once.
    assert _policy(graph, "昌发〔2019〕4号")["amount"] == Decimal("1100000")


def test_policy_view_reaches_as_far_as_depth(graph) -> None:
    near = select(graph, policy="昌发[2019]4号", depth=1)
    assert sorted(kind for _, kind in near.nodes(data="kind")) == ["policy", "project", "project"]
    wider = select(graph, policy="昌发（2019）4号", depth=2)
    projects = [n for n, kind in near.nodes(data="kind") if kind == "project"]
    expected = set(near) | {n for p in projects for n in graph.predecessors(p)}
    expected |= {n for p in projects for n in graph.successors(p)}
    assert set(wider) == expected


def test_views_recompute_document_totals(two_store) -> None:
    everything = policy_graph(two_store)
    assert _policy(everything, "昌发〔2019〕4号")["projects"] == 3
    assert _policy(everything, "昌发〔2019〕4号")["amount"] == Decimal("1200000")
    county = policy_graph(two_store, department="财政局", year=2021)
    assert _policy(county, "昌发〔2019〕4号")["projects"] == 1
    assert _policy(county, "昌发〔2019〕4号")["amount"] == Decimal("100000")
    kinds = sorted(kind for _, kind in county.nodes(data="kind"))
    assert kinds == ["department"] + ["policy"] * 4 + ["project"] * 2


def test_a_department_in_many_disclosures_is_read_once_per_project(
        tmp_path: Path, seed_path: Path, monkeypatch) -> None:
    # A department, like a policy document, is described again in each disclosure naming
    # it; joined over all graphs, each of its statements multiplied the rows (n^5 for a
    # document cited n times: a hang at 100 generated disclosures).
    years = tmp_path / "years"
    years.mkdir()
    text = seed_path.read_text(encoding="utf-8")
    for year in (2020, 2021, 2022):
        (years / f"{year}.txt").write_text(text.replace("2020", str(year)), encoding="utf-8")
    build([years], store=tmp_path / "store")
    answered: list[int] = []
    with Store(tmp_path / "store") as store:
        select_rows = store.select
        monkeypatch.setattr(store, "select", lambda *a: answered.append(len(rows := select_rows(
            *a))) or rows)
        graph = policy_graph(store)
    projects = [d for _, d in graph.nodes(data=True) if d["kind"] == "project"]
    assert len(projects) == 3 * 16
    assert {d["source"] for d in projects} == {"2020.txt", "2021.txt", "2022.txt"}
    assert _policy(graph, "昌发〔2019〕4号")["projects"] == 3 * 2
    assert len(graph) == 1 + 3 * 16 + 18  # one department, its projects, the documents
    # The longest answer is the indicator rows' (one per row and cited document: 69 in the
    # seed), and the projects' has a row per project, not per project and department label.
    assert max(answered) == 3 * 69 and 3 * 16 in answered


@pytest.mark.parametrize(("options", "message"), [
    ({"department": "教育局"}, "departments: 中国共产党昌黎县委员会组织部, 某某县财政局"),
    ({"year": 1999}, "years: 2020, 2021"),
    ({"policy": "国发〔2099〕1号"}, "no policy document"),
    ({"policy": "昌发〔2019〕4号", "depth": 0}, "--depth"),
])
def test_unknown_selections_say_what_is_there(two_store, options, message) -> None:
    with pytest.raises(UsageError, match=message):
        policy_graph(two_store, **options)


def test_facts_rank_documents_pairs_and_projects_without_basis(two_store) -> None:
    facts = network_facts(policy_graph(two_store), top=3)
    assert [(d.policy, d.indicators, d.projects, d.amount) for d in facts.documents] == [
        ("昌发〔2019〕4号", 9, 3, Decimal("1200000")),
        ("昌字〔2017〕124号", 5, 1, Decimal("65000")),
        ("冀党建字〔2019〕1号", 4, 1, Decimal("1000000"))]
    # 18 seed documents and 4 of the fixture's, 昌发〔2019〕4号 in both.
    assert facts.totals == {FactsTable.DOCUMENTS: 21, FactsTable.CO_CITED: 12,
                            FactsTable.UNBASED: 1}
    everything = network_facts(policy_graph(two_store), top=100)
    pairs = {(c.first, c.second): (c.projects, c.amount) for c in everything.co_cited}
    assert pairs[("冀财预〔2019〕5号", "财预〔2020〕10号")] == (1, Decimal("100000"))
    [unbased] = facts.unbased
    assert (unbased.name, unbased.department, unbased.year, unbased.amount, unbased.basis) == (
        "档案整理", "某某县财政局", 2021, Decimal("50000"), "descriptive 1, empty 1")
    table = facts.table(FactsTable.UNBASED)
    assert table.columns == ("code", "name", "department", "year", "amount", "indicators",
                             "basis")


def _cli(*args: str, store: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "budgetkg.cli", *args, "--store", str(store)],
                          capture_output=True, text=True, check=False)


def test_policies_command_writes_json_with_exact_money(cli_store) -> None:
    result = _cli("policies", "--top", "2", "--format", "json", store=cli_store)
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["documents"][0] == {"policy": "昌发〔2019〕4号", "level": "county",
                                    "indicators": 9, "projects": 3, "amount": "1200000",
                                    "title": body["documents"][0]["title"]}
    assert body["unbased"][0]["name"] == "档案整理"
    assert body["totals"] == {"documents": 21, "co-cited": 12, "unbased": 1}


def test_policies_command_writes_one_list_as_csv(cli_store) -> None:
    result = _cli("policies", "--format", "csv", "--show", "co-cited", "--top", "1",
                  store=cli_store)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "first,second,projects,amount"
    assert len(result.stdout.splitlines()) == 2


def test_graph_command_reports_an_unknown_department_as_usage(cli_store) -> None:
    result = _cli("graph", "--department", "教育局", "--format", "json", store=cli_store)
    assert result.returncode == 2
    assert "no department '教育局'" in result.stderr
