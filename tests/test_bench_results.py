"""bench/: the results document (rows from several runs, merged by key) and property rows that
fail the run with their seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench import perfdoc
from bench.harness import QUICK, Bench, PropertyFailed, Row, Spec
from bench.properties import hold
from bench.run import main, run_one
from hypothesis import strategies as st

FLOORS = {"a": "floor of a", "b": "floor of b"}
OLD = """# Performance

Any introduction (written again).

## Runs

| run | command | took | load average before / after | code |
|---|---|---|---|---|
| 2026-11-20 10:00 UTC | `bench/run` | 30.0 min | 0.50 / 0.90 | 1111111 |
| 2026-11-21 09:00 UTC | `bench/run --only c` | 2.0 min | 3.00 / 3.10 | 2222222 |
| 2026-11-22 08:00 UTC | `bench/run --only b` | 1.0 min | 1.00 / 1.00 | 3333333 |

## Results

| key | what | scale | project | floor (same run) | ratio | target | verdict | run |
|---|---|---|---|---|---|---|---|---|
| a | thing a | 10 rows | 1 s | 1 s | 1.00× | ≤ 2× floor | pass | 2026-11-20 10:00 UTC |
| b | thing b | 10 rows | 9 s | 1 s | 9.00× | ≤ 2× floor | miss: slow \\| very | 2026-11-22 08:00 UTC |
| x | copied by hand | 5 rows | 2 s | — | — | — | info | 2026-11-21 09:00 UTC |
| c_x | thing c | 10 rows | 1 s | 2 s | 0.50× | ≤ 2× floor | pass | 2026-11-21 09:00 UTC |

## How each floor is defined

- thing a: an old text of a's floor
- copied by hand: what x is compared with

## Machine

- cores (`nproc`): 2

## Data: shared

_run 2026-11-20 10:00 UTC · a_

Made in 5 s.

## A in detail

_run 2026-11-20 10:00 UTC · a_

| t | u |
|---|---|
| 1 | 2 |

## B in detail

_run 2026-11-22 08:00 UTC · b_

B was slow.

## C in detail

_run 2026-11-21 09:00 UTC · c_x_

C was fine.

## Findings

Old findings, written again from bench/FINDINGS.md.
"""

NEW = """# Performance

## Runs

| run | command | took | load average before / after | code |
|---|---|---|---|---|
| 2026-11-23 21:00 UTC | `bench/run --only b --merge` | 3.0 min | 6.00 / 7.00 | 4444444 |

## Results

| key | what | scale | project | floor (same run) | ratio | target | verdict | run |
|---|---|---|---|---|---|---|---|---|
| b | thing b | 10 rows | 1.5 s | 1 s | 1.50× | ≤ 2× floor | pass | 2026-11-23 21:00 UTC |

## Machine

- cores (`nproc`): 2
- Python: CPython 3.11.7

## Data: shared

_run 2026-11-23 21:00 UTC · b_

Made in 6 s.

## B in detail

_run 2026-11-23 21:00 UTC · b_

