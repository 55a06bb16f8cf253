"""Bad input is a user error: exit code 2, a message that points at the file and line and
says what was expected, no traceback, and a store left exactly as it was."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import budgetkg
from budgetkg.build import build
from budgetkg.errors import TruncatedDocumentError
from budgetkg.store import Store

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
PROSE = ("The committee met on Tuesday to discuss the spring planting. After a long "
         "debate about the price of seed, it agreed to buy from the cooperative again "
         "and to review the decision in the autumn.\n")


def _seed_lines(seed_path: Path, count: int) -> bytes:
    lines = seed_path.read_bytes().split(b"\n")
    return b"\n".join(lines[:count]) + b"\n"


# name: (file name, how to make its bytes from the seed path, line the error should name)
BAD_FILES = {
    "empty": ("empty.txt", lambda seed: b"", 1),
    "binary": ("picture.txt", lambda seed: PNG_HEADER, 2),  # the \x1a after "\r\n"
    "prose": ("minutes.txt", lambda seed: PROSE.encode("utf-8"), 1),
    "cut_in_indicator_row": ("cut-1240.txt", lambda seed: _seed_lines(seed, 1240), 1240),
    "cut_in_budget_block": ("cut-1285.txt", lambda seed: _seed_lines(seed, 1285), 1285),
}
CUT_FILES = ["cut_in_indicator_row", "cut_in_budget_block"]


def _make(kind: str, folder: Path, seed_path: Path) -> Path:
    name, make, _ = BAD_FILES[kind]
    path = folder / name
    path.write_bytes(make(seed_path))
    return path


@pytest.fixture(params=sorted(BAD_FILES))
def bad_file(request: pytest.FixtureRequest, tmp_path: Path, seed_path: Path):
    """(path, line the error should name) of one bad file, in a folder of its own."""
    folder = tmp_path / "input"
    folder.mkdir()
    return _make(request.param, folder, seed_path), BAD_FILES[request.param][2]


def run_cli(*args: object, store: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real entry point, so BudgetKGError → exit code 2 is what a user sees."""
    env = {**os.environ, "BUDGETKG_STORE": str(store)}
    return subprocess.run(
        [sys.executable, "-c", "from budgetkg.cli import main; main()", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd, check=False)


def quads(path: Path) -> set[str]:
    with Store(path) as store:
        return set(map(str, store.oxigraph.quads_for_pattern(None, None, None, None)))


@pytest.fixture()
def seeded_store(tmp_path: Path, seed_path: Path) -> Path:
    """A closed store holding the seed (closed: Oxigraph locks the folder)."""
    path = tmp_path / "store"
    report = build([seed_path], store=path)
    assert not report.failures
    return path


def assert_user_error(result: subprocess.CompletedProcess, path: Path, line: int) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"{path}:{line}" in result.stderr, result.stderr


# The command line


def test_extract_bad_file_exits_2_naming_file_and_line(bad_file, tmp_path: Path):
    path, line = bad_file
    result = run_cli("extract", path, store=tmp_path / "unused-store")
    assert_user_error(result, path, line)
    assert result.stdout == "", "no partial Turtle on stdout for a bad file"


def test_build_bad_file_exits_2_and_leaves_store_unchanged(bad_file, seeded_store: Path):
    path, line = bad_file
    before = quads(seeded_store)
    result = run_cli("build", path, "--store", seeded_store, store=seeded_store)
    assert_user_error(result, path, line)
    assert quads(seeded_store) == before


@pytest.mark.parametrize("command", ["extract", "build"])
def test_a_base_that_is_not_an_iri_exits_2_and_leaves_the_store_unchanged(
        command: str, seeded_store: Path, seed_path: Path):
    before = quads(seeded_store)
    result = run_cli(command, seed_path, "--base", "http://example.org/budget data/",
                     store=seeded_store)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "absolute IRI" in result.stderr and "budget data" in result.stderr, result.stderr
    assert quads(seeded_store) == before


def test_bad_file_message_says_what_was_expected(bad_file, tmp_path: Path):
    path, line = bad_file
    result = run_cli("extract", path, store=tmp_path / "unused-store")
    message = result.stderr.split(f"{path}:{line}:", 1)[-1]
    assert "expected" in message.lower(), (
        f"the message does not say what was expected: {result.stderr}")


def test_build_failure_names_a_file_whose_name_has_square_brackets(tmp_path: Path,
                                                                   seed_path: Path):
    # Square brackets are common in file names (copies, drafts); the summary must show
    # the name as it is, not read it as console markup.
    folder = tmp_path / "input"
    folder.mkdir()
    path = folder / "budget[draft].txt"
    path.write_text(PROSE, encoding="utf-8")
    result = run_cli("build", path, "--store", tmp_path / "store", store=tmp_path / "store")
    assert result.returncode == 2
    assert f"{path}:1" in result.stderr, result.stderr


# The library


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_extract_raises_input_error_with_path_and_line(kind: str, tmp_path: Path,
                                                      seed_path: Path):
    path = _make(kind, tmp_path, seed_path)
    with pytest.raises(budgetkg.InputError) as caught:
        budgetkg.extract(path)
    assert caught.value.path == path
    assert caught.value.line == BAD_FILES[kind][2]
    assert str(caught.value).startswith(f"{path}:{BAD_FILES[kind][2]}: ")


@pytest.mark.parametrize("kind", CUT_FILES)
def test_cut_disclosure_is_reported_as_truncated(kind: str, tmp_path: Path, seed_path: Path):
    """A file that stops inside a project table is a truncated document, whichever block
    of the table the cut falls in."""
    path = _make(kind, tmp_path, seed_path)
    with pytest.raises(TruncatedDocumentError):
        budgetkg.extract(path)


def test_build_reports_bad_file_as_failed_and_still_adds_good_one(tmp_path: Path,
                                                                   seed_path: Path):
    bad = _make("cut_in_indicator_row", tmp_path, seed_path)
    store = tmp_path / "store"
    report = budgetkg.build([bad, seed_path], store=store)
    by_path = {result.path: result for result in report.results}
    failed = by_path[bad]
    assert failed.outcome is budgetkg.Outcome.FAILED
    assert f"{bad}:1240" in failed.message
    assert "203-0601-JBN-B11W" in failed.message
    assert failed.graph is None
    assert by_path[seed_path].outcome is budgetkg.Outcome.ADDED
    assert report.failures == (failed,)
    assert report.documents == 1
    with Store(store) as opened:
        assert [doc.source for doc in opened.documents()] == [seed_path.name]


def test_failed_document_leaves_nothing_in_store(tmp_path: Path, seed_path: Path):
    store, folder = tmp_path / "store", tmp_path / "input"
    folder.mkdir()
    for kind in sorted(BAD_FILES):
        _make(kind, folder, seed_path)
    report = budgetkg.build([folder], store=store)
    assert report.count(budgetkg.Outcome.FAILED) == len(BAD_FILES)
    assert report.documents == 0
    with Store(store) as opened:
        assert opened.is_empty()
        assert opened.documents() == []


def test_build_of_missing_path_is_input_error(tmp_path: Path):
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(budgetkg.InputError) as caught:
        budgetkg.build([missing], store=tmp_path / "store")
    assert caught.value.path == missing
    result = run_cli("build", missing, store=tmp_path / "store")
    assert result.returncode == 2
    assert str(missing) in result.stderr
    assert "Traceback" not in result.stderr


def test_every_cut_of_the_last_table_is_an_input_error_or_a_disclosure(seed_path: Path,
                                                                       tmp_path: Path):
    """Cutting the seed anywhere inside its last project table never crashes: either the
    cut falls between rows and the rest is read, or it is an InputError at a line of the
    file that was read."""
    lines = seed_path.read_bytes().split(b"\n")
    start = next(number for number, line in enumerate(lines, start=1)
                 if "远程教育终端站点服务费绩效目标表".encode() in line)
    path = tmp_path / "cut.txt"
    for count in range(start, start + 72):
        path.write_bytes(b"\n".join(lines[:count]) + b"\n")
        try:
            budgetkg.extract(path)
        except budgetkg.InputError as error:
            assert error.path == path
            assert error.line is not None and 1 <= error.line <= count, (count, str(error))
            assert re.match(rf"{re.escape(str(path))}:\d+: \S", str(error))
