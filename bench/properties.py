"""Property tests at scale: the suite's hypothesis tests with many more examples, a seed chosen
for the run and recorded, and a case that does not hold reported with that seed and its
falsifying example (shrunk by hypothesis) — a failure of the run, not a missed target."""

from __future__ import annotations

import random
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from bench.harness import ROOT, Bench, PropertyFailed, Row


def tests_importable() -> None:
    """The suite's helpers import each other as top-level modules (tests/ on the path)."""
    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)


def hold(b: Bench, row: Row, examples: int, strategies: dict[str, Any],
         check: Callable[..., Any]) -> tuple[list[Any], float, int]:
    """Run `check(**drawn)` over `examples` generated cases. Returns what each call returned,
    the seconds taken and the seed; raises PropertyFailed (with a details section) if a case
    fails."""
    from hypothesis import HealthCheck, given, seed, settings

    chosen = b.property_seed if b.property_seed is not None else random.SystemRandom().randrange(2**32)
    made: list[Any] = []

    @seed(chosen)
    @settings(max_examples=examples, deadline=None, database=None, print_blob=True,
              suppress_health_check=list(HealthCheck))
    @given(**strategies)
    def prop(**drawn: Any) -> None:
        made.append(check(**drawn))

    print(f"bench: {row.key}: {examples} examples, hypothesis seed {chosen}", file=sys.stderr,
          flush=True)
    t0 = time.perf_counter()
    try:
        prop()
    except Exception as exc:  # noqa: BLE001 - any exception is a case that does not hold
        seconds = time.perf_counter() - t0
        report = "".join(traceback.format_exception(exc)).strip()
        first = next((ln for ln in "".join(traceback.format_exception_only(exc)).splitlines()
                      if ln.strip()), type(exc).__name__)
        b.detail(f"Property failed: {row.what}", [
            f"After {len(made):,} cases in {seconds:.0f} s with hypothesis seed {chosen}; hypothesis "
            f"shrank the first failing case to the falsifying example below. Run it again with "
            f"`bench/run --only {row.key} --property-seed {chosen}`.",
            "", "```", report, "```",
        ])
        raise PropertyFailed(f"hypothesis seed {chosen}, after {len(made):,} cases: {first[:200]} "
                             f"(falsifying example in the section \"Property failed\")") from exc
    return made, time.perf_counter() - t0, chosen
