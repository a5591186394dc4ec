"""Property tests at scale: the suite's hypothesis tests with many more examples, a seed chosen
for the run and recorded, and a case that does not hold reported with that seed and its
falsifying example (shrunk by hypothesis) — a failure of the run, not a missed target."""

from __future__ import annotations

import random
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.harness import ROOT, Bench, PropertyFailed, Row


def tests_importable() -> None:
    """The suite's helpers import each other as top-level modules (tests/ on the path)."""
    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)


@dataclass
class Held:
    made: list[Any]  # what each case's check returned
    seconds: float
    cpu: float  # processor time of this process
    seed: int
    stopped: str  # why it stopped before its number of cases ("" if it did not)

    def said(self) -> str:
        return (f"hypothesis seed {self.seed}, {self.seconds:.0f} s ({self.cpu:.0f} s of processor "
                f"time)" + (f"; stopped early: {self.stopped}" if self.stopped else ""))


BATCH = 200  # cases per hypothesis run; the seed of run k is the row's seed + k


def hold(b: Bench, row: Row, examples: int, strategies: dict[str, Any],
         check: Callable[..., Any]) -> Held:
    """Run `check(**drawn)` over up to `examples` generated cases, in hypothesis runs of BATCH
    cases, stopping early once the processor time of this process passes
    `sizes.property_minutes` (or on SIGUSR1, after the current run). Returns what each call
    returned, the time taken, the seed and why it stopped early (if it did); raises
    PropertyFailed (with a details section) if a case fails."""
    from hypothesis import HealthCheck, given, seed, settings

    chosen = b.property_seed if b.property_seed is not None else random.SystemRandom().randrange(2**32)
    made: list[Any] = []
    stop: list[str] = []
    budget = b.sizes.property_minutes * 60
    previous = signal.signal(signal.SIGUSR1, lambda *_: stop.append("asked to stop (SIGUSR1)"))
    print(f"bench: {row.key}: up to {examples} cases or {budget / 60:.0f} min of processor time, "
          f"hypothesis seed {chosen}", file=sys.stderr, flush=True)
    t0, cpu0 = time.perf_counter(), time.process_time()
    batch = 0
    try:
        while len(made) < examples and not stop:
            this_seed = (chosen + batch) % 2**32

            @seed(this_seed)
            @settings(max_examples=min(BATCH, examples - len(made)), deadline=None, database=None,
                      print_blob=True, suppress_health_check=list(HealthCheck))
            @given(**strategies)
            def prop(**drawn: Any) -> None:
                made.append(check(**drawn))

            before = len(made)
            try:
                prop()
            except Exception as exc:  # noqa: BLE001 - any exception is a case that does not hold
                _failed(b, row, exc, chosen, batch, before, time.perf_counter() - t0)
            batch += 1
            cpu = time.process_time() - cpu0
            print(f"bench: {row.key}: {len(made)} cases, {time.perf_counter() - t0:.0f} s "
                  f"({cpu:.0f} s of processor time)", file=sys.stderr, flush=True)
            if cpu > budget:
                stop.append(f"the {budget / 60:.0f} min of processor time were used")
    finally:
        signal.signal(signal.SIGUSR1, previous)
    if stop:
        print(f"bench: {row.key}: stopped after {len(made)} cases ({stop[0]})", file=sys.stderr)
    return Held(made, time.perf_counter() - t0, time.process_time() - cpu0, chosen,
                stop[0] if stop else "")


def _failed(b: Bench, row: Row, exc: Exception, chosen: int, batch: int, before: int,
            seconds: float) -> None:
    this_seed = (chosen + batch) % 2**32
    report = "".join(traceback.format_exception(exc)).strip()
    first = next((ln for ln in "".join(traceback.format_exception_only(exc)).splitlines()
                  if ln.strip()), type(exc).__name__)
    b.detail(f"Property failed: {row.key}", [
        f"After {before:,} cases that held, in {seconds:.0f} s: hypothesis run {batch + 1} (seed "
        f"{this_seed}, the row's seed {chosen} + {batch}) failed; hypothesis shrank its first "
        f"failing case to the falsifying example below. "
        f"`bench/run --only {row.key} --property-seed {chosen}` runs the same cases again.",
        "", "```", report, "```",
    ])
    raise PropertyFailed(f"hypothesis seed {chosen} (run seed {this_seed}), after {before:,} cases "
                         f"that held: {first[:200]} (falsifying example in the section "
                         f"\"Property failed: {row.key}\")") from exc
