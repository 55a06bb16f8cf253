"""The README's promises: its two set-up commands, the CI script running the second, every
query file listed, and a tour that prints what the commands print."""

from __future__ import annotations

import functools
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    block = re.search(r"```\n(.*?)```", README, re.DOTALL).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_readme_opens_with_two_setup_commands():
    commands = _setup_commands()
    assert len(commands) == 2
    main_job, tests = commands
    assert "pip install ." in main_job and "budgetkg query" in main_job
    assert "pytest" in tests


def test_ci_runs_the_readmes_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _setup_commands()[1] in script.splitlines()


def test_every_query_file_is_listed():
    for path in sorted((ROOT / "queries").glob("*.rq")):
        assert f"`{path.stem}`" in README, path.name


# The tour's examples, in order: a command after "$ " and the lines shown under it.
TOUR = README.split("## A short tour", 1)[1].split("## Commands", 1)[0]
ELISION = "…"  # a line of its own in an example: the README leaves lines out here


@dataclass(frozen=True)
class Example:
    command: str
    shown: tuple[str, ...]


@dataclass(frozen=True)
class Ran:
    """What a user sees of one command: its stderr and stdout lines, each in order."""

    stderr: tuple[str, ...]
    stdout: tuple[str, ...]
    returncode: int

    def as_shown(self) -> str:
        """The output as the README would show it (diagnostics come first in the tour)."""
        return "\n".join([*self.stderr, *self.stdout])


def _tour_examples() -> list[Example]:
    examples: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```\n(.*?)```", TOUR, re.DOTALL):
        current = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = (line[2:], [])
                examples.append(current)
            elif current is not None:
                current[1].append(line)
    for _, shown in examples:
        while shown and not shown[-1].strip():
            shown.pop()  # a blank line separates two examples in one block; not output
    return [Example(command, tuple(shown)) for command, shown in examples]


EXAMPLES = _tour_examples()


def _run(command: str, *, home: Path) -> Ran:
    """Run a tour command as a first-time user does: the installed command, the default
    store under their home folder, a terminal wide enough for the tables."""
    words = shlex.split(command)
    pipe = words.index("|") if "|" in words else len(words)
    program, *args = words[:pipe]
    assert program == "budgetkg", f"the tour runs budgetkg, not {program!r}"
    env = {**os.environ, "HOME": str(home), "COLUMNS": "120", "PYTHONIOENCODING": "utf-8"}
    for name in ("BUDGETKG_STORE", "XDG_DATA_HOME", "FORCE_COLOR", "TTY_COMPATIBLE",
                 "TTY_INTERACTIVE"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-m", "budgetkg.cli", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=home, check=False)
    stdout = done.stdout.splitlines()
    if pipe < len(words):
        stdout = _pipe(words[pipe + 1:], stdout)
    # Off a terminal, rich ends the transient progress bar with an empty line on stderr;
    # at a terminal, as in the tour, the bar is erased and leaves nothing.
    stderr = [line for line in done.stderr.splitlines() if line.strip()]
    # The README writes the user's home folder as ~, as a shell prompt does.
    return Ran(tuple(line.replace(f"{home}/", "~/") for line in stderr),
               tuple(stdout), done.returncode)


def _pipe(words: list[str], lines: list[str]) -> list[str]:
    """The shell pipes only stdout; the tour uses head alone."""
    match words:
        case ["head", count] if re.fullmatch(r"-\d+", count):
            return lines[:int(count[1:])]
        case ["head", "-n", count] if count.isdigit():
            return lines[:int(count)]
    pytest.fail(f"the tour test cannot apply '| {shlex.join(words)}'; teach _pipe")


def _shows(shown: tuple[str, ...], ran: Ran) -> bool:
    """Whether the README's lines are the command's stderr and stdout lines interleaved,
    each stream in its own order, where an elision line stands for one or more lines."""

    @functools.cache
    def match(i: int, e: int, o: int) -> bool:
        if i == len(shown):
            return e == len(ran.stderr) and o == len(ran.stdout)
        if shown[i].strip() == ELISION:
            return any(match(i + 1, e2, o2)
                       for e2 in range(e, len(ran.stderr) + 1)
                       for o2 in range(o, len(ran.stdout) + 1) if (e2, o2) != (e, o))
        return ((e < len(ran.stderr) and ran.stderr[e] == shown[i] and match(i + 1, e + 1, o))
                or (o < len(ran.stdout) and ran.stdout[o] == shown[i]
                    and match(i + 1, e, o + 1)))

    return match(0, 0, 0)


@pytest.fixture(scope="module")
def tour(tmp_path_factory: pytest.TempPathFactory) -> list[Ran]:
    """Every tour command, in order, from one fresh home folder: the first builds the
    store from the bundled data, as it does on a new machine, and the rest read it."""
    home = tmp_path_factory.mktemp("home")
    return [_run(example.command, home=home) for example in EXAMPLES]


def test_the_tour_has_examples_and_starts_on_an_empty_store():
    assert len(EXAMPLES) >= 2
    assert any("is empty: building it" in line for line in EXAMPLES[0].shown)


def test_elision_matches_only_where_lines_were_left_out():
    ran = Ran(("diagnostic",), ("a", "b", "c"), 0)
    assert _shows(("diagnostic", "a", "  …", "c"), ran)
    assert _shows(("diagnostic", "…"), ran)
    assert not _shows(("diagnostic", "a", "…", "b", "c"), ran)  # … is never zero lines
    assert not _shows(("diagnostic", "a", "b"), ran)
    assert not _shows(("a", "b", "c"), ran)


@pytest.mark.parametrize("index", range(len(EXAMPLES)),
                         ids=[example.command for example in EXAMPLES])
def test_the_tour_shows_what_its_commands_print(tour: list[Ran], index: int):
    example, ran = EXAMPLES[index], tour[index]
    # 0, or 1 where the data does not conform (validate); 2 would be a wrong example.
    assert ran.returncode in (0, 1), ran.as_shown()
    assert _shows(example.shown, ran), (
        f"README.md's tour shows for `$ {example.command}`:\n"
        + "\n".join(example.shown)
        + "\n\nbut it prints (stderr, then stdout):\n" + ran.as_shown())
