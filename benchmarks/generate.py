"""Generate realistic budget disclosures, with the facts each one states, for tests and
benchmarks.

    python benchmarks/generate.py --count 1000 --out /tmp/corpus [--seed 0] [--error-rate 0.05]

or, from Python, ``generate(count, out, seed=0)``. Every document follows the template of
the real disclosures (data/…-2020-budget.txt, tests/cases/variety-pipe-tables-yuan) in one of
their layouts: Word's tab-per-cell tables or pipe tables, ASCII or full-width punctuation,
万元 or 元 with thousands separators, Word field codes, PDF page numbers and wrapped prose,
document numbers in every bracket style. Its amounts add up the way the validator's shapes
demand, except for the errors injected on purpose (about 5% of documents by default),
which the facts name with the shape that should report them.

Beside each ``<name>.txt`` goes ``<name>.facts.json``: what the document states (the
department, the figures by measure in yuan, every project with its amounts, indicator
count and cited policy documents, the injected errors). Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_pools import DEPARTMENTS, places, policy_pool
from corpus_render import Style, yuan_text
from corpus_writer import Department, write_document

__all__ = ["Facts", "InjectedError", "PolicyRef", "ProjectFacts", "generate", "plan_corpus"]

YEARS = (2018, 2019, 2020, 2021, 2022)
ERROR_SHAPES = ("parts-sum-to-total", "plan-is-cumulative", "purpose-restates-table")


@dataclass(frozen=True)
class PolicyRef:
    """A cited policy document: its canonical 发文字号, or its title when it has none."""

    number: str | None
    title: str | None


@dataclass(frozen=True)
class ProjectFacts:
    code: str
    name: str
    budget: str  # yuan
    fiscal: str | None  # yuan; None where the cell is blank
    other: str | None
    indicators: int
    plan: tuple[str | None, ...]  # cumulative percent at each quarter end, None if blank
    policies: tuple[PolicyRef, ...]  # every document its indicator bases cite
    descriptive_bases: int  # indicator rows whose basis names no document


@dataclass(frozen=True)
class InjectedError:
    shape: str  # the shape id that must report it
    target: str  # "figure:<measure>" or "project:<code>"
    detail: str


@dataclass(frozen=True)
class Facts:
    """What one generated document states."""

    file: str
    department: str
    department_code: str
    place: str
    year: int
    layout: str
    unit: str
    ascii_punct: bool
    pdf_breaks: bool  # page numbers and wraps fall anywhere, even inside a paragraph
    figures: dict[str, str]  # measure code → yuan, as stated in the document
    changes: dict[str, dict[str, str]]  # measure → direction, amount (yuan), percent
    projects: tuple[ProjectFacts, ...]
    legal_basis: tuple[str, ...]
    errors: tuple[InjectedError, ...] = field(default=())

    @property
    def indicators(self) -> int:
        return sum(p.indicators for p in self.projects)

    def as_dict(self) -> dict:
        # dataclasses.asdict deep-copies every value; this flat walk is five times faster.
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["projects"] = [{**{n: getattr(p, n) for n in p.__dataclass_fields__},
                             "policies": [vars(r) for r in p.policies]}
                            for p in self.projects]
        data["errors"] = [vars(e) for e in self.errors]
        return data

    def to_json(self) -> str:
        # One line (the C encoder): 10,000 files of indented JSON cost seconds.
        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Facts:
        data = json.loads(text)
        data["projects"] = tuple(
            ProjectFacts(**{**p, "plan": tuple(p["plan"]),
                            "policies": tuple(PolicyRef(**r) for r in p["policies"])})
            for p in data["projects"])
        data["legal_basis"] = tuple(data["legal_basis"])
        data["errors"] = tuple(InjectedError(**e) for e in data["errors"])
        return cls(**data)


@dataclass(frozen=True)
class _Corpus:
    """What every document of one seed shares: who publishes and the policy pool."""

    departments: list[tuple[Department, int]]  # each with its year
    policies: dict[tuple[str, int], list]  # (scope, year) → eligible policies
    weights: dict[tuple[str, int], list[float]]


def plan_corpus(count: int, seed: int = 0) -> _Corpus:
    """Choose ``count`` distinct (department, year) pairs and the policy pool."""
    rng = random.Random(f"budgetkg-corpus:{seed}")
    all_places = places()
    pairs = [(place, kind) for place in all_places for kind in DEPARTMENTS]
    combos = [(p, y) for p in range(len(pairs)) for y in YEARS]
    if count > len(combos):
        raise ValueError(f"at most {len(combos)} distinct disclosures can be generated")
    rng.shuffle(combos)
    departments = []
    for pair_index, year in combos[:count]:
        place, kind = pairs[pair_index]
        template = kind.province_name if place.level == "province" else kind.local_name
        # Unit codes repeat across counties, as real budget unit codes do.
        code = f"{kind.code}{1 + pair_index % 7:03d}"
        departments.append((Department(template.format(place=place.name), code, kind, place),
                            year))
    pool = policy_pool(rng, all_places)
    policies: dict[tuple[str, int], list] = {}
    weights: dict[tuple[str, int], list[float]] = {}
    scopes = {p.scope for p in pool}
    for scope in scopes:
        for year in YEARS:
            eligible = [p for p in pool if p.scope == scope and p.year < year]
            policies[(scope, year)] = eligible
            weights[(scope, year)] = [p.weight for p in eligible]
    return _Corpus(departments, policies, weights)


def _style(rng: random.Random, pdf_breaks: bool) -> Style:
    pipe = rng.random() < 0.45
    wrap = rng.choice((34, 38, 42)) if pipe and rng.random() < 0.6 else 0
    # Drawn whatever pdf_breaks says, so turning it off changes nothing else.
    breaks_anywhere = rng.random() < 0.5
    return Style(
        layout="pipe" if pipe else "word",
        ascii_punct=rng.random() < (0.7 if pipe else 0.25),
        unit="元" if rng.random() < 0.4 else "万元",
        trim_decimals=rng.random() < 0.6,
        purpose_in_wan=rng.random() < 0.5,
        blank_between_paragraphs=not pipe and rng.random() < 0.85,
        wrap=wrap,
        page_numbers=pipe,
        field_codes=not pipe or rng.random() < 0.1,
        pdf_breaks=pdf_breaks and bool(wrap) and breaks_anywhere)


def document(index: int, corpus: _Corpus, *, seed: int = 0, error_rate: float = 0.05,
             pdf_breaks: bool = True) -> tuple[str, str, Facts]:
    """The file name, text and facts of document ``index``."""
    rng = random.Random(f"budgetkg-document:{seed}:{index}")
    department, year = corpus.departments[index]
    style = _style(rng, pdf_breaks)
    error = rng.choice(ERROR_SHAPES) if rng.random() < error_rate else None
    name = f"{index:05d}-{department.code}-{year}-budget"
    text, stated = write_document(rng, department, year, style, corpus.policies,
                                  corpus.weights, error=error)
    projects = tuple(
        ProjectFacts(p.code, p.name, yuan_text(p.budget),
                     None if p.fiscal is None else yuan_text(p.fiscal),
                     None if p.other is None else yuan_text(p.other), len(p.indicators),
                     tuple(None if v is None else str(v) for v in p.plan),
                     tuple(PolicyRef(d.number, d.title) for d in p.cited()),
                     p.descriptive_bases())
        for p in stated.projects)
    facts = Facts(
        file=name + ".txt", department=department.name, department_code=department.code,
        place=department.place.name, year=year, layout=style.layout, unit=style.unit,
        ascii_punct=style.ascii_punct, pdf_breaks=style.pdf_breaks,
        figures={m: yuan_text(v) for m, v in sorted(stated.figures.items())},
        changes={m: {"direction": d, "amount": None if a is None else yuan_text(a),
                     "percent": p} for m, (d, a, p) in sorted(stated.changes.items())},
        projects=projects, legal_basis=stated.legal_basis,
        errors=tuple(InjectedError(*e) for e in stated.errors))
    return name, text, facts


def generate(count: int, out: Path | str, *, seed: int = 0, error_rate: float = 0.05,
             pdf_breaks: bool = True, workers: int | None = None) -> list[Facts]:
    """Write ``count`` disclosures and their facts into ``out``; return the facts.

    ``pdf_breaks=False`` keeps PDF page numbers and line wraps at paragraph ends in the
    documents that have them (about 12%); by default they fall anywhere, even inside a
    paragraph or right after a ：, as real PDF exports leave them.
    Documents depend only on the seed and their index, so they are written by ``workers``
    processes (default: one per CPU for large counts) with the same bytes as by one."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    workers = workers or (os.cpu_count() or 1 if count >= 400 else 1)
    chunks = [range(start, min(count, start + 250)) for start in range(0, count, 250)]
    if workers <= 1 or len(chunks) == 1:
        return [f for chunk in chunks
                for f in _write(chunk, count, out, seed, error_rate, pdf_breaks)]
    with ProcessPoolExecutor(workers) as pool:
        n = len(chunks)
        done = pool.map(_write, chunks, [count] * n, [out] * n, [seed] * n,
                        [error_rate] * n, [pdf_breaks] * n)
        return [f for part in done for f in part]


