"""The ``budgetkg`` command: documented, results on stdout and diagnostics on stderr,
user errors as exit code 2."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

import budgetkg
from budgetkg.build import build
from budgetkg.cli import app
from budgetkg.mapping import disclosure_iri
from budgetkg.store import Store

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = sorted(typer.main.get_command(app).commands)


def run_cli(*args: object, store: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "BUDGETKG_STORE": str(store)}
    # What a user who pipes the output gets: no terminal, the default width.
    env.pop("COLUMNS", None)
    return subprocess.run(
        [sys.executable, "-c", "from budgetkg.cli import main; main()", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd, check=False)


def test_there_are_commands():
    assert {"extract", "build", "query", "documents"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str):
    help_text = typer.main.get_command(app).commands[command].help
    assert help_text and help_text.strip()
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    # The help formatter re-wraps the text, so compare it word by word.
    assert " ".join(help_text.split()) in " ".join(result.output.split())


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str):
    readme = ROOT / "README.md"
    assert readme.is_file(), "README.md is missing"
    assert f"budgetkg {command}" in readme.read_text(encoding="utf-8")


def test_version():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"budgetkg {budgetkg.__version__}"


def test_extract_prints_turtle_on_stdout_and_coverage_on_stderr(tmp_path: Path,
                                                                seed_path: Path, seed_graph):
    result = run_cli("extract", seed_path, store=tmp_path / "store")
    assert result.returncode == 0, result.stderr
    printed = Graph().parse(data=result.stdout, format="turtle")
    assert set(printed) == set(seed_graph)
    assert isomorphic(printed, seed_graph)
    assert "coverage:" in result.stderr
    assert "16 projects" in result.stderr
    assert "coverage" not in result.stdout
    assert not (tmp_path / "store").exists(), "extract does not touch the store"


def test_first_query_on_an_empty_store_builds_it_and_keeps_stdout_clean(tmp_path: Path):
    store = tmp_path / "empty-store"
    args = ("query", "by_policy", "--param", "policy=昌发[2019]4号", "--format", "csv")
    first = run_cli(*args, store=store)
    assert first.returncode == 0, first.stderr
    assert "empty" in first.stderr and "bundled data" in first.stderr
    header, *rows = csv.reader(io.StringIO(first.stdout))
    assert header == ["code", "name", "department", "year", "amount"]
    assert [row[0] for row in rows] == ["203-0403-JBN-CA0Q", "203-0403-JBN-TQ0D"]
    assert [row[-1] for row in rows] == ["100000", "1000000"]
    assert len(first.stdout.splitlines()) == 3
    second = run_cli(*args, store=store)
    assert second.returncode == 0, second.stderr
    assert "bundled data" not in second.stderr
    assert "build" not in second.stderr.lower()
    assert second.stdout == first.stdout


def test_build_folder_with_a_bad_file_exits_2_and_names_it(tmp_path: Path, seed_path: Path):
    folder = tmp_path / "documents"
    folder.mkdir()
    shutil.copy(seed_path, folder / seed_path.name)
    bad = folder / "notes.txt"
    bad.write_text("Notes from the meeting about the spring planting.\n", encoding="utf-8")
    store = tmp_path / "store"
    result = run_cli("build", folder, "--store", store, store=store)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "1 added" in result.stderr and "1 failed" in result.stderr
    assert f"{bad}:1" in result.stderr
    with Store(store) as opened:
        assert [doc.source for doc in opened.documents()] == [seed_path.name]


def test_optimize_compacts_the_store_and_keeps_every_quad(tmp_path: Path, seed_path: Path):
    store = tmp_path / "store"
    assert not build([seed_path], store=store).failures
    with Store(store) as opened:
        before = set(opened.oxigraph)
    result = run_cli("optimize", store=store)
    assert result.returncode == 0, result.stderr
    assert f"compacted {store}" in result.stderr and " MB -> " in result.stderr
    assert result.stdout == ""
    with Store(store) as opened:
        assert set(opened.oxigraph) == before
        assert opened.disk_bytes() > 0


def test_documents_lists_the_seed_graph(tmp_path: Path, seed_path: Path, seed):
    store = tmp_path / "store"
    assert not build([seed_path], store=store).failures
    result = run_cli("documents", store=store)
    assert result.returncode == 0, result.stderr
    assert disclosure_iri(seed) in result.stdout
