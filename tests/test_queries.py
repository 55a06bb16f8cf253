"""The bundled queries: headers that match their SPARQL, parameters bound safely, policy
numbers found however they are written, and output formats that agree."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from rich.console import Console

import budgetkg
from budgetkg.build import build
from budgetkg.query import QueryResult, parse_query
from budgetkg.render import cell, print_table
from budgetkg.store import Store

ROOT = Path(__file__).resolve().parents[1]
QUERY_FILES = sorted((ROOT / "queries").glob("*.rq"))
BY_POLICY_ROWS = [("203-0403-JBN-CA0Q", Decimal("100000")),
                  ("203-0403-JBN-TQ0D", Decimal("1000000"))]
POLICY_SPELLINGS = ["昌发[2019]4号", "昌发〔2019〕4号", "昌发（2019）4号", "昌发(2019)4号",
                    "昌发【2019】4号", "昌发﹝2019﹞4号", "昌发［2019］4号", "昌发〔２０１９〕４号"]
INJECTION = 'x" } } ; DROP ALL ; #'


def run_cli(*args: object, store: Path, env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "BUDGETKG_STORE": str(store), **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", "from budgetkg.cli import main; main()", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=full_env, check=False)


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """A closed store holding the seed, for commands run in another process."""
    path = tmp_path_factory.mktemp("cli-store") / "store"
    assert not build([seed_path], store=path).failures
    return path


def split_query(text: str) -> tuple[list[str], str]:
    """The variables a SELECT returns, in order (``(… AS ?x)`` counts as ``?x``), and the
    text of its WHERE body."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    found = re.search(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\bWHERE\b", body,
                      re.DOTALL | re.IGNORECASE)
    assert found, "no SELECT … WHERE"
    top, group, depth = [], [], 0
    for char in found.group(1):
        if char == "(":
            depth += 1
            if depth == 1:
                group = []
                continue
        elif char == ")":
            depth -= 1
            if depth == 0:
                alias = re.search(r"\bAS\s+\?(\w+)\s*$", "".join(group), re.IGNORECASE)
                assert alias, f"an expression without AS in SELECT: ({''.join(group)})"
                top.append(f" ?{alias.group(1)} ")
                continue
        (group if depth else top).append(char)
    return re.findall(r"\?(\w+)", "".join(top)), body[found.end():]


def example_params(example: str) -> dict[str, str]:
    args = shlex.split(example)
    return dict(args[i + 1].split("=", 1) for i, arg in enumerate(args)
                if arg in ("--param", "-p"))