@lru_cache(maxsize=4)
def _corpus(count: int, seed: int) -> _Corpus:
    return plan_corpus(count, seed)


def _write(indices: range, count: int, out: Path, seed: int, error_rate: float,
           pdf_breaks: bool) -> list[Facts]:
    corpus = _corpus(count, seed)
    found = []
    for index in indices:
        name, text, facts = document(index, corpus, seed=seed, error_rate=error_rate,
                                     pdf_breaks=pdf_breaks)
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        (out / f"{name}.facts.json").write_text(facts.to_json(), encoding="utf-8")
        found.append(facts)
    return found


def load_facts(folder: Path | str) -> list[Facts]:
    return [Facts.from_json(p.read_text(encoding="utf-8"))
            for p in sorted(Path(folder).glob("*.facts.json"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="documents to write")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same bytes (default 0)")
    parser.add_argument("--error-rate", type=float, default=0.05,
                        help="share of documents with one injected error (default 0.05)")
    parser.add_argument("--no-pdf-breaks", dest="pdf_breaks", action="store_false",
                        help="keep PDF page numbers and wraps at paragraph ends")
    parser.add_argument("--workers", type=int, default=None,
                        help="processes writing documents (default: one per CPU)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    facts = generate(args.count, args.out, seed=args.seed, error_rate=args.error_rate,
                     pdf_breaks=args.pdf_breaks, workers=args.workers)
    elapsed = time.perf_counter() - started
    errors = sum(len(f.errors) for f in facts)
    print(f"wrote {len(facts)} documents ({sum(len(f.projects) for f in facts)} projects, "
          f"{sum(f.indicators for f in facts)} indicator rows, {errors} injected errors) "
          f"to {args.out} in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