B is fast now.
"""


def _merged() -> str:
    doc = perfdoc.merge(perfdoc.parse(OLD), perfdoc.parse(NEW), ["a", "b", "c_x"])
    return perfdoc.render(doc, FLOORS, "## Findings\n\nNew findings.")


def _section(text: str, title: str) -> str:
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_merge_replaces_the_rows_and_sections_of_what_ran_and_keeps_the_others() -> None:
    text = _merged()
    results = _section(text, "Results").strip().splitlines()[2:]
    assert [r.split(" | ")[0] for r in results] == ["| a", "| b", "| c_x", "| x"]
    assert results[0] == ("| a | thing a | 10 rows | 1 s | 1 s | 1.00× | ≤ 2× floor | pass "
                          "| 2026-11-20 10:00 UTC |")
    assert "| b | thing b | 10 rows | 1.5 s | 1 s | 1.50× | ≤ 2× floor | pass | 2026-11-23 21:00 UTC |" in results
    assert results[3].startswith("| x | copied by hand |") and results[3].endswith("2026-11-21 09:00 UTC |")
    # b's section and the data section it made again are the new ones; a's and c's are kept
    assert "B is fast now." in text and "B was slow." not in text
    assert _section(text, "Data: shared").strip() == "_run 2026-11-23 21:00 UTC · b_\n\nMade in 6 s."
    assert "| 1 | 2 |" in _section(text, "A in detail") and "C was fine." in text
    assert text.count("## Data: shared") == 1
    # the runs: b's old run is no longer used by any row or section; the others are
    runs = _section(text, "Runs")
    assert "2026-11-22 08:00 UTC" not in runs and "3333333" not in runs
    assert "| 2026-11-20 10:00 UTC | `bench/run` | 30.0 min | 0.50 / 0.90 | 1111111 |" in runs
    assert "| 2026-11-21 09:00 UTC |" in runs
    assert "| 2026-11-23 21:00 UTC | `bench/run --only b --merge` | 3.0 min | 6.00 / 7.00 | 4444444 |" in runs
    # floors: the current text for known keys, the old line for a row copied by hand
    floors = _section(text, "How each floor is defined")
    assert "- thing a: floor of a" in floors and "- thing b: floor of b" in floors
    assert "- copied by hand: what x is compared with" in floors
    assert "Python: CPython 3.11.7" in _section(text, "Machine")
    assert text.rstrip().endswith("New findings.") and "Old findings" not in text


def test_a_document_reads_back_as_it_was_written() -> None:
    text = _merged()
    again = perfdoc.render(perfdoc.parse(text), FLOORS, "## Findings\n\nNew findings.")
    assert again == text
    assert [(s.title, s.key) for s in perfdoc.parse(text).sections] == [
        ("A in detail", "a"), ("Data: shared", "b"), ("B in detail", "b"), ("C in detail", "c_x")]
    # a bar inside a cell stays inside it
    assert perfdoc.parse(OLD).rows["b"][6] == "miss: slow \\| very"


def test_merging_the_same_run_twice_changes_nothing() -> None:
    once = _merged()
    twice = perfdoc.merge(perfdoc.parse(once), perfdoc.parse(NEW), ["a", "b", "c_x"])
    assert perfdoc.render(twice, FLOORS, "## Findings\n\nNew findings.") == once


def test_a_row_without_its_key_and_run_is_refused_with_the_row_named() -> None:
    old_format = OLD.replace("| a | thing a |", "| thing a |")
    with pytest.raises(ValueError, match="thing a"):
        perfdoc.parse(old_format)


def test_merge_from_puts_another_runs_rows_into_the_document(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target, other = tmp_path / "PERFORMANCE.md", tmp_path / "partial.md"
    target.write_text(OLD, encoding="utf-8")
    other.write_text(NEW, encoding="utf-8")
    assert main(["--merge-from", str(other), "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert "B is fast now." in text and "C was fine." in text and "B was slow." not in text
    with pytest.raises(SystemExit):
        main(["--merge-from", str(other), "--only", "b"])
    assert "runs nothing" in capsys.readouterr().err
    other.write_text(NEW.replace("# Performance", "# Performance (quick run: small sizes, not the "
                                                   "real figures)"), encoding="utf-8")
    with pytest.raises(SystemExit, match="cannot merge"):
        main(["--merge-from", str(other), "-o", str(target)])
    assert target.read_text(encoding="utf-8") == text


def _bench(tmp_path: Path) -> Bench:
    return Bench(quick=True, sizes=QUICK, workdir=tmp_path, property_seed=12345)


def test_a_property_that_does_not_hold_fails_with_its_seed_and_falsifying_example(tmp_path: Path) -> None:
    b = _bench(tmp_path)
    row = Row("prop", "a property", "-", "holds")
    seen: list[int] = []

    def check(n: int) -> None:
        seen.append(n)
        assert n < 1000, "too big"

    with pytest.raises(PropertyFailed, match="hypothesis seed 12345") as caught:
        hold(b, row, 500, {"n": st.integers(0, 10**6)}, check)
    assert "too big" in str(caught.value)
    [(title, body)] = b.details
    assert title == "Property failed: prop"
    report = "\n".join(body)
    assert "n=1000" in report  # shrunk to the smallest case that fails
    assert "--property-seed 12345" in report


def test_a_failed_property_fails_the_run_not_just_its_row(tmp_path: Path) -> None:
    b = _bench(tmp_path)

    def fails(bench: Bench, row: Row) -> None:
        raise PropertyFailed("hypothesis seed 1: the order changed the state")

    def misses(bench: Bench, row: Row) -> None:
        row.judge(False)

    row = Row("p", "p", "-", "holds")
    assert run_one(Spec("p", "p", lambda s: "-", "holds", fails), b, row) is True
    assert row.verdict == "FAILED" and "seed 1" in row.note
    slow = Row("s", "s", "-", "fast")
    assert run_one(Spec("s", "s", lambda s: "-", "fast", misses), b, slow) is False
    assert slow.verdict == "miss"


def test_the_results_of_a_run_name_its_run_on_every_row_and_section(tmp_path: Path) -> None:
    import datetime as dt

    from bench.report import from_run

    row = Row("b", "thing b", "10 rows", "≤ 2× floor", "1 s", "1 s", 1.0, "pass", "a | b")
    started = dt.datetime(2026, 11, 23, 21, 5, tzinfo=dt.UTC)
    doc = from_run([row], [("B in detail", ["fine"])], ["b"], "bench/run --only b", False,
                   started, 90.0, (1.0, 2.0), "abc1234")
    assert doc.runs == {"2026-11-23 21:05:00 UTC": ["`bench/run --only b`", "1.5 min", "1.00 / 2.00",
                                                 "abc1234"]}
    assert doc.rows["b"][-1] == "2026-11-23 21:05:00 UTC" and doc.rows["b"][-2] == "pass: a \\| b"
    text = perfdoc.render(doc, FLOORS)
    assert "_run 2026-11-23 21:05:00 UTC · b_" in _section(text, "B in detail")
    assert perfdoc.parse(text).rows == doc.rows


def test_a_property_row_stops_after_its_processor_time_with_what_it_ran(tmp_path: Path) -> None:
    from dataclasses import replace

    b = Bench(quick=True, sizes=replace(QUICK, property_minutes=0), workdir=tmp_path,
              property_seed=7)
    held = hold(b, Row("prop", "a property", "-", "holds"), 1000,
                {"n": st.integers(0, 10**6)}, lambda n: n)
    assert len(held.made) == 200 and "processor time" in held.stopped  # one hypothesis run
    assert held.seed == 7 and "stopped early" in held.said()