def table_rows(text: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a rich table printed wide enough not to fold any cell."""
    def cells(line: str, bar: str) -> list[str]:
        return [part.strip() for part in line.strip().split(bar)[1:-1]]
    header = next(cells(line, "┃") for line in text.splitlines() if line.startswith("┃"))
    return header, [cells(line, "│") for line in text.splitlines() if line.startswith("│")]


# Headers


def test_every_query_file_is_listed():
    assert QUERY_FILES
    assert [q.name for q in budgetkg.list_queries()] == [p.stem for p in QUERY_FILES]


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_header_is_complete(path: Path):
    query = parse_query(path.read_text(encoding="utf-8"), path=path)
    assert query.name == path.stem
    assert query.description
    assert query.columns
    assert query.example.startswith(f"budgetkg query {path.stem}")
    for parameter in query.parameters:
        assert parameter.kind in ("policy", "integer", "string", "zh"), parameter
        assert parameter.description, parameter


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_header_columns_are_the_first_select_variables(path: Path):
    query = parse_query(path.read_text(encoding="utf-8"), path=path)
    variables, _ = split_query(query.text)
    assert tuple(variables[:len(query.columns)]) == query.columns


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_parameters_are_selected_and_used(path: Path):
    # Oxigraph binds a substitution only for a variable the query returns.
    query = parse_query(path.read_text(encoding="utf-8"), path=path)
    variables, where = split_query(query.text)
    for parameter in query.parameters:
        assert parameter.name in variables, parameter.name
        assert re.search(rf"\?{parameter.name}\b", where), parameter.name


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_example_command_runs(path: Path, cli_store: Path):
    query = parse_query(path.read_text(encoding="utf-8"), path=path)
    command, *args = shlex.split(query.example)
    assert command == "budgetkg"
    result = run_cli(*args, store=cli_store)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


# by_policy


@pytest.mark.parametrize("policy", POLICY_SPELLINGS)
def test_by_policy_finds_a_number_in_any_bracket_style(policy: str, seed_store: Store):
    result = budgetkg.query("by_policy", params={"policy": policy}, store=seed_store)
    assert result.columns == ("code", "name", "department", "year", "amount")
    rows = [(row["code"], row["amount"]) for row in result.as_dicts()]
    assert rows == BY_POLICY_ROWS
    assert all(type(amount) is Decimal for _, amount in rows)


@pytest.mark.parametrize("policy", ["《干部教育培训工作条例》", "干部教育培训工作条例"])
def test_by_policy_finds_a_title_only_policy(policy: str, seed_store: Store):
    result = budgetkg.query("by_policy", params={"policy": policy}, store=seed_store)
    assert [row["code"] for row in result.as_dicts()] == ["203-0504-JBN-K9R4"]


@pytest.mark.parametrize(("name", "param"), [("by_policy", "policy"),
                                             ("indicators", "project_code"),
                                             ("projects", "code")])
def test_injection_in_a_parameter_is_only_a_value(name: str, param: str, store_path: Path,
                                                  seed_path: Path):
    build([seed_path], store=store_path)
    with Store(store_path) as store:
        before = len(store)
        result = budgetkg.query(name, params={param: INJECTION}, store=store)
        assert result.rows == ()
        assert len(store) == before
    result = run_cli("query", name, "--param", f"{param}={INJECTION}", "--format", "csv",
                     store=store_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1  # the header only
    with Store(store_path) as store:
        assert len(store) == before


# Errors


def test_unknown_query_lists_the_available_ones(seed_store: Store, cli_store: Path):
    with pytest.raises(budgetkg.UsageError) as caught:
        budgetkg.query("no_such_query", store=seed_store)
    for query in budgetkg.list_queries():
        assert query.name in str(caught.value)
    result = run_cli("query", "no_such_query", store=cli_store)
    assert result.returncode == 2
    assert "no_such_query" in result.stderr and "by_policy" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_parameter_is_named(seed_store: Store):
    with pytest.raises(budgetkg.UsageError, match="colour"):
        budgetkg.query("by_policy", params={"policy": "昌发[2019]4号", "colour": "red"},
                       store=seed_store)


def test_missing_required_parameter_is_named(seed_store: Store):
    with pytest.raises(budgetkg.UsageError, match="policy"):
        budgetkg.query("by_policy", store=seed_store)


def test_bad_integer_parameter_is_a_usage_error(seed_store: Store):
    with pytest.raises(budgetkg.UsageError, match="year"):
        budgetkg.query("projects", params={"year": "twenty"}, store=seed_store)


@pytest.mark.parametrize("args", [["--param", "policy"], ["--param", "=昌发[2019]4号"]])
def test_param_without_name_value_exits_2(args: list[str], cli_store: Path):
    result = run_cli("query", "by_policy", *args, store=cli_store)
    assert result.returncode == 2
    assert "NAME=VALUE" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_parameter_and_missing_parameter_exit_2(cli_store: Path):
    unknown = run_cli("query", "policies", "--param", "colour=red", store=cli_store)
    missing = run_cli("query", "by_policy", store=cli_store)
    assert (unknown.returncode, missing.returncode) == (2, 2)
    assert "colour" in unknown.stderr
    assert "policy" in missing.stderr
    assert "Traceback" not in unknown.stderr + missing.stderr


def test_query_list_names_every_query(cli_store: Path):
    result = run_cli("query", "--list", store=cli_store)
    assert result.returncode == 0, result.stderr
    for path in QUERY_FILES:
        assert path.stem in result.stdout


# Output formats


@pytest.mark.parametrize("name", ["by_policy", "projects", "policies", "indicators"])
def test_formats_agree_with_the_table(name: str, cli_store: Path):
    params = example_params(budgetkg.load_query(name).example)
    args = [arg for key, value in params.items() for arg in ("--param", f"{key}={value}")]

    def run(output: str, **env: str) -> str:
        result = run_cli("query", name, *args, "--format", output, store=cli_store, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    csv_rows = list(csv.reader(io.StringIO(run("csv"))))
    tsv_rows = list(csv.reader(io.StringIO(run("tsv")), delimiter="\t"))
    records = json.loads(run("json"))
    header, rows = table_rows(run("table", COLUMNS="5000"))
    assert len(rows) > 0
    assert csv_rows == tsv_rows
    assert csv_rows[0] == header
    assert csv_rows[1:] == rows
    json_rows = [["" if value is None else str(value) for value in record.values()]
                 for record in records]
    assert [list(record) for record in records] == [header] * len(records)
    assert json_rows == rows


def test_json_keeps_decimals_as_strings(cli_store: Path):
    result = run_cli("query", "projects", "--format", "json", store=cli_store)
    records = json.loads(result.stdout)
    assert len(records) == 16
    for record in records:
        assert isinstance(record["amount"], str)
        assert Decimal(record["amount"]) > 0
        assert isinstance(record["year"], int)
    amounts = {record["code"]: record["amount"] for record in records}
    assert amounts["203-0403-JBN-TQ0D"] == "1000000"


def test_unknown_format_exits_2(cli_store: Path):
    result = run_cli("query", "projects", "--format", "xml", store=cli_store)
    assert result.returncode == 2
    assert "xml" in result.stderr
    assert result.stdout == ""


def test_table_shows_square_brackets_as_written():
    # Titles and names quote document numbers and notes in brackets; the table must not
    # read them as console markup.
    result = QueryResult(("name",), (("培训方案[draft]",), ("[/]附件",)))
    console = Console(file=io.StringIO(), width=200, highlight=False)
    print_table(result, console)
    text = console.file.getvalue()
    assert "培训方案[draft]" in text
    assert "[/]附件" in text


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_api_and_cli_csv_give_the_same_rows(path: Path, seed_store: Store, cli_store: Path):
    query = budgetkg.load_query(path.stem)
    params = example_params(query.example)
    api = budgetkg.query(query, params=params, store=seed_store)
    args = [arg for key, value in params.items() for arg in ("--param", f"{key}={value}")]
    result = run_cli("query", path.stem, *args, "--format", "csv", store=cli_store)
    assert result.returncode == 0, result.stderr
    header, *rows = csv.reader(io.StringIO(result.stdout))
    assert tuple(header) == api.columns == query.columns
    assert rows == [[cell(value) for value in row] for row in api.rows]
