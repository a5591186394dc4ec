"""The results document (docs/PERFORMANCE.md): made from a run, read back, and merged.

A document holds rows from one or more runs. The header lists the runs (when, the command, how
long, the load average before and after, the code's commit); each row of the results table
names its benchmark (`key`, one row per key) and its run; each details section starts with a
line naming its run and the benchmark that wrote it. `merge(old, new)` replaces the rows of the
benchmarks `new` ran and their sections (and any old section with the title of a new one: the
data sections several benchmarks share), keeps every other row and section, and keeps the runs
that some row or section still comes from. A row copied in by hand is merged the same way if it
has its key and run and its run is in the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

RESULTS_HEAD = ("key", "what", "scale", "project", "floor (same run)", "ratio", "target",
                "verdict", "run")
RUNS_HEAD = ("run", "command", "took", "load average before / after", "code")
INTRO = (
    "Written by `bench/run` — do not edit the figures by hand: change the benchmarks (bench/) or "
    "the findings (bench/FINDINGS.md) and run it again. Each benchmark measures the program and, "
    "in the same run, its floor: the same work done the most direct way with the same libraries. "
    "Ratio = program ÷ floor. Rows may come from different runs: `bench/run --only KEYS --merge` "
    "replaces those rows and their sections and keeps the others; the `run` column and the line "
    "under each section's title name the run (listed below) that measured it.")
FIXED = ("Runs", "Results", "How each floor is defined", "Machine", "Findings")
_TAG = re.compile(r"^_run (?P<run>.+) · (?P<key>\w*)_$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass
class Section:
    title: str
    body: list[str]
    key: str = ""  # the benchmark that wrote it ("" for one kept from an older format)
    run: str = ""


@dataclass
class Doc:
    title: str = "Performance"
    runs: dict[str, list[str]] = field(default_factory=dict)  # run id -> the other columns
    rows: dict[str, list[str]] = field(default_factory=dict)  # key -> the other columns
    floors: dict[str, str] = field(default_factory=dict)  # what -> how its floor is defined
    machine: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


def cell(text: object) -> str:
    return str(text).replace("\n", " ").replace("|", "\\|")


def _cells(line: str) -> list[str]:
    parts = [p.strip() for p in _CELL_SPLIT.split(line.strip())]
    return parts[1:-1] if len(parts) >= 2 else parts


def _table(lines: Iterable[str]) -> list[list[str]]:
    """The body rows of the first markdown table in these lines."""
    rows = [_cells(ln) for ln in lines if ln.strip().startswith("|")]
    return rows[2:] if len(rows) >= 2 else []


def render(doc: Doc, floors_by_key: dict[str, str], findings: str = "") -> str:
    lines = [
        f"# {doc.title}", "", INTRO, "",
        "## Runs", "",
        "| " + " | ".join(RUNS_HEAD) + " |", "|" + "---|" * len(RUNS_HEAD),
        *(f"| {cell(rid)} | " + " | ".join(cells) + " |" for rid, cells in sorted(doc.runs.items())),
        "",
        "## Results", "",
        "| " + " | ".join(RESULTS_HEAD) + " |", "|" + "---|" * len(RESULTS_HEAD),
        *(f"| {key} | " + " | ".join(cells) + " |" for key, cells in doc.rows.items()),
        "",
        "## How each floor is defined", "",
    ]
    for key, cells in doc.rows.items():
        text = floors_by_key.get(key) or doc.floors.get(cells[0])
        if text:
            lines.append(f"- {cells[0]}: {text}")
    lines += ["", "## Machine", "", *doc.machine, ""]
    for s in doc.sections:
        lines += [f"## {s.title}", ""]
        if s.run:
            lines += [f"_run {s.run} · {s.key}_", ""]
        lines += [*s.body, ""]
    if findings:
        lines += [findings.strip(), ""]
    return "\n".join(lines)


def parse(text: str) -> Doc:
    """A document written by `render` (or edited by hand in its format)."""
    doc = Doc()
    chunks: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("# ") and not chunks:
            doc.title = line[2:].strip()
        elif line.startswith("## "):
            chunks.append((line[3:].strip(), []))
        elif chunks:
            chunks[-1][1].append(line)
    for title, body in chunks:
        if title == "Runs":
            doc.runs = {c[0]: c[1:] for c in _table(body) if c and c[0]}
        elif title == "Results":
            for c in _table(body):
                if len(c) != len(RESULTS_HEAD):
                    raise ValueError(f"a results row without its key and run: {' | '.join(c)[:120]}")
                doc.rows[c[0]] = c[1:]
        elif title == "How each floor is defined":
            for ln in body:
                what, sep, how = ln[2:].partition(": ") if ln.startswith("- ") else ("", "", "")
                if sep:
                    doc.floors[what] = how
        elif title == "Machine":
            doc.machine = [ln for ln in body if ln.strip()]
        elif title == "Findings":
            continue  # written again from bench/FINDINGS.md
        else:
            doc.sections.append(_section(title, body))
    return doc


def _section(title: str, body: list[str]) -> Section:
    lines = list(body)
    while lines and not lines[0].strip():
        lines.pop(0)
    key = run = ""
    if lines and (m := _TAG.match(lines[0].strip())):
        key, run = m["key"], m["run"]
        lines.pop(0)
        while lines and not lines[0].strip():
            lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return Section(title, lines, key, run)


def merge(old: Doc, new: Doc, order: list[str], section_order: list[str] | None = None) -> Doc:
    """`old` with the rows and sections of the benchmarks `new` ran put in their place; rows in
    `order` (the table's), unknown keys after them as they were; sections in `section_order`
    (the order the benchmarks run in, so the data sections come before the rows using them)."""
    ran = set(new.rows)
    new_titles = {s.title for s in new.sections}
    rows = {**old.rows, **new.rows}
    rank = {k: i for i, k in enumerate(order)}
    keys = sorted(rows, key=lambda k: (rank.get(k, len(rank)), list(rows).index(k)))
    kept = [s for s in old.sections if s.key not in ran and s.title not in new_titles]
    srank = {k: i for i, k in enumerate(section_order or order)}
    sections = sorted(kept + new.sections, key=lambda s: srank.get(s.key, -1))
    used = {cells[-1] for cells in rows.values()} | {s.run for s in sections}
    runs = {rid: cells for rid, cells in {**old.runs, **new.runs}.items() if rid in used}
    return Doc(title=new.title, runs=runs, rows={k: rows[k] for k in keys},
               floors={**old.floors, **new.floors}, machine=new.machine or old.machine,
               sections=sections)
